/**
 * The teacher PIN: its rules, the stored hash, the rate limit kept across a
 * reload, the tab's unlock, and "forgot PIN" — which clears the teacher data
 * and never the children's progress.
 */
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/index.js';
import { constantTimeEqual, hashPin, PIN_ITERATIONS, pinMatches } from '../../../src/teacher/pin/pin-hash.js';
import { afterWrongGuess, waitAfter, waitLeft } from '../../../src/teacher/pin/lockout.js';
import { memorySessionMarker, newPinProblem, PinService } from '../../../src/teacher/pin/index.js';
import { classAttempt, Clock, freshIdb, openFakeTeacherStore } from './helpers.js';

/** Tests hash with fewer rounds; the real count is checked on its own below. */
const FAST = 1000 * 100;

describe('PIN rules', () => {
  it.each([
    ['1234', undefined],
    ['12345678', undefined],
    ['123', 'too-short'],
    ['abc123', 'too-short'],
    ['a long passphrase', undefined],
    ['contraseña', undefined],
    ['', 'empty'],
    ['x'.repeat(129), 'too-long'],
  ])('%j → %s', (pin, problem) => {
    expect(newPinProblem(pin, pin)).toBe(problem);
  });

  it('asks for the same PIN twice, comparing NFC forms', () => {
    expect(newPinProblem('1234', '1243')).toBe('mismatch');
    // "ção" typed as one code point each, or with combining marks.
    expect(newPinProblem('senha ção', 'senha c\u0327a\u0303o')).toBeUndefined();
  });
});

describe('PIN hash', () => {
  it('stores a salted PBKDF2 hash, never the PIN, with at least 200,000 rounds by default', async () => {
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(200_000);
    const record = await hashPin('4821', { now: 1, newId: () => 'p1' });
    expect(record.iterations).toBe(PIN_ITERATIONS);
    expect(JSON.stringify(record)).not.toContain('4821');
    expect(atob(record.salt)).toHaveLength(16);
    expect(atob(record.hash)).toHaveLength(32);
    expect(await pinMatches('4821', record)).toBe(true);
    expect(await pinMatches('4822', record)).toBe(false);
  });

  it('gives the same PIN a different salt and hash each time', async () => {
    const a = await hashPin('4821', { now: 1, newId: () => 'a', iterations: FAST });
    const b = await hashPin('4821', { now: 1, newId: () => 'b', iterations: FAST });
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('compares every byte', () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(constantTimeEqual(bytes(1, 2, 3), bytes(1, 2, 3))).toBe(true);
    expect(constantTimeEqual(bytes(1, 2, 3), bytes(1, 2, 4))).toBe(false);
    expect(constantTimeEqual(bytes(1, 2, 3), bytes(1, 2))).toBe(false);
    expect(constantTimeEqual(bytes(), bytes())).toBe(true);
  });
});

describe('rate limit', () => {
  it('lets five wrong guesses go, then waits 30 s, 1 min, 5 min… and never longer than an hour', () => {
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 50].map(waitAfter)).toEqual([
      30_000, 60_000, 300_000, 900_000, 3_600_000, 3_600_000,
    ]);
    let state = { failures: 0, lockedUntil: 0 };
    for (let i = 0; i < 5; i++) state = afterWrongGuess(state, 1000);
    expect(state).toEqual({ failures: 5, lockedUntil: 31_000 });
    expect(waitLeft(state, 11_000)).toBe(20_000);
    expect(waitLeft(state, 31_000)).toBe(0);
  });

  it('does not lock for good when the clock was put back', () => {
    expect(waitLeft({ failures: 5, lockedUntil: 10_000_000 }, 0)).toBe(30_000);
  });
});

async function service(idb = freshIdb(), clock = new Clock(), session = memorySessionMarker()) {
  const store = await openFakeTeacherStore(idb);
  return {
    pins: new PinService({ store, session, now: clock.now, iterations: FAST }),
    store,
    clock,
    session,
  };
}

describe('PIN service', () => {
  it('is unset, then set and unlocked for the tab; Lock asks again', async () => {
    const { pins } = await service();
    expect(await pins.status()).toBe('unset');
    expect(await pins.setPin('1234', '1235')).toEqual({ ok: false, problem: 'mismatch' });
    expect(await pins.status()).toBe('unset');
    expect(await pins.setPin('2468', '2468')).toEqual({ ok: true });
    expect(await pins.status()).toBe('unlocked');
    pins.lock();
    expect(await pins.status()).toBe('locked');
    expect(await pins.unlock('2468')).toEqual({ ok: true });
    expect(await pins.status()).toBe('unlocked');
  });

  it('will not set a PIN over an existing one (that takes "forgot PIN")', async () => {
    const { pins } = await service();
    await pins.setPin('2468', '2468');
    pins.lock();
    expect(await pins.setPin('1111', '1111')).toEqual({ ok: false, problem: 'exists' });
    expect(await pins.unlock('1111')).toMatchObject({ ok: false, reason: 'wrong' });
  });

  it('counts wrong guesses, makes the sixth wait, and keeps the wait across a reload', async () => {
    const idb = freshIdb();
    const clock = new Clock();
    const first = await service(idb, clock);
    await first.pins.setPin('2468', '2468');
    first.pins.lock();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await first.pins.unlock('0000'));
    expect(results.map((r) => (r.ok ? 'ok' : r.reason === 'wrong' ? r.triesLeft : r.reason))).toEqual([
      4, 3, 2, 1, 0,
    ]);
    expect(results[4]).toMatchObject({ reason: 'wrong', waitMs: 30_000 });
    // Even the right PIN is not checked while waiting.
    expect(await first.pins.unlock('2468')).toEqual({ ok: false, reason: 'wait', waitMs: 30_000 });
    first.store.close();

    // The page is reloaded 10 s later: a new store, a new service, the same database.
    clock.advance(10_000);
    const reloaded = await service(idb, clock, first.session);
    expect(await reloaded.pins.lockout()).toEqual({ waitMs: 20_000, triesLeft: 0 });
    expect(await reloaded.pins.unlock('2468')).toMatchObject({ ok: false, reason: 'wait' });
    clock.advance(20_000);
    // One more wrong guess now waits a minute.
    expect(await reloaded.pins.unlock('1357')).toMatchObject({ ok: false, reason: 'wrong', waitMs: 60_000 });
    clock.advance(60_000);
    expect(await reloaded.pins.unlock('2468')).toEqual({ ok: true });
    expect(await reloaded.pins.lockout()).toEqual({ waitMs: 0, triesLeft: 5 });
  });

  it('checks two quick guesses one after the other, so both count', async () => {
    const { pins, store } = await service();
    await pins.setPin('2468', '2468');
    pins.lock();
    await Promise.all([pins.unlock('1'), pins.unlock('2'), pins.unlock('3')]);
    expect((await store.getLockout()).failures).toBe(3);
  });

  it('"forgot PIN" clears the teacher data and leaves the children\'s progress alone', async () => {
    const idb = freshIdb();
    // The children's store and the teacher's live in the same browser (the same IDBFactory).
    const game = await openStore({ ...idb, requestPersistence: false, mirrorStorage: null });
    expect(game.mode).toBe('persistent');
    const child = await game.store.createProfile({
      nickname: 'Zorro Azul',
      avatar: 'fox',
      ageBand: '11-14',
      classCode: 'KP7M3X',
    });
    const { pins, store, session } = await service(idb);
    await pins.setPin('2468', '2468');
    await store.putClass({ code: 'KP7M3X', name: '6º B', createdAt: 1, archived: false });
    await store.putAttempts([classAttempt('a1', 'KP7M3X')]);

    await pins.forget();
    expect(await pins.status()).toBe('unset');
    expect(session.get()).toBeNull();
    expect(await store.listClasses()).toEqual([]);
    expect(await store.listAttempts()).toEqual([]);
    expect(await game.store.listProfiles()).toEqual([child]);
  });

  it('a tab unlocked with an old PIN is locked once the PIN was reset and set anew elsewhere', async () => {
    const idb = freshIdb();
    const tabA = await service(idb);
    await tabA.pins.setPin('2468', '2468');
    expect(await tabA.pins.status()).toBe('unlocked');
    // Another tab (its own session) forgets the PIN and sets a new one.
    const tabB = new PinService({ store: tabA.store, session: memorySessionMarker(), iterations: FAST });
    await tabB.forget();
    await tabB.setPin('1357', '1357');
    expect(await tabB.status()).toBe('unlocked');
    expect(await tabA.pins.status()).toBe('locked');
  });
});
