/**
 * One story's notes for teachers, to read before the lesson and to print:
 * what it touches on, what students learn, ground rules, questions to
 * discuss, the warning signs it shows, its endings, and what to do if a
 * student tells you something. Every line in the teacher's language (the
 * story's own tables, falling back like the game's).
 */
import type { VNode } from 'preact';
import type { LoadedPack } from '../../format/pack/read';
import { lessonNotesOf, type LessonNotes } from '../stories/lesson-notes';
import type { TeacherApp } from '../teacher-app';
import { TeacherScreen } from '../ui/teacher-screen';
import { StoryFacts } from './story-facts-line';

function Lines({ lines, text, testid }: { lines: string[]; text: (id: string) => string; testid: string }) {
  return (
    <ul data-testid={testid}>
      {lines.map((id) => (
        <li key={id}>{text(id)}</li>
      ))}
    </ul>
  );
}

function StoryNotes({ app, notes }: { app: TeacherApp; notes: LessonNotes }) {
  const i18n = app.services.i18n;
  const line = (id: string) => i18n.t(id, { ns: `scenario:${notes.id}` });
  const signs = (key: string) => i18n.t(key, { ns: 'signs' });
  return (
    <TeacherScreen
      app={app}
      name="story"
      back={{ label: app.t('stories.title'), go: () => app.go('stories') }}
    >
      <h1>{line(notes.titleLine)}</h1>
      <StoryFacts app={app} topics={notes.topics} ageBands={notes.ageBands} minutes={notes.minutes} />
      <p class="lead">{line(notes.summaryLine)}</p>
      <div class="card-actions no-print">
        <button
          type="button"
          class="btn btn-secondary"
          data-testid="story-print"
          onClick={() => window.print()}
        >
          {app.t('story.print')}
        </button>
      </div>

      <h2>{app.t('story.contentTitle')}</h2>
      <p data-testid="story-content-note">{line(notes.contentNote)}</p>

      <h2>{app.t('story.goalsTitle')}</h2>
      <Lines lines={notes.learningGoals} text={line} testid="story-goals" />

      {notes.groundRules.length > 0 && (
        <>
          <h2>{app.t('story.rulesTitle')}</h2>
          <Lines lines={notes.groundRules} text={line} testid="story-rules" />
        </>
      )}

      <h2>{app.t('story.questionsTitle')}</h2>
      <Lines lines={notes.discussionQuestions} text={line} testid="story-questions" />

      <h2>{app.t('story.signsTitle')}</h2>
      <dl class="story-signs" data-testid="story-signs">
        {notes.signs.map((s) => (
          <div key={s}>
            <dt>{signs(`${s}.name`)}</dt>
            <dd>{signs(`${s}.description`)}</dd>
          </div>
        ))}
      </dl>

      <h2>{app.t('story.endingsTitle')}</h2>
      <ul data-testid="story-endings">
        {notes.endings.map((e) => (
          <li key={e.kind}>
            {app.t('story.endingCount', {
              count: e.count,
              kind: i18n.t(`ending.${e.kind}.name`, { ns: 'endings' }),
            })}
          </li>
        ))}
      </ul>
      <p class="hint">{app.t('story.endingsHint')}</p>

      <h2>{app.t('story.disclosureTitle')}</h2>
      <p data-testid="story-disclosure">
        {notes.disclosure ? line(notes.disclosure) : app.t('story.disclosureGeneral')}
      </p>
    </TeacherScreen>
  );
}

function MissingStory({ app }: { app: TeacherApp }) {
  return (
    <TeacherScreen
      app={app}
      name="story-missing"
      back={{ label: app.t('stories.title'), go: () => app.go('stories') }}
    >
      <h1>{app.t('story.missingTitle')}</h1>
      <p>{app.t('story.missingText')}</p>
    </TeacherScreen>
  );
}

export async function storyNotesPage(app: TeacherApp, params: Record<string, string>): Promise<VNode> {
  const library = await app.services.stories();
  if (!params.id || !library.list().some((e) => e.id === params.id)) return <MissingStory app={app} />;
  let pack: LoadedPack;
  try {
    pack = await library.load(params.id);
  } catch {
    return <MissingStory app={app} />;
  }
  return <StoryNotes app={app} notes={lessonNotesOf(pack)} />;
}
