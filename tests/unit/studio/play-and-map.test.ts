import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/index';
import { packFolder } from '../../../src/cli/pack-scenario';
import { layoutStory, MAX_GRAPH_NODES } from '../../../src/studio/graph/graph-layout';
import { outlineOf } from '../../../src/studio/model/outline';
import { chatOnArrival, playFrom } from '../../../src/studio/model/play-from';

const pack = packFolder('scenarios/first-tournament').pack!;
const engineFor = (p: typeof pack) => createEngine(p.scenario, { now: () => 0, random: () => 0.5 });

describe('playing from a middle node', () => {
  it('starts there, in the conversation the player would be in, with the variables set', () => {
    const step = engineFor(playFrom(pack, 'secret', { coinsAccepted: true })).start();
    expect(step.state.node).toBe('secret');
    expect(step.state.chat).toBe(chatOnArrival(pack.scenario, 'secret'));
    const ids = step.events.flatMap((e) => (e.type === 'message' ? [e.id] : []));
    expect(ids).toContain('secret.leo.secret');
    expect(ids).not.toContain('secret.leo.secret-chat');
  });

  it('with the defaults, the other alternative is sent', () => {
    const ids = engineFor(playFrom(pack, 'secret'))
      .start()
      .events.flatMap((e) => (e.type === 'message' ? [e.id] : []));
    expect(ids).toContain('secret.leo.secret-chat');
  });

  it('ignores values of the wrong type and unknown nodes, and never changes the pack it is given', () => {
    const before = JSON.stringify(pack);
    const copy = playFrom(pack, 'no-such-node', { coinsAccepted: 'yes', nobody: 1 });
    expect(copy.scenario.start).toBe(pack.scenario.start);
    expect(copy.scenario.variables.coinsAccepted?.default).toBe(false);
    expect(JSON.stringify(pack)).toBe(before);
  });

  it('a node reached only through another chat opens in that chat', () => {
    const inAuntsChat = Object.entries(pack.scenario.nodes).find(([, n]) => n.chat === 'aunt')?.[0];
    expect(inAuntsChat).toBeDefined();
    expect(chatOnArrival(pack.scenario, inAuntsChat!)).toBe('aunt');
  });
});

describe('the story map', () => {
  const outline = outlineOf(load(readFileSync('scenarios/first-tournament/scenario.yaml', 'utf8')));

  it('reads nodes, links, endings, variables and the story-wide actions from the logic file', () => {
    expect(outline.start).toBe('start');
    expect(outline.nodes.length).toBe(Object.keys(pack.scenario.nodes).length);
    const endings = outline.nodes.filter((n) => n.ending).map((n) => n.id);
    expect(endings.sort()).toEqual(
      Object.entries(pack.scenario.nodes)
        .filter(([, n]) => n.ending)
        .map(([id]) => id)
        .sort(),
    );
    expect(outline.variables.map((v) => v.name)).toContain('coinsAccepted');
    expect(outline.everywhere.map((p) => p.action)).toContain('tell-adult');
  });

  it('places every node without overlap, and draws an arrow for each linked pair', () => {
    const map = layoutStory(outline)!;
    expect(map.nodes).toHaveLength(outline.nodes.length);
    for (const a of map.nodes)
      for (const b of map.nodes) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    const pairs = new Set(outline.nodes.flatMap((n) => n.links.map((l) => `${n.id}>${l.to}`)));
    expect(map.links).toHaveLength(pairs.size);
    expect(map.links.every((l) => l.points.length >= 2)).toBe(true);
  });

  it('a story too large to read as a map gets none (the view lists its nodes)', () => {
    const many = {
      ...outline,
      nodes: Array.from({ length: MAX_GRAPH_NODES + 1 }, (_, i) => ({ id: `n${i}`, links: [] })),
    };
    expect(layoutStory(many)).toBeNull();
  });

  it('a half-written logic file still gives what it can, and garbage gives nothing', () => {
    expect(
      outlineOf({ nodes: { a: { choices: [{ goto: 'b' }, 'junk'] }, b: { ending: { kind: 'odd' } } } }).nodes,
    ).toEqual([
      { id: 'a', links: [{ to: 'b', kind: 'choice', label: '' }] },
      { id: 'b', links: [] },
    ]);
    expect(outlineOf('not a story')).toEqual({ nodes: [], everywhere: [], variables: [] });
  });
});
