/**
 * The summary pages' view of the figures (src/teacher/summary-view): the
 * names chosen for codes (with their fallbacks), the tables and charts built
 * from the golden plays' summary (the chart and its table hold the same
 * numbers; the numbers are the summary's), the per-child table in the
 * anonymous view, where results came from, and the downloads (no nickname
 * unless asked for; the summary CSV parses back to the summary's figures).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../../src/i18n/flatten.js';
import { DEFAULT_DIALECT, childNumbers } from '../../../src/teacher/export/index.js';
import type { ClassAttempt } from '../../../src/teacher/model.js';
import { summarise, type ClassSummary } from '../../../src/teacher/summary/index.js';
import { labelLines, wrapLabel } from '../../../src/teacher/summary-view/chart-labels.js';
import { downloadFile } from '../../../src/teacher/summary-view/downloads.js';
import { sourceCounts } from '../../../src/teacher/summary-view/sources.js';
import {
  childrenTable,
  parseScope,
  planView,
  scopeChoices,
  scopeView,
  signsBlock,
  type Block,
} from '../../../src/teacher/summary-view/tables.js';
import { togetherTables } from '../../../src/teacher/summary-view/together.js';
import { exportLabeller, summaryWords, type SummaryWords } from '../../../src/teacher/summary-view/words.js';
import { facts, goldenAttempts } from '../teacher/golden-plays.js';

type Table = Record<string, string>;
const json = (path: string) => flatten(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);

function storyLines(id: string): Table {
  const raw = parse(readFileSync(`scenarios/${id}/text/en.yaml`, 'utf8')) as Record<string, unknown>;
  const out: Table = {};
  for (const [k, v] of Object.entries(raw)) {
    const text = v && typeof v === 'object' && 'text' in v ? (v as { text: unknown }).text : v;
    if (typeof text === 'string') out[k] = text;
  }
  return out;
}

/** i18next's lookup, in miniature: namespaces of flat keys, {{placeholders}} filled. */
function fakeI18n(tables: Record<string, Table>) {
  const fill = (s: string, o: Record<string, unknown>) =>
    s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(o[k] ?? ''));
  return {
    language: () => 'en',
    has: (key: string, ns = 'ui') => tables[ns]?.[key] !== undefined,
    t: (key: string, options: Record<string, unknown> = {}) => {
      const ns = String(options.ns ?? 'ui');
      return fill(tables[ns]?.[key] ?? key, options);
    },
  };
}

const teacher = json('assets/locales/en/teacher.json');
const tables: Record<string, Table> = {
  teacher,
  signs: json('assets/locales/en/signs.json'),
  endings: json('assets/locales/en/endings.json'),
  lessons: json('assets/locales/en/lessons.json'),
  'scenario:the-password': storyLines('the-password'),
  'scenario:the-secret-gift': storyLines('the-secret-gift'),
};
const i18n = fakeI18n(tables);
const t = (key: string, o?: Record<string, unknown>) => i18n.t(key, { ns: 'teacher', ...o });
const stories = new Map(facts.map((f) => [f.id, f]));
const words: SummaryWords = summaryWords(i18n, t, stories);

const attempts = goldenAttempts();
const summary = summarise(attempts, facts, { classes: [{ code: 'KXR-479' }, { code: 'PTW-236' }] });
const kxr: ClassSummary = summary.classes.find((c) => c.classCode === 'KXR-479')!;

const block = (blocks: Block[], id: string) => blocks.find((b) => b.id === id)!;

describe('names of codes', () => {
  it('come from the game’s tables in the teacher’s language', () => {
    expect(words.sign('secrecy')).toBe(tables.signs!['secrecy.name']);
    expect(words.lesson('dont-pay')).toBe(tables.lessons!['dont-pay.name']);
    expect(words.topic('privacy')).toBe(tables.endings!['topic.privacy.name']);
    expect(words.action('tell-adult')).toBe(tables.endings!['action.tell-adult.label']);
    expect(words.endingKind('supported')).toBe(teacher['summary.kind.supported']);
    expect(words.story('the-password')).toBe(tables['scenario:the-password']!['meta.title']);
  });

  it('fall back to the code, or to "other", never to a missing key', () => {
    expect(words.story('a-story-gone')).toBe('a-story-gone');
    expect(words.ending('a-story-gone', 'end-x')).toBe('end-x');
    expect(words.ending('the-password', 'no-such-node')).toBe('no-such-node');
    expect(words.source('classroom')).toBe(teacher['summary.source.classroom']);
    expect(words.source('bluetooth')).toBe(teacher['summary.source.other']);
    expect(words.percent(null)).toBe('—');
  });

  it('fill the player’s name in a story line with a word for any student', () => {
    const lines = { 'x.line': 'ok {{player}}, see you' };
    const w = summaryWords(fakeI18n({ ...tables, 'scenario:x': lines }), t, stories);
    expect(w.line('x', 'x.line')).toBe(`ok ${teacher['summary.player']}, see you`);
  });

  it('give the exports the same names', () => {
    const label = exportLabeller(words);
    expect(label('sign', 'secrecy')).toBe(words.sign('secrecy'));
    expect(label('yes-no', 'yes')).toBe(teacher['summary.yes']);
    expect(label('scope', 'story')).toBe(teacher['summary.scope.story']);
    expect(label('source', 'qr')).toBe(teacher['summary.source.qr']);
  });
});

describe('tables and charts from the figures', () => {
  const view = scopeView(kxr, { kind: 'class' }, words);

  it('show the endings the summary counted, in the chart and its table alike', () => {
    const endings = block(view.blocks, 'endings');
    const counts = endings.table.rows.map((r) => Number(r.cells[1]));
    expect(counts).toEqual([
      kxr.figures.endings.safe,
      kxr.figures.endings.helped,
      kxr.figures.endings.supported,
    ]);
    expect(endings.chart!.series[0]!.values).toEqual(counts);
    expect(endings.chart!.labels).toEqual(endings.table.rows.map((r) => r.cells[0]));
  });

  it('split each sign into spotted and missed, with the share', () => {
    const signs = block(view.blocks, 'signs');
    expect(signs.table.rows.map((r) => r.key)).toEqual(kxr.figures.signs.map((s) => s.sign));
    for (const [i, s] of kxr.figures.signs.entries()) {
      expect(signs.table.rows[i]!.cells.slice(1, 3)).toEqual([String(s.spotted), String(s.missed)]);
      expect(signs.chart!.series[0]!.values[i]).toBe(s.spotted);
      expect(signs.chart!.series[1]!.values[i]).toBe(s.missed);
    }
    // The canvas's name carries the numbers too.
    const first = kxr.figures.signs[0]!;
    expect(signs.chart!.summary).toContain(`${words.sign(first.sign)}: spotted ${first.spotted} of`);
  });

  it('give no chart when no sign was shown, and say so', () => {
    const none = signsBlock({ ...kxr.figures, signs: [] }, words);
    expect(none.chart).toBeUndefined();
    expect(none.table.rows).toEqual([]);
  });

  it('name the risky choices by their text in the story', () => {
    const risky = block(view.blocks, 'risky');
    expect(risky.table.rows).toHaveLength(kxr.figures.riskyChoices.length);
    const top = kxr.figures.riskyChoices[0]!;
    expect(risky.table.rows[0]!.cells[0]).toBe(tables[`scenario:${top.scenarioId}`]![top.choice]);
    expect(risky.table.rows[0]!.cells[2]).toBe(String(top.attempts));
  });

  it('compare first and best tries', () => {
    const rows = block(view.blocks, 'first-best').table.rows;
    const spotted = rows.find((r) => r.key === 'spottedShare')!;
    expect(spotted.cells.slice(1)).toEqual([
      words.percent(kxr.figures.firstVsBest.first.spottedShare),
      words.percent(kxr.figures.firstVsBest.best.spottedShare),
    ]);
  });

  it('offer the whole class, each topic and each story, and read an unknown choice as the whole class', () => {
    const keys = scopeChoices(kxr, words).map((c) => c.key);
    expect(keys[0]).toBe('class');
    expect(keys).toEqual(
      expect.arrayContaining([
        ...kxr.stories.map((s) => `story:${s.scenarioId}`),
        ...kxr.topics.map((x) => `topic:${x.topic}`),
      ]),
    );
    expect(parseScope('story:the-password', kxr)).toEqual({ kind: 'story', id: 'the-password' });
    expect(parseScope('story:not-played', kxr)).toEqual({ kind: 'class' });
    expect(parseScope('nonsense', kxr)).toEqual({ kind: 'class' });
    const story = scopeView(kxr, { kind: 'story', id: 'the-password' }, words);
    expect(story.figures).toBe(kxr.stories.find((s) => s.scenarioId === 'the-password'));
    expect(block(story.blocks, 'story-endings').table.rows[0]!.cells[0]).not.toMatch(/^end-/);
  });

  it('turn the discussion plan into words, with the stories’ questions', () => {
    const plan = planView(kxr.discuss, words);
    expect(plan.questions.map((q) => q.text)).toEqual(
      kxr.discuss.questions.map((q) => tables[`scenario:${q.scenarioId}`]![q.line]),
    );
    expect(plan.signs.map((s) => s.name)).toEqual(kxr.discuss.signs.map((s) => words.sign(s.sign)));
  });
});

describe('the per-child table', () => {
  it('shows numbers and never a nickname in the anonymous view', () => {
    const numbers = childNumbers(attempts);
    const table = childrenTable(kxr.children, (c) => `Student ${numbers.get(c.childKey)}`, words);
    const text = JSON.stringify(table);
    for (const c of kxr.children) expect(text).not.toContain(c.nickname);
    expect(table.rows.map((r) => r.cells[0])).toContain('Student 1');
    // One row per child and story.
    expect(table.rows).toHaveLength(kxr.children.reduce((n, c) => n + c.stories.length, 0));
  });
});

describe('where results came from', () => {
  it('counts each source once per result, an unknown one as "other"', () => {
    // Sources this version's type may not list yet (classroom mode's) or never will (a newer version's).
    const other = (s: string) => s as ClassAttempt['source'];
    const counts = sourceCounts(
      [
        { id: 'a', source: 'file' },
        { id: 'a', source: 'file' },
        { id: 'b', source: other('classroom') },
        { id: 'c', source: other('bluetooth') },
      ],
      words,
    );
    expect(counts).toEqual([
      { key: 'file', label: teacher['summary.source.file'], count: 1 },
      { key: 'classroom', label: teacher['summary.source.classroom'], count: 1 },
      { key: 'other', label: teacher['summary.source.other'], count: 1 },
    ]);
  });
});

describe('downloads', () => {
  const kxrAttempts = attempts.filter((a) => a.classCode.replace('-', '').toUpperCase() === 'KXR479');
  const input = {
    classCode: 'KXR-479',
    attempts: kxrAttempts,
    summary: kxr,
    words,
    dialect: DEFAULT_DIALECT,
    includeNicknames: false,
    now: Date.UTC(2026, 2, 5, 12),
  };
  const rows = (text: string) =>
    Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true })
      .data;

  it('leave nicknames out unless asked, and never put one in a file name', () => {
    const plain = downloadFile('attempts', input);
    expect(plain.name).toBe('escudo-KXR-479-results-2026-03-05.csv');
    for (const nick of ['Ana', 'Bruno']) expect(plain.text).not.toContain(nick);
    expect(rows(plain.text).map((r) => r[teacher['summary.export.nickname']!])).toContain('Student 1');
    const named = downloadFile('attempts', { ...input, includeNicknames: true });
    expect(named.text).toContain('Ana');
    expect(named.name).not.toContain('Ana');
    const anonymousJson = downloadFile('json', input).text;
    for (const nick of ['Ana', 'Bruno']) expect(anonymousJson).not.toContain(`"${nick}"`);
  });

  it('write the summary CSV with the figures the page shows', () => {
    const file = downloadFile('summary', input);
    expect(file.type).toMatch(/^text\/csv/);
    const classRow = rows(file.text).find(
      (r) => r[teacher['summary.export.scope']!] === teacher['summary.scope.class'],
    )!;
    expect(Number(classRow[teacher['summary.export.attempts']!])).toBe(kxr.figures.attempts);
    expect(Number(classRow[teacher['summary.export.signsMissed']!])).toBe(kxr.figures.missed);
    const storyRow = rows(file.text).find(
      (r) => r[teacher['summary.export.item']!] === words.story('the-password'),
    )!;
    expect(storyRow, 'stories are named, not coded').toBeTruthy();
  });

  it('write the signs CSV and a JSON that parses', () => {
    const signs = rows(downloadFile('signs', input).text);
    expect(signs.length).toBeGreaterThan(0);
    expect(signs[0]![teacher['summary.export.sign']!]).toBe(words.sign(kxr.figures.signs[0]!.sign));
    const parsed = JSON.parse(downloadFile('json', input).text) as { format: string; attempts: unknown[] };
    expect(parsed.format).toBe('escudo-class-results');
    expect(parsed.attempts).toHaveLength(kxrAttempts.length);
  });
});

describe('chart labels', () => {
  it('break long names into lines at spaces, and count them', () => {
    expect(wrapLabel('Block')).toBe('Block');
    expect(wrapLabel('Pulls you away from others')).toEqual(['Pulls you away', 'from others']);
    expect(labelLines(['Block', 'Pulls you away from others'])).toBe(3);
  });
});

describe('played together on the projector', () => {
  const lines = storyLines('the-password');
  const session: ClassAttempt = {
    ...attempts.find((a) => a.scenarioId === 'the-password' && a.transcript.ending)!,
    id: 'class-session-1',
    source: 'classroom',
    classroom: {
      decisions: [
        {
          node: 'start',
          picked: 'c.start.sure',
          hands: [
            { option: 'c.start.sure', count: 14 },
            { option: 'protect:block', count: 6 },
          ],
        },
        { node: 'ask', picked: 'protect:tell-adult', hands: [] },
      ],
      tried: [{ node: 'ask', picked: 'c.ask.give' }],
    },
  };

  it('lists every decision of a class session in order, with the hands counted per option', () => {
    const [table, ...more] = togetherTables([...attempts, session], words, () => '3 Dec');
    expect(more).toEqual([]);
    expect(table!.caption).toContain(words.story('the-password'));
    expect(table!.caption).toContain('3 Dec');
    expect(table!.caption).toContain(words.ending('the-password', session.transcript.ending!.node));
    expect(table!.caption).toMatch(/rewound: 1$/);
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ['Choice 1', lines['c.start.sure'], 'Our choice', '14'],
      ['Choice 1', words.action('block'), '', '6'],
      ['Choice 2', words.action('tell-adult'), 'Our choice', '–'],
    ]);
  });

  it('shows nothing for a class that never played together', () => {
    expect(togetherTables(attempts, words, () => '')).toEqual([]);
  });
});
