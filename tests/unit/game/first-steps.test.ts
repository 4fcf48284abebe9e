/**
 * The first steps on a shared device: the real-name nudge, the age buttons,
 * the random avatar, "who is playing?", the help card's choice of lines,
 * the remembered country, and the debrief's one-message-once layout.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PLAYER_AVATARS } from '../../../src/format/taxonomy';
import { firstScreen } from '../../../src/game/first-screen';
import { messagesOnce, sectionOpen, spottedByMessage } from '../../../src/game/screens/debrief-sections';
import { flagSummary } from '../../../src/game/screens/debrief-summary';
import { AGE_CHOICES, bandForAge, randomPlayerAvatar } from '../../../src/game/screens/profile-form';
import { looksLikeRealName } from '../../../src/game/screens/real-name';
import {
  helpCardLines,
  playerCountry,
  rememberCountry,
  storyInvolvesImages,
} from '../../../src/game/services/helplines-data';
import { pictureOf, pictureShapes } from '../../../src/game/ui/pictures';
import { buildAllPacks } from '../../../src/vite/scenarios';

const ui = (lang: string) =>
  JSON.parse(readFileSync(`assets/locales/${lang}/ui.json`, 'utf8')) as Record<string, string>;
const listsFor = (lang: string) => {
  const t = ui(lang);
  return { commonNames: t['profile.commonNames']!, nicknameWords: `${t['nick.first']},${t['nick.second']}` };
};

describe('a nickname that looks like a real name', () => {
  const es = listsFor('es');
  it('notices two capitalised words and a common first name alone', () => {
    expect(looksLikeRealName('Lucía García', es)).toBe(true);
    expect(looksLikeRealName('Pedro Almeida Costa', listsFor('pt-BR'))).toBe(true);
    expect(looksLikeRealName('lucia', es)).toBe(true); // accents and case do not hide it
    expect(looksLikeRealName('Emma', listsFor('en'))).toBe(true);
  });
  it('lets made-up nicknames through, including the game’s own', () => {
    for (const nick of [
      'Tigre Valiente 23',
      'Halcón Veloz',
      'xX_gamer_Xx',
      'Rayo 7',
      'BlueSky',
      'MARIO BROS 2',
    ])
      expect(looksLikeRealName(nick, es), nick).toBe(false);
    expect(looksLikeRealName('Brave Comet', listsFor('en'))).toBe(false);
    expect(looksLikeRealName('', es)).toBe(false);
  });
  it('ships a short list of generic first names in every language', () => {
    for (const lang of ['es', 'pt-BR', 'en']) {
      const names = ui(lang)['profile.commonNames']!.split(',');
      expect(names.length, lang).toBeGreaterThan(10);
      expect(names.length, lang).toBeLessThan(40);
    }
  });
});

describe('age buttons', () => {
  it('map every age 7–17 to exactly one band, with no overlap at 11 or 14', () => {
    expect(bandForAge(7)).toBe('7-11');
    expect(bandForAge(10)).toBe('7-11');
    expect(bandForAge(11)).toBe('11-14');
    expect(bandForAge(13)).toBe('11-14');
    expect(bandForAge(14)).toBe('14-18');
    expect(bandForAge(17)).toBe('14-18');
  });
  it('offer one button per band, each labelled in every language', () => {
    expect(AGE_CHOICES.map((c) => c.band)).toEqual(['7-11', '11-14', '14-18']);
    for (const lang of ['es', 'pt-BR', 'en'])
      for (const c of AGE_CHOICES) expect(ui(lang)[c.label], `${lang} ${c.label}`).toBeTruthy();
  });
});

describe('random avatar for a new player', () => {
  const { index } = buildAllPacks(process.cwd());
  const strangers = index.scenarios.flatMap((e) => e.strangerAvatars);
  it("is never one a shipped story's stranger wears", () => {
    expect(strangers).toContain('lion'); // first-tournament's stranger
    for (let i = 0; i < 50; i++) {
      const a = randomPlayerAvatar(PLAYER_AVATARS, strangers, () => i / 50);
      expect(strangers).not.toContain(a);
      expect(PLAYER_AVATARS).toContain(a);
    }
  });
  it('still gives one when strangers wear them all', () => {
    expect(PLAYER_AVATARS).toContain(randomPlayerAvatar(PLAYER_AVATARS, PLAYER_AVATARS, () => 0.99));
  });
});

describe('who is playing', () => {
  it('asks whenever more than one player is on the device, even the last one', () => {
    expect(firstScreen([{ id: 'a' }, { id: 'b' }], 'a')).toEqual({ kind: 'who-is-playing' });
  });
  it('goes on as the only player, and asks when there is none', () => {
    expect(firstScreen([{ id: 'a' }], 'a')).toEqual({ kind: 'continue', profileId: 'a' });
    expect(firstScreen([], null)).toEqual({ kind: 'who-is-playing' });
    expect(firstScreen([{ id: 'a' }], null)).toEqual({ kind: 'who-is-playing' });
  });
});

describe('help card lines', () => {
  const DATA = parse(readFileSync('assets/helplines.yaml', 'utf8'));
  // A fixed day inside the entries' year of verification, so the test does not age.
  const TODAY = '2026-12-10';
  const { packs } = buildAllPacks(process.cwd());
  const story = (id: string) => JSON.parse(packs.get(id)!).scenario;
  it('decides from the story data whether images are part of it', () => {
    expect(storyInvolvesImages(story('the-fake-profile'))).toBe(true); // sextortion
    expect(storyInvolvesImages(story('helping-a-friend'))).toBe(true);
    expect(storyInvolvesImages(story('the-proud-photo'))).toBe(false);
    expect(storyInvolvesImages(story('the-password'))).toBe(false);
    const asked = { topics: ['grooming'], nodes: { a: { messages: [{ signs: ['image-request'] }] } } };
    expect(storyInvolvesImages(asked)).toBe(true);
  });
  it('never offers an image removal tool after a story with no images', () => {
    const card = helpCardLines(DATA, null, ['es'], false, TODAY);
    expect(card.imageTools).toEqual([]);
    expect([...card.country, ...card.general].some((l) => l.forImages)).toBe(false);
  });
  it('offers it, after the general lines, where images are part of the story', () => {
    const card = helpCardLines(DATA, 'BR', ['pt-BR'], true, TODAY);
    expect(card.imageTools.map((l) => l.id)).toEqual(['take-it-down']);
    expect(card.country.map((l) => l.id)).toContain('disque-100');
    expect(card.general.some((l) => l.forImages)).toBe(false);
  });
});

describe('the remembered country', () => {
  let store: Map<string, string>;
  beforeEach(() => {
    store = new Map();
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });
  it('is used over the language once picked, and "not saying" is remembered too', () => {
    expect(playerCountry(['es'])).toBeNull();
    rememberCountry('CO');
    expect(playerCountry(['es'])).toBe('CO');
    expect(playerCountry(['pt-BR'])).toBe('CO');
    rememberCountry(null);
    expect(playerCountry(['es-EC'])).toBeNull();
  });
});

describe('debrief layout', () => {
  it('lists a message that shows two signs once, with both', () => {
    const groups = new Map([
      ['flattery', 'm1'],
      ['secrecy', 'm1'],
      ['gift-bribe', 'm2'],
    ]);
    expect(messagesOnce(groups)).toEqual([
      { message: 'm1', signs: ['flattery', 'secrecy'] },
      { message: 'm2', signs: ['gift-bribe'] },
    ]);
  });
  it('quotes a spotted message once, with every sign it shows and what the player named on it', () => {
    const summary = flagSummary({
      flags: [{ message: 'm1', sign: 'secrecy' }, { message: 'm2' }],
      signsSpotted: [
        { message: 'm1', signs: ['flattery', 'isolation'] },
        { message: 'm2', signs: ['flattery', 'gift-bribe'] },
      ],
      falseFlags: [],
    });
    expect(spottedByMessage(summary.spotted)).toEqual([
      { message: 'm1', signs: ['flattery', 'isolation'], picked: 'secrecy', matched: false },
      // flattery was already shown with m1: m2 is the example of gift-bribe only.
      { message: 'm2', signs: ['gift-bribe'], picked: null, matched: false },
    ]);
  });
  it('opens only the first section on a phone, all on a wide screen', () => {
    expect([0, 1, 2].map((i) => sectionOpen(i, false))).toEqual([true, false, false]);
    expect([0, 1, 2].map((i) => sectionOpen(i, true))).toEqual([true, true, true]);
  });
});

describe('pictures', () => {
  it('draws each shipped image with its own picture, and a plain frame otherwise', () => {
    const { packs } = buildAllPacks(process.cwd());
    const photo = JSON.parse(packs.get('the-proud-photo')!).scenario;
    const msg = Object.values(photo.nodes as Record<string, { messages: { id: string; image?: string }[] }>)
      .flatMap((n) => n.messages)
      .find((m) => m.image === 'img.photo.first')!;
    expect(pictureOf(photo, msg.id, 'img.photo.first')).toBe('school-badge');
    expect(pictureShapes('school-badge')).not.toEqual(pictureShapes(undefined));
    expect(pictureShapes('no-such-picture')).toEqual(pictureShapes(undefined));
  });
});
