// The program's first two steps in real Chromium against the real server: onboarding, step 1 (motives,
// a behaviour with a change plan and a tick), step 2 (a no-contact period run to its end with the
// browser's clock, then a stop signal), and every screen toward contact showing "closed" with the
// reason. A second person answers the safety screen with a risk: safety resources, outreach closed,
// and an open signal does not reopen it. Axe on every screen reached.
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './app-under-test';
import { expectAxeClean, hasHorizontalOverflow, openPage, waitForHeading, webStorageDump } from './browser';
import { signUpToHome, uniqueUsername } from './flows';
import {
  answerOnboarding,
  expectText,
  follow,
  goHome,
  outreachPanel,
  stepCard,
  takeGrowthMotivesCheck,
} from './program-support';

const app = useAppUnderTest();

const START = new Date('2026-03-02T10:00:00Z');
const AFTER_THE_PERIOD = new Date('2026-03-20T10:00:00Z');
const STOP_REASON = /they asked for no contact\. Outreach stays closed unless they reach out to you first\./;
const SECRET_NOTE = 'She wrote: please do not contact me again (private note)';

describe('the program in Chromium', () => {
  it('goes through onboarding, step 1 and step 2; a stop signal closes every screen toward contact', async () => {
    const { page, context, foreignRequests, pageErrors } = await openPage(app.browser, app.server.url);
    await page.clock.setFixedTime(START);
    await signUpToHome(page, uniqueUsername('program'));

    // Home: onboarding first.
    await page.getByRole('heading', { name: 'Start here' }).waitFor();
    await expectAxeClean(page, 'home, new');
    await follow(page, 'Begin with a few questions', 'Before you begin');
    await expectAxeClean(page, 'onboarding');

    // Sending it empty names every missing answer, tied to its field.
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please check these answers' }).waitFor();
    expect(
      await page.getByRole('group', { name: 'What was the relationship?' }).getAttribute('aria-describedby'),
    ).toMatch(/error/);
    await expectAxeClean(page, 'onboarding with errors');

    await answerOnboarding(page);
    await waitForHeading(page, /Why do you want another chance\?/);
    await page.getByText('Your answers are saved. Step 1 is next').waitFor();
    await expectAxeClean(page, 'step 1, new');

    // Step 1: the motives check, with a growth result.
    await follow(page, 'Take the motives check', 'The motives check');
    await expectAxeClean(page, 'motives check');
    await takeGrowthMotivesCheck(page);
    await page.getByRole('heading', { name: 'Your result: Ready to go on' }).waitFor();
    await page.getByRole('heading', { name: 'Your earlier results' }).waitFor();
    await expectAxeClean(page, 'motives result');
    await follow(page, 'Back to step 1', /Why do you want another chance\?/);

    // One behaviour, with what happened and how it affected them.
    await page.getByLabel('Which behaviour?').selectOption('poor-communication');
    await page.getByLabel('What happened?').fill('Hard talks turned into silence on my side.');
    await page.getByLabel('How did it affect them?').fill('They felt shut out and alone with problems.');
    await page.getByRole('button', { name: 'Add this behaviour' }).click();
    await page.getByRole('heading', { name: 'Poor communication', level: 3 }).waitFor();

    // Its change plan: a suggested action, then ticked off with the keyboard.
    await page.getByRole('radio', { name: /Learn a technique such as Gottman's soft start-up/ }).check();
    await page.getByRole('button', { name: 'Add to plan' }).click();
    const tick = page.getByRole('checkbox', { name: /I did this today\s+\(action: Learn a technique/ });
    await tick.focus();
    await page.keyboard.press('Space');
    await expectText(page.locator('.plan__action'), /Done on 2 March 2026\./);
    const bar = page.getByRole('progressbar', { name: 'Progress on the change plan for Poor communication' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    await page.getByRole('heading', { name: 'Step 1 is done' }).waitFor();
    await expectAxeClean(page, 'step 1, done');

    // Step 2: no-contact period, counting from today.
    await follow(page, 'Go on to step 2: give them space', /Give them space/);
    await expectText(outreachPanel(page), /Outreach is not open yet.*set a no-contact period first/s);
    await expectAxeClean(page, 'step 2, new');
    await page.getByLabel('Length in days').fill('14');
    await page.getByRole('button', { name: 'Start the period' }).click();
    await expectText(page.locator('.counter'), /Day 0\s+of 14/);
    await expectText(outreachPanel(page), /Outreach is waiting until 16 March 2026/);
    // Dates inside the reasons read as words too, like every other date on the screen.
    await expectText(outreachPanel(page), /runs until 16 March 2026 \(14 days left\)/);
    expect(await outreachPanel(page).textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await expectAxeClean(page, 'step 2, period running');

    // The period runs out: the clock moves on, and home reads it afresh.
    await page.clock.setFixedTime(AFTER_THE_PERIOD);
    await goHome(page);
    await expectText(stepCard(page, 3), /Outreach is open/);
    await follow(page, 'Go to step 2', /Give them space/);
    await expectText(page.locator('.counter'), /Day 18/);
    await page.getByText('Finished on 16 March 2026.').waitFor();
    expect(await outreachPanel(page).getAttribute('data-outreach-state')).toBe('open');

    // They ask for no contact: recorded, and outreach closes with the reason, kindly.
    await page.getByRole('radio', { name: 'They asked for no contact' }).check();
    await page.getByText('Recording this closes outreach.').waitFor();
    await page.getByLabel('Note (optional)').fill(SECRET_NOTE);
    await page.getByRole('button', { name: 'Record this signal' }).click();
    await expectText(outreachPanel(page), /Outreach is closed: they have asked for distance/);
    await expectText(outreachPanel(page), STOP_REASON);
    await page.getByRole('heading', { name: 'Moving forward' }).waitFor();
    await expectText(page.locator('.history'), /They asked for no contact/);
    await expectAxeClean(page, 'step 2, closed');

    // Home: the outreach panel gives the reason once; the cards for steps 3 to 6 each say closed and
    // link to it, without repeating the reasons.
    await goHome(page);
    await expectText(outreachPanel(page), /Outreach is closed: they have asked for distance/);
    await expectText(outreachPanel(page), STOP_REASON);
    for (const step of [3, 4, 5, 6]) {
      await expectText(stepCard(page, step), /Outreach is closed: they have asked for distance/);
      expect(await stepCard(page, step).textContent()).not.toMatch(STOP_REASON);
    }
    const panelId = await outreachPanel(page).getAttribute('id');
    expect(panelId).toBeTruthy();
    const seeWhy = stepCard(page, 6).getByRole('link', { name: 'see why above' });
    expect(await seeWhy.getAttribute('href')).toBe(`#${panelId}`);
    await seeWhy.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(panelId);
    await expectAxeClean(page, 'home, closed');

    // The apology and the request are locked, with the reason.
    await follow(page, 'See step 3', /Apologise sincerely/);
    await page.getByRole('heading', { name: 'Delivering your apology is locked.' }).waitFor();
    await expectText(outreachPanel(page), STOP_REASON);
    await expectAxeClean(page, 'step 3, locked');
    await goHome(page);
    await follow(page, 'See step 6', /Ask respectfully/);
    await page.getByRole('heading', { name: 'Making your request is locked.' }).waitFor();
    await expectText(outreachPanel(page), STOP_REASON);
    await expectAxeClean(page, 'step 6, locked');

    // A mistaken answer is corrected by a new answer set; the earlier one stays in the history.
    await goHome(page);
    await follow(page, 'Your answers about the relationship and safety', 'About you and them');
    await page.getByRole('radio', { name: 'Marriage' }).check();
    await page.getByRole('button', { name: 'Save corrected answers' }).click();
    await page.getByText('Your corrected answers are saved.').waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'History of your answers' }).getByRole('listitem').count())
      .toBe(2);
    await expectText(page.getByRole('region', { name: 'History of your answers' }), /In force.*Marriage/s);
    await expectAxeClean(page, 'onboarding, corrected');

    // At 360 px, none of the program screens scrolls sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await goHome(page);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await follow(page, 'Go to step 2', /Give them space/);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await goHome(page);
    await follow(page, 'Go to step 1', /Why do you want another chance\?/);
    expect(await hasHorizontalOverflow(page)).toBe(false);

    expect(foreignRequests).toEqual([]);
    expect(await webStorageDump(page)).not.toContain('private note');
    expect(page.url()).not.toContain('private');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('with a safety risk: safety resources, outreach closed, no steps toward them, and no signal reopens it', async () => {
    const { page, context, pageErrors } = await openPage(app.browser, app.server.url);
    await page.clock.setFixedTime(START);
    await signUpToHome(page, uniqueUsername('safety'));
    await follow(page, 'Begin with a few questions', 'Before you begin');
    await answerOnboarding(page, { risk: { question: 'threats', answer: 'Yes, they made threats' } });

    await page.getByRole('heading', { name: 'Safety comes first' }).waitFor();
    await page.getByText('National Domestic Violence Hotline').waitFor();
    await expectText(outreachPanel(page), /Outreach is closed, for everyone’s safety/);
    await expectText(outreachPanel(page), /You said they made threats toward you\./);
    await page.getByRole('heading', { name: 'History of your answers' }).waitFor();
    await expectAxeClean(page, 'onboarding, risk');

    await goHome(page);
    await page.getByRole('heading', { name: 'Safety comes first' }).waitFor();
    await expectText(outreachPanel(page), /You said they made threats toward you\./);
    for (const step of [3, 5, 6]) {
      await expectText(stepCard(page, step), /Locked.*Because of the safety screen/s);
    }
    expect(await page.getByRole('link', { name: 'See step 3' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'See step 6' }).count()).toBe(0);
    await expectAxeClean(page, 'home, risk');

    // They reach out warmly: recorded, and still closed.
    await follow(page, 'Go to step 2', /Give them space/);
    await expectText(outreachPanel(page), /Outreach is closed, for everyone’s safety/);
    await page.getByRole('radio', { name: 'They reached out warmly' }).check();
    await page.getByRole('button', { name: 'Record this signal' }).click();
    await expectText(page.locator('.history'), /They reached out warmly/);
    expect(await outreachPanel(page).getAttribute('data-outreach-state')).toBe('closed');
    await expectText(outreachPanel(page), /Outreach is closed, for everyone’s safety/);
    await expectAxeClean(page, 'step 2, risk');

    await goHome(page);
    await expectText(stepCard(page, 4), /Outreach is closed, for everyone’s safety/);
    expect(await page.getByRole('link', { name: 'See step 6' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
