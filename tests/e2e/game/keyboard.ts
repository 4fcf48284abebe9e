/** Keyboard-only navigation: Tab until a control has the focus, then a key. */
import type { Locator, Page } from '@playwright/test';

/** Presses Tab (up to `max` times) until `target` has the focus. Waits for it to exist first. */
export async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  await target.waitFor({ state: 'attached' });
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`Could not reach ${target} with Tab (focus is on ${focused})`);
}

/** Tab to a control and activate it with Enter. */
export async function press(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}
