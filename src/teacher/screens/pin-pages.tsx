/**
 * The PIN's pages in the teacher area: making the first PIN, entering it
 * before any other page, and "forgot PIN". After the PIN, the page that was
 * asked for opens (its address never changed).
 */
import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import type { TeacherRoute } from '../routes';
import type { TeacherApp, TeacherParams } from '../teacher-app';
import { ForgetPinPanel, SetPinForm, UnlockForm } from '../ui/pin-forms';
import { TeacherScreen } from '../ui/teacher-screen';

function formProps(app: TeacherApp, onDone: () => void) {
  return {
    host: app,
    text: (key: string, options?: Record<string, unknown>) => app.t(key, options),
    pins: app.services.pins,
    announce: (text: string) => app.announce(text),
    onDone,
  };
}

function PinPage({ app, then, unset }: { app: TeacherApp; then: TeacherRoute; unset: boolean }) {
  const [forgetting, setForgetting] = useState(false);
  const done = () => void app.show(then);
  if (unset) {
    return (
      <TeacherScreen app={app} name="pin-set" unlocked={false}>
        <h1>{app.t('pin.set.title')}</h1>
        <p class="lead">{app.t('pin.set.intro')}</p>
        <p class="hint">{app.t('pin.notEncryption')}</p>
        <SetPinForm {...formProps(app, done)} />
      </TeacherScreen>
    );
  }
  if (forgetting) {
    return (
      <TeacherScreen app={app} name="pin-forgot" unlocked={false}>
        <h1>{app.t('pin.forgot.title')}</h1>
        <ForgetPinPanel {...formProps(app, done)} onCancel={() => setForgetting(false)} />
      </TeacherScreen>
    );
  }
  return (
    <TeacherScreen app={app} name="pin-unlock" unlocked={false}>
      <h1>{app.t('pin.unlock.title')}</h1>
      <p class="lead">{app.t('pin.unlock.intro')}</p>
      <UnlockForm {...formProps(app, done)} onForgot={() => setForgetting(true)} />
    </TeacherScreen>
  );
}

/** The PIN page for a route that needs it: make one, or enter it. */
export async function pinPage(app: TeacherApp, then: TeacherRoute): Promise<VNode> {
  const unset = (await app.services.pins.status()) === 'unset';
  return <PinPage app={app} then={then} unset={unset} />;
}

/** A page that could not be built (the storage failed): what happened, and the way home. */
export function failurePage(app: TeacherApp, message: string): VNode {
  return (
    <TeacherScreen
      app={app}
      name="failure"
      unlocked={false}
      back={{ label: app.t('area.home'), go: () => app.go('home') }}
    >
      <h1>{app.t('failure.title')}</h1>
      <p class="notice" role="alert">
        {message}
      </p>
    </TeacherScreen>
  );
}

export function notFoundPage(app: TeacherApp, _params: TeacherParams): VNode {
  return (
    <TeacherScreen app={app} name="not-found" back={{ label: app.t('area.home'), go: () => app.go('home') }}>
      <h1>{app.t('notFound.title')}</h1>
      <p>{app.t('notFound.text')}</p>
    </TeacherScreen>
  );
}
