/**
 * Whether the game takes a pack that comes from outside its build (a file an
 * adult adds on the device, or a school's `packs/` folder), and why not. The
 * one answer a person sees is the first problem, as a reason the game
 * translates plus the checker's own words naming it. Nothing here stores
 * anything: a refused pack changes nothing because only an accepted one is
 * ever handed on.
 */
import type { Finding } from '../load.js';
import { indexEntry, type ScenarioIndexEntry } from '../scenario-index.js';
import { checkPack } from './check-pack.js';
import { MAX_PACK_CHARS } from './limits.js';
import type { LoadedPack } from './read.js';

/** Why a pack is refused; the game has a sentence for each (ui `packs.refused.<reason>`). */
export const PACK_REFUSALS = [
  'too-big',
  'not-json',
  'unsafe',
  'not-a-pack',
  'old-version',
  'checker',
  'shipped-id',
] as const;
export type PackRefusal = (typeof PACK_REFUSALS)[number];

export type PackVerdict =
  | { ok: true; loaded: LoadedPack; entry: ScenarioIndexEntry; findings: Finding[] }
  | { ok: false; reason: PackRefusal; detail: string };

const UNSAFE = new Set(['forbidden-key', 'too-deep']);
const NOT_A_PACK = new Set(['bad-pack', 'bad-language-file']);

function reasonOf(finding: Finding): PackRefusal {
  if (UNSAFE.has(finding.code)) return 'unsafe';
  if (finding.code === 'pack-version') return 'old-version';
  if (
    NOT_A_PACK.has(finding.code) ||
    finding.message.startsWith('scenario:') ||
    finding.message.startsWith('texts.')
  )
    return 'not-a-pack';
  return 'checker';
}

/**
 * Reads and checks a pack file's text. `taken` holds the ids it may not use:
 * the stories shipped with the game (a pack never replaces one), and any
 * other the caller reserves.
 */
export function acceptPack(text: unknown, taken: ReadonlySet<string>): PackVerdict {
  if (typeof text !== 'string') return { ok: false, reason: 'not-json', detail: 'the file is not text' };
  if (text.length > MAX_PACK_CHARS)
    return {
      ok: false,
      reason: 'too-big',
      detail: `${Math.ceil(text.length / 1000)} kB; the most is ${MAX_PACK_CHARS / 1000} kB`,
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const checked = checkPack(json);
  if (!checked.loaded) {
    const first = checked.findings[0];
    if (!first) return { ok: false, reason: 'not-a-pack', detail: 'the pack could not be read' };
    return { ok: false, reason: reasonOf(first), detail: `${first.message} [${first.code}]` };
  }
  const id = checked.loaded.scenario.id;
  if (taken.has(id))
    return { ok: false, reason: 'shipped-id', detail: `"${id}" is a story that comes with the game` };
  return { ok: true, loaded: checked.loaded, entry: indexEntry(checked.loaded), findings: checked.findings };
}
