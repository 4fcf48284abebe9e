/**
 * Hostile files of every kind the app reads (kinds.ts): a few hundred each
 * here, so CI stays quick; `npm run bench:fuzz` runs 10,000 of each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupKind } from './backup-kind.js';
import { handInKind } from './handin-kind.js';
import { packKind } from './pack-kind.js';
import { runFuzz, unchanged } from './property.js';
import { translationKind } from './translation-kind.js';

const outcomesOf = async (kind: Parameters<typeof runFuzz>[0], runs: number) =>
  Object.keys((await runFuzz(kind, { runs, mode: 'assert' })).outcomes).join('\n');

describe('hostile files end in a clear refusal that changed nothing, or a correct import; no prototype polluted', () => {
  it('backups', async () => {
    const ended = await outcomesOf(backupKind, 300);
    // The mutations reach the interesting refusals, not only "not JSON".
    for (const reason of ['checksum', 'malformed', 'truncated'])
      expect(ended).toContain(`refused: ${reason}`);
  }, 120_000);

  it('hand-ins, as files and as the QR codes’ compact text', async () => {
    const ended = await outcomesOf(handInKind, 300);
    for (const reason of ['tampered', 'malformed', 'truncated'])
      expect(ended).toContain(`refused: ${reason}`);
    expect(ended).toMatch(/imported|already imported/);
  }, 120_000);

  it('story packs, added on the device and from a packs/ folder', async () => {
    const ended = await outcomesOf(packKind, 200);
    for (const reason of ['not-json', 'unsafe', 'not-a-pack']) expect(ended).toContain(`refused: ${reason}`);
    expect(ended).toContain('folder: left out');
  }, 120_000);

  it('translations, XLIFF and PO', async () => {
    const ended = await outcomesOf(translationKind, 300);
    expect(ended).toContain('xliff refused');
    expect(ended).toContain('po refused');
  }, 120_000);
});

describe('the property itself', () => {
  const reader = (read: () => Promise<string>) => ({
    name: 'test',
    setUp: () => Promise.resolve({ cases: fc.constant(null), read }),
  });

  it('fails on a reader that pollutes a prototype, throws, or changes what is stored', async () => {
    const polluting = reader(async () => {
      (Object.prototype as Record<string, unknown>).polluted = true;
      return 'imported';
    });
    try {
      await expect(runFuzz(polluting, { runs: 1, mode: 'assert' })).rejects.toThrow(/polluted|prototype/);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    const throwing = reader(() => Promise.reject(new RangeError('Maximum call stack size exceeded')));
    await expect(runFuzz(throwing, { runs: 1, mode: 'assert' })).rejects.toThrow(/threw: Maximum call stack/);
    const counted = await runFuzz(throwing, { runs: 5, mode: 'count' });
    expect(counted.failures).toHaveLength(5);
    const changing = reader(async () => {
      unchanged([1], [1, 2], 'refused');
      return 'refused: x';
    });
    await expect(runFuzz(changing, { runs: 1, mode: 'assert' })).rejects.toThrow(/stored data changed/);
  });
});
