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
import { sha256Hex } from '../../store/sha256';

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

/**
 * The packs/ folder's packs this device has already checked in full, by the
 * SHA-256 of their text. Checking one takes tens of milliseconds, so a school
 * hosting a hundred packs would make every start wait seconds; a pack whose
 * exact text passed before is read again with the pack reader only, as the
 * packs kept on the device are. The list belongs to one build of the game
 * (`build`): a new version, whose checks may be stricter, checks every pack
 * again once. Losing the list only costs time.
 */
export interface CheckedPacks {
  has(hash: string): boolean;
  add(hash: string): void;
}

const CHECKED_KEY = 'escudo.checked-packs';
/** Twice the most packs a folder may list, so packs replaced over time do not push out current ones. */
const MAX_CHECKED = 400;

export function rememberedChecks(
  build: string,
  storage: Storage | undefined = globalThis.localStorage,
): CheckedPacks {
  let hashes: string[] = [];
  try {
    const kept = JSON.parse(storage?.getItem(CHECKED_KEY) ?? 'null') as {
      build?: unknown;
      hashes?: unknown;
    } | null;
    if (kept?.build === build && Array.isArray(kept.hashes))
      hashes = kept.hashes.filter((h): h is string => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h));
  } catch {
    // Unreadable or not allowed (private mode): check every pack.
  }
  const known = new Set(hashes);
  return {
    has: (hash) => known.has(hash),
    add(hash) {
      if (known.has(hash)) return;
      known.add(hash);
      const list = [...known].slice(-MAX_CHECKED);
      try {
        storage?.setItem(CHECKED_KEY, JSON.stringify({ build, hashes: list }));
      } catch {
        // Storage full or refused: this start's checks are simply not remembered.
      }
    },
  };
}

/** The pack reader alone, for a text that passed every check before. */
function readChecked(text: string, taken: ReadonlySet<string>): LoadedPack | undefined {
  const { loaded } = readPack(JSON.parse(text));
  return loaded && !taken.has(loaded.scenario.id) ? loaded : undefined;
}

async function serverStories(base: string, taken: Set<string>, checked: CheckedPacks): Promise<ExtraStory[]> {
  let names: string[];
  try {
    const text = await fetchText(`${base}index.json`);
    // A host without a packs/ folder answers 404, or the game's own page: no packs.
    names = text === undefined ? [] : packFileNames(JSON.parse(text));
  } catch {
    return [];
  }
  if (names.length === 0) return [];
  // Every file is asked for at once (the browser queues them); they are judged in the listed order.
  const texts = names.map((name) =>
    fetchText(`${base}${name}`).catch((error: unknown) => {
      console.warn(`packs/${name} could not be fetched`, error);
      return undefined;
    }),
  );
  let accept: Awaited<ReturnType<typeof judge>> | undefined;
  const out: ExtraStory[] = [];
  for (const [i, name] of names.entries()) {
    try {
      const text = await texts[i];
      if (text === undefined) continue;
      const hash = await sha256Hex(text);
      const known = checked.has(hash) ? readChecked(text, taken) : undefined;
      if (known) {
        taken.add(known.scenario.id);
        out.push({ entry: indexEntry(known), loaded: known, from: 'server' });
        continue;
      }
      accept ??= await judge();
      const verdict = accept(text, taken);
      if (!verdict.ok) {
        console.warn(`packs/${name} was not loaded (${verdict.reason}): ${verdict.detail}`);
        continue;
      }
      checked.add(hash);
      taken.add(verdict.entry.id);
      out.push({ entry: verdict.entry, loaded: verdict.loaded, from: 'server' });
    } catch (error) {
      console.warn(`packs/${name} could not be read`, error);
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
  /** Which packs/ folder packs passed every check before (default: this device's list for this build). */
  checked?: CheckedPacks;
}): Promise<PackShelf> {
  const shipped = new Set(options.shipped);
  // This module's address names the build: bundled files are named by their content.
  const checked = options.checked ?? rememberedChecks(import.meta.url);
  const server = await serverStories(options.base ?? 'packs/', new Set(shipped), checked);
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
