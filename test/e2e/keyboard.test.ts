// Keyboard only: from the welcome screen to home with nothing but Tab, typing, Space and Enter,
// and the focus ring visible on the way.
import { expect, it } from 'vitest';
import { useAppUnderTest } from './app-under-test';
import { focusedName, openPage, tabTo, waitForHeading } from './browser';
import { PASSPHRASE, uniqueUsername } from './flows';

const app = useAppUnderTest();

const focusRingVisible = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });

it('signs up and reaches home with the keyboard alone', async () => {
  const { page, context, foreignRequests } = await openPage(app.browser, app.server.url);
  await page.goto('/');
  await waitForHeading(page, 'A private place to make amends');

  // The screen's heading has focus; just before it is the skip link, which leads into the main content.
  await page.keyboard.press('Shift+Tab');
  expect(await focusedName(page)).toBe('Skip to main content');
  expect(await focusRingVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

  await tabTo(page, 'Username');
  await page.keyboard.type(uniqueUsername('keys'));
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Passphrase');
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, 'Passphrase again');
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, 'Create account');
  expect(await focusRingVisible(page)).toBe(true);
  await page.keyboard.press('Enter');

  await waitForHeading(page, 'Save your recovery key');
  await tabTo(page, 'I have saved my recovery key somewhere safe');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Continue to Amends');
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'Your six steps');

  // Lock and unlock, still by keyboard: Enter in the passphrase field submits.
  await tabTo(page, 'Lock');
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'Amends is locked');
  await tabTo(page, 'Passphrase');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'Your six steps');

  expect(foreignRequests).toEqual([]);
  await context.close();
});
