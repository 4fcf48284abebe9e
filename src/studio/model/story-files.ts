/**
 * A story as the studio holds it: the files of one scenario folder, by their
 * path inside the folder (`scenario.yaml`, `text/es.yaml`), as text. Pure (no
 * DOM), so Node tests and the checker's worker use it as the page does.
 *
 * However the files arrived (a folder the browser lets the page write to, a
 * folder picker, a `.zip`, a shipped story, the template), they become this
 * one shape; `fromEntries` finds the stories among any list of files.
 */
import type { ScenarioSource } from '../../format/load';

export interface StoryFiles {
  /** The folder's name (the story's id, when the author kept them the same). */
  folder: string;
  /** Path inside the folder → text. Only `scenario.yaml` and `text/*.yaml` are kept. */
  files: Record<string, string>;
}

export interface FileEntry {
  /** Path as the source gives it: `first-tournament/text/es.yaml`, or `scenario.yaml`. */
  path: string;
  text: string;
}

export const LOGIC_FILE = 'scenario.yaml';
/** The logic file under any spelling the checker explains (`.yml`, `Scenario.YAML`). */
const LOGIC_NAME = /^scenario\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;

/** `a\b/c/` → `a/b/c`: one separator, no leading `./` or slashes. */
function clean(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.')
    .join('/');
}

/**
 * The stories among a list of files: each folder with a logic file, with its
 * `text/*.yaml` tables, sorted by folder. Files of no story (images, notes,
 * anything outside `text/`) are left out; a path with `..` is never followed.
 */
export function fromEntries(entries: readonly FileEntry[]): StoryFiles[] {
  const files = entries
    .map((e) => ({ path: clean(e.path), text: e.text }))
    .filter((e) => !e.path.split('/').includes('..'));
  const roots = files
    .filter((e) => LOGIC_NAME.test(e.path.split('/').pop() ?? ''))
    .map((e) => e.path.split('/').slice(0, -1).join('/'));
  const stories: StoryFiles[] = [];
  for (const root of [...new Set(roots)].sort()) {
    const prefix = root ? `${root}/` : '';
    const own: Record<string, string> = {};
    for (const f of files) {
      if (!f.path.startsWith(prefix)) continue;
      const inside = f.path.slice(prefix.length);
      const parts = inside.split('/');
      const isLogic = parts.length === 1 && LOGIC_NAME.test(inside);
      const isTable = parts.length === 2 && parts[0] === 'text' && YAML_NAME.test(parts[1]!);
      if (isLogic || isTable) own[inside] = f.text;
    }
    stories.push({ folder: root.split('/').pop() || 'story', files: own });
  }
  return stories;
}

/** The logic file's path in a story (normally `scenario.yaml`). */
export function logicPath(story: StoryFiles): string {
  return Object.keys(story.files).find((p) => LOGIC_NAME.test(p)) ?? LOGIC_FILE;
}

/** The text tables' paths, sorted. */
export function tablePaths(story: StoryFiles): string[] {
  return Object.keys(story.files)
    .filter((p) => p.startsWith('text/'))
    .sort();
}

/** The language of a text table path: `text/pt-BR.yaml` → `pt-BR`. */
export function tableLanguage(path: string): string {
  return (path.split('/').pop() ?? '').replace(YAML_NAME, '');
}

/** The path of a language's table. */
export function tablePath(lang: string): string {
  return `text/${lang}.yaml`;
}

/**
 * The checker's input. Paths in findings are `<folder>/<path>`, as the
 * command line shows them, so `fileOf` can find the file again.
 */
export function toSource(story: StoryFiles): ScenarioSource {
  const file = (path: string) => ({ path: `${story.folder}/${path}`, text: story.files[path] ?? '' });
  return { folder: story.folder, scenario: file(logicPath(story)), texts: tablePaths(story).map(file) };
}

/** The story's own path of a file named in a finding (`first-tournament/text/es.yaml` → `text/es.yaml`). */
export function fileOf(story: StoryFiles, findingFile: string): string | undefined {
  const prefix = `${story.folder}/`;
  const inside = findingFile.startsWith(prefix) ? findingFile.slice(prefix.length) : findingFile;
  return inside in story.files ? inside : undefined;
}

/** The same story with one file's text replaced (stories are never changed in place). */
export function withFile(story: StoryFiles, path: string, text: string): StoryFiles {
  return { folder: story.folder, files: { ...story.files, [path]: text } };
}
