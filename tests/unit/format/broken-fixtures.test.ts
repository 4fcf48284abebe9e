/**
 * One fixture folder per defect class (tests/fixtures/broken/<class>/), each
 * asserting the checker's exact findings: code, severity, file, line, column
 * and the words an author reads.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import { FIXTURES, fixture, printed } from './fixtures.js';

type Expected = [file: string, line: number, column: number, severity: string, code: string, message: string];

const HIDDEN_ALL =
  'hides every protective action (block, report, tell-adult, save-evidence, leave); players should always have a way out';

const SHORTER =
  'use a shorter word (or, if none says the same, add it to LONG_WORDS_ALLOWED in src/format/check/reading-level.ts)';

const HOW_TO =
  'declare it under "teaches" on the line that says it, or add a short debrief or lesson line that does (in every language)';

const EXPECTED: Record<string, Expected[]> = {
  schema: [
    [
      'scenario.yaml',
      37,
      17,
      'error',
      'schema',
      'nodes.hello.choices[0].rating: "sure" is not a safety rating; use safe, neutral or risky',
    ],
    [
      'scenario.yaml',
      48,
      5,
      'error',
      'schema',
      'nodes.secret: "choice" is not a known field; did you mean "choices"?',
    ],
  ],
  'missing-player-note': [
    [
      'scenario.yaml',
      4,
      1,
      'error',
      'schema',
      '"playerNote" is missing; it should be text: the line id of the note children read before the story starts (calm, not giving away the twist, saying they can stop at any time and talk to an adult); teacherNotes.contentNote is only for the teacher',
    ],
  ],
  'unknown-node': [
    [
      'scenario.yaml',
      36,
      15,
      'error',
      'unknown-node',
      'nodes.hello.choices[0].goto: there is no node called "secrett"; did you mean "secret"?',
    ],
    [
      'scenario.yaml',
      42,
      3,
      'warning',
      'unreachable-node',
      'node "secret" can never be reached: no choice, next or protective action leads to it from the start',
    ],
  ],
  'unknown-contact': [
    [
      'scenario.yaml',
      45,
      15,
      'error',
      'unknown-contact',
      'nodes.secret.messages[0].from: there is no contact (or "player" or "narrator") called "sammy"; did you mean "sam"?',
    ],
  ],
  'unknown-count': [
    [
      'scenario.yaml',
      47,
      16,
      'error',
      'undeclared-variable',
      'nodes.secret.messages[0].count: "gifts" is not a declared variable',
    ],
  ],
  'unreachable-node': [
    [
      'scenario.yaml',
      54,
      3,
      'warning',
      'unreachable-node',
      'node "lost" can never be reached: no choice, next or protective action leads to it from the start',
    ],
  ],
  'unreachable-ending': [
    [
      'scenario.yaml',
      61,
      3,
      'warning',
      'unreachable-ending',
      'ending "told" can never be reached: no choice, next or protective action leads to it from the start',
    ],
  ],
  'dead-end': [
    [
      'scenario.yaml',
      42,
      3,
      'error',
      'dead-end',
      'node "secret" has no way forward: no choices, no next, and no protective action leads anywhere; add a choice or a next, or make it an ending',
    ],
  ],
  'no-way-out': [
    ['scenario.yaml', 42, 3, 'warning', 'all-protective-hidden', `node "secret" ${HIDDEN_ALL}`],
    [
      'scenario.yaml',
      42,
      3,
      'error',
      'no-way-out',
      'nodes "secret", "again" only lead to each other: a player who gets here can never reach an ending; add a choice or protective action that leads out',
    ],
    ['scenario.yaml', 55, 3, 'warning', 'all-protective-hidden', `node "again" ${HIDDEN_ALL}`],
  ],
  stuck: [
    ['scenario.yaml', 45, 3, 'warning', 'all-protective-hidden', `node "secret" ${HIDDEN_ALL}`],
    [
      'scenario.yaml',
      45,
      3,
      'error',
      'stuck',
      'node "secret": a player can get here with nothing to press: "secret.tell" needs trust >= 2; every protective action is hidden here. It happens after "hello.reply", with trust = 1; give the node a choice that is open then, or a protective action it does not hide',
    ],
  ],
  trapped: [
    [
      'scenario.yaml',
      45,
      3,
      'error',
      'trapped',
      'node "secret": a player who gets here can never reach an ending: from here the story only goes round "secret", "again": no choice or action open there leads anywhere else. It happens after "hello.reply", with promised = true; add a way out that is open then',
    ],
  ],
  'next-loop': [
    [
      'scenario.yaml',
      43,
      11,
      'error',
      'next-loop',
      'nodes "secret" → "more" → "secret" follow each other by "next" for ever: the game would show their lines again and again with nothing to press; let one of them offer choices instead of "next", or point a "next" out of the loop',
    ],
  ],
  'next-with-choices': [
    [
      'scenario.yaml',
      43,
      5,
      'warning',
      'next-with-choices',
      'node "secret" has both "next" and choices: the game goes on to "told" straight after the messages, so its choices are never offered; keep one of them',
    ],
  ],
  'unreachable-in-play': [
    [
      'scenario.yaml',
      56,
      3,
      'warning',
      'unreachable-node',
      'node "bonus" can never be reached in play: choices or actions lead to it, but none of them is ever open when a player could press it; check their conditions',
    ],
  ],
  'play-state-limit': [
    [
      'scenario.yaml',
      22,
      1,
      'warning',
      'play-state-limit',
      'the checker explored 200,000 different situations (a node with one set of variable values, once-only choices taken and contacts blocked) and stopped there, so it cannot promise that every player can reach an ending; what it found so far is reported. Fewer variables that take many values, or fewer once-only choices, make the story quicker to check',
    ],
  ],
  'not-utf8': [
    [
      'text/es.yaml',
      4,
      12,
      'error',
      'not-utf8',
      'this file is not saved as UTF-8: byte 0xBF here is not UTF-8 text, which happens when an editor saves in another encoding such as Latin-1 or Windows-1252; save it as UTF-8 (in VS Code: click the encoding in the status bar, choose "Save with Encoding", then "UTF-8"), then check its accented letters',
    ],
  ],
  'empty-text': [
    [
      'text/en.yaml',
      10,
      15,
      'error',
      'empty-text',
      'line "hello.ignore" has no text in en; write what players will read, or remove the line if nothing uses it',
    ],
  ],
  'file-extension': [
    [
      'text/en.yml',
      1,
      1,
      'error',
      'file-extension',
      'the game reads only files named like "en.yaml"; rename "en.yml" to "en.yaml"',
    ],
  ],
  'not-in-quotes': [
    [
      'text/es.yaml',
      3,
      11,
      'error',
      'not-in-quotes',
      'line "title": the fingerprint 10121398 is not in quotes, so YAML reads it as the number 10121398 instead of text; put it in quotes: source: "10121398"',
    ],
  ],
  'ending-with-choices': [
    [
      'scenario.yaml',
      61,
      3,
      'warning',
      'ending-with-choices',
      'node "told" is an ending, so its choices will never be used; move them to another node or remove them',
    ],
  ],
  'all-protective-hidden': [
    ['scenario.yaml', 28, 3, 'warning', 'all-protective-hidden', `node "hello" ${HIDDEN_ALL}`],
  ],
  'undeclared-variable': [
    [
      'scenario.yaml',
      52,
      33,
      'error',
      'undeclared-variable',
      'nodes.secret.choices[0].if: "toldFriend" is not a declared variable; declare it under variables',
    ],
  ],
  'unused-variable': [
    [
      'scenario.yaml',
      20,
      3,
      'warning',
      'unused-variable',
      'variable "mood" is declared but never used in a condition, effect or count; remove it or use it',
    ],
  ],
  'type-error': [
    [
      'scenario.yaml',
      52,
      20,
      'error',
      'type-error',
      'nodes.secret.choices[0].if: ">=" compares numbers, but got a number and a string',
    ],
  ],
  'message-condition': [
    [
      'scenario.yaml',
      35,
      18,
      'error',
      'undeclared-variable',
      'nodes.hello.messages[0].if: "thanked" is not a declared variable; declare it under variables',
    ],
    [
      'scenario.yaml',
      50,
      14,
      'error',
      'type-error',
      'nodes.secret.messages[0].if: a condition must be true or false, but this gives a number',
    ],
  ],
  'expression-syntax': [
    [
      'scenario.yaml',
      52,
      20,
      'error',
      'expression-syntax',
      'nodes.secret.choices[0].if: to compare, write "==" (a single "=" changes a variable)',
    ],
  ],
  'unknown-warning-sign': [
    [
      'scenario.yaml',
      33,
      17,
      'error',
      'unknown-warning-sign',
      'nodes.hello.messages[0].signs[0]: "flatery" is not a known warning sign; use one of flattery, info-probing, supervision-check, secrecy, isolation, platform-shift, gift-bribe, opportunity-lure, love-bombing, age-deception, guilt, sexual-testing, image-request, meetup-request, pressure, threat, proof-demand, document-request, paid-travel, debt, hide-from-family or impersonation',
    ],
  ],
  'duplicate-line-id': [
    [
      'scenario.yaml',
      44,
      13,
      'error',
      'duplicate-line-id',
      'nodes.secret.messages[0].id: "hello.msg" is already the id of another message (nodes.hello.messages[0].id); every message needs its own line id',
    ],
  ],
  'bad-default': [
    [
      'scenario.yaml',
      22,
      14,
      'error',
      'bad-default',
      'variables.trust.default: "trust" is declared as number, so its default must be a number, not "none"',
    ],
  ],
  'id-mismatch': [
    [
      'scenario.yaml',
      2,
      5,
      'error',
      'id-mismatch',
      'id: "id-mismatched" does not match the folder name "id-mismatch"; rename one so they are the same',
    ],
  ],
  'missing-line': [
    [
      'scenario.yaml',
      39,
      13,
      'error',
      'missing-line',
      `nodes.hello.choices[1].id: line "hello.ignore" has no text in ${join(FIXTURES, 'broken', 'missing-line', 'text', 'en.yaml')}; add it there`,
    ],
  ],
  'plural-without-count': [
    [
      'scenario.yaml',
      44,
      13,
      'error',
      'plural-without-count',
      'nodes.secret.messages[0].id: line "secret.msg" has plural forms, but no count is given here; add `count: <a number variable>` to the message',
    ],
  ],
  'plural-form-missing': [
    [
      'text/pl.yaml',
      11,
      3,
      'error',
      'plural-form-missing',
      'line "secret.msg" (pl) has no "few" form; pl uses it for numbers such as 2, and the player would see the line id instead; add a `few:` form',
    ],
    [
      'text/pl.yaml',
      11,
      3,
      'error',
      'plural-form-missing',
      'line "secret.msg" (pl) has no "many" form; pl uses it for numbers such as 0, and the player would see the line id instead; add a `many:` form',
    ],
  ],
  'unknown-placeholder': [
    [
      'text/en.yaml',
      6,
      11,
      'error',
      'unknown-placeholder',
      'line "sam.name" uses {{friend}}, which the game never fills in; only {{player}} (the player\'s nickname) and {{count}} (in messages with a count) are available',
    ],
  ],
  'age-band-topic': [
    [
      'scenario.yaml',
      5,
      12,
      'error',
      'age-band-topic',
      'sextortion scenarios are for ages 13 and up; remove the 7-11 age band',
    ],
  ],
  'sign-not-offered': [
    [
      'scenario.yaml',
      46,
      26,
      'error',
      'sign-not-offered',
      'message "secret.msg" shows "threat", which the flag picker does not offer for ages 7-11; use a sign of that age band, or add it to the band in src/format/sign-sets.ts',
    ],
  ],
  wording: [
    [
      'text/en.yaml',
      15,
      18,
      'warning',
      'wording',
      'line "blocked.debrief" says "child pornography"; say "child sexual abuse material" instead (docs/safeguarding.md, "Right words")',
    ],
  ],
  // The stranger's "it's your fault I'm sad" (a guilt trip, the sign being taught) is not reported.
  blaming: [
    [
      'text/en.yaml',
      15,
      18,
      'warning',
      'blaming',
      'line "blocked.debrief" says "Why did you", which can read as blaming the child; say what happened and what helps now, never what they should have done (docs/safeguarding.md, "Never the child\'s fault")',
    ],
  ],
  'long-sentence': [
    [
      'text/en.yaml',
      15,
      18,
      'warning',
      'long-sentence',
      'line "blocked.debrief" has a sentence of 18 words ("Someone who asks you for secrets is not…"); for ages 7-11 keep sentences to 15 words or fewer: split it, or say less',
    ],
    [
      'text/en.yaml',
      17,
      15,
      'error',
      'long-sentence',
      'line "told.debrief" has a sentence of 37 words ("The person who asked for the secret did…"); for ages 7-11 keep sentences to 15 words or fewer: split it, or say less',
    ],
  ],
  'long-word': [
    [
      'text/en.yaml',
      15,
      18,
      'error',
      'long-word',
      `line "blocked.debrief" uses "incomprehensibilities" (21 letters); for ages 7-11 words of more than 11 letters are hard to read: ${SHORTER}`,
    ],
    [
      'text/en.yaml',
      18,
      15,
      'warning',
      'long-word',
      `line "lesson.trust" uses "unbelievable" (12 letters); for ages 7-11 words of more than 11 letters are hard to read: ${SHORTER}`,
    ],
  ],
  'missing-source-table': [
    [
      'scenario.yaml',
      6,
      17,
      'error',
      'missing-source-table',
      'there is no text table for the source language "en"; create text/en.yaml',
    ],
  ],
  'missing-translation': [
    [
      'text/es.yaml',
      1,
      1,
      'warning',
      'missing-translation',
      'line "hello.ignore" is not translated into es yet; players will see the en text',
    ],
  ],
  'unused-line': [
    [
      'text/en.yaml',
      7,
      1,
      'warning',
      'unused-line',
      'line "sam.nickname" (en) is not used anywhere in the scenario; remove it, or check its spelling',
    ],
  ],
  'stale-translation': [
    [
      'text/es.yaml',
      17,
      11,
      'warning',
      'stale-translation',
      'line "sam.name": the en text changed after this was translated; re-check the translation, then run npm run scenarios:review -- stale-translation es sam.name (or set source: "727e5852")',
    ],
  ],
  'no-fingerprint': [
    [
      'text/es.yaml',
      16,
      1,
      'warning',
      'no-fingerprint',
      'line "sam.name" is a new translation, not marked as reviewed yet (it has no source fingerprint, so later changes to the en text could not be noticed); once it is checked against the en text, run npm run scenarios:review -- no-fingerprint es sam.name (or write it as { text: ..., source: "3fa7357c" })',
    ],
  ],
  'placeholder-mismatch': [
    [
      'text/es.yaml',
      31,
      5,
      'error',
      'placeholder-mismatch',
      'line "secret.msg" uses {{cuenta}}, but the en text uses {{count}}; placeholders must be the same in every language',
    ],
  ],
  'yaml-syntax': [
    [
      'scenario.yaml',
      8,
      1,
      'error',
      'yaml-syntax',
      'this key appears twice in the same place; each key may appear only once',
    ],
  ],
  'forbidden-key': [
    [
      'scenario.yaml',
      14,
      1,
      'error',
      'forbidden-key',
      '"__proto__" cannot be used as a name or key (it is reserved); rename it',
    ],
  ],
  'unknown-lesson': [
    [
      'scenario.yaml',
      67,
      53,
      'error',
      'unknown-lesson',
      'nodes.told.ending.teaches.told.debrief[1]: "never-too-lat" is not a known lesson; did you mean "never-too-late"? (see docs/safeguarding.md)',
    ],
  ],
  'lesson-line-not-in-ending': [
    [
      'scenario.yaml',
      67,
      70,
      'error',
      'lesson-line-not-in-ending',
      'ending "told" declares that line "blocked.debrief" teaches something, but that line is not one of its debrief or lesson lines; add it to debrief or lessons, or fix the line id',
    ],
  ],
  'missing-help-lessons': [
    [
      'scenario.yaml',
      67,
      7,
      'error',
      'missing-help-lessons',
      `ending "told" does not teach never-too-late, which every ending must; ${HOW_TO}`,
    ],
  ],
  'sextortion-script-incomplete': [
    [
      'scenario.yaml',
      81,
      7,
      'error',
      'sextortion-script-incomplete',
      `ending "told" of a sextortion story does not teach report-hotline and removal-tools; every ending teaches the whole sextortion script (docs/safeguarding.md); ${HOW_TO}`,
    ],
  ],
  'safe-ending-after-risk': [
    [
      'scenario.yaml',
      60,
      7,
      'error',
      'safe-ending-after-risk',
      `safe ending "blocked" can be reached after the risky choice "hello.reply" (node "hello"), so it must still tell the player to let a trusted adult know (tell-trusted-adult); ${HOW_TO}`,
    ],
  ],
};

describe('checker on broken fixtures', () => {
  it('has a fixture folder for every expected defect class and vice versa', () => {
    const folders = readdirSync(join(FIXTURES, 'broken')).sort();
    expect(folders).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reports exactly the ${name} defect`, () => {
      const folder = join(FIXTURES, 'broken', name);
      const findings = checkScenario(fixture('broken', name));
      expect(printed(findings)).toEqual(
        expected.map(([file, line, column, severity, code, message]) => ({
          file: join(folder, file),
          line,
          column,
          severity,
          code,
          message,
        })),
      );
    });
  }
});

describe('checker on the valid fixture', () => {
  it('finds nothing at all', () => {
    expect(checkScenario(fixture('valid', 'valid'))).toEqual([]);
  });
});
