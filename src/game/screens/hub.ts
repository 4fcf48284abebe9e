/**
 * Hub: the stories for the player's age band, grouped by topic, each new,
 * in progress, or done with the endings found. Before a story starts, its
 * content note is shown so nobody meets a hard topic unprepared.
 */
import type { App } from '../app';
import { SCREENS } from '../screen-names';
import { profileScreen } from './profile';
import { indexText, type ScenarioIndexEntry } from '../services/scenario-index';
import { avatarSvg } from '../ui/avatar';
import { button, h, nextId } from '../ui/dom';

type Status = { kind: 'new' } | { kind: 'progress' } | { kind: 'done'; found: number };

async function statusOf(
  app: App,
  entry: ScenarioIndexEntry,
  endingsFound: Map<string, Set<string>>,
): Promise<Status> {
  const profile = app.profile!;
  const saved = await app.services.progress.getState(profile.id, entry.id);
  if (saved) return { kind: 'progress' };
  const found = endingsFound.get(entry.id)?.size ?? 0;
  return found > 0 ? { kind: 'done', found } : { kind: 'new' };
}

export async function hubScreen(app: App): Promise<HTMLElement> {
  const profile = app.profile;
  if (!profile) return profileScreen(app);
  const chain = app.services.i18n.chain();
  const attempts = await app.services.progress.listAttempts({ profileId: profile.id });
  const endingsFound = new Map<string, Set<string>>();
  for (const a of attempts) {
    const node = a.transcript.ending?.node;
    if (!node) continue;
    if (!endingsFound.has(a.scenarioId)) endingsFound.set(a.scenarioId, new Set());
    endingsFound.get(a.scenarioId)!.add(node);
  }

  const main = h('main', { class: 'screen screen-hub', testid: 'screen-hub' });
  main.append(
    app.topBar({ back: () => void app.go(SCREENS.profile), backLabel: app.t('hub.switchProfile') }),
  );
  const body = h('div', { class: 'panel panel-wide' });
  main.append(body);
  body.append(
    h(
      'div',
      { class: 'hub-greeting' },
      avatarSvg(profile.avatar, 56),
      h('h1', { text: app.t('hub.title', { nickname: profile.nickname }) }),
    ),
    h('p', { class: 'lead', text: app.t('hub.intro') }),
  );

  const mine = app.services.scenarios.list().filter((s) => s.ageBands.includes(profile.ageBand));
  if (!mine.length) {
    body.append(h('p', { class: 'notice', text: app.t('hub.none') }));
    return main;
  }
  const topics = [...new Set(mine.flatMap((s) => s.topics.slice(0, 1)))];
  for (const topic of topics) {
    const headingId = nextId('topic');
    const section = h('section', { class: 'topic', attrs: { 'aria-labelledby': headingId } });
    section.append(
      h('h2', {
        attrs: { id: headingId },
        text: app.services.i18n.t(`topic.${topic}.name`, { ns: 'endings', defaultValue: topic }),
      }),
      h('p', {
        class: 'hint',
        text: app.services.i18n.t(`topic.${topic}.description`, { ns: 'endings', defaultValue: '' }),
      }),
    );
    const list = h('ul', { class: 'story-list' });
    for (const entry of mine.filter((s) => s.topics[0] === topic)) {
      list.append(h('li', {}, await storyCard(app, entry, await statusOf(app, entry, endingsFound), chain)));
    }
    section.append(list);
    body.append(section);
  }
  return main;
}

async function storyCard(
  app: App,
  entry: ScenarioIndexEntry,
  status: Status,
  chain: string[],
): Promise<HTMLElement> {
  const titleId = nextId('story');
  const card = h('article', {
    class: `story-card status-${status.kind}`,
    attrs: { 'aria-labelledby': titleId },
    testid: `story-${entry.id}`,
  });
  const title = indexText(entry, 'title', chain);
  const badge =
    status.kind === 'done'
      ? app.t('hub.done', { count: status.found, total: entry.endings })
      : app.t(status.kind === 'progress' ? 'hub.inProgress' : 'hub.new');
  card.append(
    h('h3', { attrs: { id: titleId }, text: title }),
    h('p', { class: `badge badge-${status.kind}`, text: badge }),
    h('p', { text: indexText(entry, 'summary', chain) }),
    h('p', { class: 'meta', text: app.t('hub.minutes', { count: entry.minutes }) }),
  );
  const actions = h('div', { class: 'card-actions' });
  // The pack starts loading as soon as the child reaches for the story (and
  // while the content note is read), so opening the chat rarely waits on it.
  // A failure here is ignored: the chat's own load retries and explains it.
  const warm = () => void app.services.scenarios.load(entry.id).catch(() => undefined);
  actions.addEventListener('pointerdown', warm);
  actions.addEventListener('focusin', warm);
  const open = (fresh: boolean) =>
    void app.go(SCREENS.chat, { id: entry.id, fresh: fresh ? '1' : undefined });
  if (status.kind === 'progress') {
    actions.append(
      button(app.t('hub.continue'), () => open(false), {
        class: 'btn btn-primary',
        testid: `continue-${entry.id}`,
        attrs: { 'aria-describedby': titleId },
      }),
      button(app.t('hub.restart'), () => open(true), {
        class: 'btn btn-secondary',
        attrs: { 'aria-describedby': titleId },
      }),
    );
  } else {
    actions.append(
      button(
        app.t(status.kind === 'done' ? 'hub.playAgain' : 'hub.play'),
        () => contentNote(app, entry, chain, () => open(true)),
        {
          class: 'btn btn-primary',
          testid: `play-${entry.id}`,
          attrs: { 'aria-describedby': titleId },
        },
      ),
    );
  }
  card.append(actions);
  return card;
}

/** The content note, in a modal dialog, before a story starts. */
function contentNote(app: App, entry: ScenarioIndexEntry, chain: string[], start: () => void): void {
  const titleId = nextId('note');
  const dialog = h('dialog', {
    class: 'dialog',
    attrs: { 'aria-labelledby': titleId },
    testid: 'content-note',
  });
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  dialog.append(
    h('h2', { attrs: { id: titleId }, text: app.t('hub.noteTitle') }),
    h('p', { text: indexText(entry, 'contentNote', chain) }),
    h('p', { class: 'hint', text: app.t('hub.noteHelp') }),
    h(
      'div',
      { class: 'card-actions' },
      button(
        app.t('hub.noteStart'),
        () => {
          close();
          start();
        },
        { class: 'btn btn-primary', testid: 'content-note-start' },
      ),
      button(app.t('hub.noteLater'), close, { class: 'btn btn-secondary' }),
    ),
  );
  dialog.addEventListener('cancel', () => dialog.remove());
  app.host.append(dialog);
  dialog.showModal();
}
