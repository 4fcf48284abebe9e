/**
 * Where things are written, by line, for the studio's jumps: a line id's
 * entry in a text table (a bubble in the play-test, a finding), a node in
 * `scenario.yaml` (a node in the graph). It reads the text's layout only
 * (indentation and keys), never the data, so it works on a file the author is
 * half-way through editing. Lines are 1-based; 0 means "not found".
 */

/** `key:`, `'key':` or `"key":` at the start of a line after `indent` spaces. */
function keyAt(line: string, key: string, indent: number): boolean {
  if (line.length <= indent || line.slice(0, indent).trim() !== '' || line[indent] === ' ') return false;
  const rest = line.slice(indent);
  for (const quoted of [key, `'${key.replace(/'/g, "''")}'`, JSON.stringify(key)]) {
    if (rest.startsWith(quoted) && /^\s*:(\s|$)/.test(rest.slice(quoted.length))) return true;
  }
  return false;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isContent = (line: string): boolean => line.trim() !== '' && !line.trimStart().startsWith('#');

/** The line of a top-level key (a text table's line id); 0 when it is not there. */
export function topKeyLine(text: string, key: string): number {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => keyAt(l, key, 0));
  return i + 1;
}

/** The line of a node's id under `nodes:`; 0 when it is not there. */
export function nodeLine(text: string, nodeId: string): number {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => keyAt(l, 'nodes', 0));
  if (start < 0) return 0;
  // The nodes' indentation is the first content line's below `nodes:`.
  let indent = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    const own = indentOf(line);
    if (own === 0) return 0; // the next top-level key: no such node
    if (indent < 0) indent = own;
    if (own === indent && keyAt(line, nodeId, indent)) return i + 1;
  }
  return 0;
}

/** The node whose block holds a line of `scenario.yaml` (to play from where the cursor is). */
export function nodeAtLine(text: string, line: number): string | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => keyAt(l, 'nodes', 0));
  if (start < 0 || line <= start + 1) return undefined;
  let indent = -1;
  let current: string | undefined;
  for (let i = start + 1; i < Math.min(line, lines.length); i++) {
    const l = lines[i]!;
    if (!isContent(l)) continue;
    const own = indentOf(l);
    if (own === 0) return undefined;
    if (indent < 0) indent = own;
    if (own === indent) {
      const m = /^\s*(['"]?)([^'":\s]+)\1\s*:/.exec(l);
      current = m?.[2];
    }
  }
  return current;
}
