/**
 * About 130,000 records of one kind once overflowed the stack: counts and
 * records were spread into `push(...)` as arguments, in the IndexedDB layer
 * and in the mirror's restore. These write and restore more than that.
 */
import type { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { WriteOp } from '../../../src/store/backend.js';
import { DexieBackend } from '../../../src/store/dexie-backend.js';
import { MemoryBackend } from '../../../src/store/memory-backend.js';
import { SCHEMA_VERSION } from '../../../src/store/migrations/index.js';
import { encodeBucket, slotKey } from '../../../src/store/mirror/buckets.js';
import { restoreFromMirror } from '../../../src/store/mirror/restore.js';
import { MemoryMirrorStorage } from '../../../src/store/mirror/storage.js';
import { transcript } from './helpers.js';

const MANY = 150_000;

describe('batches larger than the stack', () => {
  it(`the IndexedDB layer adds ${MANY} records in one write`, async () => {
    // Dexie itself stood in by a do-nothing table: the counting is what overflowed,
    // and fake-indexeddb takes a minute for this many records.
    const table = {
      bulkGet: async (keys: unknown[]) => keys.map(() => undefined),
      bulkAdd: async () => undefined,
      bulkPut: async () => undefined,
    };
    const db = {
      table: () => table,
      transaction: (_mode: string, _tables: unknown, run: () => unknown) => run(),
    };
    const backend = new DexieBackend(db as unknown as Dexie);
    const ops: WriteOp[] = Array.from({ length: MANY }, (_, i) => ({
      kind: 'putIfAbsent',
      table: 'settings',
      value: { profileId: `p${i}` },
    }));
    const { counts } = await backend.write(ops);
    expect(counts).toHaveLength(MANY);
    expect(counts.every((c) => c === 1)).toBe(true);
  });

  it(`the mirror restores a results bucket of ${MANY} records`, async () => {
    const storage = new MemoryMirrorStorage();
    const profile = { id: 'p1', nickname: 'Fox', avatar: 'fox', ageBand: '11-14', createdAt: 1 };
    const one = transcript('gift-card', 1000, {
      choices: [],
      flags: [],
      signsSpotted: [],
      signsMissed: [],
      falseFlags: [],
      protectiveActions: [],
    });
    const attempts = Array.from({ length: MANY }, (_, i) => ({
      id: `a${i}`,
      profileId: 'p1',
      scenarioId: one.scenarioId,
      scenarioVersion: one.scenarioVersion,
      startedAt: 1000,
      endedAt: 2000,
      durationMs: 1000,
      transcript: one,
    }));
    storage.buckets.set(
      slotKey('profiles', 1),
      encodeBucket({ table: 'profiles' }, SCHEMA_VERSION, [profile]),
    );
    storage.buckets.set(
      slotKey('attempts/p1', 2),
      encodeBucket({ table: 'attempts', profileId: 'p1' }, SCHEMA_VERSION, attempts),
    );
    const target = new MemoryBackend();
    const result = await restoreFromMirror(target, storage, SCHEMA_VERSION);
    expect(result.skipped).toEqual([]);
    expect(result.restored.attempts).toBe(MANY);
  }, 60_000);
});
