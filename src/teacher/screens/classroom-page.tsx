/**
 * "Play with the class" (`#/teacher/classroom?code=<CLASS>`): the teacher
 * chooses a story (any age band, from the same packs the game plays), and
 * the class plays it together on the projector. A session left unfinished
 * (a reload, a laptop gone to sleep) opens again at the same step.
 */
import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import { createEngine } from '../../engine/index';
import type { LoadedPack } from '../../format/pack/read';
import { indexText, type ScenarioIndexEntry } from '../../game/services/scenario-index';
import type { ScenarioLibrary } from '../../game/services/types';
import { ClassroomSession } from '../classroom/classroom-session';
import { ClassroomView } from '../classroom/classroom-view';
import type { ClassroomSessionRecordT } from '../classroom/session-record';
import type { TeacherClass } from '../model';
import type { TeacherApp } from '../teacher-app';
import { TeacherScreen } from '../ui/teacher-screen';

const t = (app: TeacherApp, key: string, options?: Record<string, unknown>) =>
  app.services.i18n.t(key, { ns: ['classroom', 'teacher', 'ui'], ...options });

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `class-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function sessionFor(
  app: TeacherApp,
  cls: TeacherClass,
  pack: LoadedPack,
  saved: ClassroomSessionRecordT | undefined,
  onSaveFailed: (error: unknown) => void,
): ClassroomSession {
  return new ClassroomSession({
    story: pack.scenario,
    engine: () => createEngine(pack.scenario, { now: () => app.services.now(), random: () => Math.random() }),
    classCode: cls.code,
    classLabel: t(app, 'teacher.classNickname'),
    storage: app.services.store,
    now: () => app.services.now(),
    newId,
    saved,
    onSaveFailed,
  });
}

function Playing({ app, cls, session }: { app: TeacherApp; cls: TeacherClass; session: ClassroomSession }) {
  return <ClassroomView app={app} session={session} onFinished={() => app.go('class', { code: cls.code })} />;
}

function StoryChooser({
  app,
  cls,
  library,
}: {
  app: TeacherApp;
  cls: TeacherClass;
  library: ScenarioLibrary;
}) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [playing, setPlaying] = useState<ClassroomSession | null>(null);
  const chain = app.services.i18n.chain();
  const entries = library.list();
  if (playing) return <Playing app={app} cls={cls} session={playing} />;
  const start = async (entry: ScenarioIndexEntry) => {
    setBusy(true);
    try {
      const pack = await library.load(entry.id);
      const session = sessionFor(app, cls, pack, undefined, () => app.announce(t(app, 'teacher.saveFailed')));
      await session.begin();
      setPlaying(session);
    } catch (err) {
      console.error(err);
      setError(t(app, 'teacher.storyFailed'));
      setBusy(false);
    }
  };
  return (
    <TeacherScreen
      app={app}
      name="classroom-choose"
      back={{ label: t(app, 'control.toClass'), go: () => app.go('class', { code: cls.code }) }}
    >
      <h1>{t(app, 'teacher.chooseTitle')}</h1>
      <p class="lead">{t(app, 'teacher.chooseIntro', { name: cls.name })}</p>
      <p class="hint">{t(app, 'teacher.chooseHint')}</p>
      <p class="form-error" role="alert">
        {error}
      </p>
      {entries.length === 0 ? (
        <p data-testid="classroom-no-stories">{t(app, 'teacher.noStories')}</p>
      ) : (
        <ul class="class-stories" data-testid="classroom-stories">
          {entries.map((entry) => (
            <li key={entry.id} class="class-story">
              <h2>{indexText(entry, 'title', chain)}</h2>
              <p>{indexText(entry, 'summary', chain)}</p>
              <p class="hint">
                {t(app, 'teacher.storyFacts', { ages: entry.ageBands.join(', '), minutes: entry.minutes })}
              </p>
              <button
                type="button"
                class="btn btn-primary"
                data-testid={`classroom-play-${entry.id}`}
                disabled={busy}
                onClick={() => void start(entry)}
              >
                {t(app, 'teacher.playThis')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </TeacherScreen>
  );
}

function Problem({ app, cls, text }: { app: TeacherApp; cls: TeacherClass | undefined; text: string }) {
  const end = async () => {
    if (cls) await app.services.store.clearClassroomSession(cls.code);
    await app.refresh();
  };
  return (
    <TeacherScreen
      app={app}
      name="classroom-problem"
      back={
        cls ? { label: t(app, 'control.toClass'), go: () => app.go('class', { code: cls.code }) } : undefined
      }
    >
      <h1>{t(app, 'teacher.problemTitle')}</h1>
      <p data-testid="classroom-problem">{text}</p>
      {cls && (
        <button
          type="button"
          class="btn btn-secondary"
          data-testid="classroom-drop"
          onClick={() => void end()}
        >
          {t(app, 'teacher.dropSession')}
        </button>
      )}
    </TeacherScreen>
  );
}

export async function classroomPage(app: TeacherApp, params: Record<string, string>): Promise<VNode> {
  await app.services.i18n.loadNamespace('classroom');
  const store = app.services.store;
  const cls = params.code ? await store.getClass(params.code) : undefined;
  if (!cls) return <Problem app={app} cls={undefined} text={t(app, 'class.missingText')} />;
  const library = await app.services.stories();
  const saved = await store.getClassroomSession(cls.code);
  if (!saved) return <StoryChooser app={app} cls={cls} library={library} />;
  let pack: LoadedPack;
  try {
    pack = await library.load(saved.scenarioId);
  } catch (err) {
    console.error(err);
    return <Problem app={app} cls={cls} text={t(app, 'teacher.storyMissing')} />;
  }
  const session = sessionFor(app, cls, pack, saved, () => app.announce(t(app, 'teacher.saveFailed')));
  await session.begin();
  return <Playing app={app} cls={cls} session={session} />;
}
