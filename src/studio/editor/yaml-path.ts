/**
 * Where the cursor is in a YAML file, as a path of keys (`[]` for a list
 * item), read from indentation alone: the file is usually half-typed when
 * autocomplete asks, so a parser would refuse it. Pure, so it is unit-tested.
 *
 *     nodes:
 *       start:
 *         choices:
 *           - id: c.yes
 *             go|            → path ['nodes', 'start', 'choices', '[]'], key position, prefix 'go'
 */
export interface CursorPlace {
  /** Keys from the top down to the map the cursor is in. */
  path: string[];
  /**
   * `key` when a key (or, after `- `, a list item) is being typed; `value`
   * after `key:` (also inside a flow list, `key: [a, |`).
   */
  at: 'key' | 'value';
  /** With `value`: the key whose value is being typed. */
  key?: string;
  /** What is typed so far of the word at the cursor. */
  prefix: string;
}

interface LineShape {
  /** Columns of the `- ` markers before the content. */
  dashes: number[];
  /** Column where the content (after any dashes) starts. */
  col: number;
  key?: string;
  /** Whatever follows `key:` (trimmed, comment kept). */
  rest: string;
}

function shape(line: string): LineShape | undefined {
  if (line.trim() === '' || line.trimStart().startsWith('#')) return undefined;
  const dashes: number[] = [];
  let col = line.length - line.trimStart().length;
  while (line.startsWith('- ', col) || line.slice(col) === '-') {
    dashes.push(col);
    col += 1;
    while (line[col] === ' ') col++;
  }
  const content = line.slice(col);
  const m = /^(['"]?)([^'":#]+?)\1\s*:(\s|$)(.*)$/.exec(content);
  return m ? { dashes, col, key: m[2]!, rest: m[4]!.trim() } : { dashes, col, rest: content };
}

export function placeAt(text: string, offset: number): CursorPlace {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  const current = lines.pop() ?? '';
  const prefix = /[^\s[\],:'"]*$/.exec(current)?.[0] ?? '';
  const own = shape(current + 'x') ?? { dashes: [], col: current.length, rest: '' };
  const key = own.key;
  const at: CursorPlace['at'] = key !== undefined ? 'value' : 'key';
  const path: string[] = [];
  if (own.dashes.length > 0) path.unshift('[]');
  let target = own.dashes.length > 0 ? own.dashes[0]! : own.col;
  let sameColumnParent = own.dashes.length > 0;
  for (let i = lines.length - 1; i >= 0 && (target > 0 || sameColumnParent); i--) {
    const l = shape(lines[i]!);
    if (!l) continue;
    // The first line of the list item the cursor's map belongs to.
    if (l.dashes.length > 0 && l.col === target && !sameColumnParent) {
      path.unshift('[]');
      target = l.dashes[0]!;
      sameColumnParent = true;
      continue;
    }
    const opens = l.key !== undefined && (l.rest === '' || l.rest.startsWith('#'));
    const above = l.col < target || (sameColumnParent && l.col === target && l.dashes.length === 0);
    if (!opens || !above) continue;
    path.unshift(l.key!);
    if (l.dashes.length > 0) {
      path.unshift('[]');
      target = l.dashes[0]!;
      sameColumnParent = true;
    } else {
      target = l.col;
      sameColumnParent = false;
    }
  }
  return { path, at, ...(key !== undefined ? { key } : {}), prefix };
}
