// Shared Chromium helpers for the end-to-end tests: launch, a page that records where it talks to,
// axe, keyboard moves and what the page keeps in storage.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

export { CHROMIUM, launchBrowser } from './chromium';

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Every request URL that went anywhere but the test server's host. */
  foreignRequests: string[];
  /** Console errors (other than HTTP error statuses) and uncaught exceptions on the page. */
  pageErrors: string[];
  /**
   * Requests the server answered with an error status, as Chromium logs them ("Failed to load
   * resource"), with their URL: a wrong passphrase is one, but opening the app signed out is not.
   */
  failedLoads: string[];
}

/** A page in its own context (own cookies), recording requests that leave 127.0.0.1. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:';
    if (!local) foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const failedLoads: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs every error status; a test that expects one (a wrong passphrase) checks these.
    if (message.text().startsWith('Failed to load resource'))
      failedLoads.push(`${message.location().url}: ${message.text()}`);
    else pageErrors.push(message.text());
  });
  return { context, page, foreignRequests, pageErrors, failedLoads };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now and fails with a readable list of violations. */
export async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const problems = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(problems, `axe on "${screen}"`).toEqual([]);
}

/** The page's own name for what has focus: its label, aria-label or text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const aria = el.getAttribute('aria-label');
    if (aria) return aria;
    const input = el as HTMLInputElement;
    if (input.labels && input.labels.length > 0) return input.labels[0]!.textContent?.trim() ?? '';
    return el.textContent?.trim() ?? '';
  });
}

/** Presses Tab until the focused element's name matches, using only the keyboard. */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 40): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached "${String(name)}"`);
}

/** Everything in localStorage and sessionStorage, as one string to search. */
export function webStorageDump(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => {
        const key = storage.key(i) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      }).join('\n');
    return `${dump(localStorage)}\n${dump(sessionStorage)}`;
  });
}

/** True when the page scrolls sideways at its current width. */
export function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Waits for a screen by its h1; generous, because Argon2id on two busy cores can take seconds. */
export async function waitForHeading(page: Page, name: string | RegExp, timeout = 60_000): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout });
}
