/**
 * Stories that did not come with the game's build: packs a school hosts in a
 * `packs/` folder next to the game (listed in `packs/index.json`), and packs
 * an adult added on this device behind the teacher PIN (kept in the progress
 * store). Both are untrusted: each goes through `acceptPack` (size, the pack
 * reader, every check the checker runs; no shipped story id), which is loaded
 * only when there is a pack to judge, so the checker never weighs on a
 * normal start. See docs/pack-format.md, "Packs in the game".
 */
import type { LoadedPack } from '../../format/pack/read';
import { readPack } from '../../format/pack/read';
import { MAX_PACK_CHARS, MAX_SERVER_PACKS } from '../../format/pack/limits';
import type { PackVerdict } from '../../format/pack/accept';
import { indexEntry, type ScenarioIndexEntry } from '../../format/scenario-index';
import type { ProgressStore } from '../../store/index';

export type PackOrigin = 'server' | 'device';

export interface ExtraStory {
  entry: ScenarioIndexEntry;
  loaded: LoadedPack;
  from: PackOrigin;
}

export type AddPackResult = { ok: true; entry: ScenarioIndexEntry } | Extract<PackVerdict, { ok: false }>;

export interface PackShelf {
  stories(): readonly ExtraStory[];
  /** Checks a pack file's text and keeps it on this device; a refused file changes nothing. */
  add(text: string): Promise<AddPackResult>;
  /** Forgets a pack added on this device; results and saved games of its story stay. */
  remove(id: string): Promise<void>;
}

/** `packs/index.json`: `{ "packs": ["my-story.pack.json", …] }`, file names in the same folder. */
const PACK_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/;

export function packFileNames(json: unknown): string[] {
  const list = (json as { packs?: unknown } | null)?.packs;
  if (!Array.isArray(list)) return [];
  return list
    .filter((name): name is string => typeof name === 'string' && PACK_FILE_NAME.test(name))
    .slice(0, MAX_SERVER_PACKS);
}

const judge = () => import('../../format/pack/accept').then((m) => m.acceptPack);

async function fetchText(url: string): Promise<string | undefined> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    // Read to the end (a 404 page is small), so the request finishes instead of being cut off.
    await res.text().catch(() => '');
    return undefined;
  }
  const length = Number(res.headers.get('content-length'));
  if (length > MAX_PACK_CHARS * 4) return undefined;
  return res.text();
}

async function serverStories(base: string, taken: Set<string>): Promise<ExtraStory[]> {
  let names: string[];
  try {
    const text = await fetchText(`${base}index.json`);
    // A host without a packs/ folder answers 404, or the game's own page: no packs.
    names = text === undefined ? [] : packFileNames(JSON.parse(text));
  } catch {
    return [];
  }
  if (names.length === 0) return [];
  const accept = await judge();
  const out: ExtraStory[] = [];
  for (const name of names) {
    try {
      const text = await fetchText(`${base}${name}`);
      const verdict = accept(text, taken);
      if (!verdict.ok) {
        console.warn(`packs/${name} was not loaded (${verdict.reason}): ${verdict.detail}`);
        continue;
      }
      taken.add(verdict.entry.id);
      out.push({ entry: verdict.entry, loaded: verdict.loaded, from: 'server' });
    } catch (error) {
      console.warn(`packs/${name} could not be fetched`, error);
    }
  }
  return out;
}

/**
 * Packs kept on the device were fully checked when they were added; on start
 * they are read again with the pack reader, so a record damaged on disk is
 * left out (with a console note), never played.
 */
async function deviceStories(store: ProgressStore, taken: ReadonlySet<string>): Promise<ExtraStory[]> {
  const out: ExtraStory[] = [];
  for (const record of await store.listPacks().catch(() => [])) {
    try {
      const { loaded } = readPack(JSON.parse(record.text));
      if (!loaded || loaded.scenario.id !== record.id || taken.has(record.id)) {
        console.warn(`The pack "${record.id}" kept on this device could not be read again; it is left out`);
        continue;
      }
      out.push({ entry: indexEntry(loaded), loaded, from: 'device' });
    } catch {
      console.warn(`The pack "${record.id}" kept on this device is damaged; it is left out`);
    }
  }
  return out;
}

export async function createPackShelf(options: {
  store: ProgressStore;
  shipped: readonly string[];
  base?: string;
}): Promise<PackShelf> {
  const shipped = new Set(options.shipped);
  const server = await serverStories(options.base ?? 'packs/', new Set(shipped));
  const reserved = new Set([...shipped, ...server.map((s) => s.entry.id)]);
  let device = await deviceStories(options.store, reserved);
  return {
    stories: () => [...server, ...device],
    async add(text) {
      const verdict = (await judge())(text, reserved);
      if (!verdict.ok) return verdict;
      await options.store.putPack(verdict.entry.id, text);
      const added: ExtraStory = { entry: verdict.entry, loaded: verdict.loaded, from: 'device' };
      // Adding a story again (a newer version of the same pack) replaces it.
      device = [...device.filter((s) => s.entry.id !== verdict.entry.id), added];
      return { ok: true, entry: verdict.entry };
    },
    async remove(id) {
      await options.store.deletePack(id);
      device = device.filter((s) => s.entry.id !== id);
    },
  };
}
