/**
 * "Hand in my results": the child's results for their teacher, as a file to
 * save and as QR codes the teacher's camera reads, one after another with a
 * counter, slowly on their own, with pause, previous and next. It says
 * plainly what is shared (nickname, class code, results — nothing else).
 * Without a class code the child is told what it is and can add it here.
 * The encoder is a service (GameServices.handIn), loaded when this opens.
 */
import type { VNode } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Attempt } from '../../store/index';
import type { App } from '../app';
import type { HandInCodec } from '../hand-in/codec';
import { handInFileName, QR_STEP_MS, stepIndex } from '../hand-in/hand-in-text';
import { SCREENS } from '../screen-names';
import type { ProfileData } from '../services/types';
import { QrCode } from '../ui/qr-code';
import { downloadText } from '../ui/download';
import { TopBar } from '../ui/top-bar';
import { cleanClassCode } from './profile-form';

interface HandInProps {
  app: App;
  profile: ProfileData;
  attempts: Attempt[];
}

function ClassCodeForm({ app, profile, onSaved }: { app: App; profile: ProfileData; onSaved: () => void }) {
  const id = useId();
  const [code, setCode] = useState(profile.classCode ?? '');
  const [error, setError] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    const clean = cleanClassCode(code);
    if (!clean) {
      setError(app.t('handIn.codeMissing'));
      return;
    }
    try {
      app.profile = await app.services.progress.updateProfile(profile.id, { classCode: clean });
      onSaved();
    } catch {
      setError(app.t('handIn.codeNotSaved'));
    }
  };
  return (
    <form class="hand-in-code" noValidate onSubmit={(e) => void save(e)}>
      <label for={`code-${id}`}>{app.t('profile.classCode')}</label>
      <div class="row">
        <input
          id={`code-${id}`}
          type="text"
          maxLength={16}
          autocomplete="off"
          spellcheck={false}
          data-testid="hand-in-code"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-primary" data-testid="hand-in-code-save">
          {app.t('handIn.codeSave')}
        </button>
      </div>
      <p class="form-error" role="alert">
        {error}
      </p>
    </form>
  );
}

/** The QR codes one after another: "2 of 5", moving on by itself until paused. */
function QrSequence({
  app,
  codec,
  frames,
  onClose,
}: {
  app: App;
  codec: HandInCodec;
  frames: string[];
  onClose: () => void;
}) {
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(frames.length > 1);
  const total = frames.length;
  useEffect(() => {
    if (!playing || total < 2) return;
    const timer = window.setTimeout(() => setIndex((i) => stepIndex(i, total, 1)), QR_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, index, total]);
  const counter = app.t('handIn.qrCounter', { n: index + 1, total });
  const step = (by: 1 | -1) => {
    setPlaying(false);
    setIndex((i) => stepIndex(i, total, by));
  };
  return (
    <section class="qr-sequence" aria-labelledby="qr-counter" data-testid="qr-sequence">
      <p class="qr-counter" id="qr-counter" data-testid="qr-counter" aria-live={playing ? 'off' : 'polite'}>
        {counter}
      </p>
      <QrCode matrix={codec.qrMatrix(frames[index]!)} label={counter} />
      <div class="card-actions qr-controls">
        {total > 1 && (
          <>
            <button
              type="button"
              class="btn btn-secondary"
              data-testid="qr-previous"
              onClick={() => step(-1)}
            >
              {app.t('handIn.qrPrevious')}
            </button>
            <button
              type="button"
              class="btn btn-secondary"
              data-testid="qr-pause"
              aria-pressed={!playing}
              onClick={() => setPlaying((p) => !p)}
            >
              {app.t(playing ? 'handIn.qrPause' : 'handIn.qrPlay')}
            </button>
            <button type="button" class="btn btn-secondary" data-testid="qr-next" onClick={() => step(1)}>
              {app.t('handIn.qrNext')}
            </button>
          </>
        )}
        <button type="button" class="btn btn-primary" data-testid="qr-done" onClick={onClose}>
          {app.t('handIn.qrDone')}
        </button>
      </div>
      <p class="hint">{app.t(total > 1 ? 'handIn.qrHintMany' : 'handIn.qrHintOne')}</p>
    </section>
  );
}

type Encoded = { fileText: string; qrFrames: string[] };

function HandInScreen({ app, profile, attempts }: HandInProps) {
  const [changing, setChanging] = useState(false);
  const [qr, setQr] = useState<{ codec: HandInCodec; frames: string[] } | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const code = profile.classCode;
  const say = (text: string) => {
    setStatus(text);
    app.announce(text);
  };
  const encode = async (): Promise<{ codec: HandInCodec; encoded: Encoded } | null> => {
    const load = app.services.handIn;
    if (!load || !code) {
      say(app.t('handIn.unavailable'));
      return null;
    }
    setBusy(true);
    try {
      const codec = await load();
      const encoded = await codec.encode({
        classCode: code,
        childKey: profile.id,
        nickname: profile.nickname,
        ageBand: profile.ageBand,
        attempts,
      });
      return { codec, encoded };
    } catch (e) {
      console.error(e);
      say(app.t('handIn.failed'));
      return null;
    } finally {
      setBusy(false);
    }
  };
  const saveFile = async () => {
    const done = await encode();
    if (!done || !code) return;
    downloadText(done.encoded.fileText, handInFileName(code, app.services.now()));
    say(app.t('handIn.fileSaved'));
  };
  const showQr = async () => {
    const done = await encode();
    if (done) setQr({ codec: done.codec, frames: done.encoded.qrFrames });
  };

  if (qr) {
    return (
      <main class="screen screen-hand-in" data-testid="screen-hand-in">
        <TopBar app={app} back={() => setQr(null)} backLabel={app.t('nav.back')} />
        <div class="panel panel-qr">
          <h1>{app.t('handIn.qrTitle')}</h1>
          <QrSequence app={app} codec={qr.codec} frames={qr.frames} onClose={() => setQr(null)} />
        </div>
      </main>
    );
  }
  return (
    <main class="screen screen-hand-in" data-testid="screen-hand-in">
      <TopBar app={app} back={() => void app.go(SCREENS.hub)} backLabel={app.t('nav.back')} />
      <div class="panel">
        <h1>{app.t('handIn.title')}</h1>
        {!code || changing ? (
          <>
            <p class="lead">{app.t(code ? 'handIn.codeChange' : 'handIn.codeNeeded')}</p>
            <p class="hint">{app.t('handIn.codeOptional')}</p>
            <ClassCodeForm app={app} profile={profile} onSaved={() => void app.refresh()} />
          </>
        ) : (
          <>
            <p class="lead" data-testid="hand-in-shared">
              {app.t('handIn.shared')}
            </p>
            <p class="hand-in-class">
              <span>{app.t('handIn.classIs')}</span> <strong data-testid="hand-in-class">{code}</strong>{' '}
              <button
                type="button"
                class="btn btn-ghost"
                data-testid="hand-in-change"
                onClick={() => setChanging(true)}
              >
                {app.t('handIn.codeChangeButton')}
              </button>
            </p>
            {attempts.length === 0 ? (
              <p class="notice" data-testid="hand-in-none">
                {app.t('handIn.none')}
              </p>
            ) : (
              <>
                <p data-testid="hand-in-count">{app.t('handIn.ready', { count: attempts.length })}</p>
                <h2>{app.t('handIn.fileTitle')}</h2>
                <p>{app.t('handIn.fileHint')}</p>
                <button
                  type="button"
                  class="btn btn-primary"
                  data-testid="hand-in-file"
                  disabled={busy}
                  onClick={() => void saveFile()}
                >
                  {app.t('handIn.fileButton')}
                </button>
                <h2>{app.t('handIn.qrTitle')}</h2>
                <p>{app.t('handIn.qrIntro')}</p>
                <button
                  type="button"
                  class="btn btn-primary"
                  data-testid="hand-in-qr"
                  disabled={busy}
                  onClick={() => void showQr()}
                >
                  {app.t('handIn.qrButton')}
                </button>
              </>
            )}
            <p class="notice data-status" role="status" data-testid="hand-in-status" hidden={status === ''}>
              {status}
            </p>
          </>
        )}
      </div>
    </main>
  );
}

export async function handInScreen(app: App): Promise<VNode> {
  const profile = app.profile;
  if (!profile) {
    // No one is playing (the profile was deleted): choose a player first.
    window.setTimeout(() => void app.go(SCREENS.profile), 0);
    return <main class="screen" />;
  }
  const attempts = await app.services.progress.listAttempts({ profileId: profile.id });
  return <HandInScreen app={app} profile={profile} attempts={attempts} />;
}
