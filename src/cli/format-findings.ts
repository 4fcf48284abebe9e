/** How findings look in a terminal: `file:line:column  severity  message  [code]`, a blank line between files. */
import type { Finding } from '../format/load.js';

export function formatFindings(findings: readonly Finding[]): string {
  const lines: string[] = [];
  let file: string | undefined;
  for (const f of findings) {
    if (file !== undefined && f.file !== file) lines.push('');
    file = f.file;
    lines.push(`${f.file}:${f.line}:${f.column}  ${f.severity.padEnd(7)}  ${f.message}  [${f.code}]`);
  }
  return lines.join('\n');
}
