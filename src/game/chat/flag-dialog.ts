/**
 * The "which warning sign?" picker for the older age bands. Resolves with the
 * chosen sign, `null` for "something feels wrong, not sure which", or
 * `undefined` when the player closes it.
 */
import { WARNING_SIGNS, type WarningSign } from '../../format/taxonomy';
import type { App } from '../app';
import { button, h, nextId } from '../ui/dom';
import { signName } from './signs';

export function pickSign(app: App, messageText: string): Promise<WarningSign | null | undefined> {
  return new Promise((resolve) => {
    const titleId = nextId('flag-title');
    const dialog = h('dialog', {
      class: 'dialog dialog-flag',
      attrs: { 'aria-labelledby': titleId },
      testid: 'flag-dialog',
    });
    let result: WarningSign | null | undefined;
    const finish = (value: WarningSign | null | undefined) => {
      result = value;
      dialog.close();
    };
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(result);
    });
    const list = h('ul', { class: 'sign-list' });
    for (const sign of WARNING_SIGNS) {
      list.append(
        h(
          'li',
          {},
          button(signName(app, sign), () => finish(sign), { class: 'btn btn-sign', testid: `sign-${sign}` }),
        ),
      );
    }
    dialog.append(
      h('h2', { attrs: { id: titleId }, text: app.t('flag.dialogTitle') }),
      h('blockquote', { class: 'flag-quote', text: messageText }),
      h('p', { text: app.t('flag.dialogHelp') }),
      button(app.t('flag.unsure'), () => finish(null), { class: 'btn btn-primary', testid: 'sign-unsure' }),
      list,
      button(app.t('flag.cancel'), () => finish(undefined), { class: 'btn btn-secondary' }),
    );
    app.host.append(dialog);
    dialog.showModal();
  });
}
