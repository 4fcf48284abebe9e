/**
 * 50 MB files: refused from their size before anything parses them, with a
 * reason each screen has words for in every language; where the app holds a
 * File, it is refused without being read at all. (How quickly:
 * `npm run bench:fuzz`.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itemsFromFiles } from '../../../src/teacher/import/read-files.js';
import { FIFTY_MB, FIFTY_MB_FILES } from './oversized.js';

const REASONS: Record<string, RegExp> = {
  backup: /^too-large$/,
  'hand-in file': /^too-large$/,
  'hand-in compact text': /^too-large$/,
  'story pack': /^too-big$/,
  'translation (XLIFF)': /^the file is too big/,
  'translation (PO)': /^the file is too big/,
};

describe('a 50 MB file of each kind', () => {
  it.each(FIFTY_MB_FILES.map((f) => [f.kind, f] as const))(
    '%s is refused for its size',
    async (_kind, file) => {
      const text = file.make();
      expect(text.length).toBe(FIFTY_MB);
      expect(await file.read(text)).toMatch(REASONS[file.kind]!);
    },
  );

  it('a hand-in file on the teacher’s import page is refused without being read', async () => {
    let reads = 0;
    const huge = {
      name: 'class.escudo-handin.json',
      size: FIFTY_MB,
      type: 'application/json',
      arrayBuffer: () => {
        reads++;
        return Promise.resolve(new ArrayBuffer(0));
      },
    };
    expect(await itemsFromFiles([huge], () => Promise.resolve([]))).toEqual([
      { name: huge.name, refused: 'file-too-large' },
    ]);
    expect(reads).toBe(0);
  });

  it('each refusal has its words in Spanish, Portuguese and English', () => {
    for (const lang of ['es', 'pt-BR', 'en']) {
      const table = (name: string) =>
        JSON.parse(readFileSync(`assets/locales/${lang}/${name}.json`, 'utf8')) as Record<string, string>;
      expect(table('store')['backup.too-large']).toBeTruthy();
      expect(table('teacher')['import.reason.too-large']).toBeTruthy();
      expect(table('teacher')['import.reason.file-too-large']).toBeTruthy();
      expect(table('ui')['data.packs.reason.too-big']).toBeTruthy();
    }
  });
});
