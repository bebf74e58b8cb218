import { programPlan, type ProgramInput } from '@amends/core';
import { describe, expect, it } from 'vitest';
import { cardLink, cardOutreachLine, cardReasons } from './overview-words';

const now = new Date('2026-03-02T10:00:00Z');
const stopped: ProgramInput = {
  behaviours: [],
  changePlans: [],
  signals: [{ kind: 'asked-no-contact', at: '2026-03-01T09:00:00Z' }],
};

describe('home card words', () => {
  it('does not repeat the outreach reasons or lead with "Step N:"', () => {
    const plan = programPlan(stopped, now);
    const request = plan.steps[5]!;
    expect(request.status).toBe('locked');
    expect(cardReasons(request, plan.outreach)).toEqual([]);
    const why = plan.steps[0]!;
    expect(cardReasons(why, plan.outreach)[0]).toBe('Take the motives check first.');
  });

  it('states outreach in one line on a card and points to the panel for why', () => {
    const plan = programPlan(stopped, now);
    expect(cardOutreachLine(plan.outreach, plan.mode)).toEqual({
      state: 'Outreach is closed: they have asked for distance',
      pointer: 'see why above',
    });
    expect(cardOutreachLine({ state: 'open', reasons: [], blockers: [] }, 'reconciliation')).toEqual({
      state: 'Outreach is open',
      pointer: 'see what that means above',
    });
  });

  it('offers no step toward them under a safety risk', () => {
    const plan = programPlan(stopped, now);
    expect(cardLink(plan.steps[2]!, 'safety')).toBeUndefined();
    expect(cardLink(plan.steps[2]!, 'moving-forward')?.text).toBe('See step 3');
    expect(cardLink(plan.steps[0]!, 'safety')?.text).toBe('Go to step 1');
  });
});
