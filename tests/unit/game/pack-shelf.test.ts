/**
 * A school's packs/ folder: each pack is checked in full the first time this
 * device sees its exact text, and read with the pack reader alone after
 * that, for the same build of the game; a changed text, or another build,
 * is checked again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createPackShelf,
  rememberedChecks,
  type CheckedPacks,
} from '../../../src/game/services/pack-shelf.js';
import { createMemoryStore } from '../../../src/store/index.js';
import { templatePackText } from '../../fixtures/template-pack.js';

const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/format/pack/accept', async (original) => {
  const real = await original<typeof import('../../../src/format/pack/accept.js')>();
  return {
    ...real,
    acceptPack: (...args: Parameters<typeof real.acceptPack>) => {
      checks.count++;
      return real.acceptPack(...args);
    },
  };
});

const realFetch = globalThis.fetch;
function serve(files: Record<string, string>): void {
  globalThis.fetch = (async (url: string | URL) => {
    const body = files[String(url)];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  }) as typeof fetch;
}
afterEach(() => {
  globalThis.fetch = realFetch;
  checks.count = 0;
});

const memoryChecks = (): CheckedPacks & { hashes: Set<string> } => {
  const hashes = new Set<string>();
  return { hashes, has: (h) => hashes.has(h), add: (h) => void hashes.add(h) };
};

describe('packs from the packs/ folder', () => {
  const carnival = templatePackText('carnival-job');
  const market = templatePackText('market-day');
  const folder = {
    'packs/index.json': JSON.stringify({ packs: ['carnival.json', 'market.json'] }),
    'packs/carnival.json': carnival,
    'packs/market.json': market,
  };

  it('checks each pack in full once, then reads the same text without the checker', async () => {
    serve(folder);
    const checked = memoryChecks();
    const first = await createPackShelf({ store: createMemoryStore(), shipped: [], checked });
    expect(first.stories().map((s) => s.entry.id)).toEqual(['carnival-job', 'market-day']);
    expect(checks.count).toBe(2);
    expect(checked.hashes.size).toBe(2);

    const again = await createPackShelf({ store: createMemoryStore(), shipped: [], checked });
    expect(again.stories().map((s) => s.entry.id)).toEqual(['carnival-job', 'market-day']);
    expect(again.stories()[0]!.loaded.scenario.id).toBe('carnival-job');
    expect(checks.count, 'nothing checked again').toBe(2);
  });

  it('checks a changed text again, and never lets a known pack take a shipped id', async () => {
    const checked = memoryChecks();
    serve(folder);
    await createPackShelf({ store: createMemoryStore(), shipped: [], checked });
    checks.count = 0;
    const changed = carnival.replace('"version":1', '"version":2');
    expect(changed).not.toBe(carnival);
    serve({ ...folder, 'packs/carnival.json': changed });
    const shelf = await createPackShelf({ store: createMemoryStore(), shipped: ['market-day'], checked });
    expect(shelf.stories().map((s) => s.entry.id)).toEqual(['carnival-job']);
    // The changed carnival pack is checked; the known market pack is refused for its shipped id.
    expect(checks.count).toBe(2);
  });
});

describe("the device's list of checked packs", () => {
  const storage = (): Storage => {
    const items = new Map<string, string>();
    return {
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
      removeItem: (k) => void items.delete(k),
      clear: () => items.clear(),
      key: () => null,
      get length() {
        return items.size;
      },
    };
  };
  const hash = (n: number) => n.toString(16).padStart(64, '0');

  it('belongs to one build, survives a reload, and keeps at most 400', () => {
    const kept = storage();
    const list = rememberedChecks('build-1', kept);
    for (let i = 0; i < 450; i++) list.add(hash(i));
    const reloaded = rememberedChecks('build-1', kept);
    expect(reloaded.has(hash(449))).toBe(true);
    expect(reloaded.has(hash(0)), 'the oldest went first').toBe(false);
    expect(rememberedChecks('build-2', kept).has(hash(449)), 'a new build checks again').toBe(false);
  });

  it('starts empty from anything unreadable, and works without storage', () => {
    const kept = storage();
    kept.setItem('escudo.checked-packs', '{"build":"b","hashes":["not a hash", 7]}');
    expect(rememberedChecks('b', kept).has('not a hash')).toBe(false);
    kept.setItem('escudo.checked-packs', '{oops');
    expect(() => rememberedChecks('b', kept)).not.toThrow();
    const none = rememberedChecks('b', undefined);
    none.add(hash(1));
    expect(none.has(hash(1))).toBe(true);
  });
});
