/**
 * A modal question before anything that cannot be undone (deleting a player,
 * old results, everything). Resolves true only for the explicit "delete"
 * button; Escape, the cancel button or closing the dialog mean no.
 */
import type { App } from '../app';
import { button, h, nextId } from './dom';

export function confirmDelete(app: App, question: string, yesLabel?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const titleId = nextId('confirm');
    const dialog = h('dialog', {
      class: 'dialog',
      attrs: { 'aria-labelledby': titleId },
      testid: 'confirm-dialog',
    });
    let answered = false;
    const answer = (yes: boolean) => {
      if (answered) return;
      answered = true;
      dialog.close();
      dialog.remove();
      resolve(yes);
    };
    const cancel = button(app.t('confirm.no'), () => answer(false), {
      class: 'btn btn-secondary',
      testid: 'confirm-no',
    });
    dialog.append(
      h('h2', { attrs: { id: titleId }, text: question }),
      h(
        'div',
        { class: 'card-actions' },
        cancel,
        button(yesLabel ?? app.t('confirm.yes'), () => answer(true), {
          class: 'btn btn-danger',
          testid: 'confirm-yes',
        }),
      ),
    );
    dialog.addEventListener('cancel', () => answer(false));
    app.host.append(dialog);
    dialog.showModal();
    // The safe answer has the focus, so a stray Enter deletes nothing.
    cancel.focus();
  });
}
