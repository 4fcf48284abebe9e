/** docs/library.md is generated from the stories; it must match them, and say what they hold. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIBRARY_DOC, libraryDoc, libraryMarkdown, libraryRow } from '../../../src/cli/library-table.js';
import { loadScenario } from '../../../src/format/load.js';
import { fixture } from './fixtures.js';

describe('the library table', () => {
  it('docs/library.md is up to date (run npm run library if this fails)', async () => {
    expect(readFileSync(LIBRARY_DOC, 'utf8')).toBe(await libraryDoc());
  });

  it('lists a story with its English title, signs and lessons in vocabulary order, and endings by kind', () => {
    const { loaded } = loadScenario(fixture('valid', 'valid'));
    const row = libraryRow(loaded!.scenario, loaded!.texts);
    expect(row).toEqual({
      id: 'valid',
      title: 'A new friend in the game',
      topics: ['grooming'],
      ageBands: ['11-14'],
      signs: ['flattery', 'secrecy'],
      lessons: ['tell-trusted-adult', 'never-too-late'],
      endings: { safe: 1, helped: 1, supported: 0 },
      minutes: 3,
    });
    const markdown = libraryMarkdown([{ ...row, title: 'Pipes | and\nbreaks' }]);
    expect(markdown).toContain(
      '| `valid` | Pipes \\| and breaks | grooming | 11-14 | `flattery`, `secrecy` | `tell-trusted-adult`, `never-too-late` | 1 safe, 1 helped | 3 |',
    );
    expect(markdown).toContain('1 story, about 3 minutes');
  });

  it('refuses a story that does not load, naming it', async () => {
    await expect(libraryDoc('tests/fixtures/broken')).rejects.toThrow(
      /^tests\/fixtures\/broken\/[a-z-]+ cannot go into the library table: \S+:\d+:\d+ .+/,
    );
  });
});
