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

/**
 * `--json`: each finding's place, code and English message, as tools have
 * always read them. The words behind the message (`variant`, `params`) are
 * for the studio and are left out, so the output stays the same.
 */
export function findingsJson(findings: readonly Finding[]): string {
  const printed = findings.map(({ severity, code, file, line, column, message }) => ({
    severity,
    code,
    file,
    line,
    column,
    message,
  }));
  return JSON.stringify(printed, null, 2);
}
