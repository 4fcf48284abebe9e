/**
 * Fetches compiled scenario packs from the game's own origin (`scenarios/*.json`,
 * made by the Vite plugin), validates each with `readPack`, and
 * registers its texts with i18next as namespace `scenario:<id>`. Stories from
 * packs outside the build (pack-shelf.ts) are listed after the shipped ones.
 */
import { readPack, type LoadedPack } from '../../format/pack/read';
import { toI18nResources } from '../../format/text';
import type { GameI18n } from '../../i18n/index';
import { readScenarioIndex, type ScenarioIndexEntry } from './scenario-index';
import type { ScenarioLibrary } from './types';
import type { PackShelf } from './pack-shelf';

export class PackError extends Error {
  override name = 'PackError';
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new PackError(`${url}: HTTP ${res.status}`);
  return res.json();
}

export async function createScenarioLibrary(
  i18n: GameI18n,
  base = 'scenarios/',
  /** The index already being fetched (the title screen starts it on Play). */
  indexJson?: Promise<unknown>,
  /** Makes the shelf of packs from outside the build, once the shipped ids are known. */
  packs?: (shipped: string[]) => Promise<PackShelf>,
): Promise<ScenarioLibrary> {
  let index: ScenarioIndexEntry[] = [];
  try {
    const fresh = () => fetchJson(`${base}index.json`);
    // An early fetch that failed (a dropped connection) is simply tried again.
    index = readScenarioIndex(await (indexJson ? indexJson.catch(fresh) : fresh()));
  } catch (e) {
    console.error('Could not load the scenario list', e);
  }
  const shelf = packs ? await packs(index.map((e) => e.id)).catch(() => undefined) : undefined;
  const cache = new Map<string, Promise<LoadedPack>>();
  const load = async (id: string): Promise<LoadedPack> => {
    const extra = shelf?.stories().find((s) => s.entry.id === id);
    if (extra) {
      i18n.addScenarioTexts(id, toI18nResources(extra.loaded));
      return extra.loaded;
    }
    if (!index.some((e) => e.id === id)) throw new PackError(`No scenario "${id}"`);
    const { loaded, findings } = readPack(await fetchJson(`${base}${id}.json`));
    if (!loaded) {
      throw new PackError(`Scenario "${id}" is damaged: ${findings.map((f) => f.message).join('; ')}`);
    }
    i18n.addScenarioTexts(id, toI18nResources(loaded));
    return loaded;
  };
  return {
    list: () => (shelf ? [...index, ...shelf.stories().map((s) => s.entry)] : index),
    ...(shelf ? { packs: shelf } : {}),
    load(id) {
      let p = cache.get(id);
      if (!p) {
        p = load(id);
        cache.set(id, p);
        p.catch(() => cache.delete(id));
      }
      return p;
    },
  };
}
