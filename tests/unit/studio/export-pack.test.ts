import { describe, expect, it } from 'vitest';
import { packFolder } from '../../../src/cli/pack-scenario';
import { packFileText } from '../../../src/format/pack/pack-source';
import { exportPack } from '../../../src/studio/model/export-pack';
import { withFile } from '../../../src/studio/model/story-files';
import { shipped } from './helpers';

describe('export pack', () => {
  it('makes the same file, byte for byte, as npm run scenarios:pack', () => {
    const result = exportPack(shipped('first-tournament'));
    const cli = packFolder('scenarios/first-tournament');
    expect(result.ok).toBe(true);
    expect(result.ok && result.text).toBe(packFileText(cli.pack!));
    expect(result.ok && result.fileName).toBe('first-tournament.pack.json');
  });

  it('is refused while the checker reports an error, and says which', () => {
    const story = shipped('first-tournament');
    const logic = story.files['scenario.yaml']!;
    const broken = withFile(story, 'scenario.yaml', logic.replace('goto: coins', 'goto: no-such-node'));
    expect(broken.files['scenario.yaml']).not.toBe(logic);
    const result = exportPack(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.stopping.some((f) => f.severity === 'error' && /no-such-node/.test(f.message))).toBe(true);
  });

  it('is refused on a safeguarding warning too, as the build is', () => {
    const story = shipped('first-tournament');
    const es = story.files['text/es.yaml']!;
    const blaming = withFile(story, 'text/es.yaml', es.replace(/^(meta\.summary: ')/m, '$1Es tu culpa. '));
    expect(blaming.files['text/es.yaml']).not.toBe(es);
    const result = exportPack(blaming);
    expect(result.ok).toBe(false);
    // Only warnings: what stops it is the safeguarding category, not an error.
    if (!result.ok) expect(result.stopping.map((f) => f.severity)).toEqual(['warning']);
  });
});
