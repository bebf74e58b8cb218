import { describe, expect, it } from 'vitest';
import type { ChangeAction } from './change-plan';
import { actionProgress, planProgress } from './change-progress';

const action = (over: Partial<ChangeAction>): ChangeAction => ({
  id: 'a',
  text: 'x',
  frequency: 'daily',
  startedOn: '2025-03-01',
  ticks: [],
  ...over,
});
const at = (date: string) => new Date(`${date}T12:00:00Z`);

describe('actionProgress', () => {
  it('counts daily streaks without breaking on an unfinished today', () => {
    const a = action({ ticks: ['2025-03-01', '2025-03-02', '2025-03-03'] });
    expect(actionProgress(a, at('2025-03-04'))).toMatchObject({
      doneThisPeriod: false,
      streak: 3,
      completedPeriods: 3,
      totalPeriods: 4,
      ratio: 0.75,
      lastDoneOn: '2025-03-03',
      period: { start: '2025-03-04', end: '2025-03-05' },
    });
    expect(actionProgress(a, at('2025-03-03')).streak).toBe(3);
    expect(actionProgress(a, at('2025-03-05')).streak).toBe(0);
  });

  it('uses Monday-start weeks', () => {
    // 2025-03-03 is a Monday.
    const a = action({ frequency: 'weekly', startedOn: '2025-03-05', ticks: ['2025-03-06', '2025-03-10'] });
    expect(actionProgress(a, at('2025-03-12'))).toMatchObject({
      doneThisPeriod: true,
      period: { start: '2025-03-10', end: '2025-03-17' },
      streak: 2,
      totalPeriods: 2,
      ratio: 1,
    });
  });

  it('counts fortnights from the Monday of the starting week', () => {
    const a = action({ frequency: 'fortnightly', startedOn: '2025-03-05', ticks: ['2025-03-16'] });
    const p = actionProgress(a, at('2025-03-20'));
    expect(p.period).toEqual({ start: '2025-03-17', end: '2025-03-31' });
    expect(p).toMatchObject({ doneThisPeriod: false, streak: 1, completedPeriods: 1, totalPeriods: 2 });
  });

  it('uses calendar months, across a year end', () => {
    const a = action({
      frequency: 'monthly',
      startedOn: '2024-11-20',
      ticks: ['2024-11-30', '2024-12-01', '2025-01-15'],
    });
    expect(actionProgress(a, at('2025-01-31'))).toMatchObject({
      period: { start: '2025-01-01', end: '2025-02-01' },
      streak: 3,
      ratio: 1,
    });
  });

  it('treats once as done or not', () => {
    expect(actionProgress(action({ frequency: 'once' }), at('2025-03-02'))).toMatchObject({
      doneThisPeriod: false,
      totalPeriods: 1,
      ratio: 0,
    });
    expect(
      actionProgress(action({ frequency: 'once', ticks: ['2025-03-02'] }), at('2025-03-02')),
    ).toMatchObject({
      doneThisPeriod: true,
      streak: 1,
      ratio: 1,
    });
    expect(actionProgress(action({ frequency: 'once' }), at('2025-02-01')).totalPeriods).toBe(0);
  });

  it('ignores future ticks and ticks before the start, and is zero before the start', () => {
    const a = action({ ticks: ['2025-02-01', '2025-03-10'] });
    expect(actionProgress(a, at('2025-03-02'))).toMatchObject({
      completedPeriods: 0,
      streak: 0,
      lastDoneOn: '2025-02-01',
    });
    expect(actionProgress(action({}), at('2025-02-01'))).toMatchObject({ totalPeriods: 0, ratio: 0 });
  });
});

describe('planProgress', () => {
  it('sums actions', () => {
    const p = planProgress(
      { behaviourId: 'b', actions: [action({ id: 'a', ticks: ['2025-03-02'] }), action({ id: 'b' })] },
      at('2025-03-02'),
    );
    expect(p.doneThisPeriod).toBe(1);
    expect(p.ratio).toBe(0.25);
    expect(planProgress({ behaviourId: 'b', actions: [] }, at('2025-03-02')).ratio).toBe(0);
  });
});
