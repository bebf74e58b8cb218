import { describe, expect, it } from 'vitest';
import {
  hasActions,
  parseChangePlan,
  removeAction,
  tickAction,
  untickAction,
  type ChangePlan,
} from './change-plan';

const plan: ChangePlan = {
  behaviourId: 'b1',
  actions: [{ id: 'a1', text: 'Weekly check-in', frequency: 'weekly', startedOn: '2025-01-06', ticks: [] }],
};

describe('change plan', () => {
  it('parses and rejects with reasons', () => {
    expect(parseChangePlan(plan).ok).toBe(true);
    expect(parseChangePlan({ ...plan, actions: [{ ...plan.actions[0], frequency: 'hourly' }] }).ok).toBe(
      false,
    );
    const dup = parseChangePlan({ ...plan, actions: [plan.actions[0], plan.actions[0]] });
    expect(!dup.ok && dup.error.message).toContain('unique');
  });

  it('ticks once per day, keeps ticks sorted and can undo a tick', () => {
    const ticked = tickAction(
      tickAction(tickAction(plan, 'a1', '2025-01-08'), 'a1', '2025-01-07'),
      'a1',
      '2025-01-08',
    );
    expect(ticked.actions[0]?.ticks).toEqual(['2025-01-07', '2025-01-08']);
    expect(untickAction(ticked, 'a1', '2025-01-07').actions[0]?.ticks).toEqual(['2025-01-08']);
    expect(tickAction(plan, 'other', '2025-01-08')).toEqual(plan);
    expect(plan.actions[0]?.ticks).toEqual([]);
  });

  it('removes an action with its history, and nothing else', () => {
    const two: ChangePlan = {
      ...plan,
      actions: [...plan.actions, { ...plan.actions[0]!, id: 'a2', text: 'Therapy', ticks: ['2025-01-07'] }],
    };
    expect(removeAction(two, 'a2')).toEqual(plan);
    expect(removeAction(two, 'nope')).toEqual(two);
    expect(hasActions(removeAction(plan, 'a1'))).toBe(false);
  });

  it('knows whether it has actions', () => {
    expect(hasActions(plan)).toBe(true);
    expect(hasActions({ behaviourId: 'b1', actions: [] })).toBe(false);
  });
});
