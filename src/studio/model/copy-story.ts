/**
 * A copy of a shipped story to start from. Only the logic file and the
 * source-language table are copied: the translations belong to the original
 * author's lines, and a copied line would silently keep an old translation
 * (see issue 11, "what an author tripped on"). The copy gets its own id, so it
 * never replaces the story it came from.
 */
import { LOGIC_FILE, logicPath, tablePath, tableLanguage, tablePaths, type StoryFiles } from './story-files';

/** The value of a top-level `key: value` line, without quotes or comment. */
function topValue(text: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:[ \\t]*(['"]?)([^'"#\\s]+)\\1`, 'm').exec(text);
  return m?.[2];
}

export interface CopiedStory {
  story: StoryFiles;
  /** Languages whose tables were left behind. */
  leftOut: string[];
}

export function copyStory(original: StoryFiles, newId: string): CopiedStory {
  const logic = original.files[logicPath(original)] ?? '';
  const source = topValue(logic, 'sourceLanguage');
  const renamed = /^id:.*$/m.test(logic)
    ? logic.replace(/^id:.*$/m, `id: ${newId} # a copy of ${original.folder}`)
    : `id: ${newId}\n${logic}`;
  const files: Record<string, string> = { [LOGIC_FILE]: renamed };
  const leftOut: string[] = [];
  for (const path of tablePaths(original)) {
    const lang = tableLanguage(path);
    if (lang === source) files[tablePath(lang)] = original.files[path]!;
    else leftOut.push(lang);
  }
  return { story: { folder: newId, files }, leftOut };
}
