/**
 * The top bar folds language and settings into a menu when the window is
 * narrow or the text large (src/game/ui/top-bar.tsx). Journeys that go to
 * the settings open that menu first, the way a person would, when it is there.
 */
import type { Locator, Page } from '@playwright/test';
import { press } from './keyboard';

type Use = (target: Locator) => Promise<void>;

/** Opens the top bar's menu if the bar is folded and the menu closed. */
export async function unfoldTopBar(page: Page, use: Use = (l) => press(page, l)): Promise<void> {
  const menu = page.getByTestId('topbar-menu');
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await use(menu);
}

/** Goes to the settings from the top bar, by keyboard unless `use` says otherwise. */
export async function openSettings(page: Page, use: Use = (l) => press(page, l)): Promise<void> {
  await unfoldTopBar(page, use);
  await use(page.getByTestId('open-settings'));
}
