/**
 * The teacher's story list and a story's notes: which stories a filter shows
 * and in what order, filters read from an address, and the notes taken from
 * real shipped stories.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioIndexEntry } from '../../../src/format/scenario-index.js';
import { lessonNotesOf } from '../../../src/teacher/stories/lesson-notes.js';
import { chooseStories, filterFromParams } from '../../../src/teacher/stories/story-choice.js';
import { shippedScenarios } from '../engine/shipped.js';

const entry = (id: string, ageBands: string[], topics: string[]): ScenarioIndexEntry => ({
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

const library = [
  entry('teen-privacy', ['14-18'], ['privacy']),
  entry('kid-grooming', ['7-11'], ['grooming']),
  entry('mid-travel', ['11-14'], ['travel-tourism']),
  entry('mid-grooming', ['11-14'], ['grooming']),
  entry('both-privacy', ['11-14', '14-18'], ['privacy']),
];
const ids = (list: ScenarioIndexEntry[]) => list.map((e) => e.id);

describe('the story list', () => {
  it('shows every story, youngest band first, then by topic, then by id', () => {
    expect(ids(chooseStories(library, {}))).toEqual([
      'kid-grooming',
      'mid-grooming',
      'both-privacy',
      'mid-travel',
      'teen-privacy',
    ]);
  });

  it('narrows by age band (a story for two bands is in both) and by topic', () => {
    expect(ids(chooseStories(library, { band: '14-18' }))).toEqual(['both-privacy', 'teen-privacy']);
    expect(ids(chooseStories(library, { topic: 'grooming' }))).toEqual(['kid-grooming', 'mid-grooming']);
    expect(ids(chooseStories(library, { band: '11-14', topic: 'privacy' }))).toEqual(['both-privacy']);
    expect(chooseStories(library, { band: '7-11', topic: 'sextortion' })).toEqual([]);
  });

  it('reads its filter from the address, ignoring what is not a band or a topic', () => {
    expect(filterFromParams({ band: '11-14', topic: 'privacy' })).toEqual({
      band: '11-14',
      topic: 'privacy',
    });
    expect(filterFromParams({ band: '99', topic: '__proto__' })).toEqual({});
    expect(filterFromParams({})).toEqual({});
  });
});

describe("a story's notes for teachers", () => {
  const stories = new Map(shippedScenarios());

  it('carry the teacher notes, the signs and the endings of a real story', () => {
    const story = stories.get('the-password')!;
    const notes = lessonNotesOf({ scenario: story });
    expect(notes.id).toBe('the-password');
    expect(notes.learningGoals).toEqual(story.teacherNotes.learningGoals);
    expect(notes.discussionQuestions).toEqual(story.teacherNotes.discussionQuestions);
    expect(notes.groundRules).toEqual(story.teacherNotes.groundRules);
    expect(notes.disclosure).toBe('teacher.disclosure');
    // Counted from the story's nodes: every sign on any message, every ending by kind.
    const signs = new Set(Object.values(story.nodes).flatMap((n) => n.messages.flatMap((m) => m.signs)));
    expect(new Set(notes.signs)).toEqual(signs);
    const endings = Object.values(story.nodes).filter((n) => n.ending).length;
    expect(notes.endings.reduce((sum, e) => sum + e.count, 0)).toBe(endings);
    expect(notes.endings.map((e) => e.kind)).toEqual(['safe', 'helped', 'supported']);
  });

  it('exist for every shipped story, each with questions to discuss', () => {
    for (const [id, story] of stories) {
      const notes = lessonNotesOf({ scenario: story });
      expect(notes.discussionQuestions.length, id).toBeGreaterThan(0);
      expect(notes.endings.length, id).toBeGreaterThan(0);
    }
  });
});
