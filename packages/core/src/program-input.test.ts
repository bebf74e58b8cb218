import { describe, expect, it } from 'vitest';
import { readyAttempt, safeAnswers } from '../test/program-fixtures';
import type { Item } from './item';
import { isItemType, ITEM_TYPES } from './item';
import { programInputFromItems } from './program-input';

let counter = 0;
function item(type: string, value: unknown, createdAt = '2025-01-01T00:00:00Z'): Item {
  counter += 1;
  return { id: `i${counter}`, type, version: 1, createdAt, updatedAt: createdAt, value };
}

describe('programInputFromItems', () => {
  it('sorts each item type into the program input', () => {
    const behaviour = item('behaviour', { catalogueId: 'anger', whatHappened: 'x', impactOnThem: 'y' });
    const input = programInputFromItems([
      item('onboarding', { answers: [safeAnswers()] }),
      item('motives-check', { attempts: [readyAttempt()] }),
      behaviour,
      item('change-plan', { behaviourId: behaviour.id, actions: [] }),
      item('no-contact', { startedOn: '2025-01-01', lengthDays: 30 }),
      item('signal', { kind: 'blocked', at: '2025-01-05' }),
      item('journal', { text: 'not ours' }),
    ]);
    expect(input.onboarding?.answers).toHaveLength(1);
    expect(input.motives?.attempts).toHaveLength(1);
    expect(input.behaviours).toEqual([
      { id: behaviour.id, value: { catalogueId: 'anger', whatHappened: 'x', impactOnThem: 'y' } },
    ]);
    expect(input.changePlans).toHaveLength(1);
    expect(input.noContact).toEqual({ startedOn: '2025-01-01', lengthDays: 30 });
    expect(input.signals).toEqual([{ kind: 'blocked', at: '2025-01-05' }]);
    expect(input.unreadable).toBeUndefined();
  });

  it('lists unreadable items instead of dropping them silently', () => {
    const bad = item('signal', { kind: 'ghosted', at: '2025-01-05' });
    const input = programInputFromItems([bad]);
    expect(input.signals).toEqual([]);
    expect(input.unreadable).toEqual([
      { itemId: bad.id, type: 'signal', error: expect.objectContaining({ code: 'invalid-value' }) },
    ]);
  });

  it('merges duplicate history items and keeps the newest no-contact period', () => {
    const input = programInputFromItems([
      item('onboarding', { answers: [safeAnswers('2025-01-01')] }),
      item('onboarding', { answers: [safeAnswers('2025-01-02')] }),
      item('motives-check', { attempts: [readyAttempt()] }),
      item('motives-check', { attempts: [readyAttempt()] }),
      item('no-contact', { startedOn: '2025-02-01', lengthDays: 10 }, '2025-02-01T00:00:00Z'),
      item('no-contact', { startedOn: '2025-01-01', lengthDays: 30 }, '2025-01-01T00:00:00Z'),
    ]);
    expect(input.onboarding?.answers).toHaveLength(2);
    expect(input.motives?.attempts).toHaveLength(2);
    expect(input.noContact?.startedOn).toBe('2025-02-01');
  });

  it('knows its item types', () => {
    expect(Object.values(ITEM_TYPES)).toEqual([
      'onboarding',
      'motives-check',
      'behaviour',
      'change-plan',
      'no-contact',
      'signal',
    ]);
    expect(isItemType('signal')).toBe(true);
    expect(isItemType('journal')).toBe(false);
  });
});
