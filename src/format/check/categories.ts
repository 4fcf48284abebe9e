/**
 * What each finding is about, by its code: the sections of docs/checker.md.
 * The category that matters most is `safeguarding`: whatever its severity,
 * such a finding stops the game's build and `npm run scenarios:pack`, so a
 * forbidden term in an ending or a story without its help lessons never
 * ships. Every other warning is shown and lets the build go on.
 *
 * Every code the checker can emit must be listed here; a test reads the
 * analyses' sources and fails when one is missing, so a new code is
 * categorised on purpose, in review.
 */
import type { Finding } from '../load.js';

export const FINDING_CATEGORIES = [
  'reading',
  'structure',
  'variables',
  'text',
  'safeguarding',
  'helplines',
  'pack',
  'checker',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

const CATEGORY_OF: Readonly<Record<string, FindingCategory>> = {
  // Reading the files
  'yaml-syntax': 'reading',
  'file-too-large': 'reading',
  'too-many-aliases': 'reading',
  unreadable: 'reading',
  'not-utf8': 'reading',
  'file-extension': 'reading',
  'not-in-quotes': 'reading',
  'forbidden-key': 'reading',
  'too-deep': 'reading',
  'bad-language-file': 'reading',
  schema: 'reading',
  'unknown-warning-sign': 'reading',
  'unknown-lesson': 'reading',
  'id-mismatch': 'reading',
  'duplicate-id': 'reading',
  // Links and story structure
  'unknown-node': 'structure',
  'unknown-contact': 'structure',
  'duplicate-name': 'structure',
  'dead-end': 'structure',
  'no-way-out': 'structure',
  stuck: 'structure',
  trapped: 'structure',
  'next-loop': 'structure',
  'next-with-choices': 'structure',
  'play-state-limit': 'structure',
  'unreachable-node': 'structure',
  'unreachable-ending': 'structure',
  'ending-with-choices': 'structure',
  // Variables, conditions and effects
  'undeclared-variable': 'variables',
  'unused-variable': 'variables',
  'bad-default': 'variables',
  'expression-syntax': 'variables',
  'type-error': 'variables',
  // Text and translations
  'duplicate-line-id': 'text',
  'missing-source-table': 'text',
  'missing-line': 'text',
  'empty-text': 'text',
  'missing-translation': 'text',
  'unused-line': 'text',
  'no-fingerprint': 'text',
  'stale-translation': 'text',
  'locale-copy': 'text',
  'plural-without-count': 'text',
  'plural-form-missing': 'text',
  'unknown-placeholder': 'text',
  'placeholder-mismatch': 'text',
  // Reading limits per age band: shown as warnings; as errors (far over) they stop the build
  'long-sentence': 'text',
  'long-word': 'text',
  // Safeguarding: a way out, the right words, the right ages, the lessons
  'all-protective-hidden': 'safeguarding',
  'age-band-topic': 'safeguarding',
  'friend-helper-suggested': 'safeguarding',
  wording: 'safeguarding',
  'sign-not-offered': 'safeguarding',
  'missing-help-lessons': 'safeguarding',
  'sextortion-script-incomplete': 'safeguarding',
  'safe-ending-after-risk': 'safeguarding',
  'lesson-line-not-in-ending': 'safeguarding',
  blaming: 'safeguarding',
  // Help lines (assets/helplines.yaml): a bad entry is an error; a check that
  // is getting old is a warning that never stops a build as time passes
  'helpline-schema': 'helplines',
  'helpline-unverifiable': 'helplines',
  'helpline-duplicate-id': 'helplines',
  'helpline-review-due': 'helplines',
  'helpline-expired': 'helplines',
  // Packs and the checker itself
  'bad-pack': 'pack',
  'pack-version': 'pack',
  'no-scenario': 'checker',
  'internal-error': 'checker',
};

/** The category of a code; one not listed (which a test prevents) counts as safeguarding, to be safe. */
export function categoryOf(code: string): FindingCategory {
  return Object.hasOwn(CATEGORY_OF, code) ? CATEGORY_OF[code]! : 'safeguarding';
}

/** Every code listed, for the test that keeps this table complete. */
export function categorisedCodes(): string[] {
  return Object.keys(CATEGORY_OF);
}

/** Whether a finding stops the build and the pack command: any error, and any safeguarding finding. */
export function stopsTheBuild(finding: Finding): boolean {
  return finding.severity === 'error' || categoryOf(finding.code) === 'safeguarding';
}
