import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index';
import { fileOf, fromEntries, tablePaths, toSource, withFile } from '../../../src/studio/model/story-files';
import { readShippedSource } from '../../../src/studio/model/shipped';
import { fileText, shipped } from './helpers';

describe('fromEntries: the stories among any list of files', () => {
  it('finds each folder with a scenario.yaml, keeps only its logic file and text tables', () => {
    const stories = fromEntries([
      { path: 'zip-root/b-story/scenario.yaml', text: 'id: b' },
      { path: 'zip-root/b-story/text/es.yaml', text: 'x: y' },
      { path: 'zip-root/b-story/notes.txt', text: 'not a story file' },
      { path: 'zip-root/b-story/text/old/en.yaml', text: 'nested too deep' },
      { path: 'zip-root\\a-story\\scenario.yaml', text: 'id: a' },
      { path: 'README.md', text: 'nothing' },
    ]);
    expect(stories.map((s) => s.folder)).toEqual(['a-story', 'b-story']);
    expect(Object.keys(stories[1]!.files).sort()).toEqual(['scenario.yaml', 'text/es.yaml']);
  });

  it('reads a folder picked at its own level (paths without a folder)', () => {
    const [story] = fromEntries([
      { path: 'scenario.yaml', text: 'id: x' },
      { path: 'text/en.yaml', text: 'a: b' },
    ]);
    expect(story?.files['text/en.yaml']).toBe('a: b');
  });

  it('never follows a path that climbs out with ..', () => {
    expect(fromEntries([{ path: '../outside/scenario.yaml', text: 'id: x' }])).toEqual([]);
  });

  it('keeps a misspelt logic file so the checker can say to rename it', () => {
    const [story] = fromEntries([{ path: 's/scenario.yml', text: 'id: s' }]);
    expect(story && Object.keys(story.files)).toEqual(['scenario.yml']);
  });
});

describe('a shipped story as the studio holds it', () => {
  it('has exactly the repository files, and the checker finds in it what it finds in the folder', () => {
    const story = shipped('first-tournament');
    expect(story.files['scenario.yaml']).toBe(fileText('scenarios/first-tournament/scenario.yaml'));
    expect(tablePaths(story)).toEqual(['text/en.yaml', 'text/es.yaml', 'text/pt-BR.yaml']);
    expect(checkScenario(toSource(story))).toEqual([]);
  });

  it('findings name files the studio can find again', () => {
    const story = shipped('first-tournament');
    const broken = withFile(story, 'text/en.yaml', story.files['text/en.yaml']! + '\nunused.line: hello\n');
    const findings = checkScenario(toSource(broken));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(fileOf(broken, f.file)).toBe('text/en.yaml');
  });

  it('refuses a source file of the wrong shape', () => {
    expect(readShippedSource({ format: 'other', folder: 'x', files: {} })).toBeUndefined();
    expect(readShippedSource({ format: 'escudo-scenario-source', folder: 'x', files: [] })).toBeUndefined();
    expect(readShippedSource(null)).toBeUndefined();
  });
});
