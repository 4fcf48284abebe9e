/**
 * The lesson rules beyond the one-defect fixtures: only lines an ending shows
 * count, a risky choice taints only what comes after it, and every lesson has
 * a name in every language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import { endingLessons } from '../../../src/format/lessons.js';
import { LESSONS } from '../../../src/format/taxonomy.js';
import { inline } from './fixtures.js';

const BASE = readFileSync('tests/fixtures/valid/valid/scenario.yaml', 'utf8');
const EN = readFileSync('tests/fixtures/valid/valid/text/en.yaml', 'utf8');
const HELP = 'teaches: { told.debrief: [tell-trusted-adult, never-too-late] }';

const codes = (scenario: string) =>
  checkScenario(inline(scenario, { en: EN }, 'valid')).map((f) => `${f.code} ${f.message.split(';')[0]}`);

describe('lessons an ending teaches', () => {
  it('lists them once each, in vocabulary order', () => {
    expect(
      endingLessons({
        teaches: { a: ['never-too-late', 'tell-trusted-adult'], b: ['tell-trusted-adult', 'dont-pay'] },
      }),
    ).toEqual(['tell-trusted-adult', 'never-too-late', 'dont-pay']);
  });

  it('counts only lines the ending shows', () => {
    // "told" declares its help on a line it does not show: two findings, not zero.
    const wrongLine = BASE.replace(
      /(title: told\.title\n {6}debrief: \[told\.debrief\]\n {6}lessons: \[lesson\.trust\]\n {6})teaches: .*\n/,
      '$1teaches: { blocked.debrief: [tell-trusted-adult, never-too-late] }\n',
    );
    expect(codes(wrongLine)).toEqual([
      'missing-help-lessons ending "told" does not teach a route to help (tell-trusted-adult or report-hotline) and never-too-late, which every ending must',
      'lesson-line-not-in-ending ending "told" declares that line "blocked.debrief" teaches something, but that line is not one of its debrief or lesson lines',
    ]);
  });

  it('asks a safe ending for tell-trusted-adult only when a risky choice can lead to it', () => {
    // The risky choice leads to the helped ending only, so the safe ending needs nothing more.
    const blockedWithoutAdult = BASE.replace(
      `debrief: [blocked.debrief, told.debrief]\n      lessons: [lesson.trust]\n      ${HELP}`,
      `debrief: [blocked.debrief, told.debrief]\n      lessons: [lesson.trust]\n      teaches: { told.debrief: [report-hotline, never-too-late] }`,
    );
    expect(blockedWithoutAdult).not.toEqual(BASE);
    expect(codes(blockedWithoutAdult)).toEqual([]);
    const riskyToTold = blockedWithoutAdult.replace(
      "goto: told\n        rating: safe\n        if: 'trust >= 1'",
      "goto: told\n        rating: risky\n        if: 'trust >= 1'",
    );
    expect(riskyToTold).not.toEqual(blockedWithoutAdult);
    expect(codes(riskyToTold)).toEqual([]);
    // From "hello", a risky reply can go on to "secret" and then be blocked: now it counts.
    const riskyReply = blockedWithoutAdult.replace(
      'goto: secret\n        rating: neutral',
      'goto: secret\n        rating: risky',
    );
    expect(codes(riskyReply)).toEqual([
      'safe-ending-after-risk safe ending "blocked" can be reached after the risky choice "hello.reply" (node "hello"), so it must still tell the player to let a trusted adult know (tell-trusted-adult)',
    ]);
  });

  it.each(['es', 'pt-BR', 'en'])('%s names every lesson, and nothing else', (lang) => {
    const table = JSON.parse(
      readFileSync(new URL(`../../../assets/locales/${lang}/lessons.json`, import.meta.url), 'utf8'),
    ) as Record<string, { name: string }>;
    expect(Object.keys(table)).toEqual([...LESSONS]);
    for (const [lesson, entry] of Object.entries(table)) {
      expect(entry.name.trim(), `${lang}: ${lesson}`).not.toEqual('');
    }
  });
});
