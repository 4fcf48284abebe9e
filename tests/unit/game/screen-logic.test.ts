import { describe, expect, it } from 'vitest';
import { actionsTaken, kindLabelNeeded, signsWithExample } from '../../../src/game/screens/debrief-summary';
import {
  backupFileName,
  importMessage,
  keptText,
  type StoreText,
} from '../../../src/game/screens/device-data-text';
import { endingsFoundByStory, storiesByTopic, storyStatus } from '../../../src/game/screens/hub-stories';
import { cleanClassCode, cleanNickname } from '../../../src/game/screens/profile-form';
import type { ScenarioIndexEntry } from '../../../src/game/services/scenario-index';

/** A translator that shows which key (and count) was asked for. */
const keys: StoreText = (key, options) => (options?.count === undefined ? key : `${key}(${options.count})`);

const entry = (id: string, topics: string[], ageBands: string[]): ScenarioIndexEntry => ({
  id,
  version: 1,
  topics,
  ageBands,
  minutes: 5,
  sourceLanguage: 'es',
  languages: ['es'],
  endings: 3,
  strangerAvatars: [],
  texts: {},
});

describe('hub', () => {
  it('counts each different ending once per story, ignoring unfinished results', () => {
    const found = endingsFoundByStory([
      { scenarioId: 'a', transcript: { ending: { node: 'good' } } },
      { scenarioId: 'a', transcript: { ending: { node: 'good' } } },
      { scenarioId: 'a', transcript: { ending: { node: 'bad' } } },
      { scenarioId: 'b', transcript: { ending: null } },
    ]);
    expect([...(found.get('a') ?? [])].sort()).toEqual(['bad', 'good']);
    expect(found.has('b')).toBe(false);
  });
  it('calls a story with a saved game in progress, even after endings were found', () => {
    expect(storyStatus(true, 2)).toEqual({ kind: 'progress' });
    expect(storyStatus(false, 2)).toEqual({ kind: 'done', found: 2 });
    expect(storyStatus(false, 0)).toEqual({ kind: 'new' });
  });
  it("groups the player's age band's stories under their first topic, in index order", () => {
    const groups = storiesByTopic(
      [
        entry('s1', ['grooming', 'privacy'], ['11-14']),
        entry('s2', ['privacy'], ['11-14', '14-18']),
        entry('s3', ['grooming'], ['7-11']),
        entry('s4', ['grooming'], ['11-14']),
      ],
      '11-14',
    );
    expect(groups.map((g) => [g.topic, g.stories.map((s) => s.id)])).toEqual([
      ['grooming', ['s1', 's4']],
      ['privacy', ['s2']],
    ]);
    expect(storiesByTopic([entry('s3', ['grooming'], ['7-11'])], '14-18')).toEqual([]);
  });
});

describe('debrief', () => {
  it('lists each sign once with the first message that showed it, leaving out those already listed', () => {
    const items = [
      { message: 'm1', signs: ['secrecy', 'gifts'] },
      { message: 'm2', signs: ['gifts', 'isolation'] },
    ];
    expect([...signsWithExample(items)]).toEqual([
      ['secrecy', 'm1'],
      ['gifts', 'm1'],
      ['isolation', 'm2'],
    ]);
    expect([...signsWithExample(items, new Set(['gifts', 'secrecy']))]).toEqual([['isolation', 'm2']]);
  });
  it('lists each protective action once, in the order first taken', () => {
    expect(actionsTaken([{ action: 'block' }, { action: 'tell-adult' }, { action: 'block' }])).toEqual([
      'block',
      'tell-adult',
    ]);
  });
  it('drops the ending-kind label only when the title already says it', () => {
    expect(kindLabelNeeded('Safe ending', ' safe ending ')).toBe(false);
    expect(kindLabelNeeded('Safe ending', 'You told Mum')).toBe(true);
  });
});

describe('saved-progress page', () => {
  it('names the backup by the date only', () => {
    expect(backupFileName(Date.UTC(2026, 11, 1, 23, 59))).toBe('escudo-backup-2026-12-01.json');
  });
  it('says why progress lives in memory only, or what the browser promised', () => {
    expect(keptText(keys, { mode: 'memory', reason: 'quota' })).toBe('memory.note reason.quota');
    expect(keptText(keys, { mode: 'memory', reason: undefined })).toBe('memory.note');
    expect(keptText(keys, { mode: 'stored', persistence: 'persisted' })).toBe('persistence.persisted');
    expect(keptText(keys, { mode: 'stored', persistence: 'granted', secondCopy: 'working' })).toBe(
      'persistence.granted',
    );
    expect(keptText(keys, { mode: 'stored', persistence: 'granted', secondCopy: 'failed' })).toBe(
      'persistence.granted mirror.failed',
    );
  });
  it('explains a refused backup and that nothing changed', () => {
    expect(importMessage(keys, { ok: false, reason: 'checksum', detail: '' })).toBe(
      'backup.checksum backup.unchanged',
    );
  });
  it('says when a backup added nothing new, and otherwise counts players and results', () => {
    const none = { profiles: 0, attempts: 0, states: 0, settings: 0 };
    expect(importMessage(keys, { ok: true, added: none, alreadyPresent: none })).toBe('backup.nothing-new');
    // A saved game alone is something new, though neither count mentions it.
    expect(importMessage(keys, { ok: true, added: { ...none, states: 1 }, alreadyPresent: none })).toBe(
      'backup.imported backup.addedPlayers(0) backup.addedResults(0)',
    );
    expect(
      importMessage(keys, { ok: true, added: { ...none, profiles: 1, attempts: 3 }, alreadyPresent: none }),
    ).toBe('backup.imported backup.addedPlayers(1) backup.addedResults(3)');
  });
});

describe('new-profile form', () => {
  it('tidies the spaces of a nickname', () => {
    expect(cleanNickname('  Brave   Fox\t12 ')).toBe('Brave Fox 12');
  });
  it('keeps a class code to capitals, digits and dashes', () => {
    expect(cleanClassCode(' 5b-rio de janeiro! ')).toBe('5B-RIODEJANEIRO');
  });
});
