import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index';
import { loadScenario } from '../../../src/format/load';
import { isStoryId, newStoryFiles } from '../../../src/format/template/new-story';
import { toSource } from '../../../src/studio/model/story-files';
import { exportPack } from '../../../src/studio/model/export-pack';
import { copyStory } from '../../../src/studio/model/copy-story';
import { shipped } from './helpers';

describe('the new-story template', () => {
  it('passes the checker with no finding at all, in its three languages', () => {
    const story = { folder: 'my-story', files: newStoryFiles('my-story') };
    expect(checkScenario(toSource(story))).toEqual([]);
    const { loaded } = loadScenario(toSource(story));
    expect(loaded?.scenario.id).toBe('my-story');
    expect(Object.keys(loaded!.texts).sort()).toEqual(['en', 'es', 'pt-BR']);
  });

  it('exports as a pack that plays (the ship step works from the first minute)', () => {
    const result = exportPack({ folder: 'my-story', files: newStoryFiles('my-story') });
    expect(result.ok && result.fileName).toBe('my-story.pack.json');
  });

  it('story ids follow the folder-name rule', () => {
    expect(isStoryId('carnival-job')).toBe(true);
    expect(isStoryId('Carnival job')).toBe(false);
    expect(isStoryId('a'.repeat(61))).toBe(false);
  });
});

describe('a copy of a shipped story', () => {
  it('keeps the logic and the source text, leaves the translations behind, and takes a new id', () => {
    const original = shipped('first-tournament');
    const { story, leftOut } = copyStory(original, 'my-tournament');
    expect(story.folder).toBe('my-tournament');
    expect(Object.keys(story.files).sort()).toEqual(['scenario.yaml', 'text/es.yaml']);
    expect(leftOut.sort()).toEqual(['en', 'pt-BR']);
    expect(story.files['text/es.yaml']).toBe(original.files['text/es.yaml']);
    const { loaded } = loadScenario(toSource(story));
    expect(loaded?.scenario.id).toBe('my-tournament');
    // No translation findings: there is no translation to be stale or missing a line.
    expect(checkScenario(toSource(story))).toEqual([]);
  });
});
