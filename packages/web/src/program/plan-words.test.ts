import { actionProgress, planProgress, tickAction, type ChangePlan } from '@amends/core';
import { describe, expect, it } from 'vitest';
import { addActionFromDraft, checkBehaviour, EMPTY_ACTION, EMPTY_BEHAVIOUR } from './behaviour-form';
import { actionProgressWords, planProgressWords } from './plan-words';

const now = new Date('2026-03-04T10:00:00Z'); // a Wednesday
const plan: ChangePlan = {
  behaviourId: 'b1',
  actions: [
    {
      id: 'a1',
      text: 'Weekly check-in',
      frequency: 'weekly',
      startedOn: '2026-02-16',
      ticks: ['2026-02-17'],
    },
    { id: 'a2', text: 'Book a course', frequency: 'once', startedOn: '2026-03-01', ticks: [] },
  ],
};

describe('progress words', () => {
  it('says what is done this period and across the periods so far', () => {
    const ticked = tickAction(plan, 'a1', '2026-03-03');
    const [weekly, once] = planProgress(ticked, now).actions;
    expect(actionProgressWords(weekly!)).toBe('Done this week. Done in 2 of 3 weeks so far.');
    expect(actionProgressWords(once!)).toBe('Not done yet.');
    expect(planProgressWords(planProgress(ticked, now))).toBe(
      '1 of 2 actions done for now. 33% of everything due so far.',
    );
  });

  it('counts a streak and dates a one-off', () => {
    const streaked = tickAction(tickAction(plan, 'a1', '2026-02-24'), 'a1', '2026-03-02');
    expect(actionProgressWords(actionProgress(streaked.actions[0]!, now))).toBe(
      'Done this week. Done in 3 of 3 weeks so far; 3 in a row.',
    );
    const done = tickAction(plan, 'a2', '2026-03-02');
    expect(actionProgressWords(actionProgress(done.actions[1]!, now))).toBe('Done on 2 March 2026.');
  });

  it('invites a first action on an empty plan', () => {
    expect(planProgressWords(planProgress({ behaviourId: 'b1', actions: [] }, now))).toMatch(/Add one/);
  });
});

describe('behaviour form', () => {
  it('needs a behaviour and both texts', () => {
    const result = checkBehaviour(EMPTY_BEHAVIOUR);
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual([
      'source',
      'whatHappened',
      'impactOnThem',
    ]);
  });
  it('takes a catalogue behaviour or a title of the user’s own', () => {
    const filled = { ...EMPTY_BEHAVIOUR, whatHappened: 'I went quiet.', impactOnThem: 'They felt alone.' };
    const listed = checkBehaviour({ ...filled, source: 'poor-communication' });
    expect(listed.ok && listed.behaviour.catalogueId).toBe('poor-communication');
    const own = checkBehaviour({ ...filled, source: 'own', ownTitle: '  Sulking ' });
    expect(own.ok && own.behaviour.customTitle).toBe('Sulking');
    const untitled = checkBehaviour({ ...filled, source: 'own' });
    expect(!untitled.ok && untitled.problems[0]?.field).toBe('ownTitle');
  });
});

describe('adding an action', () => {
  const suggestions = [{ text: 'Learn a technique', frequency: 'once' as const }];
  const context = { behaviourId: 'b1', plan: undefined, suggestions, today: '2026-03-04', newId: () => 'x1' };

  it('starts a plan from a suggestion, keeping its frequency unless another is chosen', () => {
    const result = addActionFromDraft({ ...EMPTY_ACTION, source: '0' }, context);
    expect(result.ok && result.plan).toEqual({
      behaviourId: 'b1',
      actions: [
        { id: 'x1', text: 'Learn a technique', frequency: 'once', startedOn: '2026-03-04', ticks: [] },
      ],
    });
    const weekly = addActionFromDraft({ ...EMPTY_ACTION, source: '0', frequency: 'weekly' }, context);
    expect(weekly.ok && weekly.plan.actions[0]?.frequency).toBe('weekly');
  });

  it('needs words and a frequency for an action of the user’s own, and refuses a duplicate', () => {
    const result = addActionFromDraft({ ...EMPTY_ACTION, source: 'own' }, context);
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['ownText', 'frequency']);
    const first = addActionFromDraft(
      { source: 'own', ownText: 'Call a friend', frequency: 'weekly' },
      context,
    );
    if (!first.ok) throw new Error('expected ok');
    const again = addActionFromDraft(
      { source: 'own', ownText: 'Call a friend', frequency: 'daily' },
      { ...context, plan: first.plan, newId: () => 'x2' },
    );
    expect(again.ok).toBe(false);
  });
});
