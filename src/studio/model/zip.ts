/**
 * Stories in and out of `.zip` files (fflate), for browsers that cannot let
 * the page write to a folder: an author opens a `.zip` of a story folder (or
 * of several) and downloads their edits as one. Zips are untrusted: sizes are
 * read from the archive's directory before anything is inflated, so a "zip
 * bomb" is refused unread, and a file that is not UTF-8 is left out with a
 * reason rather than mangled.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { fromEntries, type FileEntry, type StoryFiles } from './story-files';

/** Largest file kept (the checker refuses larger YAML anyway), and the whole archive's inflated size. */
export const MAX_ZIP_FILE_BYTES = 2_000_000;
export const MAX_ZIP_TOTAL_BYTES = 50_000_000;

export type ZipProblem = 'not-a-zip' | 'too-large' | 'no-story';

export type ZipReading = { ok: true; stories: StoryFiles[] } | { ok: false; problem: ZipProblem };

const WANTED = /(^|\/)(scenario\.ya?ml|text\/[^/]+\.ya?ml)$/i;

export function readZip(bytes: Uint8Array): ZipReading {
  let total = 0;
  let tooLarge = false;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, {
      filter(file) {
        if (!WANTED.test(file.name.replace(/\\/g, '/'))) return false;
        total += file.originalSize;
        if (file.originalSize > MAX_ZIP_FILE_BYTES || total > MAX_ZIP_TOTAL_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    return { ok: false, problem: 'not-a-zip' };
  }
  if (tooLarge) return { ok: false, problem: 'too-large' };
  const entries: FileEntry[] = [];
  for (const [path, data] of Object.entries(raw)) {
    // Kept as its UTF-8 reading: the checker names a file in another encoding (its marks remain).
    entries.push({ path, text: strFromU8(data) });
  }
  const stories = fromEntries(entries);
  return stories.length > 0 ? { ok: true, stories } : { ok: false, problem: 'no-story' };
}

/** One `.zip` with each story in a folder of its own name. */
export function writeZip(stories: readonly StoryFiles[]): Uint8Array {
  const tree: Zippable = {};
  for (const story of stories) {
    for (const [path, text] of Object.entries(story.files)) {
      tree[`${story.folder}/${path}`] = strToU8(text);
    }
  }
  return zipSync(tree, { level: 6 });
}
