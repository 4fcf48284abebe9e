/**
 * A class code shown for a whole class to read: large, in a typeface whose
 * letters and digits differ, in groups of three ("KP7 M3X"), with the
 * characters one by one for reading aloud. Screen readers hear it spelled.
 */
import type { TeacherText } from './text';
import { spokenGroups } from './class-code-seam';

export function ClassCodeView({ code, text }: { code: string; text: TeacherText }) {
  const groups = spokenGroups(code);
  const spelled = groups.map((g) => g.split('').join(' ')).join(', ');
  return (
    <figure class="class-code" data-testid="class-code-view">
      <figcaption>{text('class.codeCaption')}</figcaption>
      <p
        class="class-code-big"
        role="img"
        aria-label={text('class.codeLabel', { code: spelled })}
        data-testid="class-code"
      >
        {groups.map((g, i) => (
          <span key={i} class="class-code-group" aria-hidden="true">
            {g}
          </span>
        ))}
      </p>
      <p class="class-code-spelled" aria-hidden="true">
        {text('class.codeSpelled', { code: '' })}
        {groups.map((g, i) => (
          <span key={i} class="class-code-spelled-group">
            {g.split('').join(' ')}
          </span>
        ))}
      </p>
    </figure>
  );
}
