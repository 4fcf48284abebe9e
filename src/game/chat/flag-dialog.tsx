/**
 * The "which warning sign?" picker for the older age bands. Resolves with the
 * chosen sign, `null` for "something feels wrong, not sure which", or
 * `undefined` when the player closes it (Cancel or Escape).
 */
import { render } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { WARNING_SIGNS, type WarningSign } from '../../format/taxonomy';
import type { App } from '../app';
import { DialogHead } from '../ui/dialog-head';
import { signName } from './signs';

type Picked = WarningSign | null | undefined;

export function FlagDialog({
  app,
  text,
  onDone,
}: {
  app: App;
  text: string;
  onDone: (picked: Picked) => void;
}) {
  const titleId = `flag-title-${useId()}`;
  const dialog = useRef<HTMLDialogElement>(null);
  const picked = useRef<Picked>(undefined);
  useLayoutEffect(() => {
    dialog.current?.showModal();
  }, []);
  const finish = (value: Picked) => {
    picked.current = value;
    dialog.current?.close();
  };
  return (
    <dialog
      ref={dialog}
      class="dialog dialog-flag"
      aria-labelledby={titleId}
      data-testid="flag-dialog"
      onClose={() => onDone(picked.current)}
    >
      <DialogHead app={app} titleId={titleId} title={app.t('flag.dialogTitle')} />
      <blockquote class="flag-quote">{text}</blockquote>
      <p>{app.t('flag.dialogHelp')}</p>
      {/* Focused on opening (not the Quick exit above it). */}
      <button
        type="button"
        class="btn btn-primary"
        data-testid="sign-unsure"
        autofocus
        onClick={() => finish(null)}
      >
        {app.t('flag.unsure')}
      </button>
      <ul class="sign-list">
        {WARNING_SIGNS.map((sign) => (
          <li key={sign}>
            <button
              type="button"
              class="btn btn-sign"
              data-testid={`sign-${sign}`}
              onClick={() => finish(sign)}
            >
              {signName(app, sign)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="btn btn-secondary" onClick={() => finish(undefined)}>
        {app.t('flag.cancel')}
      </button>
    </dialog>
  );
}

/** Opens the picker over everything (in the app's host, outside the screen) and waits for the answer. */
export function pickSign(app: App, messageText: string): Promise<Picked> {
  return new Promise((resolve) => {
    const holder = document.createElement('div');
    app.host.append(holder);
    const done = (picked: Picked) => {
      resolve(picked);
      // Unmount after the dialog's own close handler has returned.
      queueMicrotask(() => {
        render(null, holder);
        holder.remove();
      });
    };
    render(<FlagDialog app={app} text={messageText} onDone={done} />, holder);
  });
}
