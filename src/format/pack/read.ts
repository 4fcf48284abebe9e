/**
 * Reading a pack: untrusted input (a file an NGO sent, or one someone sent
 * them), so this never throws. The JSON is guarded against prototype keys and
 * deep nesting, validated by zod into fresh objects, and its story verified
 * (integrity.ts). Positions are unknown in JSON, so findings say `<pack>` with
 * line and column 0 and name the place as a path.
 *
 * This is what the game runs, so it imports neither the expression parser nor
 * the checker's analyses.
 */
import type { Finding } from '../load.js';
import type { TextTableT } from '../schema.js';
import { guardValue, guardWords, type GuardProblem } from '../check/guard.js';
import { englishMessage } from '../check/words/english.js';
import { describeIssues, parseForWords } from '../check/schema-words.js';
import { LANGUAGE_TAG } from '../check/names.js';
import { verifyStory } from './integrity.js';
import { TextTable } from '../schema.js';
import { MIN_COMPATIBLE_PACK_VERSION, PACK_FORMAT, PACK_VERSION, Story, type StoryT } from './schema.js';

const PACK_FILE = '<pack>';

/** A pack ready to play: the compiled story and its text tables. */
export interface LoadedPack {
  scenario: StoryT;
  texts: Record<string, TextTableT>;
}

/** Why a pack of another version is refused, or null when this code reads it. */
export function packVersionProblem(version: unknown): string | null {
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return `this pack has no valid "version" (found ${JSON.stringify(version) ?? 'nothing'})`;
  }
  if (version < MIN_COMPATIBLE_PACK_VERSION) {
    return (
      `this pack uses pack format version ${version}, which this game no longer reads ` +
      `(it reads versions ${MIN_COMPATIBLE_PACK_VERSION} to ${PACK_VERSION}); ` +
      'build the pack again from its scenario folder with `npm run scenarios:pack`'
    );
  }
  if (version > PACK_VERSION) {
    return (
      `this pack uses pack format version ${version}, newer than this game reads ` +
      `(versions ${MIN_COMPATIBLE_PACK_VERSION} to ${PACK_VERSION}); update the game`
    );
  }
  return null;
}

/**
 * Validates an untrusted pack (already JSON-parsed). `loaded` is returned only
 * when there is no error.
 */
export function readPack(json: unknown): { loaded?: LoadedPack; findings: Finding[] } {
  const findings: Finding[] = [];
  const add = (code: string, message: string) =>
    findings.push({ severity: 'error', code, file: PACK_FILE, line: 0, column: 0, message });
  try {
    const problems: GuardProblem[] = [];
    const pack = guardValue(json, problems);
    for (const p of problems) add(p.kind, `${describe(p.path)}: ${englishMessage(p.kind, guardWords(p))}`);
    if (pack === null || typeof pack !== 'object' || Array.isArray(pack)) {
      add('bad-pack', 'this is not a scenario pack: expected a JSON object');
      return { findings };
    }
    const fields = pack as Record<string, unknown>;
    if (fields.format !== PACK_FORMAT) {
      add('bad-pack', `this is not a scenario pack: "format" should be "${PACK_FORMAT}"`);
      return { findings };
    }
    const versionProblem = packVersionProblem(fields.version);
    if (versionProblem) {
      add('pack-version', versionProblem);
      return { findings };
    }
    for (const key of Object.keys(fields)) {
      if (!['format', 'version', 'scenario', 'texts'].includes(key))
        add('bad-pack', `"${key}" is not part of a pack`);
    }

    const story = parseForWords(Story, fields.scenario);
    if (!story.success) {
      for (const p of describeIssues(story.error.issues, { input: fields.scenario }))
        add(p.code, `scenario: ${englishMessage(p.code, p.words)}`);
    }
    const texts = readTexts(fields.texts, add);
    if (story.success && texts) {
      for (const p of verifyStory(story.data, texts)) add(p.code, `scenario.${p.where}: ${p.message}`);
    }
    if (findings.length > 0 || !story.success || !texts) return { findings };
    return { loaded: { scenario: story.data, texts }, findings };
  } catch (error) {
    // Last line of defence: the promise is "never throws".
    add('bad-pack', `this pack could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return { findings };
  }
}

function readTexts(
  raw: unknown,
  add: (code: string, message: string) => void,
): Record<string, TextTableT> | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    add('bad-pack', '"texts" should hold one text table per language');
    return null;
  }
  const texts: Record<string, TextTableT> = {};
  let ok = true;
  for (const [lang, value] of Object.entries(raw)) {
    if (!LANGUAGE_TAG.test(lang)) {
      add('bad-language-file', `texts: "${lang}" is not a language tag such as es, pt-BR or en`);
      ok = false;
      continue;
    }
    const table = parseForWords(TextTable, value);
    if (table.success) texts[lang] = table.data;
    else {
      ok = false;
      for (const p of describeIssues(table.error.issues, {
        input: value,
        prefix: 'line ',
      }))
        add(p.code, `texts.${lang}: ${englishMessage(p.code, p.words)}`);
    }
  }
  return ok ? texts : null;
}

function describe(path: readonly (string | number)[]): string {
  return path.length === 0 ? 'the pack' : path.map(String).join('.');
}
