import { describe, expect, it } from 'vitest';
import { lonelyAttempt, OPEN_NOW, openInput, riskyAnswers } from '../test/program-fixtures';
import { outreachState } from './outreach-state';
import {
  canDeliverApology,
  canMakeRequest,
  currentStep,
  programPlan,
  STEPS,
  stepsOverview,
} from './program-steps';

const statuses = (plan: ReturnType<typeof programPlan>) => plan.steps.map((s) => s.status);

describe('program steps', () => {
  it('names the six steps in order', () => {
    expect(STEPS.map((s) => s.key)).toEqual(['why', 'space', 'apology', 'change', 'reassurance', 'request']);
  });

  it('starts a new user on step 1 with space available and the rest locked', () => {
    const plan = programPlan({ behaviours: [], changePlans: [], signals: [] }, OPEN_NOW);
    expect(plan.needsOnboarding).toBe(true);
    expect(plan.currentStep).toBe(1);
    expect(statuses(plan)).toEqual(['current', 'available', 'locked', 'locked', 'locked', 'locked']);
    expect(plan.mode).toBe('reconciliation');
    expect(plan.safetyResources).toEqual([]);
  });

  it('keeps step 1 current while the motives check says not now', () => {
    const input = openInput({ motives: { attempts: [lonelyAttempt()] } });
    expect(currentStep(input, OPEN_NOW)).toBe(1);
    expect(stepsOverview(input, OPEN_NOW)[0]?.reasons[0]).toContain('not now');
  });

  it('moves to step 2 while the no-contact period runs, with apology drafting available but not delivery', () => {
    const plan = programPlan(openInput(), new Date('2025-01-20T00:00:00Z'));
    expect(plan.currentStep).toBe(2);
    expect(statuses(plan)).toEqual(['done', 'current', 'available', 'available', 'available', 'locked']);
    expect(plan.steps[2]?.reasons[0]).toContain('Delivering your apology waits until outreach is open');
    expect(plan.steps[5]?.reasons[0]).toBe('Outreach is waiting.');
  });

  it('moves to step 3 once outreach is open, and unlocks the request only after the apology', () => {
    const plan = programPlan(openInput(), OPEN_NOW);
    expect(plan.outreach.state).toBe('open');
    expect(plan.currentStep).toBe(3);
    expect(statuses(plan)).toEqual(['done', 'done', 'current', 'available', 'available', 'locked']);
    expect(plan.steps[5]?.reasons).toEqual(['Apologise first; the request comes after the apology.']);
    const later = programPlan(openInput(), OPEN_NOW, { apology: true, change: true });
    expect(later.currentStep).toBe(5);
    expect(statuses(later)).toEqual(['done', 'done', 'done', 'done', 'current', 'available']);
    const all = { apology: true, change: true, reassurance: true, request: true };
    expect(statuses(programPlan(openInput(), OPEN_NOW, all))).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
      'done',
    ]);
    expect(currentStep(openInput(), OPEN_NOW, all)).toBe(6);
  });

  it('turns to moving forward after a stop: space stays current, reassurance and request lock', () => {
    const plan = programPlan(openInput({ signals: [{ kind: 'moving-on', at: '2025-02-10' }] }), OPEN_NOW, {
      apology: true,
    });
    expect(plan.mode).toBe('moving-forward');
    expect(plan.currentStep).toBe(2);
    expect(statuses(plan)).toEqual(['done', 'current', 'done', 'available', 'locked', 'locked']);
    expect(plan.steps[5]?.reasons).toContain('Outreach is closed.');
  });

  it('offers safety resources and self-work instead of reconciliation when the screen finds risk', () => {
    const plan = programPlan(openInput({ onboarding: { answers: [riskyAnswers()] } }), OPEN_NOW);
    expect(plan.mode).toBe('safety');
    expect(plan.safetyResources.length).toBeGreaterThan(0);
    expect(statuses(plan)).toEqual(['done', 'done', 'locked', 'current', 'locked', 'locked']);
    expect(plan.steps[2]?.reasons[0]).toContain('safety screen');
  });

  it('gates apology delivery and the request on an open outreach state only', () => {
    const now = OPEN_NOW;
    expect(canDeliverApology(outreachState(openInput(), now))).toBe(true);
    expect(canMakeRequest(outreachState(openInput(), now))).toBe(true);
    for (const state of ['not-yet', 'waiting', 'closed'] as const) {
      expect(canDeliverApology({ state, reasons: [], blockers: [] })).toBe(false);
      expect(canMakeRequest({ state, reasons: [], blockers: [] })).toBe(false);
    }
  });
});
