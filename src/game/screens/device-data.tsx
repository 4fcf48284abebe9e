/**
 * "Saved progress on this device", for the adults around the child: whether
 * the browser keeps it, the players on this device (each can be deleted), a
 * backup file to save and load, deleting old results, and deleting
 * everything. Every deletion asks first, and the page itself opens only
 * with the teacher PIN (adult-gate.tsx; docs/teacher-area.md); "Lock" asks
 * for it again.
 */
import type { VNode } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { readBackupFile, type ImportResult, type Profile } from '../../store/index';
import type { App, ScreenParams } from '../app';
import { Avatar } from '../ui/avatar-view';
import { confirmDelete } from '../ui/confirm';
import { downloadText } from '../ui/download';
import { TopBar } from '../ui/top-bar';
import { dataBack } from './back-targets';
import { AddedStories } from './device-packs';
import {
  backupFileName,
  backupLoadsBack,
  importMessage,
  keptText,
  RETENTION_DAYS,
  type StoreText,
} from './device-data-text';

export { backupFileName, RETENTION_DAYS } from './device-data-text';

/** What the page shows from the store; read again after anything is deleted or loaded. */
interface DeviceData {
  kept: string;
  profiles: Profile[];
}

const storeText =
  (app: App): StoreText =>
  (key, options) =>
    app.services.i18n.t(key, { ns: 'store', ...options });

async function loadDeviceData(app: App): Promise<DeviceData> {
  const progress = app.services.progress;
  const kept = keptText(
    storeText(app),
    progress.mode === 'memory'
      ? { mode: 'memory', reason: progress.reason }
      : { mode: 'stored', persistence: await progress.persistence(), secondCopy: progress.secondCopy() },
  );
  return { kept, profiles: await progress.listProfiles() };
}

interface DeviceDataProps {
  app: App;
  params: ScreenParams;
  initial: DeviceData;
  /** Locks the page behind the PIN again; its label, in the teacher's words. */
  lock: { label: string; run: () => void };
}

function DeviceDataScreen({ app, params, initial, lock }: DeviceDataProps) {
  const progress = app.services.progress;
  const store = storeText(app);
  const [data, setData] = useState(initial);
  // Results of actions, said once to screen readers and kept visible.
  const [status, setStatus] = useState<string | null>(null);
  // Counts reloads, so the heading takes the focus after each one (as after navigating).
  const [reloads, setReloads] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const daysId = `days-${useId()}`;
  const [days, setDays] = useState('180');
  useLayoutEffect(() => {
    if (reloads > 0) heading.current?.focus();
  }, [reloads]);

  const say = (text: string) => {
    setStatus(text);
    app.announce(text);
  };
  /** Reads the store again (a player or everything was deleted, a backup loaded), then says what happened. */
  const reloadAndSay = async (text: string) => {
    setData(await loadDeviceData(app));
    setReloads((n) => n + 1);
    say(text);
  };
  const back = () => {
    const target = dataBack(params, app.profile !== null);
    void app.go(target.screen, target.params);
  };

  const exportBackup = async () => {
    try {
      const text = await progress.exportBackup();
      // A file this game could not load back is no backup: say what to do instead of saving it.
      if (!backupLoadsBack(text)) {
        say(store('backup.too-large-to-save'));
        return;
      }
      downloadText(text, backupFileName(app.services.now()));
      say(store('backup.exported'));
    } catch {
      say(app.t('profile.errorSave'));
    }
  };
  const deleteOld = async () => {
    const count = Number(days);
    if (!(await confirmDelete(app, app.t('data.oldConfirm', { count })))) return;
    const removed = await progress.deleteAttemptsOlderThan(count);
    say(store('retention.done', { count: removed }));
  };
  const deleteEverything = async () => {
    if (!(await confirmDelete(app, store('delete.everything.confirm')))) return;
    await progress.deleteEverything();
    app.profile = null;
    await reloadAndSay(store('delete.done'));
  };

  return (
    <main class="screen screen-data" data-testid="screen-data">
      <TopBar app={app} back={back} backLabel={app.t('nav.back')} />
      <div class="panel">
        <h1 ref={heading}>{app.t('data.title')}</h1>
        <p class="lead">{app.t('data.intro')}</p>
        <p>
          <button
            type="button"
            class="btn btn-secondary"
            data-testid="data-lock"
            onClick={() => {
              lock.run();
              back();
            }}
          >
            {lock.label}
          </button>
        </p>

        <h2>{app.t('data.kept')}</h2>
        <p data-testid="data-kept">{data.kept}</p>
        <p class="notice data-status" role="status" data-testid="data-status" hidden={status === null}>
          {status ?? ''}
        </p>

        <h2>{app.t('data.players')}</h2>
        {data.profiles.length === 0 ? (
          <p>{app.t('data.noPlayers')}</p>
        ) : (
          <ul class="data-players">
            {data.profiles.map((p) => (
              <PlayerRow
                key={p.id}
                app={app}
                profile={p}
                onDeleted={() => void reloadAndSay(store('delete.done'))}
              />
            ))}
          </ul>
        )}

        {app.services.scenarios.packs && <AddedStories app={app} shelf={app.services.scenarios.packs} />}

        <h2>{app.t('data.backup')}</h2>
        <p>{app.t('data.backupHint')}</p>
        <div class="card-actions">
          <button
            type="button"
            class="btn btn-primary"
            data-testid="export-backup"
            onClick={() => void exportBackup()}
          >
            {app.t('data.export')}
          </button>
          <ImportControl
            app={app}
            reading={() => say(store('backup.reading'))}
            done={(result) => reloadAndSay(importMessage(store, result))}
          />
        </div>

        <h2>{app.t('data.old')}</h2>
        <p>{app.t('data.oldHint')}</p>
        <div class="setting">
          <label for={daysId}>{store('retention.label')}</label>
          <div class="row">
            <select
              id={daysId}
              data-testid="retention-days"
              value={days}
              onChange={(e) => setDays(e.currentTarget.value)}
            >
              {RETENTION_DAYS.map((d) => (
                <option key={d} value={String(d)}>
                  {store('retention.days', { count: d })}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="btn btn-secondary"
              data-testid="retention-apply"
              onClick={() => void deleteOld()}
            >
              {app.t('data.oldApply')}
            </button>
          </div>
        </div>

        <h2>{app.t('data.everything')}</h2>
        <p>{app.t('data.everythingHint')}</p>
        <button
          type="button"
          class="btn btn-danger"
          data-testid="delete-everything"
          onClick={() => void deleteEverything()}
        >
          {app.t('data.everythingButton')}
        </button>
      </div>
    </main>
  );
}

function PlayerRow({ app, profile, onDeleted }: { app: App; profile: Profile; onDeleted: () => void }) {
  return (
    <li class="data-player">
      <Avatar avatar={profile.avatar} size={40} />
      <span class="data-player-name">{profile.nickname}</span>
      <button
        type="button"
        class="btn btn-secondary"
        data-testid="delete-player"
        aria-label={app.t('data.deletePlayerNamed', { nickname: profile.nickname })}
        onClick={async () => {
          if (await deletePlayer(app, profile)) onDeleted();
        }}
      >
        {app.t('data.deletePlayer')}
      </button>
    </li>
  );
}

/** Asks, then deletes a player and everything saved for them. True if deleted. */
export async function deletePlayer(app: App, p: Profile): Promise<boolean> {
  const question = app.services.i18n.t('delete.profile.confirm', { ns: 'store' });
  if (!(await confirmDelete(app, `${p.nickname}: ${question}`))) return false;
  await app.services.progress.deleteProfile(p.id);
  if (app.profile?.id === p.id) app.profile = null;
  return true;
}

interface ImportControlProps {
  app: App;
  /** Said while a file is read (a large one takes seconds). */
  reading: () => void;
  done: (result: ImportResult) => Promise<void>;
}

/**
 * A file picker that reads one backup file and hands the store's answer on.
 * The file is refused from its size first, then read and checked off the
 * page's thread (`readBackupFile`), so the page stays responsive meanwhile.
 */
function ImportControl({ app, reading, done }: ImportControlProps) {
  const id = `import-${useId()}`;
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    reading();
    const result = await app.services.progress.importBackupData(await readBackupFile(file));
    await done(result);
  };
  // The label is the visible button; the input stays focusable for keyboards.
  return (
    <span class="file-pick">
      <input
        class="visually-hidden"
        id={id}
        type="file"
        accept=".json,application/json"
        data-testid="import-backup"
        onChange={(e) => void pick(e.currentTarget)}
      />
      <label class="btn btn-secondary" for={id}>
        {app.t('data.import')}
      </label>
    </span>
  );
}

export async function deviceDataScreen(app: App, params: ScreenParams): Promise<VNode> {
  // The PIN's code and words load only when an adult opens the page.
  const { adultGate, gamePins, teacherText } = await import('./adult-gate');
  const gate = await adultGate(app, params);
  if (gate) return gate;
  const pins = await gamePins(app);
  const lock = { label: teacherText(app)('gate.lock'), run: () => pins.lock() };
  return <DeviceDataScreen app={app} params={params} initial={await loadDeviceData(app)} lock={lock} />;
}
