/**
 * Settings: text size to 200 %, dyslexia-friendly font, high contrast,
 * reduced motion, read aloud (per message and automatic), sound and volume,
 * message speed, language, and the country of the help card. Every change
 * applies at once and is saved to the player's profile.
 */
import { MESSAGE_SPEEDS, type Settings } from '../../store/index';
import type { App, ScreenParams } from '../app';
import type { ScreenName } from '../screen-names';
import { SCREENS } from '../screen-names';
import { countryName, helpCountries, playerCountry, rememberCountry } from '../services/helplines';
import { button, h, nextId } from '../ui/dom';
import { deletePlayer } from './device-data';

export function settingsScreen(app: App, params: ScreenParams): HTMLElement {
  const from = (params.from as ScreenName | undefined) ?? (app.profile ? SCREENS.hub : SCREENS.profile);
  const back = () => {
    const { from: _f, ...rest } = params;
    void app.go(from === SCREENS.settings ? SCREENS.hub : from, rest);
  };
  const main = h('main', { class: 'screen screen-settings', testid: 'screen-settings' });
  main.append(app.topBar({ back, backLabel: app.t('nav.back') }));
  const body = h('div', { class: 'panel' });
  main.append(body);
  body.append(h('h1', { text: app.t('settings.title') }));
  const save = (patch: Partial<Settings>) => void app.saveSettings({ ...app.settings, ...patch });

  const toggle = (
    key: 'dyslexiaFont' | 'highContrast' | 'reducedMotion' | 'readAloud' | 'autoReadAloud' | 'sound',
    disabled = false,
  ) => {
    const id = nextId('set');
    const input = h('input', { attrs: { type: 'checkbox', id, disabled }, testid: `setting-${key}` });
    input.checked = app.settings[key];
    input.addEventListener('change', () => save({ [key]: input.checked }));
    return h(
      'div',
      { class: 'setting setting-toggle' },
      input,
      h('label', { attrs: { for: id }, text: app.t(`settings.${key}`) }),
    );
  };

  const range = (
    key: 'textScale' | 'volume',
    min: number,
    max: number,
    step: number,
    format: (v: number) => string,
  ) => {
    const id = nextId('set');
    const out = h('output', { attrs: { for: id }, text: format(app.settings[key]) });
    const input = h('input', { attrs: { type: 'range', id, min, max, step }, testid: `setting-${key}` });
    input.value = String(app.settings[key]);
    input.setAttribute('aria-valuetext', format(app.settings[key]));
    input.addEventListener('input', () => {
      const v = Number(input.value);
      out.textContent = format(v);
      input.setAttribute('aria-valuetext', format(v));
      save({ [key]: v });
    });
    return h(
      'div',
      { class: 'setting setting-range' },
      h('label', { attrs: { for: id }, text: app.t(`settings.${key}`) }),
      h('div', { class: 'row' }, input, out),
    );
  };

  const pct = (v: number) => `${Math.round(v * 100)} %`;
  body.append(
    h('h2', { text: app.t('settings.reading') }),
    range('textScale', 1, 2, 0.25, pct),
    toggle('dyslexiaFont'),
    toggle('highContrast'),
    toggle('reducedMotion'),
  );

  const speedId = nextId('speed');
  const speed = h('select', { attrs: { id: speedId }, testid: 'setting-messageSpeed' });
  for (const s of MESSAGE_SPEEDS)
    speed.append(h('option', { attrs: { value: s }, text: app.t(`settings.speed.${s}`) }));
  speed.value = app.settings.messageSpeed;
  speed.addEventListener('change', () => save({ messageSpeed: speed.value as Settings['messageSpeed'] }));
  body.append(
    h(
      'div',
      { class: 'setting' },
      h('label', { attrs: { for: speedId }, text: app.t('settings.messageSpeed') }),
      speed,
    ),
  );

  const speech = app.services.sound.speechAvailable;
  body.append(
    h('h2', { text: app.t('settings.soundAndVoice') }),
    toggle('sound'),
    range('volume', 0, 1, 0.1, pct),
    toggle('readAloud', !speech),
    toggle('autoReadAloud', !speech),
  );
  if (!speech) body.append(h('p', { class: 'hint', text: app.t('settings.noSpeech') }));

  const countryId = nextId('country');
  const country = h('select', { attrs: { id: countryId }, testid: 'setting-country' });
  const lang = app.services.i18n.language();
  country.append(h('option', { attrs: { value: '' }, text: app.t('settings.countryOther') }));
  for (const c of helpCountries())
    country.append(h('option', { attrs: { value: c }, text: countryName(c, lang) }));
  country.value = playerCountry(app.services.i18n.chain()) ?? '';
  if (country.selectedIndex < 0) country.value = '';
  country.addEventListener('change', () => rememberCountry(country.value || null));
  body.append(
    h('h2', { text: app.t('settings.help') }),
    h(
      'div',
      { class: 'setting' },
      h('label', { attrs: { for: countryId }, text: app.t('settings.country') }),
      country,
    ),
    h('h2', { text: app.t('settings.quickExitTitle') }),
    h('p', { text: app.t('quickExit.hint') }),
  );

  // My data: a player can delete themselves; the adults' page does the rest.
  body.append(h('h2', { text: app.t('settings.myData') }));
  const me = app.profile;
  if (me) {
    body.append(
      h('p', { text: app.t('settings.deleteMineHint', { nickname: me.nickname }) }),
      button(
        app.t('settings.deleteMine'),
        async () => {
          if (await deletePlayer(app, me)) await app.go(SCREENS.profile);
        },
        { class: 'btn btn-danger', testid: 'delete-mine' },
      ),
    );
  }
  body.append(
    h(
      'p',
      {},
      button(
        app.t('data.open'),
        // The data page comes back here, and this page back to where it was opened from.
        () => void app.go(SCREENS.data, { ...params, via: params.from, from: SCREENS.settings }),
        { class: 'btn btn-secondary', testid: 'open-data' },
      ),
    ),
  );
  return main;
}
