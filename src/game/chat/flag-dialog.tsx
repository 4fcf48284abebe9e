/**
 * The "what do you notice?" picker. It offers the short list of signs for the
 * player's age band (src/format/sign-sets.ts) — the same list on every
 * message, so it never hints at the answer — and "I'm not sure, it just
 * feels wrong" first. Resolves with the chosen sign, `null` for "not sure",
 * or `undefined` when the player closes it (Cancel or Escape).
 *
 * The title, the "not sure" button and Cancel always stay in view; only the
 * list scrolls inside the dialog, with a "more below" cue while some of it is
 * hidden, so the page itself never scrolls.
 */
import { render } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { signsOffered } from '../../format/sign-sets';
import type { AgeBand, Topic, WarningSign } from '../../format/taxonomy';
import type { App } from '../app';
import { DialogHead } from '../ui/dialog-head';
import { childWords, signName } from './signs';
import '../styles/flag.css';

type Picked = WarningSign | null | undefined;

export function FlagDialog({
  app,
  text,
  storyBands,
  topics,
  onDone,
}: {
  app: App;
  text: string;
  storyBands: readonly AgeBand[];
  topics: readonly Topic[];
  onDone: (picked: Picked) => void;
}) {
  const titleId = `flag-title-${useId()}`;
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const picked = useRef<Picked>(undefined);
  const [moreBelow, setMoreBelow] = useState(false);
  const young = childWords(app, storyBands);
  const signs = signsOffered(storyBands, app.profile?.ageBand, topics);

  const checkMore = () => {
    const box = list.current;
    if (box) setMoreBelow(box.scrollTop + box.clientHeight < box.scrollHeight - 2);
  };
  useLayoutEffect(() => {
    dialog.current?.showModal();
    checkMore();
    const box = list.current;
    if (!box) return;
    const resize = new ResizeObserver(checkMore);
    resize.observe(box);
    return () => resize.disconnect();
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
      <DialogHead
        app={app}
        titleId={titleId}
        title={app.t(young ? 'flag.dialogTitleYoung' : 'flag.dialogTitle')}
      />
      <blockquote class="flag-quote">{text}</blockquote>
      <p class="flag-help">{app.t(young ? 'flag.dialogHelpYoung' : 'flag.dialogHelp')}</p>
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
      <div class={moreBelow ? 'picker-list more-below' : 'picker-list'}>
        <ul class="picker-signs" ref={list} onScroll={checkMore} data-testid="sign-list">
          {signs.map((sign) => (
            <li key={sign}>
              <button
                type="button"
                class="btn btn-sign"
                data-testid={`sign-${sign}`}
                onClick={() => finish(sign)}
              >
                {signName(app, sign, young)}
              </button>
            </li>
          ))}
        </ul>
        <p class="picker-more" aria-hidden="true" hidden={!moreBelow}>
          {app.t('flag.moreBelow')}
        </p>
      </div>
      <button type="button" class="btn btn-secondary" onClick={() => finish(undefined)}>
        {app.t('flag.cancel')}
      </button>
    </dialog>
  );
}

/** Opens the picker over everything (in the app's host, outside the screen) and waits for the answer. */
export function pickSign(
  app: App,
  messageText: string,
  story: { ageBands: readonly AgeBand[]; topics: readonly Topic[] },
): Promise<Picked> {
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
    render(
      <FlagDialog
        app={app}
        text={messageText}
        storyBands={story.ageBands}
        topics={story.topics}
        onDone={done}
      />,
      holder,
    );
  });
}
