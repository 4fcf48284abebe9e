/**
 * The teacher area's home: its sections (classes now; importing hand-ins,
 * the class summary and the printed report register in pages.ts as they
 * come), what is on this device, and what the PIN does and does not do.
 */
import type { VNode } from 'preact';
import { TEACHER_SECTIONS } from '../sections';
import type { TeacherApp } from '../teacher-app';
import { TeacherScreen } from '../ui/teacher-screen';

interface HomeFacts {
  classes: number;
  players: number | null;
}

function Home({ app, facts }: { app: TeacherApp; facts: HomeFacts }) {
  return (
    <TeacherScreen app={app} name="home">
      <h1>{app.t('home.title')}</h1>
      <p class="lead">{app.t('home.intro')}</p>
      <ul class="teacher-sections">
        {TEACHER_SECTIONS.map((s) => (
          <li key={s.page}>
            <button
              type="button"
              class="teacher-section"
              data-testid={`section-${s.page}`}
              onClick={() => app.go(s.page)}
            >
              <span class="teacher-section-title">{app.t(`${s.key}.title`)}</span>
              <span class="teacher-section-text">{app.t(`${s.key}.text`, { count: facts.classes })}</span>
            </button>
          </li>
        ))}
      </ul>
      <h2>{app.t('home.deviceTitle')}</h2>
      <p data-testid="home-players">
        {facts.players === null
          ? app.t('home.devicePlayersUnknown')
          : app.t('home.devicePlayers', { count: facts.players })}
      </p>
      <p class="hint">{app.t('home.deviceHint')}</p>
      <h2>{app.t('home.pinTitle')}</h2>
      <p>{app.t('home.pinDoes')}</p>
      <p class="hint">{app.t('pin.notEncryption')}</p>
    </TeacherScreen>
  );
}

export async function homePage(app: TeacherApp): Promise<VNode> {
  const classes = (await app.services.store.listClasses()).filter((c) => !c.archived).length;
  let players: number | null;
  try {
    players = (await (await app.services.progress()).listProfiles()).length;
  } catch {
    players = null; // the children's store could not be read: the page says so and works on
  }
  return <Home app={app} facts={{ classes, players }} />;
}
