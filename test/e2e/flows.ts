// The account steps as a person takes them with a mouse and keyboard, for tests to build on.
import type { Page } from 'playwright-core';
import { waitForHeading } from './browser';

let counter = 0;
/** A username no other test in this run uses. */
export function uniqueUsername(prefix = 'e2e'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

export const PASSPHRASE = 'quiet harbour lantern morning';

/** Signs up from the welcome screen and returns the recovery key shown afterwards. */
export async function signUp(page: Page, username: string, passphrase = PASSPHRASE): Promise<string> {
  await page.goto('/');
  await waitForHeading(page, 'A private place to make amends');
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Passphrase again', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Create account' }).click();
  await waitForHeading(page, 'Save your recovery key');
  return (await page.getByTestId('recovery-key').textContent()) ?? '';
}

/** Ticks "saved" on the recovery key screen and continues to home. */
export async function confirmRecoveryKeySaved(page: Page): Promise<void> {
  await page.getByLabel('I have saved my recovery key somewhere safe').check();
  await page.getByRole('button', { name: 'Continue to Amends' }).click();
  await waitForHeading(page, 'Your six steps');
}

/** A new account, on home. */
export async function signUpToHome(page: Page, username: string, passphrase = PASSPHRASE): Promise<string> {
  const key = await signUp(page, username, passphrase);
  await confirmRecoveryKeySaved(page);
  return key;
}

/** Unlocks from the lock screen; the app returns to the page it was on (home by default). */
export async function unlock(
  page: Page,
  passphrase = PASSPHRASE,
  returnsTo: string | RegExp = 'Your six steps',
): Promise<void> {
  await waitForHeading(page, 'Amends is locked');
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await waitForHeading(page, returnsTo);
}

export async function signIn(page: Page, username: string, passphrase = PASSPHRASE): Promise<void> {
  await page.goto('/sign-in');
  await waitForHeading(page, 'Sign in');
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await waitForHeading(page, 'Your six steps');
}
