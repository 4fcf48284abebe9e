/**
 * Stories, for choosing one for a lesson: every story in the library (not
 * only one age band's, as children see them), narrowed by age band and topic,
 * each with its age bands, topic, minutes, languages and the note on what it
 * touches on. Its notes for teachers open on the next page.
 */
import type { VNode } from 'preact';
import { indexText, type ScenarioIndexEntry } from '../../game/services/scenario-index';
import { AGE_BANDS, TOPICS } from '../../format/taxonomy';
import { chooseStories, filterFromParams, type StoryFilter } from '../stories/story-choice';
import type { TeacherApp } from '../teacher-app';
import { backHome, TeacherScreen } from '../ui/teacher-screen';
import { StoryFacts } from './story-facts-line';

function FilterRow({
  app,
  label,
  name,
  values,
  filter,
}: {
  app: TeacherApp;
  label: string;
  name: 'band' | 'topic';
  values: readonly string[];
  filter: StoryFilter;
}) {
  const current = filter[name];
  const choose = (value: string | undefined) => app.go('stories', { ...filter, [name]: value });
  const nameOf = (v: string) =>
    app.t(name === 'band' ? `ageBand.${v}.name` : `topic.${v}.name`, { ns: 'endings' });
  return (
    <fieldset class="story-filter">
      <legend>{label}</legend>
      {[undefined, ...values].map((v) => (
        <button
          key={v ?? 'all'}
          type="button"
          class="chip"
          aria-pressed={current === v}
          data-testid={`stories-${name}-${v ?? 'all'}`}
          onClick={() => choose(v)}
        >
          {v === undefined ? app.t('stories.all') : nameOf(v)}
        </button>
      ))}
    </fieldset>
  );
}

function StoryCard({ app, entry }: { app: TeacherApp; entry: ScenarioIndexEntry }) {
  const chain = app.services.i18n.chain();
  return (
    <li class="story-card" data-testid="story-card" data-id={entry.id}>
      <h2>{indexText(entry, 'title', chain)}</h2>
      <StoryFacts app={app} topics={entry.topics} ageBands={entry.ageBands} minutes={entry.minutes} />
      <p>{indexText(entry, 'summary', chain)}</p>
      <p class="hint">{indexText(entry, 'contentNote', chain)}</p>
      <button
        type="button"
        class="btn btn-secondary"
        data-testid="story-open"
        onClick={() => app.go('story', { id: entry.id })}
      >
        {app.t('stories.open')}
      </button>
    </li>
  );
}

function Stories({
  app,
  entries,
  filter,
}: {
  app: TeacherApp;
  entries: ScenarioIndexEntry[];
  filter: StoryFilter;
}) {
  const shown = chooseStories(entries, filter);
  return (
    <TeacherScreen app={app} name="stories" back={backHome(app)} wide>
      <h1>{app.t('stories.title')}</h1>
      <p class="lead">{app.t('stories.intro')}</p>
      <FilterRow app={app} label={app.t('stories.byBand')} name="band" values={AGE_BANDS} filter={filter} />
      <FilterRow app={app} label={app.t('stories.byTopic')} name="topic" values={TOPICS} filter={filter} />
      <p role="status" data-testid="stories-count">
        {entries.length === 0 ? app.t('stories.noneLoaded') : app.t('stories.count', { count: shown.length })}
      </p>
      <ul class="story-cards">
        {shown.map((e) => (
          <StoryCard key={e.id} app={app} entry={e} />
        ))}
      </ul>
    </TeacherScreen>
  );
}

export async function storiesPage(app: TeacherApp, params: Record<string, string>): Promise<VNode> {
  const library = await app.services.stories();
  return <Stories app={app} entries={library.list()} filter={filterFromParams(params)} />;
}
