/**
 * The PIN's three forms, used by the teacher area and by the game's gate
 * before "Saved progress on this device": making the first PIN (typed
 * twice), entering it (with the wait after too many wrong tries, counted
 * down, and kept across a reload), and "forgot PIN" (a clear warning, then
 * the teacher data is deleted; the children's progress is not).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { confirmDelete, type ConfirmHost } from '../../game/ui/confirm';
import type { PinService, UnlockResult } from '../pin/index';
import { countdown, type TeacherText } from './text';
import '../styles/pin-forms.css';

export interface PinFormProps {
  /** Where dialogs open, and Quick exit inside them. */
  host: ConfirmHost;
  text: TeacherText;
  pins: PinService;
  announce: (text: string) => void;
  /** The PIN was set / entered / forgotten. */
  onDone: () => void;
}

export function SetPinForm({ text, pins, announce, onDone }: PinFormProps) {
  const id = useId();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await pins
      .setPin(pin, again)
      .catch(() => ({ ok: false as const, problem: 'failed' as const }));
    setBusy(false);
    if (result.ok) {
      announce(text('pin.set.done'));
      onDone();
      return;
    }
    setError(text(`pin.problem.${result.problem}`));
    if (result.problem === 'mismatch') setAgain('');
    first.current?.focus();
  };
  return (
    <form class="pin-form" noValidate onSubmit={(e) => void submit(e)} data-testid="pin-set-form">
      <label for={`pin-${id}`}>{text('pin.set.new')}</label>
      <input
        ref={first}
        id={`pin-${id}`}
        type="password"
        autocomplete="new-password"
        maxLength={128}
        aria-describedby={`pin-hint-${id}`}
        data-testid="pin-new"
        value={pin}
        onInput={(e) => setPin(e.currentTarget.value)}
      />
      <p class="hint" id={`pin-hint-${id}`}>
        {text('pin.set.rules')}
      </p>
      <label for={`again-${id}`}>{text('pin.set.again')}</label>
      <input
        id={`again-${id}`}
        type="password"
        autocomplete="new-password"
        maxLength={128}
        data-testid="pin-again"
        value={again}
        onInput={(e) => setAgain(e.currentTarget.value)}
      />
      <p class="form-error" role="alert" data-testid="pin-error">
        {error}
      </p>
      <button type="submit" class="btn btn-primary" data-testid="pin-set" disabled={busy}>
        {busy ? text('pin.checking') : text('pin.set.button')}
      </button>
    </form>
  );
}

/** What the unlock form says after a try, or about a wait still running. */
function unlockMessage(text: TeacherText, result: UnlockResult | null, waitMs: number): string {
  if (waitMs > 0)
    return text(result && !result.ok && result.reason === 'wrong' ? 'pin.wrongWait' : 'pin.wait', {
      time: countdown(waitMs),
    });
  if (!result || result.ok) return '';
  if (result.reason === 'unset') return text('pin.problem.unset');
  if (result.reason === 'wrong') return text('pin.wrong', { count: result.triesLeft });
  return '';
}

export function UnlockForm({
  text,
  pins,
  announce,
  onDone,
  onForgot,
}: PinFormProps & { onForgot: () => void }) {
  const id = useId();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<UnlockResult | null>(null);
  // When the next guess is checked (ms since 1970); 0 when it is now.
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const input = useRef<HTMLInputElement>(null);
  const waitMs = Math.max(0, until - now);

  // A wait from before (a reload, another tab) shows at once.
  useEffect(() => {
    void pins.lockout().then(({ waitMs }) => {
      if (waitMs > 0) setUntil(Date.now() + waitMs);
    });
  }, [pins]);
  // The countdown ticks while there is a wait; at its end the field is usable again.
  useEffect(() => {
    if (until === 0) return;
    const timer = window.setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= until) {
        setUntil(0);
        setResult(null);
        window.clearInterval(timer);
      }
    }, 500);
    return () => window.clearInterval(timer);
  }, [until]);
  useEffect(() => {
    if (until === 0) input.current?.focus();
  }, [until]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy || waitMs > 0 || pin === '') return;
    setBusy(true);
    const r = await pins.unlock(pin);
    setBusy(false);
    setPin('');
    setResult(r);
    if (r.ok) {
      announce(text('pin.unlocked'));
      onDone();
      return;
    }
    const wait = 'waitMs' in r ? r.waitMs : 0;
    if (wait > 0) {
      setNow(Date.now());
      setUntil(Date.now() + wait);
    }
    announce(unlockMessage(text, r, wait));
    input.current?.focus();
  };
  const message = unlockMessage(text, result, waitMs);
  return (
    <form class="pin-form" noValidate onSubmit={(e) => void submit(e)} data-testid="pin-unlock-form">
      <label for={`pin-${id}`}>{text('pin.unlock.label')}</label>
      <input
        ref={input}
        id={`pin-${id}`}
        type="password"
        autocomplete="off"
        maxLength={128}
        disabled={waitMs > 0}
        data-testid="pin-enter"
        value={pin}
        onInput={(e) => setPin(e.currentTarget.value)}
      />
      <p class="form-error" data-testid="pin-message" aria-live="off">
        {message}
      </p>
      <div class="card-actions">
        <button type="submit" class="btn btn-primary" data-testid="pin-unlock" disabled={busy || waitMs > 0}>
          {busy ? text('pin.checking') : text('pin.unlock.button')}
        </button>
        <button type="button" class="btn btn-ghost" data-testid="pin-forgot" onClick={onForgot}>
          {text('pin.forgot.link')}
        </button>
      </div>
    </form>
  );
}

export function ForgetPinPanel({
  host,
  text,
  pins,
  announce,
  onDone,
  onCancel,
}: PinFormProps & { onCancel: () => void }) {
  const id = useId();
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState('');
  const forget = async () => {
    if (!(await confirmDelete(host, text('pin.forgot.confirm'), text('pin.forgot.yes')))) return;
    try {
      await pins.forget();
    } catch {
      setError(text('storage.writeFailed'));
      return;
    }
    announce(text('pin.forgot.done'));
    onDone();
  };
  return (
    <div class="forget-pin" data-testid="pin-forget">
      <p class="notice">{text('pin.forgot.warning')}</p>
      <h2>{text('pin.forgot.deletedTitle')}</h2>
      <ul>
        <li>{text('pin.forgot.deletedPin')}</li>
        <li>{text('pin.forgot.deletedClasses')}</li>
        <li>{text('pin.forgot.deletedResults')}</li>
      </ul>
      <h2>{text('pin.forgot.keptTitle')}</h2>
      <ul>
        <li>{text('pin.forgot.keptChildren')}</li>
      </ul>
      <div class="setting setting-toggle">
        <input
          type="checkbox"
          id={`understood-${id}`}
          data-testid="pin-forget-understood"
          checked={understood}
          onChange={(e) => setUnderstood(e.currentTarget.checked)}
        />
        <label for={`understood-${id}`}>{text('pin.forgot.understood')}</label>
      </div>
      <p class="form-error" role="alert">
        {error}
      </p>
      <div class="card-actions">
        <button type="button" class="btn btn-secondary" data-testid="pin-forget-cancel" onClick={onCancel}>
          {text('pin.forgot.cancel')}
        </button>
        <button
          type="button"
          class="btn btn-danger"
          data-testid="pin-forget-confirm"
          disabled={!understood}
          onClick={() => void forget()}
        >
          {text('pin.forgot.button')}
        </button>
      </div>
    </div>
  );
}
