/**
 * "Saved progress on this device", for the adults around the child: whether
 * the browser keeps it, the players on this device (each can be deleted), a
 * backup file to save and load, deleting old results, and deleting
 * everything. Every deletion asks first. Until the teacher area has its PIN,
 * the confirmation is the safeguard (see docs/progress-data.md).
 */
import { BACKUP_MAX_CHARS, type ImportResult, type Profile } from '../../store/index';
import type { App, ScreenParams } from '../app';
import { SCREENS, type ScreenName } from '../screen-names';
import { avatarSvg } from '../ui/avatar';
import { confirmDelete } from '../ui/confirm';
import { button, h, nextId } from '../ui/dom';

/** The choices offered for "delete results older than". */
export const RETENTION_DAYS = [30, 90, 180, 365] as const;

export async function deviceDataScreen(app: App, params: ScreenParams): Promise<HTMLElement> {
  const progress = app.services.progress;
  const store = (key: string, options?: Record<string, unknown>) =>
    app.services.i18n.t(key, { ns: 'store', ...options });
  const from = (params.from as ScreenName | undefined) ?? (app.profile ? SCREENS.hub : SCREENS.profile);
  const back = () => {
    const { from: _from, via, ...rest } = params;
    // Settings work without a player; the hub, chat and debrief need one
    // (after "delete everything" there is none): then the profile screen.
    const needsPlayer = (screen: string | undefined) => screen !== SCREENS.profile && !app.profile;
    if (from === SCREENS.settings) {
      void app.go(SCREENS.settings, needsPlayer(via) ? { from: SCREENS.profile } : { ...rest, from: via });
    } else void app.go(needsPlayer(from) || from === SCREENS.data ? SCREENS.profile : from);
  };

  const main = h('main', { class: 'screen screen-data', testid: 'screen-data' });
  main.append(app.topBar({ back, backLabel: app.t('nav.back') }));
  const body = h('div', { class: 'panel' });
  main.append(body);
  body.append(h('h1', { text: app.t('data.title') }), h('p', { class: 'lead', text: app.t('data.intro') }));

  // Results of actions, said once to screen readers and kept visible.
  const status = h('p', { class: 'notice data-status', attrs: { role: 'status' }, testid: 'data-status' });
  status.hidden = true;
  const say = (text: string) => {
    status.textContent = text;
    status.hidden = false;
    app.announce(text);
  };
  /** Rebuilds the screen (a player or everything was deleted), then says what happened. */
  const rebuildAndSay = async (text: string) => {
    await app.go(SCREENS.data, params);
    const shown = app.host.querySelector<HTMLElement>('[data-testid="data-status"]');
    if (shown) {
      shown.textContent = text;
      shown.hidden = false;
    }
    app.announce(text);
  };

  // Is it kept?
  const kept =
    progress.mode === 'memory'
      ? [store('memory.note'), progress.reason ? store(`reason.${progress.reason}`) : '']
          .filter(Boolean)
          .join(' ')
      : store(`persistence.${await progress.persistence()}`);
  body.append(h('h2', { text: app.t('data.kept') }), h('p', { text: kept, testid: 'data-kept' }));
  body.append(status);

  // Players
  const profiles = await progress.listProfiles();
  body.append(h('h2', { text: app.t('data.players') }));
  if (profiles.length === 0) body.append(h('p', { text: app.t('data.noPlayers') }));
  else {
    const list = h('ul', { class: 'data-players' });
    for (const p of profiles) list.append(playerRow(app, p, rebuildAndSay));
    body.append(list);
  }

  // Backup
  body.append(
    h('h2', { text: app.t('data.backup') }),
    h('p', { text: app.t('data.backupHint') }),
    h(
      'div',
      { class: 'card-actions' },
      button(
        app.t('data.export'),
        async () => {
          try {
            download(await progress.exportBackup(), backupFileName(app.services.now()));
            say(store('backup.exported'));
          } catch {
            say(app.t('profile.errorSave'));
          }
        },
        { class: 'btn btn-primary', testid: 'export-backup' },
      ),
      importControl(app, async (result) => {
        await rebuildAndSay(importMessage(app, result));
      }),
    ),
  );

  // Old results
  const daysId = nextId('days');
  const days = h('select', { attrs: { id: daysId }, testid: 'retention-days' });
  for (const d of RETENTION_DAYS)
    days.append(h('option', { attrs: { value: d }, text: store('retention.days', { count: d }) }));
  days.value = '180';
  body.append(
    h('h2', { text: app.t('data.old') }),
    h('p', { text: app.t('data.oldHint') }),
    h(
      'div',
      { class: 'setting' },
      h('label', { attrs: { for: daysId }, text: store('retention.label') }),
      h(
        'div',
        { class: 'row' },
        days,
        button(
          app.t('data.oldApply'),
          async () => {
            const count = Number(days.value);
            if (!(await confirmDelete(app, app.t('data.oldConfirm', { count })))) return;
            const removed = await progress.deleteAttemptsOlderThan(count);
            say(store('retention.done', { count: removed }));
          },
          { class: 'btn btn-secondary', testid: 'retention-apply' },
        ),
      ),
    ),
  );

  // Everything
  body.append(
    h('h2', { text: app.t('data.everything') }),
    h('p', { text: app.t('data.everythingHint') }),
    button(
      app.t('data.everythingButton'),
      async () => {
        if (!(await confirmDelete(app, store('delete.everything.confirm')))) return;
        await progress.deleteEverything();
        app.profile = null;
        await rebuildAndSay(store('delete.done'));
      },
      { class: 'btn btn-danger', testid: 'delete-everything' },
    ),
  );
  return main;
}

function playerRow(app: App, p: Profile, after: (text: string) => Promise<void>): HTMLElement {
  return h(
    'li',
    { class: 'data-player' },
    avatarSvg(p.avatar, 40),
    h('span', { class: 'data-player-name', text: p.nickname }),
    button(
      app.t('data.deletePlayer'),
      async () => {
        if (!(await deletePlayer(app, p))) return;
        await after(app.services.i18n.t('delete.done', { ns: 'store' }));
      },
      {
        class: 'btn btn-secondary',
        testid: 'delete-player',
        attrs: { 'aria-label': app.t('data.deletePlayerNamed', { nickname: p.nickname }) },
      },
    ),
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

/** A file picker that reads one backup file and hands the store's answer on. */
function importControl(app: App, done: (result: ImportResult) => Promise<void>): HTMLElement {
  const id = nextId('import');
  const input = h('input', {
    class: 'visually-hidden',
    attrs: { id, type: 'file', accept: '.json,application/json' },
    testid: 'import-backup',
  });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // A file far bigger than any backup is refused before it is read into memory.
    const result: ImportResult =
      file.size > BACKUP_MAX_CHARS * 4
        ? { ok: false, reason: 'too-large', detail: `${file.size} bytes` }
        : await app.services.progress.importBackup(await file.text());
    await done(result);
  });
  // The label is the visible button; the input stays focusable for keyboards.
  return h(
    'span',
    { class: 'file-pick' },
    input,
    h('label', { class: 'btn btn-secondary', attrs: { for: id }, text: app.t('data.import') }),
  );
}

function importMessage(app: App, result: ImportResult): string {
  const store = (key: string, options?: Record<string, unknown>) =>
    app.services.i18n.t(key, { ns: 'store', ...options });
  if (!result.ok) return `${store(`backup.${result.reason}`)} ${store('backup.unchanged')}`;
  const { profiles, attempts } = result.added;
  if (profiles + attempts + result.added.states + result.added.settings === 0)
    return store('backup.nothing-new');
  // One sentence per count, so each takes its own plural form.
  return [
    store('backup.imported'),
    store('backup.addedPlayers', { count: profiles }),
    store('backup.addedResults', { count: attempts }),
  ].join(' ');
}

/** `escudo-backup-2026-12-01.json`: the date only, nothing about the players. */
export function backupFileName(now: number): string {
  return `escudo-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Saves text as a file through a same-origin blob address; nothing leaves the device. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
