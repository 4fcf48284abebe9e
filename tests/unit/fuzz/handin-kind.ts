/**
 * Hostile hand-ins, read the way the teacher's import page reads them
 * (`importHandIns` into a class of the teacher store): the file, and the
 * compact text the QR codes join into, both mutated as text; the compact
 * form also with its packed JSON edited and packed again, so the edits reach
 * past the deflate and base64 layers. Correct: a refusal with a known reason
 * and the teacher store unchanged, or an import that only added results to
 * the class being imported into.
 */
import fc from 'fast-check';
import { HANDIN_FORMAT, HANDIN_REJECTIONS, encodeHandIn } from '../../../src/teacher/handin/index.js';
import { toBase64Url } from '../../../src/teacher/handin/base64url.js';
import { handInChecksum } from '../../../src/teacher/handin/checksum.js';
import { deflate } from '../../../src/teacher/handin/compress.js';
import { importHandIns } from '../../../src/teacher/import/import-hand-ins.js';
import type { TeacherClass } from '../../../src/teacher/model.js';
import { createMemoryTeacherStore } from '../../../src/teacher/store/index.js';
import { realAttempt } from '../teacher/arbitraries.js';
import { mutate, mutations, type JsonFileKind, type Mutation } from './hostile.js';
import { Broken, knownReason, unchanged, type FuzzKind } from './property.js';

const mine: TeacherClass = { code: 'KP7M3X', name: '6º B', createdAt: 1, archived: false };
const other: TeacherClass = { code: 'HR4W9A', name: '7º A', createdAt: 2, archived: false };
const IMPORT_REFUSALS = [...HANDIN_REJECTIONS, 'wrong-class', 'no-results', 'storage'];

const handInFile: JsonFileKind = {
  body: ['handIn'],
  async write(file, resign) {
    if (resign) file.sha256 = await handInChecksum(HANDIN_FORMAT, file.version, file.handIn);
    return JSON.stringify(file);
  },
};

type Form = 'file' | 'compact' | 'compact-inner';
interface HandInCase {
  form: Form;
  list: Mutation[];
}

function pack(fileText: string): string {
  return `escudo-handin.v1.${toBase64Url(deflate(new TextEncoder().encode(fileText)))}`;
}

async function hostileText(c: HandInCase, file: string, compact: string): Promise<string> {
  if (c.form === 'file') return mutate(file, c.list, handInFile);
  if (c.form === 'compact') return mutate(compact, c.list);
  return pack(await mutate(file, c.list, handInFile));
}

export const handInKind: FuzzKind<HandInCase> = {
  name: 'hand-in',
  async setUp() {
    const encoded = await encodeHandIn({
      classCode: mine.code,
      childKey: 'key-fox',
      nickname: 'Fox7',
      ageBand: '11-14',
      attempts: fc.sample(realAttempt, { numRuns: 3, seed: 5 }),
    });
    if (!encoded.ok) throw new Error(encoded.detail);
    const store = createMemoryTeacherStore();
    await store.putClass(mine);
    await store.putClass(other);
    const target = { store, cls: mine, classes: [mine, other], now: Date.UTC(2026, 11, 3) };
    return {
      cases: fc.record({
        form: fc.constantFrom<Form>('file', 'compact', 'compact-inner'),
        list: mutations({ json: true }),
      }),
      async read(c) {
        const text = await hostileText(c, encoded.file, encoded.compact);
        const input = c.form === 'file' ? new TextEncoder().encode(text) : text;
        const before = await store.listAttempts();
        const [outcome] = await importHandIns(
          [{ name: 'hostile', source: c.form === 'file' ? 'file' : 'qr', input }],
          target,
        );
        const after = await store.listAttempts();
        if (!outcome) throw new Broken('no outcome');
        if (outcome.status === 'refused') {
          unchanged(before, after, `refused (${outcome.reason})`);
          return knownReason(outcome.reason, IMPORT_REFUSALS);
        }
        if (outcome.status === 'already') {
          unchanged(before, after, 'already imported');
          return 'already imported';
        }
        const now = new Map(after.map((a) => [a.id, JSON.stringify(a)]));
        for (const a of before)
          if (now.get(a.id) !== JSON.stringify(a)) throw new Broken('a stored result changed');
        const added = after.filter((a) => !before.some((b) => b.id === a.id));
        if (added.length !== outcome.added)
          throw new Broken(`said ${outcome.added} added, stored ${added.length}`);
        if (added.some((a) => a.classCode !== mine.code))
          throw new Broken('a result went into another class');
        return `imported (${c.form})`;
      },
    };
  },
};
