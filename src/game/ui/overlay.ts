/**
 * Shows a Preact tree (a dialog) as a direct child of the game's shell,
 * outside the current screen, until the returned function takes it away.
 * Used by promise-style questions such as `confirmDelete`.
 */
import { createPortal, render, type VNode } from 'preact';

export function showOverlay(host: HTMLElement, view: VNode): () => void {
  // The tree's own root stays detached; the portal puts its markup in `host`.
  const root = document.createElement('div');
  render(createPortal(view, host), root);
  return () => render(null, root);
}
