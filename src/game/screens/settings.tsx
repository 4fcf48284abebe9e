/**
 * Settings: text size to 200 %, dyslexia-friendly font, high contrast,
 * reduced motion, read aloud (per message and automatic), sound and volume,
 * message speed, language, and the country of the help card. Every change
 * applies at once and is saved to the player's profile.
 */
import type { VNode } from 'preact';
import { useId, useState } from 'preact/hooks';
import { MESSAGE_SPEEDS, type Settings } from '../../store/index';
import type { App, ScreenParams } from '../app';
import { SCREENS } from '../screen-names';
import { countryName, helpCountries, playerCountry, rememberCountry } from '../services/helplines';
import { TopBar } from '../ui/top-bar';
import { settingsBack } from './back-targets';
import { deletePlayer } from './device-data';

type Save = (patch: Partial<Settings>) => void;
type ToggleName = 'dyslexiaFont' | 'highContrast' | 'reducedMotion' | 'readAloud' | 'autoReadAloud' | 'sound';

/** A setting as a percentage: 1.25 → "125 %". */
export const percent = (v: number): string => `${Math.round(v * 100)} %`;

function Toggle({
  app,
  name,
  save,
  disabled = false,
}: {
  app: App;
  name: ToggleName;
  save: Save;
  disabled?: boolean;
}) {
  const id = `set-${useId()}`;
  return (
    <div class="setting setting-toggle">
      <input
        type="checkbox"
        id={id}
        disabled={disabled}
        data-testid={`setting-${name}`}
        checked={app.settings[name]}
        onChange={(e) => save({ [name]: e.currentTarget.checked })}
      />
      <label for={id}>{app.t(`settings.${name}`)}</label>
    </div>
  );
}

interface RangeProps {
  app: App;
  name: 'textScale' | 'volume';
  min: number;
  max: number;
  step: number;
  save: Save;
}

function Range({ app, name, min, max, step, save }: RangeProps) {
  const id = `set-${useId()}`;
  const [value, setValue] = useState(app.settings[name]);
  return (
    <div class="setting setting-range">
      <label for={id}>{app.t(`settings.${name}`)}</label>
      <div class="row">
        <input
          type="range"
          id={id}
          min={min}
          max={max}
          step={step}
          data-testid={`setting-${name}`}
          value={String(value)}
          aria-valuetext={percent(value)}
          onInput={(e) => {
            const v = Number(e.currentTarget.value);
            setValue(v);
            save({ [name]: v });
          }}
        />
        <output for={id}>{percent(value)}</output>
      </div>
    </div>
  );
}

function SettingsScreen({ app, params }: { app: App; params: ScreenParams }) {
  const save: Save = (patch) => void app.saveSettings({ ...app.settings, ...patch });
  const back = () => {
    const target = settingsBack(params, app.profile !== null);
    void app.go(target.screen, target.params);
  };
  const speedId = `speed-${useId()}`;
  const countryId = `country-${useId()}`;
  const speech = app.services.sound.speechAvailable;
  const lang = app.services.i18n.language();
  const countries = helpCountries();
  const chosen = playerCountry(app.services.i18n.chain()) ?? '';
  const me = app.profile;
  return (
    <main class="screen screen-settings" data-testid="screen-settings">
      <TopBar app={app} back={back} backLabel={app.t('nav.back')} />
      <div class="panel">
        <h1>{app.t('settings.title')}</h1>
        <h2>{app.t('settings.reading')}</h2>
        <Range app={app} name="textScale" min={1} max={2} step={0.25} save={save} />
        <Toggle app={app} name="dyslexiaFont" save={save} />
        <Toggle app={app} name="highContrast" save={save} />
        <Toggle app={app} name="reducedMotion" save={save} />
        <div class="setting">
          <label for={speedId}>{app.t('settings.messageSpeed')}</label>
          <select
            id={speedId}
            data-testid="setting-messageSpeed"
            value={app.settings.messageSpeed}
            onChange={(e) => save({ messageSpeed: e.currentTarget.value as Settings['messageSpeed'] })}
          >
            {MESSAGE_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {app.t(`settings.speed.${s}`)}
              </option>
            ))}
          </select>
        </div>

        <h2>{app.t('settings.soundAndVoice')}</h2>
        <Toggle app={app} name="sound" save={save} />
        <Range app={app} name="volume" min={0} max={1} step={0.1} save={save} />
        <Toggle app={app} name="readAloud" save={save} disabled={!speech} />
        <Toggle app={app} name="autoReadAloud" save={save} disabled={!speech} />
        {!speech && <p class="hint">{app.t('settings.noSpeech')}</p>}

        <h2>{app.t('settings.help')}</h2>
        <div class="setting">
          <label for={countryId}>{app.t('settings.country')}</label>
          <select
            id={countryId}
            data-testid="setting-country"
            value={countries.includes(chosen) ? chosen : ''}
            onChange={(e) => rememberCountry(e.currentTarget.value || null)}
          >
            <option value="">{app.t('settings.countryOther')}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {countryName(c, lang)}
              </option>
            ))}
          </select>
        </div>
        <h2>{app.t('settings.quickExitTitle')}</h2>
        <p>{app.t('quickExit.hint')}</p>

        {/* My data: a player can delete themselves; the adults' page does the rest. */}
        <h2>{app.t('settings.myData')}</h2>
        {me && (
          <>
            <p>{app.t('settings.deleteMineHint', { nickname: me.nickname })}</p>
            <button
              type="button"
              class="btn btn-danger"
              data-testid="delete-mine"
              onClick={async () => {
                if (await deletePlayer(app, me)) await app.go(SCREENS.profile);
              }}
            >
              {app.t('settings.deleteMine')}
            </button>
          </>
        )}
        <p>
          <button
            type="button"
            class="btn btn-secondary"
            data-testid="open-data"
            // The data page comes back here, and this page back to where it was opened from.
            onClick={() => void app.go(SCREENS.data, { ...params, via: params.from, from: SCREENS.settings })}
          >
            {app.t('data.open')}
          </button>
        </p>
      </div>
    </main>
  );
}

export function settingsScreen(app: App, params: ScreenParams): VNode {
  return <SettingsScreen app={app} params={params} />;
}
