/**
 * A tiny element builder. Every visible string is set with textContent (never
 * innerHTML), so text from scenario packs can never become markup.
 */
type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  /** Attributes set with setAttribute (aria-*, role, type, for, …). */
  attrs?: Record<string, string | number | boolean | undefined>;
  /** `data-testid`, for the browser tests and the speed benchmark. */
  testid?: string;
  on?: { [K in keyof HTMLElementEventMap]?: (ev: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.text !== undefined) el.textContent = props.text;
  if (props.testid) el.dataset.testid = props.testid;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    el.addEventListener(type, handler as EventListener);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** A button with a visible label (and optional accessible name). */
export function button(label: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const b = h('button', { ...props, attrs: { type: 'button', ...props.attrs } });
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

let uid = 0;
/** A unique id for aria-labelledby / aria-describedby links. */
export function nextId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}
