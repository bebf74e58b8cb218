// The account path in real Chromium against the real server: sign up, keep the recovery key,
// lock, unlock, log out, sign in; axe on every screen; nothing leaves 127.0.0.1; nothing the user
// typed lands in web storage.
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './app-under-test';
import { expectAxeClean, hasHorizontalOverflow, openPage, waitForHeading, webStorageDump } from './browser';
import { PASSPHRASE, signIn, signUp, confirmRecoveryKeySaved, uniqueUsername, unlock } from './flows';

const app = useAppUnderTest();

describe('account path in Chromium', () => {
  it('signs up, saves the recovery key, locks, unlocks, logs out and signs in again', async () => {
    const { page, context, foreignRequests, pageErrors, failedLoads } = await openPage(
      app.browser,
      app.server.url,
    );
    const username = uniqueUsername('path');

    await page.goto('/');
    await waitForHeading(page, 'A private place to make amends');
    await expectAxeClean(page, 'welcome');
    // Opening the app signed out asks for this device's session and gets "none", not an error.
    expect(failedLoads).toEqual([]);

    const key = await signUp(page, username);
    expect(key).toMatch(/^AMND(-[0-9A-Z]{4}){13}-[0-9A-Z]{6}$/);
    await expectAxeClean(page, 'recovery key');

    // Continuing without ticking the box is refused, with the reason tied to the checkbox.
    await page.getByRole('button', { name: 'Continue to Amends' }).click();
    await expect
      .poll(() => page.getByLabel('I have saved my recovery key somewhere safe').getAttribute('aria-invalid'))
      .toBe('true');
    await expectAxeClean(page, 'recovery key, not confirmed');
    await confirmRecoveryKeySaved(page);
    // Six step cards, each a list item headed "Step N" (home's outreach reasons may also start "Step N:").
    await expect
      .poll(() =>
        page
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { name: /^Step \d/ }) })
          .count(),
      )
      .toBe(6);
    await expectAxeClean(page, 'home');

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await waitForHeading(page, 'Amends is locked');
    await expectAxeClean(page, 'unlock');

    // A wrong passphrase is named on the field.
    await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase at all');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page
      .getByText('That passphrase does not unlock this account. Try again.')
      .waitFor({ timeout: 30_000 });
    await expectAxeClean(page, 'unlock, wrong passphrase');

    await unlock(page);

    // After a reload the session is still there but the keys are not.
    await page.reload();
    await unlock(page);

    await page.getByRole('button', { name: 'Log out' }).click();
    await waitForHeading(page, 'Sign in');
    await expectAxeClean(page, 'sign in');
    await signIn(page, username);
    // The address follows the screen: home, not the sign-in form left behind.
    await page.waitForURL((url) => url.pathname === '/');

    expect(foreignRequests).toEqual([]);
    const storage = await webStorageDump(page);
    expect(storage).not.toContain(PASSPHRASE);
    expect(storage).not.toContain(username);
    expect(storage).not.toContain(key);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('works at 360 px wide without sideways scrolling', async () => {
    const { page, context } = await openPage(app.browser, app.server.url, { width: 360, height: 740 });
    await page.goto('/');
    await waitForHeading(page, 'A private place to make amends');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const middles = (selector: string): Promise<number[]> =>
      page
        .locator(selector)
        .evaluateAll((items) =>
          items.map((item) => item.getBoundingClientRect()).map((r) => r.top + r.height / 2),
        );
    const spread = (ys: number[]): number => Math.max(...ys) - Math.min(...ys);
    await signUp(page, uniqueUsername('narrow'));
    expect(await hasHorizontalOverflow(page)).toBe(false);
    // On the key screen Lock and Log out stay beside the brand: the whole header is one row.
    expect(await middles('.app-header__nav li')).toHaveLength(2);
    expect(spread(await middles('.app-header__brand, .app-header__nav li'))).toBeLessThan(4);
    await confirmRecoveryKeySaved(page);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    // The full set of links and buttons shares one row under the brand, not two: their middles line up.
    const links = await middles('.app-header__nav li');
    expect(links).toHaveLength(4);
    expect(spread(links)).toBeLessThan(4);
    expect(links[0]! - (await middles('.app-header__brand'))[0]!).toBeGreaterThan(10);
    await expectAxeClean(page, 'home at 360 px');
    await page.setViewportSize({ width: 320, height: 740 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await context.close();
  });
});
