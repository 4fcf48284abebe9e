/**
 * Applies the player's settings to the page: text size, font, contrast and
 * motion are CSS classes and the root font size (set through the CSSOM, which
 * the CSP allows), so every DOM screen follows them at once.
 */
import type { SettingsData } from './services/types';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function applySettings(s: SettingsData, root: HTMLElement = document.documentElement): void {
  const scale = Math.min(2, Math.max(1, s.textScale));
  // --screen-boost (game.css) enlarges everything a little on projectors.
  root.style.fontSize = `calc(${Math.round(scale * 100)}% * var(--screen-boost, 1))`;
  // Large text: the chat and the bars compact (game.css, `.large-text`) so the
  // chat stays a fixed window where only the messages scroll.
  root.classList.toggle('large-text', scale >= 1.5);
  root.classList.toggle('dyslexia-font', s.dyslexiaFont);
  root.classList.toggle('high-contrast', s.highContrast);
  root.classList.toggle('reduced-motion', s.reducedMotion || prefersReducedMotion());
}

export function motionReduced(s: SettingsData): boolean {
  return s.reducedMotion || prefersReducedMotion();
}
