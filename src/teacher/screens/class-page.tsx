/**
 * One class: its code shown large for the board, the results handed in so
 * far, the players on this device who belong to it (their results count
 * directly), and archiving or deleting it (with its handed-in results, after
 * a question; the children's own progress is never touched).
 */
import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import { confirmDelete } from '../../game/ui/confirm';
import { Avatar } from '../../game/ui/avatar-view';
import type { TeacherClass } from '../model';
import { TeacherStoreError } from '../store/index';
import type { TeacherApp } from '../teacher-app';
import { ClassCodeView } from '../ui/class-code-view';
import { TeacherScreen } from '../ui/teacher-screen';
import { devicePlayersOf, type DevicePlayer } from './this-device';

interface ClassFacts {
  cls: TeacherClass;
  handedIn: { results: number; children: number };
  /** Classroom mode: a session left open, and the sessions played together so far. */
  together: { open: boolean; sessions: number };
  /** null: the children's progress on this device could not be read. */
  players: DevicePlayer[] | null;
}

function ClassPage({ app, facts, made }: { app: TeacherApp; facts: ClassFacts; made: boolean }) {
  const { cls, handedIn, players, together } = facts;
  const [error, setError] = useState('');
  const store = app.services.store;
  const fail = (err: unknown) =>
    setError(
      err instanceof TeacherStoreError ? app.t(`storage.reason.${err.reason}`) : app.t('storage.writeFailed'),
    );

  const toggleArchive = async () => {
    try {
      await store.putClass({ ...cls, archived: !cls.archived });
      app.announce(app.t(cls.archived ? 'class.unarchived' : 'class.archivedDone'));
      await app.refresh();
    } catch (err) {
      fail(err);
    }
  };
  const remove = async () => {
    const question = app.t('class.deleteConfirm', {
      name: cls.name,
      count: handedIn.results + together.sessions,
    });
    if (!(await confirmDelete(app, question, app.t('class.deleteYes')))) return;
    try {
      await store.deleteClass(cls.code);
      app.go('classes', { deleted: cls.name });
    } catch (err) {
      fail(err);
    }
  };

  return (
    <TeacherScreen
      app={app}
      name="class"
      back={{ label: app.t('classes.title'), go: () => app.go('classes') }}
    >
      <h1>
        {cls.name}
        {cls.archived && <span class="badge archived-badge"> {app.t('class.archivedBadge')}</span>}
      </h1>
      {made && (
        <p class="notice" role="status" data-testid="class-made">
          {app.t('class.made')}
        </p>
      )}
      <ClassCodeView code={cls.code} text={(k, o) => app.t(k, o)} />
      <p class="hint">{app.t('class.codeHint')}</p>

      <h2>{app.t('class.togetherTitle')}</h2>
      <p>{app.t(together.open ? 'class.togetherOpen' : 'class.togetherText')}</p>
      <div class="card-actions">
        <button
          type="button"
          class="btn btn-primary"
          data-testid="class-play-together"
          onClick={() => app.go('classroom', { code: cls.code })}
        >
          {app.t(together.open ? 'class.togetherContinue' : 'class.togetherPlay')}
        </button>
      </div>
      {together.sessions > 0 && (
        <p data-testid="class-together-results">
          {app.t('class.togetherResults', { count: together.sessions })}
        </p>
      )}

      <h2>{app.t('class.handedInTitle')}</h2>
      <p data-testid="class-handed-in">
        {handedIn.results === 0
          ? app.t('class.handedInNone')
          : `${app.t('class.handedInResults', { count: handedIn.results })} ${app.t('class.handedInChildren', { count: handedIn.children })}`}
      </p>
      <div class="card-actions">
        <button
          type="button"
          class="btn btn-primary"
          data-testid="class-open-summary"
          onClick={() => app.go('summary', { code: cls.code })}
        >
          {app.t('class.openSummary')}
        </button>
        <button
          type="button"
          class="btn btn-secondary"
          data-testid="class-import"
          onClick={() => app.go('import', { code: cls.code })}
        >
          {app.t('class.import')}
        </button>
      </div>

      <h2>{app.t('class.deviceTitle')}</h2>
      {players === null ? (
        <p>{app.t('class.deviceUnknown')}</p>
      ) : players.length === 0 ? (
        <p data-testid="class-device-none">{app.t('class.deviceNone')}</p>
      ) : (
        <>
          <p>{app.t('class.deviceIncluded')}</p>
          <ul class="data-players" data-testid="class-device-players">
            {players.map((p) => (
              <li key={p.profileId} class="data-player">
                <Avatar avatar={p.avatar} size={40} />
                <span class="data-player-name">{p.nickname}</span>
                <span class="badge">{app.t('class.devicePlayed')}</span>
                <span>{app.t('classes.results', { count: p.results })}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{app.t('class.manageTitle')}</h2>
      <p class="hint">{app.t(cls.archived ? 'class.unarchiveHint' : 'class.archiveHint')}</p>
      <p class="form-error" role="alert">
        {error}
      </p>
      <div class="card-actions">
        <button
          type="button"
          class="btn btn-secondary"
          data-testid="class-archive"
          onClick={() => void toggleArchive()}
        >
          {app.t(cls.archived ? 'class.unarchive' : 'class.archive')}
        </button>
        <button type="button" class="btn btn-danger" data-testid="class-delete" onClick={() => void remove()}>
          {app.t('class.delete')}
        </button>
      </div>
    </TeacherScreen>
  );
}

export function MissingClass({ app }: { app: TeacherApp }) {
  return (
    <TeacherScreen
      app={app}
      name="class-missing"
      back={{ label: app.t('classes.title'), go: () => app.go('classes') }}
    >
      <h1>{app.t('class.missingTitle')}</h1>
      <p>{app.t('class.missingText')}</p>
    </TeacherScreen>
  );
}

export async function classPage(app: TeacherApp, params: Record<string, string>): Promise<VNode> {
  const store = app.services.store;
  const cls = params.code ? await store.getClass(params.code) : undefined;
  if (!cls) return <MissingClass app={app} />;
  const [stored, open] = await Promise.all([
    store.listAttempts({ classCode: cls.code }),
    store.getClassroomSession(cls.code),
  ]);
  // Sessions played together are the class's, not a child's hand-in.
  const attempts = stored.filter((a) => a.source !== 'classroom');
  const handedIn = { results: attempts.length, children: new Set(attempts.map((a) => a.childKey)).size };
  const together = { open: open !== undefined, sessions: stored.length - attempts.length };
  let players: DevicePlayer[] | null;
  try {
    const progress = await app.services.progress();
    const [profiles, all] = await Promise.all([progress.listProfiles(), progress.listAttempts()]);
    players = devicePlayersOf(cls.code, profiles, all, app.services.classCodes);
  } catch {
    players = null;
  }
  return <ClassPage app={app} facts={{ cls, handedIn, players, together }} made={params.made === '1'} />;
}
