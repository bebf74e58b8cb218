// The program's steps as a person takes them in the browser, for the program e2e tests.
import { MOTIVES_QUESTIONS, SCREEN_QUESTIONS, type ScreenQuestion } from '@amends/core';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForHeading } from './browser';

const SAFETY_QUESTIONS: Record<ScreenQuestion, string> = {
  violence: 'Was there physical violence in the relationship?',
  threats: 'Were there threats?',
  'coercive-control': 'Was there coercive control?',
  'protective-order': 'Is there, or was there, a protective or restraining order?',
};

/** Clicks a link in the page's main content (not the header) and waits for the next heading. */
export async function follow(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('main').getByRole('link', { name: link, exact: true }).click();
  await waitForHeading(page, heading);
}

/** Back to the home screen through the header. */
export async function goHome(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Home' }).click();
  await waitForHeading(page, 'Your six steps');
  await page.getByRole('heading', { name: /^Step 6/ }).waitFor();
}

/** Answers onboarding; `risk` answers one safety question yes. */
export async function answerOnboarding(
  page: Page,
  options: { risk?: { question: ScreenQuestion; answer: string } } = {},
): Promise<void> {
  await page.getByRole('radio', { name: 'Partnership' }).check();
  await page.getByLabel('When did it end?').fill('2026-01-15');
  await page.getByRole('radio', { name: 'They ended it' }).check();
  await page
    .getByLabel('In a few sentences, how did it end?')
    .fill('We drifted, and then they said it was over.');
  for (const question of SCREEN_QUESTIONS) {
    const answer = options.risk?.question === question ? options.risk.answer : 'No';
    await page
      .getByRole('group', { name: SAFETY_QUESTIONS[question] })
      .getByRole('radio', { name: answer, exact: true })
      .check();
  }
  await page.getByRole('button', { name: 'Save my answers' }).click();
}

/** Rates every statement: growth, change and respect high, the pull motives low. */
export async function takeGrowthMotivesCheck(page: Page): Promise<void> {
  for (const question of MOTIVES_QUESTIONS) {
    const growth = ['growth', 'commitment-to-change', 'respect-for-their-choice'].includes(question.motive);
    await page
      .getByRole('group', { name: question.statement })
      .getByRole('radio', { name: growth ? '5 · Very true of me' : '1 · Not true of me' })
      .check();
  }
  await page.getByRole('button', { name: 'See my result' }).click();
}

/** The outreach panel on a program screen. */
export function outreachPanel(page: Page): Locator {
  return page.locator('section[data-outreach-state]');
}

/** The home card for one step. */
export function stepCard(page: Page, step: number): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^Step ${step}\\b`) }) });
}

/** Waits until an element's text matches. */
export async function expectText(locator: Locator, pattern: RegExp): Promise<void> {
  await expect.poll(async () => (await locator.textContent()) ?? '', { timeout: 15_000 }).toMatch(pattern);
}
