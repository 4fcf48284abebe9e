/**
 * Getting story files into the page and back out, with what the browser has:
 * - the File System Access API (Chromium): the author picks a folder once and
 *   "Save" writes the edited files back into it;
 * - otherwise a folder picker (`webkitdirectory`) or a `.zip`, and "Save"
 *   downloads the story as a `.zip`.
 * Everything read goes through the same model (../model/story-files.ts).
 */
import { fromEntries, type FileEntry, type StoryFiles } from '../model/story-files';
import { readZip, writeZip, type ZipProblem } from '../model/zip';

/** The parts of the File System Access API used here (not in every TypeScript DOM library). */
interface DirHandle {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<DirHandle | FileHandle>;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirHandle>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
}
interface FileHandle {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
type PickerWindow = Window & {
  showDirectoryPicker?: (o?: { mode?: 'read' | 'readwrite' }) => Promise<DirHandle>;
};

export const canSaveToFolder = (): boolean =>
  typeof (window as PickerWindow).showDirectoryPicker === 'function';

/** How a story's edits go back: into the folder it came from, or as a download. */
export type SaveTarget = { kind: 'folder'; dir: DirHandle } | { kind: 'download' };

export interface OpenedStories {
  stories: StoryFiles[];
  /** Per story folder, where "Save" writes. */
  target(story: StoryFiles): SaveTarget;
}

export type OpenProblem = ZipProblem | 'cancelled' | 'no-story' | 'unreadable';
export type Opening = { ok: true; opened: OpenedStories } | { ok: false; problem: OpenProblem };

const YAML = /\.ya?ml$/i;
/** Folders read below the one picked: the library (scenarios/), a story, and its `text/`. */
const MAX_DEPTH = 3;

async function walk(
  dir: DirHandle,
  prefix: string,
  depth: number,
  out: FileEntry[],
  dirs: Map<string, DirHandle>,
): Promise<void> {
  dirs.set(prefix, dir);
  for await (const entry of dir.values()) {
    if (entry.kind === 'file' && YAML.test(entry.name)) {
      out.push({ path: `${prefix}${entry.name}`, text: await (await entry.getFile()).text() });
    } else if (
      entry.kind === 'directory' &&
      depth < MAX_DEPTH &&
      !entry.name.startsWith('.') &&
      entry.name !== 'node_modules'
    ) {
      await walk(entry, `${prefix}${entry.name}/`, depth + 1, out, dirs);
    }
  }
}

/** Asks for a folder the page may write to (Chromium). */
export async function openWritableFolder(): Promise<Opening> {
  let root: DirHandle;
  try {
    root = await (window as PickerWindow).showDirectoryPicker!({ mode: 'readwrite' });
  } catch {
    return { ok: false, problem: 'cancelled' };
  }
  const entries: FileEntry[] = [];
  const dirs = new Map<string, DirHandle>();
  try {
    await walk(root, `${root.name}/`, 1, entries, dirs);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const stories = fromEntries(entries);
  if (stories.length === 0) return { ok: false, problem: 'no-story' };
  // A story's folder is the one holding its scenario.yaml.
  const folderOf = new Map<string, DirHandle>();
  for (const e of entries) {
    if (!/(^|\/)scenario\.ya?ml$/i.test(e.path)) continue;
    const dirPath = e.path.slice(0, e.path.lastIndexOf('/') + 1);
    const dir = dirs.get(dirPath);
    const name = dirPath.split('/').filter(Boolean).pop();
    if (dir && name) folderOf.set(name, dir);
  }
  return {
    ok: true,
    opened: {
      stories,
      target: (s) => {
        const dir = folderOf.get(s.folder);
        return dir ? { kind: 'folder', dir } : { kind: 'download' };
      },
    },
  };
}

/** Files from `<input type=file webkitdirectory>` or a dropped `.zip`. */
export async function openPicked(files: readonly File[]): Promise<Opening> {
  if (files.length === 0) return { ok: false, problem: 'cancelled' };
  const download = (): SaveTarget => ({ kind: 'download' });
  if (files.length === 1 && /\.zip$/i.test(files[0]!.name)) {
    const read = readZip(new Uint8Array(await files[0]!.arrayBuffer()));
    return read.ok
      ? { ok: true, opened: { stories: read.stories, target: download } }
      : { ok: false, problem: read.problem };
  }
  const entries: FileEntry[] = [];
  for (const f of files) {
    const path = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    if (YAML.test(f.name)) entries.push({ path, text: await f.text() });
  }
  const stories = fromEntries(entries);
  return stories.length > 0
    ? { ok: true, opened: { stories, target: download } }
    : { ok: false, problem: 'no-story' };
}

/** Writes the story's files back into its folder (making `text/` if it is new). */
export async function saveToFolder(
  dir: DirHandle,
  story: StoryFiles,
  changed: readonly string[],
): Promise<void> {
  for (const path of changed) {
    const parts = path.split('/');
    let here = dir;
    for (const part of parts.slice(0, -1)) here = await here.getDirectoryHandle(part, { create: true });
    const file = await here.getFileHandle(parts[parts.length - 1]!, { create: true });
    const out = await file.createWritable();
    await out.write(story.files[path] ?? '');
    await out.close();
  }
}

/** Offers bytes or text as a file to download. */
export function download(fileName: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The story as a `.zip` download (when the browser cannot write to the folder). */
export function downloadZip(story: StoryFiles): void {
  download(`${story.folder}.zip`, writeZip([story]), 'application/zip');
}
