/**
 * What stops the game's build (src/vite/scenarios.ts) and what it shows:
 * every error and every safeguarding finding, whatever its severity, stop
 * it with the checker's own lines; other warnings let it go on and are
 * printed with their count. Each case builds a small library copied from
 * the checker's fixtures.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { categoryOf } from '../../../src/format/check/index.js';
import { buildAllPacks, warningReport } from '../../../src/vite/scenarios.js';
import { FIXTURES } from './fixtures.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project root whose scenarios/ holds copies of these fixture folders (kind/name). */
function library(...folders: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'escudo-build-'));
  roots.push(root);
  for (const folder of folders) {
    cpSync(join(FIXTURES, folder), join(root, 'scenarios', folder.split('/').pop()!), { recursive: true });
  }
  return root;
}

const failure = (root: string): string => {
  try {
    buildAllPacks(root);
  } catch (e) {
    return (e as Error).message;
  }
  return 'the build went on';
};

describe('the game build', () => {
  it('builds a clean library and has nothing to show', () => {
    const built = buildAllPacks(library('valid/valid'));
    expect([...built.packs.keys()]).toEqual(['valid']);
    expect(built.warnings).toEqual([]);
  });

  it('goes on with an ordinary warning, and prints it with its count', () => {
    const built = buildAllPacks(library('valid/valid', 'broken/unused-line'));
    expect([...built.packs.keys()].sort()).toEqual(['unused-line', 'valid']);
    expect(built.warnings.map((w) => w.code)).toEqual(['unused-line']);
    expect(warningReport(built.warnings).split('\n')).toEqual([
      'The scenario checker found 1 warning (they do not stop the build, but please look):',
      'scenarios/unused-line/text/en.yaml:7:1  warning  line "sam.nickname" (en) is not used anywhere in the scenario; remove it, or check its spelling  [unused-line]',
    ]);
  });

  it('stops on a safeguarding warning (a forbidden term in an ending), showing it and the other warnings', () => {
    expect(categoryOf('wording')).toBe('safeguarding');
    const message = failure(library('broken/wording', 'broken/unused-line'));
    expect(message.split('\n')).toEqual([
      'The scenario checker found errors or safeguarding findings (1 safeguarding warning), which stop the build; fix them and build again:',
      'scenarios/wording/text/en.yaml:15:18  warning  line "blocked.debrief" says "child pornography"; say "child sexual abuse material" instead (docs/safeguarding.md, "Right words")  [wording]',
      '',
      'The scenario checker found 1 warning (they do not stop the build, but please look):',
      'scenarios/unused-line/text/en.yaml:7:1  warning  line "sam.nickname" (en) is not used anywhere in the scenario; remove it, or check its spelling  [unused-line]',
    ]);
  });

  it('stops on an error, and builds no pack for the rest', () => {
    expect(failure(library('valid/valid', 'broken/stuck'))).toMatch(
      /^The scenario checker found errors or safeguarding findings \(1 error and 1 safeguarding warning\)[^\n]*\n.*\[all-protective-hidden\]\n.*\[stuck\]$/,
    );
  });

  it('never leaves out a text table named .yml: it stops and says to rename it', () => {
    expect(failure(library('broken/file-extension'))).toContain(
      'scenarios/file-extension/text/en.yml:1:1  error    the game reads only files named like "en.yaml"; rename "en.yml" to "en.yaml"  [file-extension]',
    );
  });

  it('stops when two folders share an id', () => {
    const message = failure(library('library/first-story', 'library/first-story-copy'));
    expect(message.match(/\[duplicate-id\]/g)).toHaveLength(2);
    expect(message).toContain('is also the id of scenarios/first-story-copy');
  });

  it('stops on a table saved in another encoding with one error, not a warning per line', () => {
    const message = failure(library('broken/not-utf8'));
    expect(message).toContain('(1 error)');
    expect(message).toContain('[not-utf8]');
    expect(message).not.toContain('stale-translation');
  });
});
