/**
 * The door to "Saved progress on this device" (backups, deleting players,
 * old results or everything): the teacher PIN, the same one as the teacher
 * area's. With no PIN yet, the adult makes one here first; a wrong PIN waits
 * like there, and "forgot PIN" resets the teacher data, never the children's
 * progress. Loaded only when the page is opened, with the teacher words.
 */
import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import { PinService, tabSessionMarker } from '../../teacher/pin/index';
import { sharedTeacherStore } from '../../teacher/store/index';
import { ForgetPinPanel, SetPinForm, UnlockForm } from '../../teacher/ui/pin-forms';
import type { TeacherText } from '../../teacher/ui/text';
import type { App, ScreenParams } from '../app';
import { SCREENS } from '../screen-names';
import { TopBar } from '../ui/top-bar';
import { dataBack } from './back-targets';

let shared: PinService | null = null;

/** The page's PIN service (the teacher store is opened once per page), with the teacher words loaded. */
export async function gamePins(app: App): Promise<PinService> {
  await app.services.i18n.loadNamespace('teacher');
  shared ??= new PinService({ store: await sharedTeacherStore(), session: tabSessionMarker() });
  return shared;
}

/** The teacher namespace's words, then the game's. */
export function teacherText(app: App): TeacherText {
  return (key, options) => app.services.i18n.t(key, { ns: ['teacher', 'ui'], ...options });
}

function AdultGate({
  app,
  params,
  pins,
  unset,
}: {
  app: App;
  params: ScreenParams;
  pins: PinService;
  unset: boolean;
}) {
  const [forgetting, setForgetting] = useState(false);
  const text = teacherText(app);
  const back = () => {
    const target = dataBack(params, app.profile !== null);
    void app.go(target.screen, target.params);
  };
  // Entering the page again finds the tab unlocked (or, after "forgot", asks for a new PIN).
  const props = {
    host: app,
    text,
    pins,
    announce: (t: string) => app.announce(t),
    onDone: () => void app.go(SCREENS.data, params),
  };
  return (
    <main class="screen screen-gate" data-testid="screen-gate">
      <TopBar app={app} back={back} backLabel={app.t('nav.back')} />
      <div class="panel">
        <h1>{text(forgetting ? 'pin.forgot.title' : 'gate.title')}</h1>
        {forgetting ? (
          <ForgetPinPanel {...props} onCancel={() => setForgetting(false)} />
        ) : unset ? (
          <>
            <p class="lead">{text('gate.introUnset')}</p>
            <p class="hint">{text('pin.notEncryption')}</p>
            <SetPinForm {...props} />
          </>
        ) : (
          <>
            <p class="lead">{text('gate.intro')}</p>
            <UnlockForm {...props} onForgot={() => setForgetting(true)} />
          </>
        )}
      </div>
    </main>
  );
}

/** The gate, or null when this tab is unlocked already. */
export async function adultGate(app: App, params: ScreenParams): Promise<VNode | null> {
  const pins = await gamePins(app);
  const status = await pins.status();
  if (status === 'unlocked') return null;
  return <AdultGate app={app} params={params} pins={pins} unset={status === 'unset'} />;
}
