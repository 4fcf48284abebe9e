/**
 * Hostile story packs, read as the game reads them: a file an adult adds on
 * the saved-progress page (`PackShelf.add`, which keeps an accepted pack in
 * the progress store's packs table), and a school's `packs/` folder (its
 * `index.json` and the pack it names, fetched when the game starts). The
 * real file is the new-story template's pack. Correct: a refusal with a
 * known reason and the packs table unchanged, or the pack kept (and only
 * it) and readable again; from a folder, only packs `acceptPack` takes
 * become stories, and nothing is stored.
 */
import fc from 'fast-check';
import { createPackShelf, type PackShelf } from '../../../src/game/services/pack-shelf.js';
import { acceptPack, PACK_REFUSALS } from '../../../src/format/pack/accept.js';
import { readPack } from '../../../src/format/pack/read.js';
import { createMemoryStore, type ProgressStore } from '../../../src/store/index.js';
import { mutate, mutations, type JsonFileKind, type Mutation } from './hostile.js';
import { Broken, knownReason, unchanged, type FuzzKind } from './property.js';
import { templatePackText } from '../../fixtures/template-pack.js';

const SHIPPED = ['first-tournament', 'gift-card'];

/** A pack has no checksum: an edit is simply written back. */
const packFile: JsonFileKind = { body: [], write: (file) => JSON.stringify(file) };

interface PackCase {
  from: 'device' | 'folder';
  pack: Mutation[];
  /** For `folder`: the edits to `packs/index.json` (none: the real index). */
  index: Mutation[];
}

/**
 * Serves `files` as the game's origin would, for one call; a missing file is
 * a 404. The game's console notes on each refused pack are kept quiet.
 */
async function serving<T>(files: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const real = globalThis.fetch;
  const warn = console.warn;
  console.warn = () => undefined;
  globalThis.fetch = (async (url: string | URL) => {
    const body = files[String(url)];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  }) as typeof fetch;
  try {
    return await run();
  } finally {
    globalThis.fetch = real;
    console.warn = warn;
  }
}

async function deviceCase(shelf: PackShelf, store: ProgressStore, text: string): Promise<string> {
  const before = await store.listPacks();
  const result = await shelf.add(text);
  const after = await store.listPacks();
  if (!result.ok) {
    unchanged(before, after, `refused (${result.reason})`);
    return knownReason(result.reason, PACK_REFUSALS);
  }
  if (SHIPPED.includes(result.entry.id)) throw new Broken('a pack replaced a shipped story');
  const kept = after.find((p) => p.id === result.entry.id);
  if (!kept || kept.text !== text) throw new Broken('an accepted pack was not kept as given');
  unchanged(
    before.filter((p) => p.id !== result.entry.id),
    after.filter((p) => p.id !== result.entry.id),
    'another pack was added',
  );
  if (!readPack(JSON.parse(kept.text)).loaded) throw new Broken('a kept pack cannot be read again');
  return 'added';
}

export const packKind: FuzzKind<PackCase> = {
  name: 'story pack',
  async setUp() {
    const text = templatePackText('market-day');
    const index = JSON.stringify({ packs: ['market-day.pack.json'] });
    const store = createMemoryStore();
    const shelf = await serving({}, () => createPackShelf({ store, shipped: SHIPPED }));
    return {
      cases: fc.record({
        from: fc.constantFrom<PackCase['from']>('device', 'folder'),
        pack: mutations({ json: true }),
        index: fc.oneof(fc.constant<Mutation[]>([]), mutations({ json: true })),
      }),
      async read(c) {
        const hostile = await mutate(text, c.pack, packFile);
        if (c.from === 'device') return deviceCase(shelf, store, hostile);
        const files = {
          'packs/index.json': await mutate(index, c.index, packFile),
          'packs/market-day.pack.json': hostile,
        };
        const before = await store.listPacks();
        const folder = await serving(files, () => createPackShelf({ store, shipped: SHIPPED }));
        unchanged(before, await store.listPacks(), 'a folder was read');
        const fromFolder = folder.stories().filter((s) => s.from === 'server');
        const accepted = Object.values(files).map((t) => acceptPack(t, new Set(SHIPPED)));
        for (const story of fromFolder)
          if (!accepted.some((v) => v.ok && v.entry.id === story.entry.id))
            throw new Broken(`"${story.entry.id}" became a story without being accepted`);
        return fromFolder.length > 0 ? 'folder: story shown' : 'folder: left out';
      },
    };
  },
};
