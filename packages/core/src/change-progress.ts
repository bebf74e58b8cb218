// Progress on change-plan actions, computed from ticks and `now`. Periods follow the calendar (days,
// Monday-start weeks, months) so "this week" means what the user expects; fortnights are counted from
// the Monday of the week the action started, so the first fortnight is a whole one.
import type { ChangeAction, ChangePlan } from './change-plan';
import { addDays, daysBetween, toIsoDate } from './dates';
import type { Frequency } from './frequency';

/** Progress on one action as of `now`. */
export interface ActionProgress {
  readonly actionId: string;
  readonly frequency: Frequency;
  /** Done at least once in the current period (for 'once': done at all). */
  readonly doneThisPeriod: boolean;
  /** The current period, start inclusive and end exclusive (YYYY-MM-DD); absent for 'once'. */
  readonly period?: { readonly start: string; readonly end: string };
  /** Consecutive done periods up to now; the current period does not break it until it is over. */
  readonly streak: number;
  /** Periods with at least one tick, from the start through the current one. */
  readonly completedPeriods: number;
  /** Periods from the action's start through the current one (0 before it starts). */
  readonly totalPeriods: number;
  /** completedPeriods / totalPeriods, 0 when nothing is due yet. */
  readonly ratio: number;
  readonly lastDoneOn?: string;
}

/** Progress on a whole plan. */
export interface PlanProgress {
  readonly actions: readonly ActionProgress[];
  readonly doneThisPeriod: number;
  /** Mean of the actions' ratios, 0 for an empty plan. */
  readonly ratio: number;
}

const MONDAY_EPOCH = '1970-01-05';

function mondayOf(date: string): string {
  return addDays(date, -(((daysBetween(MONDAY_EPOCH, date) % 7) + 7) % 7));
}

// Each repeating frequency numbers its periods; consecutive periods have consecutive indexes.
interface Periods {
  index(date: string): number;
  start(index: number): string;
}

function periodsFor(frequency: Exclude<Frequency, 'once'>, startedOn: string): Periods {
  switch (frequency) {
    case 'daily':
      return { index: (d) => daysBetween(MONDAY_EPOCH, d), start: (i) => addDays(MONDAY_EPOCH, i) };
    case 'weekly':
      return {
        index: (d) => Math.floor(daysBetween(MONDAY_EPOCH, d) / 7),
        start: (i) => addDays(MONDAY_EPOCH, i * 7),
      };
    case 'fortnightly': {
      const anchor = mondayOf(startedOn);
      return { index: (d) => Math.floor(daysBetween(anchor, d) / 14), start: (i) => addDays(anchor, i * 14) };
    }
    case 'monthly':
      return {
        index: (d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1,
        start: (i) =>
          `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      };
  }
}

/** Progress on one action, e.g. `actionProgress(action, now).streak`. */
export function actionProgress(action: ChangeAction, now: Date): ActionProgress {
  const today = toIsoDate(now);
  // Ticks dated after today are typos or time-zone edges; they cannot count as done yet.
  const ticks = [...new Set(action.ticks.filter((tick) => tick <= today))].sort();
  const lastDoneOn = ticks[ticks.length - 1];
  const base = { actionId: action.id, frequency: action.frequency, ...(lastDoneOn ? { lastDoneOn } : {}) };

  if (action.frequency === 'once') {
    const done = ticks.length > 0;
    const due = today >= action.startedOn || done;
    return {
      ...base,
      doneThisPeriod: done,
      streak: done ? 1 : 0,
      completedPeriods: done ? 1 : 0,
      totalPeriods: due ? 1 : 0,
      ratio: done ? 1 : 0,
    };
  }

  const periods = periodsFor(action.frequency, action.startedOn);
  const current = periods.index(today);
  const first = periods.index(action.startedOn);
  const done = new Set(ticks.map((tick) => periods.index(tick)).filter((i) => i >= first && i <= current));
  const totalPeriods = Math.max(0, current - first + 1);
  const doneThisPeriod = done.has(current);

  let streak = 0;
  for (let i = doneThisPeriod ? current : current - 1; done.has(i); i -= 1) streak += 1;

  return {
    ...base,
    doneThisPeriod,
    period: { start: periods.start(current), end: periods.start(current + 1) },
    streak,
    completedPeriods: done.size,
    totalPeriods,
    ratio: totalPeriods === 0 ? 0 : done.size / totalPeriods,
  };
}

/** Progress on every action of a plan. */
export function planProgress(plan: ChangePlan, now: Date): PlanProgress {
  const actions = plan.actions.map((action) => actionProgress(action, now));
  return {
    actions,
    doneThisPeriod: actions.filter((a) => a.doneThisPeriod).length,
    ratio: actions.length === 0 ? 0 : actions.reduce((sum, a) => sum + a.ratio, 0) / actions.length,
  };
}
