/**
 * Importing hand-ins into a class: files, pictures of QR codes and the
 * camera's reading loop, each with its own outcome; good ones stored once,
 * bad ones changing nothing stored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/store/sha256.js';
import { checksumText } from '../../../src/teacher/handin/checksum.js';
import {
  encodeHandIn,
  HANDIN_FORMAT,
  splitForQr,
  type HandInInput,
} from '../../../src/teacher/handin/index.js';
import { cameraProblemOf } from '../../../src/teacher/import/camera-problem.js';
import { importHandIns, storeHandIn, type ImportItem } from '../../../src/teacher/import/import-hand-ins.js';
import { tally } from '../../../src/teacher/import/outcome.js';
import { itemsFromPictures } from '../../../src/teacher/import/picture-codes.js';
import { HANDIN_FILE_LIMIT, itemsFromFiles, type FileLike } from '../../../src/teacher/import/read-files.js';
import { ScanLoop, type ScanEvent } from '../../../src/teacher/import/scan-loop.js';
import type { TeacherClass } from '../../../src/teacher/model.js';
import { TeacherStoreError } from '../../../src/teacher/store/index.js';
import { realAttempt } from '../teacher/arbitraries.js';
import { openFakeTeacherStore } from './helpers.js';

const mine: TeacherClass = { code: 'KP7M3X', name: '6º B', createdAt: 1, archived: false };
const other: TeacherClass = { code: 'HR4W9A', name: '7º A', createdAt: 2, archived: false };
const NOW = Date.UTC(2026, 11, 3, 10);

function child(nickname: string, classCode: string, results: number, seed: number): HandInInput {
  return {
    classCode,
    childKey: `key-${nickname}`,
    nickname,
    ageBand: '11-14',
    attempts: fc.sample(realAttempt, { numRuns: results, seed }),
  };
}

async function encoded(input: HandInInput) {
  const result = await encodeHandIn(input);
  if (!result.ok) throw new Error(result.detail);
  return result;
}

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string): ImportItem => ({ name, source: 'file', input: bytes(text) });

async function setUp() {
  const store = await openFakeTeacherStore();
  await store.putClass(mine);
  await store.putClass(other);
  const target = { store, cls: mine, classes: [mine, other], now: NOW };
  return { store, target };
}

describe('importHandIns', () => {
  it('imports good files, counts a second import once, and refuses each bad one with its reason', async () => {
    const { store, target } = await setUp();
    const kiwi = await encoded(child('Kiwi', 'kp7-m3x', 3, 1)); // typed loosely: still this class
    const luna = await encoded(child('Luna', mine.code, 2, 2));
    const first = await importHandIns([file('kiwi.json', kiwi.file), file('luna.json', luna.file)], target);
    expect(first).toEqual([
      { name: 'kiwi.json', status: 'imported', nickname: 'Kiwi', added: 3, alreadyPresent: 0 },
      { name: 'luna.json', status: 'imported', nickname: 'Luna', added: 2, alreadyPresent: 0 },
    ]);
    const stored = await store.listAttempts({ classCode: mine.code });
    expect(stored).toHaveLength(5);
    expect(new Set(stored.map((a) => a.classCode))).toEqual(new Set([mine.code]));
    expect(stored.every((a) => a.source === 'file' && a.importedAt === NOW)).toBe(true);

    const forOther = await encoded(child('Sol', other.code, 1, 3));
    const forNobody = await encoded(child('Mar', 'ZZZ999', 1, 4));
    const tampered = kiwi.file.replace('"Kiwi"', '"Kiwo"');
    const truncated = luna.file.slice(0, Math.floor(luna.file.length / 2));
    const handIn = JSON.parse(kiwi.file).handIn;
    const newer = JSON.stringify({
      format: HANDIN_FORMAT,
      version: 2,
      sha256: await sha256Hex(checksumText(HANDIN_FORMAT, 2, handIn)),
      handIn,
    });
    const before = await store.listAttempts();
    const second = await importHandIns(
      [
        file('kiwi again.json', kiwi.file),
        file('sol.json', forOther.file),
        file('mar.json', forNobody.file),
        file('tampered.json', tampered),
        file('truncated.json', truncated),
        file('notes.txt', 'shopping: bread, milk'),
        file('backup.json', JSON.stringify({ format: 'escudo-backup', version: 1 })),
        file('newer.json', newer),
        { name: 'huge.json', refused: 'file-too-large' },
      ],
      target,
    );
    expect(second.map((o) => (o.status === 'refused' ? o.reason : o.status))).toEqual([
      'already',
      'wrong-class',
      'wrong-class',
      'tampered',
      'truncated',
      'not-escudo',
      'other-escudo-file',
      'wrong-version',
      'file-too-large',
    ]);
    expect(second[0]).toMatchObject({ status: 'already', nickname: 'Kiwi', results: 3 });
    expect(second[1]).toMatchObject({ classCode: other.code, otherClass: other, source: 'file' });
    expect(second[2]).toMatchObject({ classCode: 'ZZZ999' });
    expect(second[2]).not.toHaveProperty('otherClass');
    expect(second[7]).toMatchObject({ newer: true });
    expect(tally(second)).toEqual({ imported: 0, already: 1, refused: 8 });
    // Nothing stored changed: not the class's results, not the other class's.
    expect(await store.listAttempts()).toEqual(before);
  });

  it('imports a hand-in for another class into it when the teacher asks, once', async () => {
    const { store, target } = await setUp();
    const sol = await encoded(child('Sol', other.code, 2, 5));
    const [refused] = await importHandIns([file('sol.json', sol.file)], target);
    if (refused?.status !== 'refused' || !refused.handIn) throw new Error('expected a wrong-class refusal');
    const into = { store, cls: other, now: NOW };
    expect(await storeHandIn('sol.json', refused.handIn, 'file', into)).toMatchObject({
      status: 'imported',
      added: 2,
    });
    expect(await storeHandIn('sol.json', refused.handIn, 'file', into)).toMatchObject({ status: 'already' });
    expect(await store.listAttempts({ classCode: other.code })).toHaveLength(2);
    expect(await store.listAttempts({ classCode: mine.code })).toHaveLength(0);
  });

  it('counts only the new results of a hand-in that grew since the last import', async () => {
    const { target } = await setUp();
    const input = child('Kiwi', mine.code, 3, 6);
    const early = await encoded({ ...input, attempts: input.attempts.slice(0, 1) });
    const later = await encoded(input);
    await importHandIns([file('early.json', early.file)], target);
    expect(await importHandIns([file('later.json', later.file)], target)).toEqual([
      { name: 'later.json', status: 'imported', nickname: 'Kiwi', added: 2, alreadyPresent: 1 },
    ]);
  });

  it('says a hand-in without results has none, and a storage failure changes nothing', async () => {
    const { target } = await setUp();
    const empty = await encoded(child('Kiwi', mine.code, 0, 7));
    expect(await importHandIns([file('empty.json', empty.file)], target)).toMatchObject([
      { status: 'refused', reason: 'no-results' },
    ]);
    const full = {
      putAttempts: () => Promise.reject(new TeacherStoreError('quota')),
    };
    const good = await encoded(child('Luna', mine.code, 1, 8));
    expect(await importHandIns([file('luna.json', good.file)], { ...target, store: full })).toMatchObject([
      { status: 'refused', reason: 'storage', storage: 'quota' },
    ]);
  });

  it('imports the compact text the QR codes join into, as a QR hand-in', async () => {
    const { store, target } = await setUp();
    const kiwi = await encoded(child('Kiwi', mine.code, 2, 9));
    const outcomes = await importHandIns([{ name: 'camera', source: 'qr', input: kiwi.compact }], target);
    expect(outcomes).toMatchObject([{ status: 'imported', added: 2 }]);
    expect((await store.listAttempts()).every((a) => a.source === 'qr')).toBe(true);
  });
});

describe('itemsFromFiles', () => {
  const fileLike = (name: string, text: string, options: Partial<FileLike> = {}): FileLike => ({
    name,
    type: '',
    size: bytes(text).length,
    arrayBuffer: async () => bytes(text).buffer as ArrayBuffer,
    ...options,
  });

  it('refuses a file over the limit without reading it, and one the browser cannot read', async () => {
    const huge = fileLike('huge.json', '', {
      size: HANDIN_FILE_LIMIT + 1,
      arrayBuffer: () => {
        throw new Error('the file was read');
      },
    });
    const gone = fileLike('gone.json', '', { arrayBuffer: () => Promise.reject(new Error('NotFoundError')) });
    const items = await itemsFromFiles([huge, gone, fileLike('ok.json', '{}')], () => {
      throw new Error('no pictures here');
    });
    expect(items).toEqual([
      { name: 'huge.json', refused: 'file-too-large' },
      { name: 'gone.json', refused: 'unreadable' },
      { name: 'ok.json', source: 'file', input: bytes('{}') },
    ]);
  });

  it('sends pictures (by type or name) to the QR reader and joins their codes', async () => {
    const kiwi = await encoded(child('Kiwi', mine.code, 4, 10));
    const frames = splitForQr(kiwi.compact, 200);
    expect(frames.length).toBeGreaterThan(2);
    const codes = new Map<string, string[] | null>();
    const pictures = frames.map((frame, i) => {
      const name = i % 2 ? `code-${i + 1}.PNG` : `code-${i + 1}`;
      codes.set(name, [frame]);
      return fileLike(name, 'pixels', { type: i % 2 ? '' : 'image/jpeg' });
    });
    const broken = fileLike('broken.heic', 'x', { type: 'image/heic' });
    codes.set('broken.heic', null);
    const read: string[] = [];
    const items = await itemsFromFiles([...pictures.reverse(), broken], async (f) => {
      read.push(f.name);
      return codes.has(f.name) ? codes.get(f.name)! : [];
    });
    expect(read).toHaveLength(frames.length + 1);
    expect(items).toEqual([
      { name: pictures.map((p) => p.name).join(', '), source: 'qr', input: kiwi.compact },
      { name: 'broken.heic', refused: 'picture-unreadable' },
    ]);
  });
});

describe('itemsFromPictures', () => {
  it('joins a sequence over pictures in any order with repeats; says what is missing, and why a picture adds nothing', async () => {
    const kiwi = await encoded(child('Kiwi', mine.code, 4, 11));
    const luna = await encoded(child('Luna', mine.code, 4, 12));
    const k = splitForQr(kiwi.compact, 200);
    const l = splitForQr(luna.compact, 200);
    expect(l.length).toBeGreaterThanOrEqual(3);
    const items = itemsFromPictures([
      { name: 'k-last', texts: [k[k.length - 1]!] },
      { name: 'l1', texts: [l[0]!] },
      { name: 'k-rest', texts: k.slice(0, -1).reverse() },
      { name: 'k-again', texts: [k[0]!] },
      { name: 'cat.jpg', texts: [] },
      { name: 'menu.png', texts: ['https://example.org/menu'] },
      { name: 'future.png', texts: ['ESC2:1/1:ABCDEFG:xyz'] },
      { name: 'l3', texts: [l[2]!] },
    ]);
    expect(items).toEqual([
      { name: 'k-last, k-rest', source: 'qr', input: kiwi.compact },
      { name: 'cat.jpg', refused: 'no-code' },
      { name: 'menu.png', refused: 'not-escudo' },
      { name: 'future.png', refused: 'wrong-version', newer: true },
      {
        name: 'l1, l3',
        refused: 'incomplete',
        missing: Array.from({ length: l.length }, (_, i) => i + 1).filter((i) => i !== 1 && i !== 3),
        total: l.length,
      },
    ]);
  });
});

/** A timer the test moves by hand: `run()` fires what is due, in order. */
class FakeTimer {
  private queue: { id: number; run: () => void }[] = [];
  private next = 1;
  set = (run: () => void) => {
    const id = this.next++;
    this.queue.push({ id, run });
    return id;
  };
  clear = (id: unknown) => {
    this.queue = this.queue.filter((q) => q.id !== id);
  };
  get pending(): number {
    return this.queue.length;
  }
  /** Fires the waiting callback and lets the decode it starts finish. */
  async tick(): Promise<void> {
    const due = this.queue.shift();
    due?.run();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  }
}

describe('ScanLoop', () => {
  async function scanning(pictures: (string[] | null)[]) {
    const timer = new FakeTimer();
    const events: ScanEvent[] = [];
    let shown = 0;
    let decoding = 0;
    let overlapped = false;
    const loop = new ScanLoop<string[]>({
      grab: () => (shown < pictures.length ? (pictures[shown++] ?? null) : null),
      decode: async (texts) => {
        overlapped ||= decoding > 0;
        decoding++;
        await Promise.resolve();
        decoding--;
        if (texts.includes('throw')) throw new Error('unreadable frame');
        return texts;
      },
      onEvent: (e) => events.push(e),
      timer,
    });
    return { loop, timer, events, overlapped: () => overlapped };
  }

  it('reports progress on each new code, ignores a code still in view, completes out of order with repeats', async () => {
    const kiwi = await encoded(child('Kiwi', mine.code, 4, 13));
    const f = splitForQr(kiwi.compact, 200);
    expect(f.length).toBeGreaterThanOrEqual(3);
    const order = [f[2]!, f[2]!, null, f[0]!, ['throw'], f[0]!, ...f.slice(1).reverse(), f[0]!, 'hello'];
    const { loop, timer, events, overlapped } = await scanning(
      order.map((x) => (x === null ? null : Array.isArray(x) ? x : [x])),
    );
    loop.start();
    for (let i = 0; i < order.length; i++) await timer.tick();
    const kinds = events.map((e) => e.kind);
    expect(events[0]).toEqual({
      kind: 'progress',
      have: 1,
      total: f.length,
      missing: Array.from({ length: f.length }, (_, i) => i + 1).filter((i) => i !== 3),
    });
    expect(events[1]).toMatchObject({ kind: 'progress', have: 2 });
    const complete = events.find((e) => e.kind === 'complete');
    expect(complete).toEqual({ kind: 'complete', payload: kiwi.compact, total: f.length });
    // After completion: the phone still in view, then another app's code.
    expect(kinds.slice(-2)).toEqual(['already', 'rejected']);
    expect(events.at(-1)).toEqual({ kind: 'rejected', reason: 'not-escudo' });
    expect(kinds.filter((k) => k === 'complete')).toHaveLength(1);
    expect(overlapped()).toBe(false);
    expect(loop.running).toBe(true);
    loop.stop();
    expect(timer.pending).toBe(0);
    expect(loop.running).toBe(false);
  });

  it('stops looking once stopped, even mid-picture', async () => {
    const { loop, timer, events } = await scanning([['ESC1:1/2:ABCDEFG:aa'], ['ESC1:2/2:ABCDEFG:bb']]);
    loop.start();
    const first = timer.tick();
    loop.stop();
    await first;
    await timer.tick();
    expect(events).toEqual([]);
    expect(timer.pending).toBe(0);
  });
});

describe('cameraProblemOf', () => {
  it("names why the camera did not open from the browser's error", () => {
    const error = (name: string) => Object.assign(new Error('x'), { name });
    expect(cameraProblemOf(error('NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(error('NotFoundError'))).toBe('none');
    expect(cameraProblemOf(error('OverconstrainedError'))).toBe('none');
    expect(cameraProblemOf(error('NotReadableError'))).toBe('busy');
    expect(cameraProblemOf(error('TypeError'))).toBe('failed');
    expect(cameraProblemOf(error('constructor'))).toBe('failed');
    expect(cameraProblemOf('no')).toBe('failed');
    expect(cameraProblemOf(null)).toBe('failed');
  });
});
