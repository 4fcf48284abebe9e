/**
 * After the ending: the class's debrief on the projector ("we spotted…",
 * "signs we missed", what happened and what to remember, with the way to
 * help), then a warning that the next screen is for the teacher only, then
 * the teacher's notes: the story's discussion questions and what to do if
 * a child discloses something.
 */
import { kindLabelNeeded, signsWithExample } from '../../game/screens/debrief-summary';
import { signDescription, signName } from '../../game/chat/signs';
import type { StoryData } from '../../game/chat/session/story-data';
import type { TeacherApp } from '../teacher-app';
import type { ClassroomState } from './classroom-session';
import type { ClassroomWords } from './words';

const TITLE_ID = 'class-panel-title';
/**
 * The panel itself takes the focus (not its heading): it may be longer than
 * the screen, and the arrows scroll it with the focus still in view.
 */
const panelFocus = {
  role: 'region',
  'aria-labelledby': TITLE_ID,
  // In the Tab order too, so a keyboard can always reach and scroll it.
  tabIndex: 0,
  'data-autofocus': '',
} as const;

/** Steps every disclosure guidance shares, whatever the story says beside them. */
const DISCLOSURE_STEPS = ['listen', 'believe', 'noPromise', 'report', 'record'] as const;

export function ClassDebrief({
  w,
  app,
  story,
  state,
}: {
  w: ClassroomWords;
  app: TeacherApp;
  story: StoryData;
  state: ClassroomState;
}) {
  const reached = state.chat.ending;
  const ending = reached ? story.nodes[reached.event.node]?.ending : undefined;
  if (!reached || !ending) return <div class="class-panel" data-testid="class-debrief" />;
  const t = reached.transcript;
  const spotted = signsWithExample(t.signsSpotted);
  const missed = signsWithExample(t.signsMissed, new Set(spotted.keys()));
  const i18n = app.services.i18n;
  const kindName = i18n.t(`ending.${ending.kind}.name`, { ns: 'endings' });
  const title = w.st(ending.title);
  const signList = (groups: Map<string, string>, testid: string) => (
    <ul class="class-signs" data-testid={testid}>
      {[...groups].map(([sign, message]) => (
        <li key={sign}>
          <strong>{signName(app, sign)}</strong>
          <span class="class-sign-description">{` ${signDescription(app, sign)}`}</span>
          <blockquote>{w.st(message)}</blockquote>
        </li>
      ))}
    </ul>
  );
  return (
    <div class="class-panel class-debrief" data-testid="class-debrief" {...panelFocus}>
      {kindLabelNeeded(kindName, title) && <p class={`ending-kind kind-${ending.kind}`}>{kindName}</p>}
      <h1 id={TITLE_ID}>{title}</h1>
      <div class="class-debrief-columns">
        <section>
          <h2>{w.t('projected.whatHappened')}</h2>
          {ending.debrief.map((line) => (
            <p key={line}>{w.st(line)}</p>
          ))}
          <h2>{w.t('projected.remember')}</h2>
          <ul>
            {ending.lessons.map((line) => (
              <li key={line}>{w.st(line)}</li>
            ))}
          </ul>
        </section>
        <section>
          <h2>{w.t('projected.weSpotted')}</h2>
          {spotted.size > 0 ? (
            signList(spotted, 'class-spotted-signs')
          ) : (
            <p>{w.t('projected.weSpottedNone')}</p>
          )}
          <h2>{w.t('projected.weMissed')}</h2>
          {missed.size > 0 ? signList(missed, 'class-missed-signs') : <p>{w.t('projected.weMissedNone')}</p>}
        </section>
      </div>
      <p class="class-help" data-testid="class-help">
        {w.t('projected.help')}
      </p>
    </div>
  );
}

export function TeacherWarning({ w }: { w: ClassroomWords }) {
  return (
    <div class="class-panel class-warning" data-testid="class-warning" {...panelFocus}>
      <h1 id={TITLE_ID}>{w.t('teacher.warningTitle')}</h1>
      <p>{w.t('teacher.warningText')}</p>
      <p class="class-warning-keys">{w.t('teacher.warningKeys')}</p>
    </div>
  );
}

export function TeacherOnly({ w, story }: { w: ClassroomWords; story: StoryData }) {
  const notes = story.teacherNotes;
  return (
    <div class="class-panel class-teacher" data-testid="class-teacher" {...panelFocus}>
      <h1 id={TITLE_ID}>{w.t('teacher.notesTitle')}</h1>
      <div class="class-debrief-columns">
        <section>
          <h2>{w.t('teacher.questionsTitle')}</h2>
          <ol data-testid="class-questions">
            {notes.discussionQuestions.map((line) => (
              <li key={line}>{w.st(line)}</li>
            ))}
          </ol>
        </section>
        <section data-testid="class-disclosure">
          <h2>{w.t('teacher.disclosureTitle')}</h2>
          {notes.disclosure && <p>{w.st(notes.disclosure)}</p>}
          <ul>
            {DISCLOSURE_STEPS.map((step) => (
              <li key={step}>{w.t(`teacher.disclosure.${step}`)}</li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
