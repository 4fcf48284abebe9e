/**
 * The import page's words: every outcome and every camera message has a
 * sentence in every language, with its numbers, names and codes filled in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { HANDIN_REJECTIONS } from '../../../src/teacher/handin/index.js';
import type { ImportOutcome } from '../../../src/teacher/import/outcome.js';
import { outcomeText, statusText, tallyText } from '../../../src/teacher/screens/import-text.js';
import type { TeacherClass } from '../../../src/teacher/model.js';

const DIR = 'assets/locales';
const other: TeacherClass = { code: 'HR4W9A', name: '7º A', createdAt: 2, archived: false };

async function teacherWords(lang: string) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    resources: {
      [lang]: { teacher: JSON.parse(readFileSync(`${DIR}/${lang}/teacher.json`, 'utf8')) },
    },
  });
  const missing: string[] = [];
  const t = (key: string, options?: Record<string, unknown>) => {
    if (!instance.exists(key, { ns: 'teacher', ...options })) missing.push(key);
    return String(instance.t(key, { ns: 'teacher', ...options }));
  };
  return { t, missing };
}

const refused = (reason: string, extra: object = {}) =>
  ({ name: 'x.json', status: 'refused', reason, ...extra }) as ImportOutcome;

const OUTCOMES: ImportOutcome[] = [
  { name: 'a.json', status: 'imported', nickname: 'Kiwi', added: 1, alreadyPresent: 0 },
  { name: 'a.json', status: 'imported', nickname: 'Kiwi', added: 3, alreadyPresent: 2 },
  { name: 'a.json', status: 'imported', nickname: 'Kiwi', added: 3, alreadyPresent: 0, intoClass: other },
  { name: 'a.json', status: 'already', nickname: 'Kiwi', results: 4 },
  ...HANDIN_REJECTIONS.filter((r) => r !== 'wrong-version').map((r) => refused(r)),
  refused('wrong-version', { newer: true }),
  refused('wrong-version', { newer: false }),
  ...['file-too-large', 'unreadable', 'picture-unreadable', 'no-code', 'no-results'].map((r) => refused(r)),
  refused('incomplete', { missing: [2, 4, 5], total: 6 }),
  refused('incomplete', { missing: [3], total: 3 }),
  refused('wrong-class', { classCode: 'ZZZ999' }),
  refused('wrong-class', { classCode: 'hr4w9a', otherClass: other }),
  refused('storage', { storage: 'quota' }),
];

for (const lang of readdirSync(DIR)) {
  describe(`import words (${lang})`, () => {
    it('say every outcome, with its numbers and names', async () => {
      const { t, missing } = await teacherWords(lang);
      const texts = OUTCOMES.map((o) => outcomeText(o, t, lang));
      for (const text of texts) expect(text).not.toMatch(/\{\{|import\.|undefined/);
      expect(new Set(texts).size, 'each outcome says something of its own').toBe(texts.length);
      expect(texts[1]).toContain('3');
      expect(texts[1]).toContain('2');
      expect(texts[2]).toContain(other.name);
      expect(texts.find((s) => s.includes('ZZZ999'))).toBeDefined();
      expect(texts.join(' ')).toMatch(/2.*4.*5/);
      for (const o of OUTCOMES) expect(statusText(o, t)).not.toMatch(/import\./);
      expect(tallyText({ imported: 3, already: 0, refused: 1 }, t, lang)).toMatch(/3.*1/);
      expect(tallyText({ imported: 0, already: 2, refused: 0 }, t, lang)).not.toMatch(/0/);
      for (const key of [
        'not-escudo',
        'malformed',
        'tampered',
        'newerVersion',
        'olderVersion',
        'problem.insecure',
        'problem.unsupported',
        'problem.denied',
        'problem.none',
        'problem.busy',
        'problem.failed',
      ])
        t(`import.camera.${key}`);
      expect(missing).toEqual([]);
    });
  });
}
