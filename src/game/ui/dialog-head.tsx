/**
 * The title row of a modal dialog: its heading and a Quick exit of its own.
 * Under a modal dialog the rest of the page is inert, so the top bar's Quick
 * exit cannot be reached; this one can, and the row stays in view while the
 * dialog scrolls (`.dialog-head` in game.css). Give the dialog's first real
 * control `autofocus`, or opening it focuses Quick exit.
 */
import { QuickExitButton, type QuickExitHost } from './top-bar';

export function DialogHead({ app, titleId, title }: { app: QuickExitHost; titleId: string; title: string }) {
  return (
    <div class="dialog-head">
      <h2 id={titleId}>{title}</h2>
      <QuickExitButton app={app} />
    </div>
  );
}
