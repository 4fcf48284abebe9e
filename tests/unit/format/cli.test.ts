/** The author commands, run as authors run them: output format and exit codes. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}`, ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scenarios:check', () => {
  it('prints file:line:column, severity, message and code, then a summary, and fails on errors', () => {
    const { status, stdout } = run('scenarios-check.ts', [
      '--dir',
      'tests/fixtures/broken',
      'dead-end',
      'unused-line',
    ]);
    expect(status).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      'tests/fixtures/broken/dead-end/scenario.yaml:42:3  error    node "secret" has no way forward: no choices, no next, and no protective action leads anywhere; add a choice or a next, or make it an ending  [dead-end]',
      '',
      'tests/fixtures/broken/unused-line/text/en.yaml:7:1  warning  line "sam.nickname" (en) is not used anywhere in the scenario; remove it, or check its spelling  [unused-line]',
      '',
      '2 scenarios checked: 1 error, 1 warning',
    ]);
  });

  it('passes with warnings only, and prints JSON with --json', () => {
    const { status, stdout } = run('scenarios-check.ts', [
      '--dir',
      'tests/fixtures/broken',
      '--json',
      'unused-line',
    ]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({ code: 'unused-line', severity: 'warning', line: 7, column: 1 }),
    ]);
  });

  it('checks the folders together, so two with the same id are both reported', () => {
    const { status, stdout } = run('scenarios-check.ts', ['--dir', 'tests/fixtures/library']);
    expect(status).toBe(1);
    expect(stdout.match(/\[duplicate-id\]/g)).toHaveLength(2);
    expect(stdout.trim().split('\n').at(-1)).toBe('2 scenarios checked: 2 errors, 0 warnings');
  });

  it('checks every scenario folder when no id is given', () => {
    const { status, stdout } = run('scenarios-check.ts', ['--dir', 'tests/fixtures/valid']);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('1 scenario checked: 0 errors, 0 warnings');
  });
});

describe('scenarios:pack', () => {
  it('writes no pack for a safeguarding warning, and says why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'escudo-pack-'));
    try {
      const out = join(dir, 'wording.pack.json');
      const { status, stdout } = run('scenarios-pack.ts', ['tests/fixtures/broken/wording', '--out', out]);
      expect(status).toBe(1);
      expect(stdout).toContain('[wording]');
      expect(stdout).toContain('The pack was not written: 1 finding above');
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the pack despite an ordinary warning, counting it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'escudo-pack-'));
    try {
      const out = join(dir, 'unused-line.pack.json');
      const { status, stdout } = run('scenarios-pack.ts', [
        'tests/fixtures/broken/unused-line',
        '--out',
        out,
      ]);
      expect(status).toBe(0);
      expect(stdout).toContain('1 warning above; the pack was written anyway.');
      expect(existsSync(out)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scenarios:graph', () => {
  it('writes Mermaid or DOT to --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'escudo-graph-'));
    try {
      const out = join(dir, 'valid.dot');
      const { status } = run('scenarios-graph.ts', [
        'valid',
        '--dir',
        'tests/fixtures/valid',
        '--format',
        'dot',
        '--out',
        out,
      ]);
      expect(status).toBe(0);
      expect(readFileSync(out, 'utf8')).toMatch(/^digraph "valid" \{/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to draw a scenario that does not load, showing why', () => {
    const { status, stderr } = run('scenarios-graph.ts', ['schema', '--dir', 'tests/fixtures/broken']);
    expect(status).toBe(1);
    expect(stderr).toContain('"sure" is not a safety rating');
  });
});
