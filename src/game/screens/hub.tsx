/**
 * Hub: the stories for the player's age band, grouped by topic, each new,
 * in progress, or done with the endings found. Before a story starts, its
 * children's note (`playerNote`) is shown so nobody meets a hard topic
 * unprepared; the teacher's content note, which may name the twist, never is.
 */
import { createPortal, type VNode } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { App } from '../app';
import { finishEndedSave } from '../chat/session/result-record';
import { SCREENS } from '../screen-names';
import { indexText, type ScenarioIndexEntry } from '../services/scenario-index';
import type { ProfileData } from '../services/types';
import { Avatar } from '../ui/avatar-view';
import { DialogHead } from '../ui/dialog-head';
import { TopBar } from '../ui/top-bar';
import { UpdateNotice } from '../ui/update-notice';
import { endingsFoundByStory, storiesByTopic, storyStatus, type StoryStatus } from './hub-stories';
import { profileView } from './profile';

interface HubStory {
  entry: ScenarioIndexEntry;
  status: StoryStatus;
}

interface HubScreenProps {
  app: App;
  profile: ProfileData;
  topics: { topic: string; stories: HubStory[] }[];
}

function HubScreen({ app, profile, topics }: HubScreenProps) {
  const chain = app.services.i18n.chain();
  // The story whose content note is open, if any.
  const [note, setNote] = useState<ScenarioIndexEntry | null>(null);
  const open = (entry: ScenarioIndexEntry, fresh: boolean) =>
    void app.go(SCREENS.chat, { id: entry.id, fresh: fresh ? '1' : undefined });
  return (
    <main class="screen screen-hub" data-testid="screen-hub">
      <TopBar app={app} back={() => void app.go(SCREENS.profile)} backLabel={app.t('hub.switchProfile')} />
      <div class="panel panel-wide panel-hub">
        <div class="hub-greeting">
          <Avatar avatar={profile.avatar} size={56} />
          <h1>{app.t('hub.title', { nickname: profile.nickname })}</h1>
        </div>
        <p class="lead">{app.t('hub.intro')}</p>
        <UpdateNotice app={app} />
        <p class="hub-hand-in">
          <button
            type="button"
            class="btn btn-secondary"
            data-testid="open-hand-in"
            onClick={() => void app.go(SCREENS.handIn)}
          >
            {app.t('hub.handIn')}
          </button>
        </p>
        {topics.length === 0 && <p class="notice">{app.t('hub.none')}</p>}
        <div class="hub-topics">
          {topics.map(({ topic, stories }) => (
            <TopicSection key={topic} app={app} topic={topic} count={stories.length}>
              <ul class="story-list">
                {stories.map(({ entry, status }) => (
                  <li key={entry.id}>
                    <StoryCard
                      app={app}
                      entry={entry}
                      status={status}
                      chain={chain}
                      onOpen={(fresh) => open(entry, fresh)}
                      onPlay={() => setNote(entry)}
                    />
                  </li>
                ))}
              </ul>
            </TopicSection>
          ))}
        </div>
      </div>
      {note &&
        createPortal(
          <ContentNote
            app={app}
            entry={note}
            chain={chain}
            onStart={() => {
              setNote(null);
              open(note, true);
            }}
            onClose={() => setNote(null)}
          />,
          app.host,
        )}
    </main>
  );
}

function TopicSection({
  app,
  topic,
  count,
  children,
}: {
  app: App;
  topic: string;
  /** How many stories it holds: on a wide screen a topic with several spans two columns. */
  count: number;
  children: VNode;
}) {
  const headingId = `topic-${useId()}`;
  const i18n = app.services.i18n;
  return (
    <section class={`topic${count > 1 ? ' topic-several' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{i18n.t(`topic.${topic}.name`, { ns: 'endings', defaultValue: topic })}</h2>
      <p class="hint">{i18n.t(`topic.${topic}.description`, { ns: 'endings', defaultValue: '' })}</p>
      {children}
    </section>
  );
}

interface StoryCardProps {
  app: App;
  entry: ScenarioIndexEntry;
  status: StoryStatus;
  chain: string[];
  /** Opens the chat: `fresh` starts over, otherwise the saved game goes on. */
  onOpen: (fresh: boolean) => void;
  /** Play (again): the content note comes first. */
  onPlay: () => void;
}

function StoryCard({ app, entry, status, chain, onOpen, onPlay }: StoryCardProps) {
  const titleId = `story-${useId()}`;
  const badge =
    status.kind === 'done'
      ? app.t('hub.done', { count: status.found, total: entry.endings })
      : app.t(status.kind === 'progress' ? 'hub.inProgress' : 'hub.new');
  // The pack starts loading as soon as the child reaches for the story (and
  // while the content note is read), so opening the chat rarely waits on it.
  // A failure here is ignored: the chat's own load retries and explains it.
  const warm = () => void app.services.scenarios.load(entry.id).catch(() => undefined);
  return (
    <article
      class={`story-card status-${status.kind}`}
      aria-labelledby={titleId}
      data-testid={`story-${entry.id}`}
    >
      <h3 id={titleId}>{indexText(entry, 'title', chain)}</h3>
      <p class={`badge badge-${status.kind}`}>{badge}</p>
      <p>{indexText(entry, 'summary', chain)}</p>
      <p class="meta">{app.t('hub.minutes', { count: entry.minutes })}</p>
      <div class="card-actions" onPointerDown={warm} onFocusIn={warm}>
        {status.kind === 'progress' ? (
          <>
            <button
              type="button"
              class="btn btn-primary"
              data-testid={`continue-${entry.id}`}
              aria-describedby={titleId}
              onClick={() => onOpen(false)}
            >
              {app.t('hub.continue')}
            </button>
            <button
              type="button"
              class="btn btn-secondary"
              aria-describedby={titleId}
              onClick={() => onOpen(true)}
            >
              {app.t('hub.restart')}
            </button>
          </>
        ) : (
          <button
            type="button"
            class="btn btn-primary"
            data-testid={`play-${entry.id}`}
            aria-describedby={titleId}
            onClick={onPlay}
          >
            {app.t(status.kind === 'done' ? 'hub.playAgain' : 'hub.play')}
          </button>
        )}
      </div>
    </article>
  );
}

interface ContentNoteProps {
  app: App;
  entry: ScenarioIndexEntry;
  chain: string[];
  onStart: () => void;
  onClose: () => void;
}

/** The content note, in a modal dialog, before a story starts. */
function ContentNote({ app, entry, chain, onStart, onClose }: ContentNoteProps) {
  const titleId = `note-${useId()}`;
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => dialog.current?.showModal(), []);
  const close = (then: () => void) => {
    dialog.current?.close();
    then();
  };
  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={titleId}
      data-testid="content-note"
      onCancel={onClose}
    >
      <DialogHead app={app} titleId={titleId} title={app.t('hub.noteTitle')} />
      <p data-testid="player-note">{indexText(entry, 'playerNote', chain)}</p>
      <p class="hint">{app.t('hub.noteHelp')}</p>
      <div class="card-actions">
        {/* Focused on opening, not the Quick exit in the title row. */}
        <button
          type="button"
          class="btn btn-primary"
          data-testid="content-note-start"
          autofocus
          onClick={() => close(onStart)}
        >
          {app.t('hub.noteStart')}
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => close(onClose)}>
          {app.t('hub.noteLater')}
        </button>
      </div>
    </dialog>
  );
}

/** Loads the player's results and saved games and builds the hub (or the profile screen if nobody plays). */
export async function hubScreen(app: App): Promise<VNode> {
  const profile = app.profile;
  if (!profile) return profileView(app);
  const progress = app.services.progress;
  const groups = storiesByTopic(app.services.scenarios.list(), profile.ageBand);
  // Saved games first: one that had already ended (the browser died before
  // its result was kept) is finished now, so it counts and is not "in progress".
  const inProgress = new Set<string>();
  for (const entry of groups.flatMap((g) => g.stories)) {
    const saved = await progress.getState(profile.id, entry.id);
    if (!saved) continue;
    const finished = await finishEndedSave(progress, profile.id, entry.id, saved).catch(() => false);
    if (!finished) inProgress.add(entry.id);
  }
  const endingsFound = endingsFoundByStory(await progress.listAttempts({ profileId: profile.id }));
  const topics: HubScreenProps['topics'] = groups.map(({ topic, stories }) => ({
    topic,
    stories: stories.map((entry): HubStory => ({
      entry,
      status: storyStatus(inProgress.has(entry.id), endingsFound.get(entry.id)?.size ?? 0),
    })),
  }));
  return <HubScreen app={app} profile={profile} topics={topics} />;
}
