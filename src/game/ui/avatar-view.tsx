/**
 * An avatar drawn from its look (avatar.ts) as an inline SVG; decorative
 * (aria-hidden) because a name is always shown beside it.
 */
import { createElement } from 'preact';
import { useId } from 'preact/hooks';
import { avatarLook } from './avatar';

export function Avatar({ avatar, size = 48 }: { avatar: string; size?: number }) {
  const look = avatarLook(avatar);
  // Each drawing clips to its own disc, so two avatars on a page never share an id.
  const clipId = `av-clip-${useId()}`;
  return (
    <svg viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false" class="avatar">
      <defs>
        <clipPath id={clipId}>
          <circle cx={32} cy={32} r={32} />
        </clipPath>
      </defs>
      <g clip-path={`url(#${clipId})`}>
        <circle cx={32} cy={32} r={32} fill={look.bg} />
        {look.shapes.map(([tag, attrs], i) => createElement(tag, { key: i, ...attrs }))}
      </g>
    </svg>
  );
}
