// Taking back what was written in step 1, in real Chromium against the real server: an action
// removed from a change plan (asked first, answered with the keyboard), then a whole behaviour with
// its plan. What is removed is gone after a reload too. Axe while the question is open.
import { expect, it } from 'vitest';
import { useAppUnderTest } from './app-under-test';
import { expectAxeClean, openPage, waitForHeading } from './browser';
import { PASSPHRASE, signUpToHome, unlock, uniqueUsername } from './flows';
import { answerOnboarding, follow } from './program-support';

const app = useAppUnderTest();

it('removes an action and then a behaviour, each after asking', async () => {
  const { page, context, pageErrors } = await openPage(app.browser, app.server.url);
  await signUpToHome(page, uniqueUsername('removal'));
  await follow(page, 'Begin with a few questions', 'Before you begin');
  await answerOnboarding(page);
  await waitForHeading(page, /Why do you want another chance\?/);

  await page.getByLabel('Which behaviour?').selectOption('poor-communication');
  await page.getByLabel('What happened?').fill('Hard talks turned into silence on my side.');
  await page.getByLabel('How did it affect them?').fill('They felt shut out and alone with problems.');
  await page.getByRole('button', { name: 'Add this behaviour' }).click();
  const card = page.getByRole('article', { name: 'Poor communication' });
  await card.waitFor();

  // Two actions in the plan.
  await card.getByRole('radio', { name: /Learn a technique such as Gottman's soft start-up/ }).check();
  await card.getByRole('button', { name: 'Add to plan' }).click();
  await card.locator('.plan__action').first().waitFor();
  await card.getByRole('button', { name: 'Add an action' }).click();
  await card.getByRole('radio', { name: 'An action in my own words' }).check();
  await card.getByLabel('The action, in your words').fill('Say when I need a break, and come back');
  await card.getByLabel('How often?').selectOption('weekly');
  await card.getByRole('button', { name: 'Add to plan' }).click();
  await expect.poll(() => card.locator('.plan__action').count()).toBe(2);

  // Remove the first: asked first, "Keep it" changes nothing and gives focus back.
  const removeFirst = card.getByRole('button', { name: /^Remove \(action: Learn a technique/ });
  await removeFirst.click();
  const question = card.getByRole('group', { name: 'Remove this action and the days you ticked it?' });
  await question.waitFor();
  await expectAxeClean(page, 'step 1, asking before removing an action');
  await question.getByRole('button', { name: 'Keep it' }).click();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
    .toMatch(/^Remove \(action: Learn a technique/);
  expect(await card.locator('.plan__action').count()).toBe(2);

  // Now with the keyboard: Enter asks, Enter on the focused answer removes.
  await removeFirst.focus();
  await page.keyboard.press('Enter');
  await question.waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => card.locator('.plan__action').count()).toBe(1);
  // Focus stays where the action was: on its plan's heading.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Change plan');
  await expect
    .poll(() => card.locator('.plan__action').first().textContent())
    .toMatch(/Say when I need a break/);

  // Remove the behaviour with its plan.
  await card.getByRole('button', { name: 'Remove this behaviour (Poor communication)' }).click();
  await card
    .getByRole('group', {
      name: /Remove "Poor communication", what you wrote about it and its change plan\?/,
    })
    .getByRole('button', { name: 'Yes, remove' })
    .click();
  await expect.poll(() => card.count()).toBe(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? '')).toBe('H1');
  await page.getByText('Removed: Poor communication.').waitFor();

  // Gone for good: after a reload and unlock, step 1 has no behaviour.
  await page.reload();
  await unlock(page, PASSPHRASE, /Why do you want another chance\?/);
  await page.getByLabel('Which behaviour?').waitFor();
  expect(await page.getByRole('article', { name: 'Poor communication' }).count()).toBe(0);
  expect(pageErrors).toEqual([]);
  await context.close();
});
