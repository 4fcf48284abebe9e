/**
 * Profile screen: pick who is playing on this device, or make a new profile
 * (nickname — never a real name —, avatar, age band, optional class code).
 */
import { AGE_BANDS, type AgeBand, type Avatar } from '../../format/taxonomy';
import { NICKNAME_MAX, nicknameProblem } from '../../store/index';
import type { App } from '../app';
import { makeNickname } from '../nickname';
import { SCREENS } from '../screen-names';
import { avatarSvg, PLAYER_AVATARS } from '../ui/avatar';
import { button, h, nextId } from '../ui/dom';

export async function profileScreen(app: App): Promise<HTMLElement> {
  const profiles = await app.services.progress.listProfiles();
  const main = h('main', { class: 'screen screen-profile', testid: 'screen-profile' });
  main.append(app.topBar());
  const body = h('div', { class: 'panel' });
  main.append(body);
  body.append(h('h1', { text: app.t('profile.title') }));
  if (app.services.progress.mode === 'memory') body.append(memoryNotice(app, app.services.progress.reason));
  if (app.services.progressLost) {
    // Said once: the browser threw away this device's saved progress after a crash.
    const key = app.services.progressLost === 'some' ? 'lost.partial' : 'lost.note';
    app.services.progressLost = false;
    body.append(
      h('p', {
        class: 'notice',
        testid: 'lost-notice',
        attrs: { role: 'note' },
        text: app.services.i18n.t(key, { ns: 'store' }),
      }),
    );
  }
  if (profiles.length) {
    const list = h('ul', { class: 'profile-list', attrs: { 'aria-label': app.t('profile.pick') } });
    for (const p of profiles) {
      const b = h(
        'button',
        { class: 'profile-pick', attrs: { type: 'button' }, testid: 'profile-pick' },
        avatarSvg(p.avatar, 48),
        h('span', { text: p.nickname }),
      );
      b.addEventListener('click', async () => {
        await app.useProfile(p);
        await app.go(SCREENS.hub);
      });
      list.append(h('li', {}, b));
    }
    body.append(h('h2', { text: app.t('profile.pick') }), list);
  }
  body.append(newProfileForm(app, profiles.length === 0));
  body.append(
    h(
      'p',
      { class: 'data-link' },
      button(app.t('data.open'), () => void app.go(SCREENS.data, { from: SCREENS.profile }), {
        class: 'btn btn-ghost',
        testid: 'open-data',
      }),
    ),
  );
  return main;
}

function newProfileForm(app: App, open: boolean): HTMLElement {
  const details = h('details', { class: 'new-profile' });
  details.open = open;
  details.append(h('summary', { text: app.t('profile.new'), testid: 'new-profile' }));
  const form = h('form', { attrs: { novalidate: true } });
  const nickId = nextId('nick');
  const noteId = nextId('nick-note');
  const lists = { first: app.t('nick.first'), second: app.t('nick.second'), pattern: app.t('nick.pattern') };
  const nick = h('input', {
    attrs: {
      id: nickId,
      type: 'text',
      maxlength: NICKNAME_MAX,
      autocomplete: 'off',
      spellcheck: false,
      'aria-describedby': noteId,
      required: true,
    },
    testid: 'nickname',
  });
  nick.value = makeNickname(lists);
  const suggest = button(
    app.t('profile.suggest'),
    () => {
      nick.value = makeNickname(lists);
      app.announce(nick.value);
    },
    { class: 'btn btn-secondary', testid: 'suggest-nickname' },
  );
  form.append(
    h('label', { attrs: { for: nickId }, text: app.t('profile.nickname') }),
    h('div', { class: 'row' }, nick, suggest),
    h('p', { class: 'hint', attrs: { id: noteId }, text: app.t('profile.noRealName') }),
  );

  // Avatar: a radio group, so it works with arrow keys and screen readers.
  let avatar: Avatar = PLAYER_AVATARS[Math.floor(Math.random() * PLAYER_AVATARS.length)] ?? 'fox';
  const avatars = h('fieldset', { class: 'avatar-picker' }, h('legend', { text: app.t('profile.avatar') }));
  for (const a of PLAYER_AVATARS) {
    const id = nextId('av');
    const input = h('input', { attrs: { type: 'radio', name: 'avatar', id, value: a } });
    input.checked = a === avatar;
    input.addEventListener('change', () => (avatar = a));
    avatars.append(
      h(
        'span',
        { class: 'avatar-option' },
        input,
        h(
          'label',
          { attrs: { for: id } },
          avatarSvg(a, 52),
          h('span', { class: 'visually-hidden', text: app.t(`avatar.${a}`) }),
        ),
      ),
    );
  }
  form.append(avatars);

  let band: AgeBand | null = null;
  const bands = h('fieldset', { class: 'band-picker' }, h('legend', { text: app.t('profile.ageBand') }));
  for (const b of AGE_BANDS) {
    const id = nextId('band');
    const input = h('input', { attrs: { type: 'radio', name: 'band', id, value: b }, testid: `band-${b}` });
    input.addEventListener('change', () => (band = b));
    bands.append(
      h(
        'span',
        { class: 'band-option' },
        input,
        h('label', { attrs: { for: id }, text: app.services.i18n.t(`ageBand.${b}.name`, { ns: 'endings' }) }),
      ),
    );
  }
  form.append(bands);

  const classId = nextId('class');
  const classCode = h('input', {
    attrs: { id: classId, type: 'text', maxlength: 16, autocomplete: 'off' },
    testid: 'class-code',
  });
  form.append(h('label', { attrs: { for: classId }, text: app.t('profile.classCode') }), classCode);

  const error = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  form.append(
    error,
    h('button', {
      class: 'btn btn-primary',
      attrs: { type: 'submit' },
      text: app.t('profile.create'),
      testid: 'create-profile',
    }),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const nickname = nick.value.trim().replace(/\s+/g, ' ');
    const problem = nicknameProblem(nickname);
    if (problem) {
      error.textContent = app.services.i18n.t(`nickname.${problem}`, {
        ns: 'store',
        max: NICKNAME_MAX,
        defaultValue: app.t('profile.errorNickname'),
      });
      nick.focus();
      return;
    }
    if (!band) {
      error.textContent = app.t('profile.errorBand');
      bands.querySelector('input')?.focus();
      return;
    }
    const code = classCode.value
      .trim()
      .toUpperCase()
      .replace(/[^A-Z0-9-]/g, '');
    try {
      const profile = await app.services.progress.createProfile({
        nickname,
        avatar,
        ageBand: band,
        ...(code ? { classCode: code } : {}),
      });
      // Settings chosen before the profile existed (text size, contrast…) become its own.
      await app.services.progress.updateSettings(profile.id, app.settings);
      await app.useProfile(profile);
      await app.go(SCREENS.hub);
    } catch (err) {
      const code = (err as { code?: string }).code;
      error.textContent = code
        ? app.services.i18n.t(code, { ns: 'store', defaultValue: app.t('profile.errorSave') })
        : app.t('profile.errorSave');
    }
  });
  details.append(form);
  return details;
}

/** Why progress will not be kept on this device, in the store's own words. */
export function memoryNotice(app: App, reason: string | undefined): HTMLElement {
  const store = (key: string) => app.services.i18n.t(key, { ns: 'store', defaultValue: '' });
  return h(
    'div',
    { class: 'notice', testid: 'memory-notice', attrs: { role: 'note' } },
    h('p', { text: store('memory.title') || app.t('profile.memoryOnly') }),
    h('p', {
      text: [store('memory.note'), reason ? store(`reason.${reason}`) : ''].filter(Boolean).join(' '),
    }),
  );
}
