/**
 * The new-story template and marking translations reviewed: what an author
 * gets from `scenarios:new` passes the checker as it is, its translations are
 * tied to its own Spanish (so a rewritten line is reported, never kept
 * silently), and `scenarios:review` writes fingerprints in place of pasting.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import type { ScenarioSource } from '../../../src/format/load.js';
import { loadScenario } from '../../../src/format/load.js';
import { newScenarioFiles, scenarioIdProblem } from '../../../src/format/template/new-scenario.js';
import { markReviewed } from '../../../src/format/translate/review.js';
import { sourceFingerprint } from '../../../src/format/text.js';

function templateSource(id: string, edit?: (path: string, text: string) => string): ScenarioSource {
  const files = newScenarioFiles(id).map((f) => ({ ...f, text: edit ? edit(f.path, f.text) : f.text }));
  return {
    folder: id,
    scenario: files.find((f) => f.path === `${id}/scenario.yaml`)!,
    texts: files.filter((f) => f.path.startsWith(`${id}/text/`)),
  };
}

const codes = (source: ScenarioSource) => checkScenario(source).map((f) => `${f.file} ${f.code}`);

describe('the new-story template', () => {
  it('passes the checker with no finding at all, in es, pt-BR and en', () => {
    const source = templateSource('carnival-job');
    expect(checkScenario(source)).toEqual([]);
    expect(source.texts.map((t) => t.path).sort()).toEqual([
      'carnival-job/text/en.yaml',
      'carnival-job/text/es.yaml',
      'carnival-job/text/pt-BR.yaml',
    ]);
    expect(loadScenario(source).loaded?.scenario.id).toBe('carnival-job');
  });

  it('ties each translation to the template Spanish: a rewritten line is stale in both translations', () => {
    const source = templateSource('x1', (path, text) =>
      path.endsWith('es.yaml') ? text.replace("'Mi nueva historia'", "'El torneo de Ana'") : text,
    );
    expect(codes(source)).toEqual([
      'x1/text/en.yaml stale-translation',
      'x1/text/pt-BR.yaml stale-translation',
    ]);
  });

  it('refuses ids that cannot name a scenario', () => {
    expect(scenarioIdProblem('carnival-job')).toBeNull();
    for (const bad of ['Carnival', 'a b', '../up', '', '-x', 'x'.repeat(61)])
      expect(scenarioIdProblem(bad)).toMatch(/cannot be a scenario id/);
  });
});

describe('markReviewed', () => {
  const source = { hello: 'Hola', count: { one: 'Un gol', other: '{{count}} goles' }, gone: 'Adiós' };
  const table = [
    '# my notes',
    "hello: 'Hi' # keep this",
    'count:',
    '  text:',
    "    one: 'One goal'",
    "    other: '{{count}} goals'",
    "  source: '00000000'",
    '',
  ].join('\n');

  it('writes the current fingerprint of every translated line, keeping comments and quotes', () => {
    const result = markReviewed(table, source);
    expect(result.problems).toEqual([]);
    expect(result.marked).toEqual(['hello', 'count']);
    expect(result.text).toContain('# my notes');
    expect(result.text).toContain("text: 'Hi' # keep this");
    expect(result.text).toContain(`source: '${sourceFingerprint('Hola')}'`);
    expect(result.text).toContain(`source: '${sourceFingerprint(source.count)}'`);
    expect(result.text).not.toContain('00000000');
  });

  it('marks only the lines named, and names those it cannot mark', () => {
    const result = markReviewed(table, source, ['hello', 'gone', 'nope']);
    expect(result.marked).toEqual(['hello']);
    expect(result.text).toContain("source: '00000000'");
    expect(result.problems).toEqual([
      'line "gone" is not translated yet; translate it first',
      'line "nope" is not in the source table',
    ]);
  });

  it('marks nothing twice, and refuses a table that is not YAML', () => {
    const once = markReviewed(table, source).text!;
    expect(markReviewed(once, source).marked).toEqual([]);
    const broken = markReviewed("hello: 'Hi\n", source);
    expect(broken.text).toBeUndefined();
    expect(broken.problems[0]).toMatch(/not valid YAML/);
  });
});

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}`, ...args], { encoding: 'utf8' });
}

describe('scenarios:new and scenarios:review', () => {
  it('make a folder the checker passes, refuse to overwrite it, and turn a new translation into a reviewed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'escudo-new-'));
    try {
      expect(run('scenarios-new.ts', ['my-story', '--dir', dir]).status).toBe(0);
      expect(run('scenarios-check.ts', ['--dir', dir, 'my-story']).stdout.trim()).toBe(
        '1 scenario checked: 0 errors, 0 warnings',
      );
      const again = run('scenarios-new.ts', ['my-story', '--dir', dir]);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already exists');

      // A brand-new translation line (bare text): reported as new, not as stale.
      const en = join(dir, 'my-story', 'text', 'en.yaml');
      const original = readFileSync(en, 'utf8');
      writeFileSync(
        en,
        original.replace(
          /meta\.title:\n {2}text: 'My new story'\n {2}source: '[0-9a-f]+'/,
          "meta.title: 'My story'",
        ),
      );
      const check = run('scenarios-check.ts', ['--dir', dir, 'my-story']).stdout;
      expect(check).toContain('line "meta.title" is a new translation, not marked as reviewed yet');
      expect(check).toContain('run npm run scenarios:review -- my-story en meta.title');
      expect(check).not.toContain('changed after this was translated');

      const review = run('scenarios-review.ts', ['my-story', 'en', 'meta.title', '--dir', dir]);
      expect(review.status).toBe(0);
      expect(review.stdout).toContain('marked 1 line as reviewed');
      expect(run('scenarios-check.ts', ['--dir', dir, 'my-story']).stdout.trim()).toBe(
        '1 scenario checked: 0 errors, 0 warnings',
      );
      expect(existsSync(join(dir, 'my-story', 'SAFEGUARDING.md'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
