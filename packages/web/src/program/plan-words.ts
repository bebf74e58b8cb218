// Change-plan progress in words, for the text beside each progress bar.
import type { ActionProgress, Frequency, PlanProgress } from '@amends/core';
import { formatDate } from './words';

const PERIOD: Readonly<Record<Exclude<Frequency, 'once'>, { one: string; many: string; this: string }>> = {
  daily: { one: 'day', many: 'days', this: 'today' },
  weekly: { one: 'week', many: 'weeks', this: 'this week' },
  fortnightly: { one: 'two-week stretch', many: 'two-week stretches', this: 'in this two-week stretch' },
  monthly: { one: 'month', many: 'months', this: 'this month' },
};

/**
 * One action's progress, e.g. "Done this week. Done in 3 of 4 weeks so far; 2 in a row."
 */
export function actionProgressWords(progress: ActionProgress): string {
  if (progress.frequency === 'once') {
    return progress.lastDoneOn ? `Done on ${formatDate(progress.lastDoneOn)}.` : 'Not done yet.';
  }
  const period = PERIOD[progress.frequency];
  const now = progress.doneThisPeriod ? `Done ${period.this}.` : `Not done ${period.this} yet.`;
  const count = `Done in ${progress.completedPeriods} of ${progress.totalPeriods} ${
    progress.totalPeriods === 1 ? period.one : period.many
  } so far`;
  const streak = progress.streak > 1 ? `; ${progress.streak} in a row` : '';
  return `${now} ${count}${streak}.`;
}

/** A plan's progress, e.g. "1 of 2 actions done for now. 75% of everything due so far." */
export function planProgressWords(progress: PlanProgress): string {
  const total = progress.actions.length;
  if (total === 0) return 'No actions yet. Add one concrete action to start.';
  const percent = Math.round(progress.ratio * 100);
  return `${progress.doneThisPeriod} of ${total} ${total === 1 ? 'action' : 'actions'} done for now. ${percent}% of everything due so far.`;
}
