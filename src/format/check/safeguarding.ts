/**
 * The rules from the project's safeguarding guide (docs/safeguarding.md)
 * that a machine can check on a story:
 * - age: sextortion stories are for 13+, so never for the 7-11 band; for
 *   11-14, the player should help a friend rather than be the target;
 * - the content lint (content-lint.ts) on every line of every table, each
 *   line checked for what its place in the story calls for:
 *   - right words everywhere, teacher notes included;
 *   - blaming phrasings in what speaks to the player about what they did:
 *     endings (title, debrief, lessons), choice and flag feedback, the
 *     story's own texts and notes, and the narrator, friends and trusted
 *     adults. Never in a stranger's messages (a guilt trip there is the
 *     warning sign being taught), the player's own words, image
 *     descriptions or teacher notes (which may quote what not to say);
 *   - reading limits of the story's youngest age band on everything a child
 *     reads, but not on teacher notes or names.
 */
import type { AgeBand } from '../taxonomy.js';
import { entryText } from '../text.js';
import { lintText, type LintOptions } from './content-lint.js';
import type { CheckContext } from './context.js';
import type { LineRole } from './line-uses.js';
import type { TableContext, ViewedUse } from './table-view.js';
import { phrase } from './words/render.js';

/**
 * The codes of the safeguarding rules, here and in the project's own files
 * (project-content.ts): what a build should refuse to ship with.
 */
export const SAFEGUARDING_CODES: readonly string[] = [
  'age-band-topic',
  'friend-helper-suggested',
  'wording',
  'blaming',
  'long-sentence',
  'long-word',
  'sign-not-offered',
  'helpline-schema',
  'helpline-unverifiable',
  'helpline-duplicate-id',
  'helpline-review-due',
  'helpline-expired',
];

/** The age and role rules: the logic file alone. */
export function checkAgeAndRole(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  if (!scenario.topics.includes('sextortion')) return;
  const young = scenario.ageBands.indexOf('7-11');
  if (young >= 0) {
    report.add(file, 'error', 'age-band-topic', { params: {} }, ['ageBands', young]);
  }
  if (scenario.ageBands.includes('11-14') && scenario.player.role === 'self') {
    report.add(file, 'warning', 'friend-helper-suggested', { params: {} }, ['topics']);
  }
}

/** Roles no child reads in the game: teacher notes and names. */
const NOT_FOR_CHILDREN: ReadonlySet<LineRole> = new Set([
  'learning goal',
  'discussion question',
  'content note',
  'ground rule',
  'disclosure note',
  'contact name',
  'group name',
]);

/** Roles that speak to the player about what they did, so must never blame. */
const SPEAKS_TO_PLAYER: ReadonlySet<LineRole> = new Set([
  'scenario title',
  'scenario summary',
  "children's note",
  'flag feedback',
  'choice feedback',
  'ending title',
  'debrief line',
  'lesson',
]);

function optionsFor(use: ViewedUse, band: AgeBand | undefined): LintOptions {
  if (NOT_FOR_CHILDREN.has(use.role)) return { blame: false };
  const blame = SPEAKS_TO_PLAYER.has(use.role) || (use.role === 'message' && use.gentleSender === true);
  return band ? { blame, band } : { blame };
}

/** A line used in several places gets every check any of its uses calls for. */
function merge(a: LintOptions | undefined, b: LintOptions): LintOptions {
  if (!a) return b;
  const band = a.band ?? b.band;
  return band ? { blame: a.blame || b.blame, band } : { blame: a.blame || b.blame };
}

/** The content lint on every line of every table: a table analysis (table-view.ts). */
export function checkTableWords(ctx: TableContext): void {
  const { view, report } = ctx;
  const options = new Map<string, LintOptions>();
  for (const use of view.uses) options.set(use.id, merge(options.get(use.id), optionsFor(use, view.band)));

  for (const [lang, table] of Object.entries(ctx.texts)) {
    const tableFile = ctx.textFiles[lang];
    if (!tableFile) continue;
    for (const [id, entry] of Object.entries(table)) {
      const text = entryText(entry);
      const forms = (typeof text === 'string' ? [text] : Object.values(text)).filter(
        (f): f is string => typeof f === 'string',
      );
      // A line nothing uses (already reported) still gets the right-words check.
      const lineOptions = options.get(id) ?? { blame: false };
      const seen = new Set<string>();
      for (const form of forms) {
        for (const p of lintText(form, lang, lineOptions)) {
          const words = { params: { what: phrase('lint-line', id), ...p.params } };
          const key = `${p.code} ${JSON.stringify(words.params)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          report.add(tableFile, p.severity, p.code, words, [id]);
        }
      }
    }
  }
}
