/**
 * The help card's data: assets/helplines.yaml (as plain data from the build),
 * handled by pure functions (the data and today's date are passed in; see
 * helplines.ts), read as untrusted input. An entry is shown to a child only
 * when it is verified (a date, the https page it was checked on, and who
 * checked it) and that check has not run out (src/format/helpline-policy.ts:
 * a year, then a grace period); a country without any gets "talk to a
 * trusted adult or teacher" from the debrief instead. The checker reports
 * every entry this leaves out (docs/helplines.md).
 */
import { showable } from '../../format/helpline-policy';

/** The parsed helplines.yaml (untrusted). */
export type HelplineData = unknown;

export interface HelpLine {
  id: string;
  name: string;
  how: 'phone' | 'web';
  value: string;
  description: string;
  /**
   * A tool for removing intimate images (Take It Down): shown only after a
   * story where images are part of what happens (see `storyInvolvesImages`).
   */
  forImages: boolean;
}

interface RawEntry {
  id?: unknown;
  name?: unknown;
  how?: unknown;
  value?: unknown;
  description?: unknown;
  source?: unknown;
  verifiedOn?: unknown;
  verifiedBy?: unknown;
  forImages?: unknown;
}

const COUNTRY_KEY = 'escudo.country';

/** `YYYY-MM-DD` from the data (YAML may hand over a date object), or undefined. */
function dateOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

/** Verified, with its source page and who checked it, and the check still holds today. */
function verifiedToday(e: RawEntry, today: string): boolean {
  const on = dateOf(e.verifiedOn);
  if (on === undefined || !showable(on, today)) return false;
  if (typeof e.source !== 'string' || !/^https:\/\/\S+$/.test(e.source)) return false;
  return typeof e.verifiedBy === 'string' && e.verifiedBy.trim() !== '';
}

function verifiedEntries(list: unknown, chain: readonly string[], today: string): HelpLine[] {
  if (!Array.isArray(list)) return [];
  const out: HelpLine[] = [];
  for (const e of list as RawEntry[]) {
    if (!e || typeof e !== 'object') continue;
    if (!verifiedToday(e, today)) continue; // never show an unverified or stale line to a child
    if (typeof e.id !== 'string' || typeof e.name !== 'string' || typeof e.value !== 'string') continue;
    if (e.how !== 'phone' && e.how !== 'web') continue;
    if (e.how === 'web' && !/^https:\/\/[^\s]+$/.test(e.value)) continue;
    let description = '';
    if (e.description && typeof e.description === 'object') {
      const d = e.description as Record<string, unknown>;
      for (const lang of [...chain, 'en']) {
        if (typeof d[lang] === 'string') {
          description = d[lang] as string;
          break;
        }
      }
    }
    out.push({
      id: e.id,
      name: e.name,
      how: e.how,
      value: e.value,
      description,
      forImages: e.forImages === true,
    });
  }
  return out;
}

function data(raw: HelplineData): { everywhere?: unknown; countries?: Record<string, unknown> } {
  if (!raw || typeof raw !== 'object') return {};
  const d = raw as { everywhere?: unknown; countries?: unknown };
  const countries =
    d.countries && typeof d.countries === 'object' && !Array.isArray(d.countries)
      ? (d.countries as Record<string, unknown>)
      : {};
  return { everywhere: d.everywhere, countries };
}

/** Countries that have at least one entry shown today. */
export function helpCountries(raw: HelplineData, today: string): string[] {
  const countries = data(raw).countries ?? {};
  return Object.keys(countries)
    .filter((c) => /^[A-Z]{2}$/.test(c) && verifiedEntries(countries[c], [], today).length > 0)
    .sort();
}

export function helpLinesFor(
  raw: HelplineData,
  country: string | null,
  chain: readonly string[],
  today: string,
): { country: HelpLine[]; everywhere: HelpLine[] } {
  const d = data(raw);
  const countries = d.countries ?? {};
  return {
    country:
      country && Object.hasOwn(countries, country) ? verifiedEntries(countries[country], chain, today) : [],
    everywhere: verifiedEntries(d.everywhere, chain, today),
  };
}

/** The chosen country, else the region of the game's or the browser's language (es-EC → EC). */
export function playerCountry(languageChain: readonly string[]): string | null {
  try {
    const stored = localStorage.getItem(COUNTRY_KEY);
    if (stored === '') return null;
    if (stored && /^[A-Z]{2}$/.test(stored)) return stored;
  } catch {
    // storage blocked
  }
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  for (const tag of [...languageChain, ...browser]) {
    const region = /^[a-z]{2,3}-([A-Za-z]{2})\b/.exec(tag)?.[1];
    if (region) return region.toUpperCase();
  }
  return null;
}

export function rememberCountry(code: string | null): void {
  try {
    localStorage.setItem(COUNTRY_KEY, code ?? '');
  } catch {
    // storage blocked: lasts for this visit
  }
}

export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Whether images are part of a story, so its help card may offer an image
 * removal tool: its topics include sextortion, or one of its messages shows
 * the `image-request` sign. A story about a stranger's questions or coins
 * gets no "remove your intimate images" tool, which would only frighten.
 */
export function storyInvolvesImages(story: {
  topics: readonly string[];
  nodes: Record<string, { messages: readonly { signs: readonly string[] }[] }>;
}): boolean {
  if (story.topics.includes('sextortion')) return true;
  return Object.values(story.nodes).some((n) => n.messages.some((m) => m.signs.includes('image-request')));
}

/** The help card after one story, in the order the child reads it. */
export interface HelpCardLines {
  /** The chosen country's lines (none when no country is known). */
  country: HelpLine[];
  /** Lines for everyone, anywhere: general help, first. */
  general: HelpLine[];
  /** Image removal tools: only when images are part of the story. */
  imageTools: HelpLine[];
}

export function helpCardLines(
  raw: HelplineData,
  country: string | null,
  chain: readonly string[],
  imagesInStory: boolean,
  today: string,
): HelpCardLines {
  const lines = helpLinesFor(raw, country, chain, today);
  return {
    country: lines.country.filter((l) => !l.forImages || imagesInStory),
    general: lines.everywhere.filter((l) => !l.forImages),
    imageTools: imagesInStory ? lines.everywhere.filter((l) => l.forImages) : [],
  };
}
