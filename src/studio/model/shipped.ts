/**
 * Reading a shipped story's files (`scenarios/<id>.source.json`, made by
 * src/vite/scenario-sources.ts). They come from the game's own origin, but are
 * read like any outside file: anything of the wrong shape is refused, and
 * only text files of a story folder are kept.
 */
import { fromEntries, type StoryFiles } from './story-files';

export function readShippedSource(value: unknown): StoryFiles | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { format?: unknown; folder?: unknown; files?: unknown };
  if (v.format !== 'escudo-scenario-source' || typeof v.folder !== 'string') return undefined;
  if (!v.files || typeof v.files !== 'object' || Array.isArray(v.files)) return undefined;
  const entries = Object.entries(v.files as Record<string, unknown>)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([path, text]) => ({ path: `${v.folder as string}/${path}`, text }));
  return fromEntries(entries)[0];
}
