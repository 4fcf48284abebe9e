/**
 * The hand-in codec: lossless both ways (file and compact), nothing about
 * the child but what the format lists, and one clear reason for every kind
 * of bad input.
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/store/json-guard.js';
import { buildBackup } from '../../../src/store/backup.js';
import { sha256Hex } from '../../../src/store/sha256.js';
import { toBase64Url } from '../../../src/teacher/handin/base64url.js';
import { checksumText } from '../../../src/teacher/handin/checksum.js';
import {
  COMPACT_PREFIX,
  HANDIN_FORMAT,
  HANDIN_MAX_ATTEMPTS,
  HANDIN_MAX_FILE_CHARS,
  HANDIN_VERSION,
  checkClass,
  decodeHandIn,
  decodeHandIns,
  encodeHandIn,
  splitForQr,
  suggestHandInFileName,
  toClassAttempts,
  type DecodedHandIn,
  type HandInInput,
} from '../../../src/teacher/handin/index.js';
import type { TeacherClass } from '../../../src/teacher/model.js';
import { attemptOf, handInInput, realAttempt, realHandIn } from './arbitraries.js';

/** What a hand-in should come back as: the input's listed fields only. */
function expected(input: HandInInput) {
  return {
    classCode: input.classCode,
    childKey: input.childKey,
    nickname: input.nickname,
    ageBand: input.ageBand,
    attempts: input.attempts.map((a) => ({
      id: a.id,
      scenarioId: a.scenarioId,
      scenarioVersion: a.scenarioVersion,
      startedAt: a.startedAt,
      endedAt: a.endedAt,
      durationMs: a.durationMs,
      transcript: a.transcript,
    })),
  };
}

async function encoded(input: HandInInput) {
  const result = await encodeHandIn(input);
  if (!result.ok) throw new Error(`could not encode: ${result.detail}`);
  return result;
}

function rejected(result: DecodedHandIn) {
  if (result.ok) throw new Error('expected a refusal, got a hand-in');
  return result;
}

const sample: HandInInput = fc.sample(realHandIn, { numRuns: 1, seed: 11 })[0]!;
const fiveResults: HandInInput = {
  classCode: 'KXR-479',
  childKey: '7d0e3c55-2b1f-4a8e-9c57-0f1e2d3c4b5a',
  nickname: 'Kiwi',
  ageBand: '11-14',
  attempts: fc.sample(realAttempt, { numRuns: 5, seed: 5 }),
};

/** A file whose checksum is right for whatever `handIn` holds (a careful forger, or a bug). */
async function forged(handIn: unknown, version: number = HANDIN_VERSION, extra: object = {}) {
  const sha256 = await sha256Hex(checksumText(HANDIN_FORMAT, version, handIn));
  return JSON.stringify({ format: HANDIN_FORMAT, version, sha256, handIn, ...extra });
}

function compactOf(file: object, version = HANDIN_VERSION): string {
  const bytes = deflateSync(new TextEncoder().encode(canonicalJson(file)));
  return `${COMPACT_PREFIX}${version}.${toBase64Url(bytes)}`;
}

describe('encode → decode', () => {
  it('gives back every field of generated hand-ins, as a file and as the compact form', async () => {
    await fc.assert(
      fc.asyncProperty(handInInput, async (input) => {
        const made = await encoded(input);
        for (const text of [made.file, made.compact]) {
          const back = await decodeHandIn(text);
          if (!back.ok) throw new Error(`${back.reason}: ${back.detail}`);
          expect(back.handIn).toStrictEqual(made.handIn);
          expect(back.handIn).toEqual(expected(input));
          expect(back.sha256).toBe(made.sha256);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives back the results of real play of every shipped story exactly', async () => {
    await fc.assert(
      fc.asyncProperty(realHandIn, async (input) => {
        const made = await encoded(input);
        const fromFile = await decodeHandIn(made.file);
        const fromCode = await decodeHandIn(made.compact);
        expect(fromFile.ok && fromFile.handIn).toEqual(expected(input));
        expect(fromCode.ok && fromCode.handIn).toEqual(expected(input));
        expect(fromFile.ok && fromFile.form).toBe('file');
        expect(fromCode.ok && fromCode.form).toBe('compact');
      }),
      { numRuns: 40 },
    );
  });

  it('reads a file a text editor reformatted or reordered, and finds a change in it all the same', async () => {
    const made = await encoded(fiveResults);
    const file = JSON.parse(made.file) as Record<string, unknown>;
    const pretty = JSON.stringify(file, null, 4);
    const reordered = JSON.stringify({
      handIn: file.handIn,
      sha256: file.sha256,
      version: 1,
      format: HANDIN_FORMAT,
    });
    for (const text of [pretty, reordered, made.file.replace(/\n/g, '\r\n')]) {
      const back = await decodeHandIn(text);
      expect(back.ok && back.handIn).toEqual(made.handIn);
    }
    expect(rejected(await decodeHandIn(pretty.replace('"Kiwi"', '"Kiwo"'))).reason).toBe('tampered');
  });

  it('writes the checksum the format defines: SHA-256 of the canonical JSON of format, version and hand-in', async () => {
    await fc.assert(
      fc.asyncProperty(handInInput, async (input) => {
        const made = await encoded(input);
        const definition = canonicalJson({
          format: HANDIN_FORMAT,
          version: HANDIN_VERSION,
          handIn: made.handIn,
        });
        expect(made.sha256).toBe(await sha256Hex(definition));
        expect(checksumText(HANDIN_FORMAT, HANDIN_VERSION, made.handIn)).toBe(definition);
      }),
      { numRuns: 50 },
    );
  });

  it('reads the file from its bytes too, with or without a byte order mark', async () => {
    const made = await encoded(sample);
    const bytes = new TextEncoder().encode('\uFEFF' + made.file);
    const back = await decodeHandIn(bytes);
    expect(back.ok && back.handIn).toEqual(expected(sample));
    const buffer = await decodeHandIn(new TextEncoder().encode(made.file).buffer);
    expect(buffer.ok).toBe(true);
  });

  it('reads a hand-in small enough for one QR code from that code', async () => {
    const small = { ...fiveResults, attempts: fiveResults.attempts.slice(0, 1) };
    const made = await encoded(small);
    const frames = splitForQr(made.compact, 2000);
    expect(frames).toHaveLength(1);
    const back = await decodeHandIn(frames[0]!);
    expect(back.ok && back.handIn).toEqual(expected(small));
  });

  it('hands in nothing about the child or the device beyond the listed fields', async () => {
    const withExtras = {
      ...fiveResults,
      avatar: 'fox',
      attempts: fiveResults.attempts.map((a) => ({
        ...a,
        profileId: 'device-profile-id',
        transcript: { ...a.transcript, deviceModel: 'phone' },
      })),
    } as HandInInput;
    const made = await encoded(withExtras);
    expect(made.file).not.toContain('device-profile-id');
    expect(made.file).not.toContain('deviceModel');
    expect(made.file).not.toContain('avatar');
    const file = JSON.parse(made.file) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'sha256', 'handIn']);
    expect(Object.keys(file.handIn as object).sort()).toEqual(
      ['ageBand', 'attempts', 'childKey', 'classCode', 'nickname'].sort(),
    );
  });

  it('writes a file a person can recognise', async () => {
    const made = await encoded(fiveResults);
    expect(made.file.startsWith('{\n  "format": "escudo-handin",\n  "version": 1,')).toBe(true);
    expect(made.compact.startsWith('escudo-handin.v1.')).toBe(true);
    expect(made.compact).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(suggestHandInFileName(made.handIn, made.sha256)).toBe(
      `KXR-479-kiwi-${made.sha256.slice(0, 6)}.escudo-handin.json`,
    );
    expect(suggestHandInFileName({ classCode: 'a', nickname: 'Ñandú Veloz' }, 'abcdef99')).toBe(
      'a-nandu-veloz-abcdef.escudo-handin.json',
    );
  });

  it('refuses to make a hand-in the teacher would refuse', async () => {
    const badName = await encodeHandIn({ ...fiveResults, nickname: 'ana@mail.com' });
    expect(badName).toMatchObject({ ok: false, reason: 'invalid' });
    const badCode = await encodeHandIn({ ...fiveResults, classCode: '' });
    expect(badCode).toMatchObject({ ok: false, reason: 'invalid' });
    const a = fiveResults.attempts[0]!;
    const twice = await encodeHandIn({ ...fiveResults, attempts: [a, a] });
    expect(twice).toMatchObject({ ok: false, reason: 'invalid' });
    const many = Array.from({ length: HANDIN_MAX_ATTEMPTS + 1 }, (_, i) => ({ ...a, id: `r${i}` }));
    expect(await encodeHandIn({ ...fiveResults, attempts: many })).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });
});

describe('bad input: one reason each, never a throw', () => {
  it('not-escudo: text, pictures, other apps, nothing', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]);
    for (const input of [
      '',
      '   ',
      'hello',
      'https://example.org/',
      '{"name":"a shopping list"}',
      '[1,2,3]',
      '"escudo"',
      png,
      42,
      null,
      undefined,
      { format: HANDIN_FORMAT },
    ]) {
      expect(rejected(await decodeHandIn(input)).reason, String(input)).toBe('not-escudo');
    }
  });

  it('other-escudo-file: a device backup or a story pack', async () => {
    const backup = await buildBackup({ profiles: [], attempts: [], states: [], settings: [] }, 0);
    expect(rejected(await decodeHandIn(backup)).reason).toBe('other-escudo-file');
    const pack = JSON.stringify({ format: 'escudo-pack', version: 3, scenario: {}, texts: {} });
    expect(rejected(await decodeHandIn(pack)).reason).toBe('other-escudo-file');
  });

  it('wrong-version: newer and older, as a file, a compact code and a QR frame', async () => {
    const made = await encoded(fiveResults);
    const newer = await forged(made.handIn, HANDIN_VERSION + 1);
    expect(rejected(await decodeHandIn(newer))).toMatchObject({
      reason: 'wrong-version',
      version: HANDIN_VERSION + 1,
      newer: true,
    });
    const older = await forged(made.handIn, 0);
    expect(rejected(await decodeHandIn(older))).toMatchObject({
      reason: 'wrong-version',
      version: 0,
      newer: false,
    });
    // A newer compact code is refused before its data is even unpacked.
    expect(rejected(await decodeHandIn(`${COMPACT_PREFIX}2.whatever-it-packs`))).toMatchObject({
      reason: 'wrong-version',
      newer: true,
    });
    expect(rejected(await decodeHandIn('ESC2:1/3:ABCDEFG:xyz'))).toMatchObject({
      reason: 'wrong-version',
      newer: true,
    });
  });

  it('tampered: any value changed after the file was made', async () => {
    const made = await encoded(fiveResults);
    const file = JSON.parse(made.file) as {
      handIn: { nickname: string; attempts: { durationMs: number }[] };
    };
    const renamed = structuredClone(file);
    renamed.handIn.nickname = 'Kiwo';
    expect(rejected(await decodeHandIn(JSON.stringify(renamed))).reason).toBe('tampered');
    const longer = structuredClone(file);
    longer.handIn.attempts[0]!.durationMs += 1;
    expect(rejected(await decodeHandIn(JSON.stringify(longer))).reason).toBe('tampered');
    const wrongSum = { ...file, sha256: '0'.repeat(64) };
    expect(rejected(await decodeHandIn(JSON.stringify(wrongSum))).reason).toBe('tampered');
  });

  it('tampered: a compact code damaged inside its packed data', async () => {
    const made = await encoded(fiveResults);
    const start = `${COMPACT_PREFIX}1.`.length;
    const reasons = new Set<string>();
    // Change one character at many places; each change is caught, never accepted.
    for (let i = start + 10; i < made.compact.length - 2; i += 37) {
      const c = made.compact[i] === 'A' ? 'B' : 'A';
      const damaged = made.compact.slice(0, i) + c + made.compact.slice(i + 1);
      const result = rejected(await decodeHandIn(damaged));
      reasons.add(result.reason);
    }
    expect([...reasons].every((r) => ['tampered', 'malformed', 'truncated'].includes(r))).toBe(true);
    expect(reasons).toContain('tampered');
  });

  it('truncated: a file or a code cut short, and one code of a sequence', async () => {
    const made = await encoded(fiveResults);
    for (const cut of [30, 100, Math.floor(made.file.length / 2), made.file.length - 3]) {
      expect(rejected(await decodeHandIn(made.file.slice(0, cut))).reason, `file cut at ${cut}`).toBe(
        'truncated',
      );
    }
    for (const keep of [0.25, 0.5, 0.9]) {
      const cut = Math.floor(made.compact.length * keep);
      expect(rejected(await decodeHandIn(made.compact.slice(0, cut))).reason, `code cut at ${cut}`).toBe(
        'truncated',
      );
    }
    expect(rejected(await decodeHandIn(COMPACT_PREFIX)).reason).toBe('truncated');
    const frames = splitForQr(made.compact);
    expect(frames.length).toBeGreaterThan(1);
    expect(rejected(await decodeHandIn(frames[0]!)).reason).toBe('truncated');
  });

  it('malformed: right checksum, wrong contents', async () => {
    const made = await encoded(fiveResults);
    const h = made.handIn;
    const cases: [string, unknown][] = [
      ['a nickname that is an email', { ...h, nickname: 'ana@mail.com' }],
      ['an empty class code', { ...h, classCode: '' }],
      ['an unknown age band', { ...h, ageBand: '3-5' }],
      ['a field about the child', { ...h, realName: 'Ana Pérez' }],
      ['a result twice', { ...h, attempts: [h.attempts[0], h.attempts[0]] }],
      [
        'a result of another story than its transcript',
        {
          ...h,
          attempts: [{ ...h.attempts[0]!, scenarioId: 'another-story' }],
        },
      ],
      ['a result with a device id', { ...h, attempts: [{ ...h.attempts[0]!, profileId: 'p1' }] }],
      [
        'a transcript with an unknown sign',
        {
          ...h,
          attempts: [
            {
              ...h.attempts[0]!,
              transcript: { ...h.attempts[0]!.transcript, signsMissed: [{ message: 'm', signs: ['magic'] }] },
            },
          ],
        },
      ],
      ['a negative duration', { ...h, attempts: [{ ...h.attempts[0]!, durationMs: -5 }] }],
    ];
    for (const [what, handIn] of cases) {
      expect(rejected(await decodeHandIn(await forged(handIn))).reason, what).toBe('malformed');
    }
    expect(rejected(await decodeHandIn(await forged(h, 1, { note: 'hi' }))).reason).toBe('malformed');
    expect(rejected(await decodeHandIn(JSON.stringify({ format: HANDIN_FORMAT, version: 1 }))).reason).toBe(
      'malformed',
    );
    expect(
      rejected(await decodeHandIn(JSON.stringify({ format: HANDIN_FORMAT, version: '1', handIn: h }))).reason,
    ).toBe('malformed');
    // Keys that reach prototypes are refused before anything reads them.
    const proto = `{"format":"${HANDIN_FORMAT}","version":1,"sha256":"${'0'.repeat(64)}","handIn":{"__proto__":{"x":1}}}`;
    expect(rejected(await decodeHandIn(proto)).reason).toBe('malformed');
    // A compact code whose name is right but whose insides are no hand-in.
    expect(rejected(await decodeHandIn(compactOf({}))).reason).toBe('malformed');
    expect(rejected(await decodeHandIn(compactOf({ format: 'escudo-backup' }))).reason).toBe('malformed');
    const file = JSON.parse(made.file) as object;
    expect((await decodeHandIn(compactOf(file))).ok).toBe(true);
    expect(rejected(await decodeHandIn(`${COMPACT_PREFIX}1.not base64!`)).reason).toBe('malformed');
    expect(rejected(await decodeHandIn(`${COMPACT_PREFIX}x.abc`)).reason).toBe('malformed');
  });

  it('too-large: a huge file, a huge code, a code that unpacks into too much', async () => {
    expect(rejected(await decodeHandIn(' '.repeat(HANDIN_MAX_FILE_CHARS + 1))).reason).toBe('too-large');
    expect(
      rejected(await decodeHandIn(`{"format":"${HANDIN_FORMAT}","x":"${'a'.repeat(HANDIN_MAX_FILE_CHARS)}"}`))
        .reason,
    ).toBe('too-large');
    expect(rejected(await decodeHandIn(COMPACT_PREFIX + '1.' + 'A'.repeat(5 * 1024 * 1024))).reason).toBe(
      'too-large',
    );
    const one = (await encoded(fiveResults)).handIn.attempts[0]!;
    const many = Array.from({ length: HANDIN_MAX_ATTEMPTS + 1 }, (_, i) => ({ ...one, id: `r${i}` }));
    const crowded = await forged({ ...(await encoded(fiveResults)).handIn, attempts: many });
    expect(rejected(await decodeHandIn(crowded)).reason).toBe('too-large');
    // 40 MB of spaces pack into a few dozen kilobytes.
    const bomb = deflateSync(new Uint8Array(40 * 1024 * 1024).fill(0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(rejected(await decodeHandIn(`${COMPACT_PREFIX}1.${toBase64Url(bomb)}`)).reason).toBe('too-large');
  });
});

describe('prototype pollution', () => {
  const forbidden = fc.constantFrom('__proto__', 'constructor', 'prototype');
  // Random JSON documents, many shaped like a hand-in, with prototype-reaching keys mixed in.
  const key = fc.oneof(
    forbidden,
    fc.string({ maxLength: 8 }),
    fc.constantFrom('format', 'handIn', 'version'),
  );
  const value = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
      fc.array(tie('value'), { maxLength: 3 }),
    ),
  })).value;
  const document = fc.oneof(
    value.map((v) => JSON.stringify(v)),
    fc
      .record({ handIn: value, extra: fc.dictionary(key, value, { maxKeys: 3 }) })
      .map(({ handIn, extra }) =>
        JSON.stringify({ ...extra, format: HANDIN_FORMAT, version: 1, sha256: '0'.repeat(64), handIn }),
      ),
    // JSON.stringify drops a literal __proto__ key; writing the text by hand keeps it.
    fc
      .tuple(forbidden, value)
      .map(
        ([k, v]) =>
          `{"format":"${HANDIN_FORMAT}","version":1,"sha256":"${'0'.repeat(64)}","handIn":{"${k}":${JSON.stringify(v) ?? 'null'},"nickname":"x"}}`,
      ),
    fc.tuple(forbidden, value).map(([k, v]) => `{"${k}":{"polluted":${JSON.stringify(v) ?? 'null'}}}`),
  );

  it('10,000 random JSON documents never pollute Object.prototype and fail only with a reason', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const reasons = new Set<string>();
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        const result = await decodeHandIn(text);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect([
            'not-escudo',
            'other-escudo-file',
            'malformed',
            'tampered',
            'truncated',
            'too-large',
            'wrong-version',
          ]).toContain(result.reason);
          reasons.add(result.reason);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).nickname).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    // The documents reached the checks that matter, not only "not an Escudo file".
    expect(reasons).toContain('malformed');
    expect(reasons).toContain('tampered');
  });
});

describe('the class a hand-in belongs to', () => {
  const classes: TeacherClass[] = [
    { code: 'KXR-479', name: '6º B', createdAt: 0, archived: false },
    { code: 'PTW-236', name: 'old', createdAt: 0, archived: true },
    { code: 'ptw236', name: 'new', createdAt: 1, archived: false },
    { code: 'ACE-777', name: 'archived only', createdAt: 0, archived: true },
  ];

  it('finds the class however the child typed the code', () => {
    for (const typed of ['KXR-479', 'kxr479', 'Kxr-479', 'KXR479']) {
      expect(checkClass({ classCode: typed }, classes)).toEqual({ ok: true, class: classes[0] });
    }
  });

  it('prefers an open class to an archived one with the same code, and still finds an archived one', () => {
    expect(checkClass({ classCode: 'PTW236' }, classes)).toEqual({ ok: true, class: classes[2] });
    expect(checkClass({ classCode: 'ACE777' }, classes)).toEqual({ ok: true, class: classes[3] });
  });

  it('says wrong-class for a code of none of the classes', () => {
    expect(checkClass({ classCode: 'KXR-478' }, classes)).toEqual({
      ok: false,
      reason: 'wrong-class',
      classCode: 'KXR-478',
    });
    expect(checkClass({ classCode: 'KXR-479' }, [])).toMatchObject({ ok: false, reason: 'wrong-class' });
  });

  it('files the results under the teacher’s spelling of the code', async () => {
    const made = await encoded({ ...fiveResults, classCode: 'kxr479' });
    const check = checkClass(made.handIn, classes);
    if (!check.ok) throw new Error('no class');
    const attempts = toClassAttempts(made.handIn, {
      classCode: check.class.code,
      source: 'qr',
      importedAt: 99,
    });
    expect(attempts).toHaveLength(5);
    expect(attempts.every((a) => a.classCode === 'KXR-479' && a.source === 'qr' && a.importedAt === 99)).toBe(
      true,
    );
    expect(attempts.map((a) => a.id)).toEqual(fiveResults.attempts.map((a) => a.id));
    expect(attempts[0]).toMatchObject({ childKey: fiveResults.childKey, nickname: 'Kiwi', ageBand: '11-14' });
    expect(attempts[0]!.transcript).toEqual(fiveResults.attempts[0]!.transcript);
  });
});

it('reads many hand-ins at once, in order, the bad ones beside the good', async () => {
  const good = await encoded(fiveResults);
  const inputs = [good.file, 'nonsense', good.compact, good.file.slice(0, 200), null];
  const results = await decodeHandIns(inputs, { concurrency: 3 });
  expect(results.map((r) => (r.ok ? r.form : r.reason))).toEqual([
    'file',
    'not-escudo',
    'compact',
    'truncated',
    'not-escudo',
  ]);
  expect(await decodeHandIns([])).toEqual([]);
});

it('an unfinished play can be handed in too', async () => {
  const unfinished = fc
    .sample(realAttempt, { numRuns: 60, seed: 2 })
    .find((a) => a.transcript.ending === null)!;
  expect(unfinished).toBeDefined();
  const made = await encoded({ ...fiveResults, attempts: [attemptOf(unfinished.transcript, 'u1')] });
  const back = await decodeHandIn(made.compact);
  expect(back.ok && back.handIn.attempts[0]!.transcript.ending).toBeNull();
});
