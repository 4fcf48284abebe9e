/**
 * A finding in the studio's language, from the studio's own tables: the
 * checker's values go in as written, and where the checker suggests a
 * command line, the studio names its button instead (an educator there has
 * no terminal).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import { findingText } from '../../../src/studio/model/finding-text.js';
import { fixture } from '../format/fixtures.js';

const table = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(`assets/locales/${lang}/studio.json`, 'utf8')) as Record<string, string>;

describe('a finding in the studio', () => {
  const stale = checkScenario(fixture('broken', 'stale-translation')).find(
    (f) => f.code === 'stale-translation',
  )!;

  it('names the Translate tab button, not the command line, in each language', () => {
    expect(stale.message).toContain('npm run scenarios:review');
    for (const lang of ['es', 'pt-BR', 'en']) {
      const words = table(lang);
      const text = findingText(stale, (key) => words[key]);
      expect(text, lang).not.toContain('npm run');
      expect(text, lang).toContain(words['translate.review']!);
      expect(text, lang).toContain(String(stale.params!.line));
    }
  });

  it('keeps the command where the studio has no words for its button', () => {
    const words = table('es');
    const text = findingText(stale, (key) => (key === 'findings.reviewInStudio' ? undefined : words[key]));
    expect(text).toContain('npm run scenarios:review');
  });
});
