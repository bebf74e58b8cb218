// Settings in Chromium: auto-lock time (kept encrypted, applied by the idle lock on a driven clock),
// sessions with the current one marked and others ended, passphrase change, and account deletion.
import { ApiClient, Vault } from '@amends/client';
import { expect, it } from 'vitest';
import { useAppUnderTest } from './app-under-test';
import { expectAxeClean, openPage, waitForHeading, webStorageDump } from './browser';
import { PASSPHRASE, signUpToHome, uniqueUsername, unlock } from './flows';

const app = useAppUnderTest();

/** Another signed-in session for the same account, from Node, as the CLI would make. */
async function otherSession(username: string, passphrase: string): Promise<ApiClient> {
  const api = new ApiClient({ baseUrl: app.server.url, cookieJar: true });
  await Vault.login(api, { username, passphrase });
  return api;
}

const NEW_PASSPHRASE = 'slow river under winter stars';

it('changes auto-lock, lists and ends sessions, changes the passphrase and deletes the account', async () => {
  const { page, context, foreignRequests, pageErrors } = await openPage(app.browser, app.server.url);
  // The idle lock runs on the page's clock, which the test moves forward instead of waiting.
  await page.clock.install();
  const username = uniqueUsername('settings');
  await signUpToHome(page, username);

  const [second, third] = await Promise.all([
    otherSession(username, PASSPHRASE),
    otherSession(username, PASSPHRASE),
  ]);

  await page.getByRole('link', { name: 'Settings' }).click();
  await waitForHeading(page, 'Settings');
  const sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  await expect.poll(() => sessions.count()).toBe(3);
  await expect.poll(() => sessions.filter({ hasText: 'This device' }).count()).toBe(1);
  await expectAxeClean(page, 'settings');

  // A save that fails says so and changes nothing: a minute of idling does not lock the page.
  const failWrites = (route: import('playwright-core').Route) =>
    route.request().method() === 'GET'
      ? route.continue()
      : route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'Try again later.' } }),
        });
  await page.route('**/api/items**', failWrites);
  await page.getByLabel('Lock after this long without activity').selectOption('1');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const autoLock = page.getByRole('region', { name: 'Automatic lock' });
  await expect.poll(() => autoLock.getByRole('alert').innerText()).not.toBe('');
  expect(await page.getByText('Saved. Amends now locks').count()).toBe(0);
  await page.clock.fastForward('01:05');
  await waitForHeading(page, 'Settings');
  expect(await page.getByRole('heading', { name: 'Amends is locked' }).count()).toBe(0);
  await page.unroute('**/api/items**', failWrites);

  // Auto-lock: one minute, saved as an encrypted item.
  await page.getByLabel('Lock after this long without activity').selectOption('1');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved. Amends now locks after 1 minute without activity.').waitFor();

  // End one of the other sessions.
  await page
    .getByRole('button', { name: /^End session on/ })
    .first()
    .click();
  await page.getByText(/^Ended the session on/).waitFor();
  await expect.poll(() => sessions.count()).toBe(2);
  const ended = await Promise.allSettled([second.sessions(), third.sessions()]);
  expect(ended.filter((r) => r.status === 'rejected')).toHaveLength(1);

  // Idle for a minute: the page locks itself and says why.
  await page.clock.fastForward('01:05');
  await waitForHeading(page, 'Amends is locked');
  await page.getByText('Amends locked itself after 1 minute without activity.', { exact: false }).waitFor();
  await expectAxeClean(page, 'unlock after idle');
  // Unlocking returns to the page the lock interrupted.
  await unlock(page, PASSPHRASE, 'Settings');

  // The setting came back from the encrypted item after unlocking.
  await expect.poll(() => page.getByLabel('Lock after this long without activity').inputValue()).toBe('1');

  // Change the passphrase: the one remaining other session ends.
  await page.getByLabel('Current passphrase').first().fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('New passphrase again', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await page
    .getByText('Your passphrase is changed. 1 other session was signed out.')
    .waitFor({ timeout: 60_000 });
  await expectAxeClean(page, 'settings after passphrase change');
  await expect.poll(() => sessions.count()).toBeGreaterThanOrEqual(1);

  // The new passphrase unlocks.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(page, NEW_PASSPHRASE, 'Settings');

  // Delete the account: the username typed and the passphrase proven.
  await page.getByLabel('Type your username to confirm').fill(username);
  await page.getByLabel('Your passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Delete my account and everything in it' }).click();
  await waitForHeading(page, 'Sign in', 60_000);
  await page.getByText('Your account and everything in it have been deleted').waitFor();
  await expectAxeClean(page, 'sign in after deletion');

  // The account is gone: signing in fails like any unknown name.
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: /do not match/ })
    .waitFor({ timeout: 60_000 });

  expect(foreignRequests).toEqual([]);
  const storage = await webStorageDump(page);
  expect(storage).not.toContain(PASSPHRASE);
  expect(storage).not.toContain(NEW_PASSPHRASE);
  expect(pageErrors).toEqual([]);
  await context.close();
});

it('signs this device out, with a reason, when its session is ended from another device', async () => {
  const { page, pageErrors } = await openPage(app.browser, app.server.url);
  const username = uniqueUsername('ended');
  await signUpToHome(page, username);
  // Home goes on loading the program after its heading shows; ended before that load, the session is
  // noticed by the load itself and the Settings link is gone before the click. Either way is right,
  // so the test waits for the load, and the click is what meets the ended session.
  await page.getByRole('link', { name: 'Begin with a few questions' }).waitFor();
  const elsewhere = await otherSession(username, PASSPHRASE);
  const browserSession = (await elsewhere.sessions()).sessions.find((s) => !s.current)!;
  await elsewhere.endSession(browserSession.id);

  await page.getByRole('link', { name: 'Settings' }).click();
  await waitForHeading(page, 'Sign in');
  await page.getByText('Your session has ended. Sign in again.').waitFor();
  expect(pageErrors).toEqual([]);
});
