/**
 * "A way out is always in reach", as a browser check any play-through can
 * call after every step. It uses only the `Page` API, so it runs the same
 * under playwright-core scripts and under Playwright Test.
 *
 * It fails when:
 * - the page itself scrolls (anything that should stay put could slide away);
 * - Quick exit is outside the window, covered by something, or missing
 *   (over a modal dialog, the one that counts is inside the dialog, since the
 *   rest of the page is inert under its backdrop);
 * - in the chat (`protective: true`), a protective button (Block, Report, …),
 *   the end button, or a reply choice that is shown is outside the window,
 *   covered, or has its focus ring cut off by a box around it;
 * - the focused element is outside the window or scrolled out of its box.
 *
 * "Covered" is a hit test with `document.elementFromPoint` at the centre and
 * the four corners of each button (inset 2 px, or more on rounded corners,
 * where the corner point itself lies outside the button's shape): what is hit
 * must be the button or something inside it.
 */
import type { Page } from 'playwright-core';

export interface ReachableOptions {
  /** The chat: the protective row and the reply choices or the end button must be in reach too. */
  protective: boolean;
  /** Names the step in the error message. */
  step?: string;
  /** Whether a Quick exit must be there (default true; every screen has one, the title screen too). */
  quickExit?: boolean;
}

/** How far the game's focus ring reaches beyond a control (3 px outline + 3 px offset, boot.css). */
export const FOCUS_RING_PX = 6;

export async function assertReachable(page: Page, options: ReachableOptions): Promise<void> {
  // Sent as source text with a stand-in for `__name`, the helper some TypeScript
  // loaders (tsx, esbuild's keepNames) wrap named functions in: the page has none.
  const arg = JSON.stringify({
    protective: options.protective,
    quickExit: options.quickExit ?? true,
    ring: FOCUS_RING_PX,
  });
  // It looks at what is painted: after two animation frames, the layout
  // fixes the game makes before a frame is drawn (resize observers keeping the
  // focused control in view) have run, as they have for anyone looking.
  const problems = await page.evaluate<string[]>(
    `(async () => {
      const __name = (f) => f;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return (${findProblems.toString()})(${arg});
    })()`,
  );
  if (problems.length > 0) {
    const where = options.step ? ` (${options.step})` : '';
    const size = page.viewportSize();
    const window = size ? ` at ${size.width}×${size.height}` : '';
    throw new Error(`Not in reach${where}${window}:\n- ${problems.join('\n- ')}`);
  }
}

/** Runs inside the page: returns one sentence per problem found. */
function findProblems({
  protective,
  quickExit,
  ring,
}: {
  protective: boolean;
  quickExit: boolean;
  ring: number;
}): string[] {
  const problems: string[] = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const slack = 1; // sub-pixel rounding

  const describe = (el: Element): string => {
    const id = el.getAttribute('data-testid');
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${id ? `[data-testid="${id}"]` : ''}${text ? ` "${text}"` : ''}`;
  };
  const box = (r: DOMRect) =>
    `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;

  const scroller = document.scrollingElement ?? document.documentElement;
  if (scroller.scrollHeight > vh + slack) {
    // Name what reaches lowest, to say where to look.
    let lowest: Element | null = null;
    for (const el of document.body.querySelectorAll('*'))
      if (!lowest || el.getBoundingClientRect().bottom > lowest.getBoundingClientRect().bottom) lowest = el;
    problems.push(
      `the page scrolls: it is ${scroller.scrollHeight} px tall in a ${vh} px window` +
        (lowest
          ? ` (lowest: ${describe(lowest).slice(0, 60)} at ${box(lowest.getBoundingClientRect())})`
          : ''),
    );
  }
  if (scroller.scrollWidth > vw + slack)
    problems.push(`the page scrolls sideways: it is ${scroller.scrollWidth} px wide in a ${vw} px window`);

  const inWindow = (r: DOMRect, grow = 0) =>
    r.left - grow >= -slack &&
    r.top - grow >= -slack &&
    r.right + grow <= vw + slack &&
    r.bottom + grow <= vh + slack;

  /** Boxes around `el` that cut off what overflows them (scroll areas, overflow: hidden). */
  const clippingBoxes = (el: Element): Element[] => {
    const out: Element[] = [];
    for (
      let a = el.parentElement;
      a && a !== document.documentElement && a !== document.body;
      a = a.parentElement
    ) {
      const s = getComputedStyle(a);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') out.push(a);
    }
    return out;
  };
  /** The inside of a box (its padding box, without scrollbars). */
  const inside = (a: Element) => {
    const r = a.getBoundingClientRect();
    const left = r.left + a.clientLeft;
    const top = r.top + a.clientTop;
    return { left, top, right: left + a.clientWidth, bottom: top + a.clientHeight };
  };
  const within = (r: DOMRect, a: Element, grow: number) => {
    const c = inside(a);
    return (
      r.left - grow >= c.left - slack &&
      r.top - grow >= c.top - slack &&
      r.right + grow <= c.right + slack &&
      r.bottom + grow <= c.bottom + slack
    );
  };

  /** The hit-test points: centre and corners, inset past any rounding of the corner. */
  const points = (el: Element, r: DOMRect): [number, number][] => {
    const radius = Math.min(
      parseFloat(getComputedStyle(el).borderTopLeftRadius) || 0,
      r.width / 2,
      r.height / 2,
    );
    // A point (d, d) from a corner lies inside a rounded corner of radius R when d ≥ R·(1 − 1/√2).
    const d = Math.max(2, Math.ceil(radius * (1 - Math.SQRT1_2)) + 2);
    return [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + d, r.top + d],
      [r.right - d, r.top + d],
      [r.left + d, r.bottom - d],
      [r.right - d, r.bottom - d],
    ];
  };

  /**
   * Fully inside the window, not covered and (with `withRing`) with room for
   * its focus ring. Replies in a scrolling box get the ring check only when
   * focused: the box scrolls a focused reply fully into view (scroll-padding).
   */
  const checkReachable = (el: Element, what: string, withRing = true) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) {
      problems.push(`${what} ${describe(el)} has no size (hidden?)`);
      return;
    }
    if (!inWindow(r)) {
      problems.push(`${what} ${describe(el)} is not fully inside the window (at ${box(r)})`);
      return;
    }
    for (const a of clippingBoxes(el)) {
      if (!within(r, a, 0)) {
        problems.push(`${what} ${describe(el)} is cut off by ${describe(a).slice(0, 60)} (at ${box(r)})`);
        return;
      }
      if (withRing && !within(r, a, ring)) {
        problems.push(
          `${what} ${describe(el)}: its focus ring would be cut off by ${describe(a).slice(0, 60)}`,
        );
        return;
      }
    }
    for (const [x, y] of points(el, r)) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || (hit !== el && !el.contains(hit))) {
        problems.push(
          `${what} ${describe(el)} is covered at (${Math.round(x)}, ${Math.round(y)}) by ${hit ? describe(hit).slice(0, 60) : 'nothing'}`,
        );
        return;
      }
    }
  };

  const shown = (el: Element) => {
    const s = getComputedStyle(el);
    return s.display !== 'none' && s.visibility !== 'hidden' && el.getClientRects().length > 0;
  };

  // Over a modal dialog only the dialog can be used: its own Quick exit counts.
  const modal = document.querySelector('dialog:modal');
  const scope: ParentNode = modal ?? document;
  const exits = [...scope.querySelectorAll('[data-testid="quick-exit"]')].filter(
    (el) => shown(el) && (modal || !el.closest('[inert]')),
  );
  if (exits.length === 0 && quickExit)
    problems.push(
      modal
        ? `no Quick exit inside the open dialog ${describe(modal).slice(0, 60)}`
        : 'no Quick exit on the screen',
    );
  for (const el of exits) checkReachable(el, 'Quick exit');

  if (protective && !modal) {
    const tools = [...document.querySelectorAll('[data-testid="toolbar"] button')].filter(shown);
    const choices = [...document.querySelectorAll('[data-testid="choice"]')].filter(shown);
    const end = document.querySelector('[data-testid="see-debrief"]');
    if (choices.length > 0 && tools.length === 0)
      problems.push('replies are offered but no protective button (Block, Report, …) is shown');
    for (const el of tools) checkReachable(el, 'protective button');
    if (end) checkReachable(end, 'the end button');
    // Replies may scroll in their own area; those shown in it must be in reach, and at least one must be.
    const visible = choices.filter((el) => {
      const r = el.getBoundingClientRect();
      return clippingBoxes(el).every((a) => within(r, a, 0));
    });
    if (choices.length > 0 && visible.length === 0)
      problems.push(`${choices.length} replies are offered but none is fully shown`);
    for (const el of visible) checkReachable(el, 'reply', el === document.activeElement);
  }

  const focused = document.activeElement;
  if (focused && focused !== document.body && focused !== document.documentElement) {
    const r = focused.getBoundingClientRect();
    if (!inWindow(r)) problems.push(`the focused ${describe(focused)} is outside the window (at ${box(r)})`);
    else if (!clippingBoxes(focused).every((a) => within(r, a, 0)))
      problems.push(`the focused ${describe(focused)} is scrolled out of its box (at ${box(r)})`);
    else if (
      focused.matches('button, a, input, select') &&
      !clippingBoxes(focused).every((a) => within(r, a, ring))
    )
      problems.push(`the focused ${describe(focused)} has its focus ring cut off (at ${box(r)})`);
  }
  return problems;
}
