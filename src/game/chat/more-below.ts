/**
 * Whether a scrolling box has more below what it shows: the replies box uses
 * it to fade its bottom edge and say "more replies below", so a child knows
 * there are answers out of sight. Rechecked on scroll, on resize and after
 * every render (new replies change the height without resizing the box).
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

export function useMoreBelow(box: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false);
  const update = () => {
    const el = box.current;
    setMore(!!el && el.scrollHeight - el.scrollTop - el.clientHeight > 2);
  };
  useLayoutEffect(update);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, []);
  return more;
}
