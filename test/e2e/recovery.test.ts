// Recovery in real Chromium against the real server: the recovery key read from the page and saved as
// a download, a forgotten passphrase replaced through the recover screen, what was written before
// still readable afterwards, and the old passphrase refused. Axe on the recover screen.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { useAppUnderTest } from './app-under-test';
import { expectAxeClean, openPage, waitForHeading, webStorageDump } from './browser';
import { confirmRecoveryKeySaved, PASSPHRASE, signIn, signUp, uniqueUsername, unlock } from './flows';
import { answerOnboarding, follow, goHome } from './program-support';

const app = useAppUnderTest();

const NEW_PASSPHRASE = 'amber kettle over the hills';
const ENDING = 'We drifted, and then they said it was over.';
// Key derivation at production cost on two busy cores.
const SLOW = 90_000;

it('recovers with the saved key: a new passphrase opens the same writing and the old one no longer does', async () => {
  const { page, context, foreignRequests, pageErrors } = await openPage(app.browser, app.server.url);
  const username = uniqueUsername('recover');

  // The key as the page shows it, and the same key in the downloaded file.
  const key = await signUp(page, username);
  expect(key).toMatch(/^AMND(-[0-9A-Z]{4}){13}-[0-9A-Z]{6}$/);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Download as a text file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`amends-recovery-key-${username}.txt`);
  const file = await readFile(await download.path(), 'utf8');
  expect(file.split('\n')).toContain(key);
  expect(file).toContain(`Account: ${username}`);
  await page.getByText('Downloaded. Move the file somewhere safe').waitFor();
  await confirmRecoveryKeySaved(page);

  // Things written before: a setting and an onboarding answer, both encrypted items.
  await page.getByRole('link', { name: 'Settings' }).click();
  await waitForHeading(page, 'Settings');
  await page.getByLabel('Lock after this long without activity').selectOption('15');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved. Amends now locks after 15 minutes without activity.').waitFor();
  await goHome(page);
  await follow(page, 'Begin with a few questions', 'Before you begin');
  await answerOnboarding(page);
  await waitForHeading(page, /Why do you want another chance\?/);

  await page.getByRole('button', { name: 'Log out' }).click();
  await waitForHeading(page, 'Sign in');

  // The recover screen, reached from sign-in; sent empty, it names each missing answer on its field.
  await follow(page, 'Use your recovery key', 'Set a new passphrase with your recovery key');
  await expectAxeClean(page, 'recover');
  await page.getByRole('button', { name: 'Set new passphrase' }).click();
  await expect
    .poll(() => page.getByLabel('Username', { exact: true }).getAttribute('aria-invalid'))
    .toBe('true');
  expect(await page.getByLabel('Recovery key').getAttribute('aria-invalid')).toBe('true');
  await expectAxeClean(page, 'recover, with errors');

  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Recovery key').fill(key);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByText('This passphrase meets the policy.').waitFor();
  await page.getByLabel('New passphrase again', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Set new passphrase' }).click();
  await waitForHeading(page, 'Your six steps', SLOW);
  await page.getByText('Your new passphrase is set').waitFor();

  // What was written before is still readable with the keys the recovery opened.
  await page.getByRole('link', { name: 'Settings' }).click();
  await waitForHeading(page, 'Settings');
  await expect
    .poll(() => page.getByLabel('Lock after this long without activity').inputValue(), { timeout: 15_000 })
    .toBe('15');
  await goHome(page);
  await follow(page, 'Your answers about the relationship and safety', 'About you and them');
  await expect
    .poll(() => page.getByLabel('In a few sentences, how did it end?').inputValue(), { timeout: 15_000 })
    .toBe(ENDING);

  // The old passphrase no longer signs in; the new one does.
  await page.getByRole('button', { name: 'Log out' }).click();
  await waitForHeading(page, 'Sign in');
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: /username and passphrase do not match/ })
    .waitFor({ timeout: SLOW });
  await signIn(page, username, NEW_PASSPHRASE);

  expect(foreignRequests).toEqual([]);
  const storage = await webStorageDump(page);
  for (const secret of [key, PASSPHRASE, NEW_PASSPHRASE]) expect(storage).not.toContain(secret);
  expect(pageErrors).toEqual([]);
  await context.close();
}, 240_000);

/** Home has read the stored settings, so a reminder that is not shown will not appear later. */
async function settingsLoaded(page: import('playwright-core').Page): Promise<void> {
  await page.locator('[data-settings="loaded"]').waitFor();
}

it('keeps asking about a recovery key never confirmed as saved, until a new one is', async () => {
  const { page, context, pageErrors } = await openPage(app.browser, app.server.url);
  await signUp(page, uniqueUsername('unsaved'));
  // The browser closes on the key screen: "I have saved it" is never ticked.
  await page.reload();
  await unlock(page);
  const reminder = page.getByRole('region', { name: 'Is your recovery key saved?' });
  await reminder.waitFor({ timeout: 15_000 });
  await expectAxeClean(page, 'home with the recovery key reminder');

  await follow(page, 'Make a new recovery key in Settings', 'Settings');
  const section = page.getByRole('region', { name: 'Recovery key', exact: true });
  await section.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Make a new recovery key' }).click();
  await section.getByTestId('recovery-key').waitFor({ timeout: SLOW });
  await section.getByLabel('I have saved my recovery key somewhere safe').check();
  await section.getByRole('button', { name: 'Done' }).click();
  await section.getByText('Your new recovery key is in place.').waitFor();

  await goHome(page);
  await settingsLoaded(page);
  expect(await reminder.count()).toBe(0);
  // Confirmed is remembered: after a reload and unlock the reminder stays away.
  await page.reload();
  await unlock(page);
  await settingsLoaded(page);
  expect(await reminder.count()).toBe(0);
  expect(pageErrors).toEqual([]);
  await context.close();
});

it('does not ask once the key was confirmed at sign-up', async () => {
  const { page, context } = await openPage(app.browser, app.server.url);
  await signUp(page, uniqueUsername('saved'));
  await confirmRecoveryKeySaved(page);
  await page.getByRole('link', { name: 'Go to step 1' }).waitFor();
  await page.reload();
  await unlock(page);
  await settingsLoaded(page);
  expect(await page.getByRole('region', { name: 'Is your recovery key saved?' }).count()).toBe(0);
  await context.close();
});
