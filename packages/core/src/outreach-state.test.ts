import { describe, expect, it } from 'vitest';
import { lonelyAttempt, OPEN_NOW, openInput, riskyAnswers, safeAnswers } from '../test/program-fixtures';
import { activeWaits, outreachState, unansweredStops, waitEndsOn } from './outreach-state';
import type { Signal } from './signal';

const codes = (state: ReturnType<typeof outreachState>) => state.blockers.map((b) => b.code);

describe('outreachState', () => {
  it('is open when everything is done and nothing stands in the way', () => {
    const state = outreachState(openInput(), OPEN_NOW);
    expect(state.state).toBe('open');
    expect(state.blockers).toEqual([]);
    expect(state.until).toBeUndefined();
  });

  it('is not-yet with every missing piece listed for a new user', () => {
    const state = outreachState({ behaviours: [], changePlans: [], signals: [] }, OPEN_NOW);
    expect(state.state).toBe('not-yet');
    expect(codes(state)).toEqual([
      'onboarding-missing',
      'motives-missing',
      'no-change-plan',
      'no-contact-missing',
    ]);
    expect(state.reasons).toHaveLength(4);
  });

  it('is not-yet when the motives check said not now', () => {
    const state = outreachState(openInput({ motives: { attempts: [lonelyAttempt()] } }), OPEN_NOW);
    expect(state.state).toBe('not-yet');
    expect(codes(state)).toEqual(['motives-not-now']);
  });

  it('is not-yet when a change plan has no actions or no behaviour', () => {
    expect(
      codes(outreachState(openInput({ changePlans: [{ behaviourId: 'b1', actions: [] }] }), OPEN_NOW)),
    ).toEqual(['no-change-plan']);
    expect(codes(outreachState(openInput({ behaviours: [] }), OPEN_NOW))).toEqual(['no-change-plan']);
  });

  it('waits while the no-contact period runs, until its end', () => {
    const state = outreachState(openInput(), new Date('2025-01-20T12:00:00Z'));
    expect(state).toMatchObject({ state: 'waiting', until: '2025-01-31' });
    expect(state.reasons[0]).toContain('11 days left');
  });

  it('waits until a wait signal’s date, and 30 days when none was set, saying so', () => {
    const withUntil = outreachState(
      openInput({ signals: [{ kind: 'asked-for-space', at: '2025-02-20', until: '2025-03-15' }] }),
      OPEN_NOW,
    );
    expect(withUntil).toMatchObject({ state: 'waiting', until: '2025-03-15' });
    const noUntil = outreachState(openInput({ signals: [{ kind: 'volatile', at: '2025-02-20' }] }), OPEN_NOW);
    expect(noUntil).toMatchObject({ state: 'waiting', until: '2025-03-22' });
    expect(noUntil.reasons[0]).toContain('No date was set, so the program waits 30 days');
  });

  it('reports the latest end among waits and the no-contact period', () => {
    const state = outreachState(
      openInput({
        noContact: { startedOn: '2025-02-01', lengthDays: 60 },
        signals: [
          { kind: 'asked-for-space', at: '2025-02-20', until: '2025-03-15' },
          { kind: 'life-change', at: '2025-02-21', until: '2025-03-05' },
        ],
      }),
      OPEN_NOW,
    );
    expect(state).toMatchObject({ state: 'waiting', until: '2025-04-02' });
    expect(codes(state)).toEqual(['wait-signal', 'wait-signal', 'no-contact-running']);
  });

  it('opens on a wait’s until-date, not before, even if they reached out meanwhile', () => {
    const input = openInput({
      signals: [
        { kind: 'asked-for-space', at: '2025-02-20', until: '2025-03-15' },
        { kind: 'reached-out', at: '2025-03-01' },
      ],
    });
    expect(outreachState(input, new Date('2025-03-14T23:59:59Z')).state).toBe('waiting');
    expect(outreachState(input, new Date('2025-03-15T00:00:00Z')).state).toBe('open');
  });

  it('closes on a stop signal, with the reason, and lists other blockers too', () => {
    const state = outreachState(
      openInput({ signals: [{ kind: 'asked-no-contact', at: '2025-02-10' }], noContact: undefined }),
      OPEN_NOW,
    );
    expect(state.state).toBe('closed');
    expect(state.reasons[0]).toBe(
      '2025-02-10: they asked for no contact. Outreach stays closed unless they reach out to you first.',
    );
    expect(codes(state)).toEqual(['stop-signal', 'no-contact-missing']);
    expect(state.until).toBeUndefined();
  });

  it('reopens only for an open signal strictly after the stop', () => {
    const stop: Signal = { kind: 'blocked', at: '2025-02-10' };
    expect(
      outreachState(openInput({ signals: [stop, { kind: 'reached-out', at: '2025-02-11' }] }), OPEN_NOW)
        .state,
    ).toBe('open');
    expect(
      outreachState(
        openInput({ signals: [stop, { kind: 'reached-out', at: '2025-02-10T18:00:00Z' }] }),
        OPEN_NOW,
      ).state,
    ).toBe('closed');
    expect(
      outreachState(openInput({ signals: [{ kind: 'open-to-talk', at: '2025-02-09' }, stop] }), OPEN_NOW)
        .state,
    ).toBe('closed');
    const timed: Signal = { kind: 'moving-on', at: '2025-02-10T09:00:00Z' };
    expect(
      outreachState(
        openInput({ signals: [timed, { kind: 'open-to-talk', at: '2025-02-10T10:00:00Z' }] }),
        OPEN_NOW,
      ).state,
    ).toBe('open');
  });

  it('closes again on a stop after a reopening', () => {
    const signals: Signal[] = [
      { kind: 'blocked', at: '2025-02-01' },
      { kind: 'reached-out', at: '2025-02-05' },
      { kind: 'moving-on', at: '2025-02-20' },
    ];
    const state = outreachState(openInput({ signals }), OPEN_NOW);
    expect(state.state).toBe('closed');
    expect(state.blockers).toHaveLength(1);
    expect(unansweredStops(signals)).toEqual([signals[2]]);
  });

  it('stays closed forever on a safety risk, listing only the safety reasons', () => {
    const state = outreachState(
      openInput({
        onboarding: { answers: [riskyAnswers()] },
        signals: [{ kind: 'reached-out', at: '2025-02-11' }],
      }),
      OPEN_NOW,
    );
    expect(state.state).toBe('closed');
    expect(codes(state).every((c) => c === 'safety-risk')).toBe(true);
    expect(state.reasons[1]).toBe('You said they made threats toward you.');
  });

  it('lifts a safety risk only by a corrected answer set', () => {
    const corrected = {
      answers: [riskyAnswers('2025-01-01T09:00:00Z'), safeAnswers('2025-01-01T09:10:00Z')],
    };
    expect(outreachState(openInput({ onboarding: corrected }), OPEN_NOW).state).toBe('open');
  });

  it('ignores slips', () => {
    const slip: Signal = { kind: 'slip', at: '2025-02-28', note: 'Sent a long message at midnight.' };
    expect(outreachState(openInput({ signals: [slip] }), OPEN_NOW)).toEqual(
      outreachState(openInput(), OPEN_NOW),
    );
  });

  it('refuses to open while a signal or onboarding item is unreadable', () => {
    const problem = {
      itemId: 'x',
      type: 'signal',
      error: { code: 'invalid-value' as const, message: 'bad', issues: [] },
    };
    const state = outreachState(openInput({ unreadable: [problem] }), OPEN_NOW);
    expect(state.state).toBe('not-yet');
    expect(codes(state)).toEqual(['unreadable-items']);
    expect(
      outreachState(openInput({ unreadable: [{ ...problem, type: 'behaviour' }] }), OPEN_NOW).state,
    ).toBe('open');
  });
});

describe('wait helpers', () => {
  it('computes wait ends and active waits', () => {
    expect(waitEndsOn({ kind: 'volatile', at: '2025-03-01T22:00:00-05:00' })).toBe('2025-04-01');
    expect(waitEndsOn({ kind: 'volatile', at: '2025-03-01', until: '2025-03-03' })).toBe('2025-03-03');
    const waits: Signal[] = [
      { kind: 'volatile', at: '2025-03-01', until: '2025-03-03' },
      { kind: 'blocked', at: '2025-03-01' },
    ];
    expect(activeWaits(waits, new Date('2025-03-02T00:00:00Z'))).toHaveLength(1);
    expect(activeWaits(waits, new Date('2025-03-03T00:00:00Z'))).toHaveLength(0);
  });
});
