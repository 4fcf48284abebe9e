/**
 * The chat follows what the player did: a blocked contact shows "blocked"
 * (also after a reload), each line keeps the look of the app it was written
 * in, and the protective note names whom it was about.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../../../src/game/app';
import { protectiveText } from '../../../../src/game/chat/line-view';
import { chatStatus } from '../../../../src/game/chat/session/chat-status';
import type { ProtectiveLine } from '../../../../src/game/chat/session/lines';
import { chatLook } from '../../../../src/game/chat/session/story-data';
import { shippedScenarios } from '../../engine/shipped';
import { act, makeSession, recordingStore, STORY_DATA, untilIdle } from './session-harness';

async function started() {
  const rec = recordingStore();
  const me = await rec.store.createProfile({ nickname: 'Fox7', avatar: 'fox', ageBand: '11-14' });
  const h = makeSession(rec.progress, me.id, 'instant');
  await h.session.begin();
  await untilIdle(h);
  return { ...rec, profileId: me.id, h };
}

const statusOf = (s: { chat: string; lines: Parameters<typeof chatStatus>[1]; typing: boolean }) =>
  chatStatus(s.chat, s.lines, { typing: s.typing, ended: false });

describe('a blocked contact', () => {
  it('shows "blocked", not "online", and stays blocked after a reload', async () => {
    const { h, progress, profileId } = await started();
    expect(statusOf(h.session.state)).toBe('online');
    await act(h, () => h.session.protect('block'));
    const note = h.session.state.lines.find((l) => l.kind === 'protective');
    expect(note).toMatchObject({ action: 'block', chat: 'leo', target: 'leo' });
    expect(h.session.state.chat).toBe('leo');
    expect(statusOf(h.session.state)).toBe('blocked');
    // Blocking again is not offered.
    expect(h.session.state.choices?.protective).not.toContain('block');

    const again = makeSession(progress, profileId, 'instant');
    await again.session.begin();
    await untilIdle(again);
    expect(again.session.state.lines.filter((l) => l.kind === 'protective')).toHaveLength(1);
    expect(statusOf(again.session.state)).toBe('blocked');
  });

  it("is not offered block or report in the trusted adult's chat", async () => {
    const { h } = await started();
    await act(h, () => h.session.choose('c.start.who'));
    await act(h, () => h.session.choose('c.coins.no'));
    await act(h, () => h.session.choose('c.probe.no'));
    await act(h, () => h.session.choose('c.supervision.aunt'));
    await act(h, () => h.session.choose('c.secret.aunt'));
    expect(h.session.state.chat).toBe('aunt');
    expect(h.session.state.choices?.protective).toEqual(['save-evidence', 'leave']);
    // Telling her through the story counts as telling an adult.
    expect(h.session.engineSnapshot.transcript.protectiveActions).toMatchObject([
      { action: 'tell-adult', choice: 'c.secret.aunt' },
    ]);
  });
});

describe('a chat the player left', () => {
  it('says "you left this chat", not "online", until someone writes there again', async () => {
    const { h } = await started();
    expect(statusOf(h.session.state)).toBe('online');
    await act(h, () => h.session.protect('leave'));
    const note = h.session.state.lines.find((l) => l.kind === 'protective');
    expect(note).toMatchObject({ action: 'leave', chat: 'leo' });
    // This story moves on to the friends' group; a story may also stay in the same window.
    const lines = h.session.state.lines;
    expect(chatStatus('leo', lines, { typing: false, ended: false })).toBe('left');
    expect(statusOf(h.session.state)).toBe('online');
    // Someone writing in that chat again opens it again.
    const reopened = [
      ...lines,
      { kind: 'contact', key: 'x', id: 'x', chat: 'leo', from: 'leo', at: 0 },
    ] as unknown as Parameters<typeof chatStatus>[1];
    expect(chatStatus('leo', reopened, { typing: false, ended: false })).toBe('online');
  });
});

describe('each conversation keeps its own look', () => {
  it("keeps the player's message to the friends in the messenger look inside the game chat", async () => {
    const { h } = await started();
    await act(h, () => h.session.choose('c.start.who'));
    await act(h, () => h.session.choose('c.coins.no'));
    await act(h, () => h.session.choose('c.probe.friends'));
    await act(h, () => h.session.choose('c.group.thanks'));
    expect(h.session.state.chat).toBe('leo');
    expect(chatLook(STORY_DATA, h.session.state.chat).app).toBe('game-chat');
    const ask = h.session.state.lines.find((l) => l.kind === 'player' && l.id === 'group.player.ask');
    expect(ask).toMatchObject({ chat: 'team' });
    expect(ask?.kind === 'player' && chatLook(STORY_DATA, ask.chat).app).toBe('messenger');
    const who = h.session.state.lines.find((l) => l.kind === 'player' && l.id === 'c.start.who');
    expect(who?.kind === 'player' && chatLook(STORY_DATA, who.chat).app).toBe('game-chat');
  });
});

describe('the protective note', () => {
  const app = { t: (key: string, v?: { name?: string }) => `${key}|${v?.name ?? ''}` } as unknown as App;
  const helping = shippedScenarios().find(([id]) => id === 'helping-a-friend')![1];
  const line = (l: Omit<ProtectiveLine, 'key' | 'kind'>): ProtectiveLine => ({
    key: 0,
    kind: 'protective',
    ...l,
  });

  it('names the contact blocked, not whoever owns the open chat', () => {
    const ctx = { app, story: helping, st: (k: string) => `<${k}>` };
    const text = protectiveText(ctx, line({ action: 'block', chat: 'santi', target: 'vale' }));
    expect(text).toBe(`protective.helped.block|<${helping.contacts.vale!.name}>`);
  });

  it('says "you blocked" in a story where the player is the one being contacted', () => {
    const ctx = { app, story: STORY_DATA, st: (k: string) => `<${k}>` };
    expect(protectiveText(ctx, line({ action: 'block', chat: 'leo', target: 'leo' }))).toBe(
      `protective.done.block|<${STORY_DATA.contacts.leo!.name}>`,
    );
  });
});
