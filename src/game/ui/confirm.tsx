/**
 * A modal question before anything that cannot be undone (deleting a player,
 * old results, everything). Resolves true only for the explicit "delete"
 * button; Escape, the cancel button or closing the dialog mean no.
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { App } from '../app';
import type { QuickExitHost } from './top-bar';
import { DialogHead } from './dialog-head';
import { showOverlay } from './overlay';

/** What the question needs of a shell: words, Quick exit and where to show the dialog. */
export type ConfirmHost = QuickExitHost & Pick<App, 'host'>;

interface ConfirmDialogProps {
  app: ConfirmHost;
  question: string;
  yesLabel: string | undefined;
  answer: (yes: boolean) => void;
}

function ConfirmDialog({ app, question, yesLabel, answer }: ConfirmDialogProps) {
  const titleId = `confirm-${useId()}`;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const reply = (yes: boolean) => {
    // Closing before removing gives the focus back to the button that asked.
    dialog.current?.close();
    answer(yes);
  };
  useLayoutEffect(() => {
    dialog.current?.showModal();
    // The safe answer has the focus, so a stray Enter deletes nothing.
    cancel.current?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="dialog dialog-confirm"
      aria-labelledby={titleId}
      data-testid="confirm-dialog"
      onCancel={() => reply(false)}
    >
      <DialogHead app={app} titleId={titleId} title={question} />
      <div class="card-actions">
        <button
          ref={cancel}
          type="button"
          class="btn btn-secondary"
          data-testid="confirm-no"
          onClick={() => reply(false)}
        >
          {app.t('confirm.no')}
        </button>
        <button type="button" class="btn btn-danger" data-testid="confirm-yes" onClick={() => reply(true)}>
          {yesLabel ?? app.t('confirm.yes')}
        </button>
      </div>
    </dialog>
  );
}

export function confirmDelete(app: ConfirmHost, question: string, yesLabel?: string): Promise<boolean> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (yes: boolean) => {
      if (answered) return;
      answered = true;
      remove();
      resolve(yes);
    };
    const remove = showOverlay(
      app.host,
      <ConfirmDialog app={app} question={question} yesLabel={yesLabel} answer={answer} />,
    );
  });
}
