/**
 * "Stories added on this device", a section of the saved-progress page (so
 * behind the teacher PIN): the stories from packs, each with its topic and
 * age bands, a file picker to add a pack, and Remove for those added here.
 * A refused file gets one sentence saying which problem, in the adult's
 * language, then the checker's own words; nothing is stored. Every text of a
 * pack is shown as text (Preact escapes it), never as markup.
 */
import { useId, useState } from 'preact/hooks';
import { MAX_PACK_CHARS } from '../../format/pack/limits';
import type { App } from '../app';
import type { AddPackResult, ExtraStory, PackShelf } from '../services/pack-shelf';
import { indexText, type ScenarioIndexEntry } from '../services/scenario-index';
import { confirmDelete } from '../ui/confirm';

function titleOf(app: App, entry: ScenarioIndexEntry): string {
  return indexText(entry, 'title', app.services.i18n.chain()) || entry.id;
}

function bandsOf(entry: ScenarioIndexEntry): string {
  return entry.ageBands.map((band) => band.replace('-', '–')).join(', ');
}

/** The sentence for a pack that was not added (one reason, then the details). */
export function refusalText(app: App, result: Extract<AddPackResult, { ok: false }>): string {
  return app.t('data.packs.refused', { reason: app.t(`data.packs.reason.${result.reason}`) });
}

function StoryRow({ app, story, onRemove }: { app: App; story: ExtraStory; onRemove: () => void }) {
  const { entry } = story;
  const title = titleOf(app, entry);
  const topic = app.services.i18n.t(`topic.${entry.topics[0]}.name`, {
    ns: 'endings',
    defaultValue: entry.topics[0],
  });
  return (
    <li class="data-story" data-testid="added-story">
      <span class="data-story-name">
        <span data-testid="added-story-title">{title}</span>
        <br />
        <span class="hint">{app.t('data.packs.about', { topic, bands: bandsOf(entry) })}</span>
      </span>
      {story.from === 'device' ? (
        <button
          type="button"
          class="btn btn-secondary"
          data-testid="remove-pack"
          aria-label={app.t('data.packs.removeNamed', { title })}
          onClick={onRemove}
        >
          {app.t('data.packs.remove')}
        </button>
      ) : (
        <span class="hint">{app.t('data.packs.fromServer')}</span>
      )}
    </li>
  );
}

export function AddedStories({ app, shelf }: { app: App; shelf: PackShelf }) {
  const [stories, setStories] = useState(() => shelf.stories());
  // What happened, next to the picker (the page's own status line may be scrolled away).
  const [message, setMessage] = useState<string | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const say = (text: string) => {
    setMessage(text);
    app.announce(text);
  };
  const inputId = `pack-${useId()}`;

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // A file far bigger than any pack is refused before it is read into memory.
    const result: AddPackResult =
      file.size > MAX_PACK_CHARS * 4
        ? { ok: false, reason: 'too-big', detail: `${Math.ceil(file.size / 1000)} kB` }
        : await shelf.add(await file.text());
    setStories(shelf.stories());
    if (result.ok) {
      setDetail(null);
      say(app.t('data.packs.added', { title: titleOf(app, result.entry), bands: bandsOf(result.entry) }));
    } else {
      setDetail(result.detail);
      say(refusalText(app, result));
    }
  };
  const remove = async (story: ExtraStory) => {
    const title = titleOf(app, story.entry);
    if (!(await confirmDelete(app, app.t('data.packs.removeConfirm', { title })))) return;
    await shelf.remove(story.entry.id);
    setStories(shelf.stories());
    setDetail(null);
    say(app.t('data.packs.removed', { title }));
  };

  return (
    <section aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`}>{app.t('data.packs.title')}</h2>
      <p>{app.t('data.packs.hint')}</p>
      {stories.length === 0 ? (
        <p data-testid="no-added-stories">{app.t('data.packs.none')}</p>
      ) : (
        <ul class="data-stories">
          {stories.map((story) => (
            <StoryRow key={story.entry.id} app={app} story={story} onRemove={() => void remove(story)} />
          ))}
        </ul>
      )}
      <p class="notice" role="status" data-testid="pack-status" hidden={message === null}>
        {message ?? ''}
      </p>
      {detail !== null && (
        <p class="hint" data-testid="pack-detail">
          {app.t('data.packs.detail', { detail })}
        </p>
      )}
      <div class="card-actions">
        <span class="file-pick">
          <input
            class="visually-hidden"
            id={inputId}
            type="file"
            accept=".json,application/json"
            data-testid="add-pack"
            onChange={(e) => void pick(e.currentTarget)}
          />
          <label class="btn btn-secondary" for={inputId}>
            {app.t('data.packs.add')}
          </label>
        </span>
      </div>
    </section>
  );
}
