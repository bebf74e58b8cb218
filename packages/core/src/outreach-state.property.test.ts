// Property tests of the outreach rules the product promises (PRODUCT.md, "Safety and ethics"): for any
// sequence of signals, dates and `now`, a stop holds until they open the door, a slip changes nothing,
// a wait holds to its date, and a safety risk closes outreach whatever follows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openInput, riskyAnswers, safeAnswers } from '../test/program-fixtures';
import { addDays, dateOf, instantOf, isStrictlyAfter, toIsoDate } from './dates';
import { outreachState, waitEndsOn } from './outreach-state';
import type { ProgramInput } from './program-input';
import type { Signal } from './signal';
import { SIGNAL_KINDS, signalGroup } from './signal-kinds';

const DAY_MS = 86_400_000;
const ORIGIN = Date.parse('2025-01-01T00:00:00Z');
const SPAN_DAYS = 150;

// Dates cluster in a few months so stops, opens and waits often land on the same or adjacent days.
const dateArb = fc.integer({ min: 0, max: SPAN_DAYS }).map((d) => toIsoDate(new Date(ORIGIN + d * DAY_MS)));
const instantArb = fc.integer({ min: 0, max: SPAN_DAYS * DAY_MS }).map((ms) => new Date(ORIGIN + ms));
const atArb = fc.oneof(
  dateArb,
  instantArb.map((d) => d.toISOString()),
);

const signalArb: fc.Arbitrary<Signal> = fc
  .record({
    kind: fc.constantFrom(...SIGNAL_KINDS),
    at: atArb,
    untilAfter: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    note: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  })
  .map(({ kind, at, untilAfter, note }) => ({
    kind,
    at,
    ...(signalGroup(kind) === 'wait' && untilAfter !== undefined
      ? { until: addDays(dateOf(at), untilAfter) }
      : {}),
    ...(note !== undefined ? { note } : {}),
  }));

const slipArb: fc.Arbitrary<Signal> = atArb.map((at) => ({ kind: 'slip', at }));

// The rest of the program varies too: finished or unfinished step 1, any no-contact period or none.
const baseArb: fc.Arbitrary<ProgramInput> = fc
  .record({
    noContact: fc.option(fc.record({ startedOn: dateArb, lengthDays: fc.integer({ min: 0, max: 120 }) }), {
      nil: undefined,
    }),
    stepOneDone: fc.boolean(),
    onboarded: fc.boolean(),
  })
  .map(({ noContact, stepOneDone, onboarded }) => {
    const base = openInput(stepOneDone ? {} : { changePlans: [] });
    const { noContact: _n, onboarding: _o, ...rest } = base;
    return {
      ...rest,
      ...(noContact ? { noContact } : {}),
      ...(onboarded ? { onboarding: { answers: [safeAnswers()] } } : {}),
    };
  });

const hasUnansweredStop = (signals: readonly Signal[]) =>
  signals.some(
    (stop) =>
      signalGroup(stop.kind) === 'stop' &&
      !signals.some((open) => signalGroup(open.kind) === 'open' && isStrictlyAfter(open.at, stop.at)),
  );

const runs = { numRuns: 500 };

describe('outreach rules, for any sequence of signals', () => {
  it('(a) a stop with no later open signal means closed, and only then (without a safety risk)', () => {
    fc.assert(
      fc.property(baseArb, fc.array(signalArb, { maxLength: 12 }), instantArb, (base, signals, now) => {
        const state = outreachState({ ...base, signals }, now).state;
        expect(state === 'closed').toBe(hasUnansweredStop(signals));
      }),
      runs,
    );
  });

  it('(a) a stop recorded after everything else always closes', () => {
    fc.assert(
      fc.property(
        baseArb,
        fc.array(signalArb, { maxLength: 12 }),
        fc.constantFrom('asked-no-contact', 'blocked', 'moving-on' as const),
        instantArb,
        (base, signals, kind, now) => {
          const last = toIsoDate(new Date(ORIGIN + (SPAN_DAYS + 1) * DAY_MS));
          expect(outreachState({ ...base, signals: [...signals, { kind, at: last }] }, now).state).toBe(
            'closed',
          );
        },
      ),
      runs,
    );
  });

  it('(b) slips change nothing: adding them anywhere leaves the state and reasons as they were', () => {
    fc.assert(
      fc.property(
        baseArb,
        fc.array(signalArb, { maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(), slipArb), { minLength: 1, maxLength: 5 }),
        instantArb,
        (base, signals, slips, now) => {
          const withSlips = [...signals];
          for (const [position, slip] of slips) withSlips.splice(position % (withSlips.length + 1), 0, slip);
          expect(outreachState({ ...base, signals: withSlips }, now)).toEqual(
            outreachState({ ...base, signals }, now),
          );
        },
      ),
      runs,
    );
  });

  it('(b) slips alone never open anything', () => {
    fc.assert(
      fc.property(baseArb, fc.array(slipArb, { maxLength: 8 }), instantArb, (base, slips, now) => {
        const before = outreachState({ ...base, signals: [] }, now).state;
        const after = outreachState({ ...base, signals: slips }, now).state;
        if (before !== 'open') expect(after).not.toBe('open');
      }),
      runs,
    );
  });

  it('(c) a wait never ends before its date: while now is before it, the state is not open', () => {
    fc.assert(
      fc.property(baseArb, fc.array(signalArb, { maxLength: 12 }), instantArb, (base, signals, now) => {
        const result = outreachState({ ...base, signals }, now);
        const today = toIsoDate(now);
        const active = signals.filter((s) => signalGroup(s.kind) === 'wait' && today < waitEndsOn(s));
        if (active.length === 0) return;
        expect(result.state).not.toBe('open');
        expect(result.state === 'closed' || result.state === 'waiting').toBe(true);
        if (result.state === 'waiting') {
          for (const wait of active) expect(result.until! >= waitEndsOn(wait)).toBe(true);
          expect(result.until! > today).toBe(true);
        }
      }),
      runs,
    );
  });

  it('(c) a wait holds through its last day and lifts on its date, in an otherwise open program', () => {
    const waitArb = signalArb.filter((s) => signalGroup(s.kind) === 'wait');
    const othersArb = fc.array(
      signalArb.filter((s) => signalGroup(s.kind) !== 'stop' && signalGroup(s.kind) !== 'wait'),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(waitArb, othersArb, fc.integer({ min: 0, max: DAY_MS * 200 }), (wait, others, offset) => {
        const start = instantOf(dateOf(wait.at));
        const end = instantOf(waitEndsOn(wait));
        const input = openInput({ signals: [...others, wait] });
        // Any instant from the wait's day up to a millisecond before its end date.
        const during = new Date(start + (end > start ? offset % (end - start) : 0));
        if (end > start) expect(outreachState(input, during).state).not.toBe('open');
        // From its end date on (and after the no-contact period), this wait no longer holds anything back.
        const after = new Date(Math.max(end, Date.parse('2025-02-01T00:00:00Z')) + (offset % DAY_MS));
        expect(outreachState(input, after).state).toBe('open');
      }),
      runs,
    );
  });

  it('(c) a wait’s until-date is never earlier than the signal allows', () => {
    fc.assert(
      fc.property(signalArb, (signal) => {
        if (signalGroup(signal.kind) === 'wait') expect(waitEndsOn(signal) >= dateOf(signal.at)).toBe(true);
      }),
    );
  });

  it('(d) the safety screen’s risk keeps it closed whatever signals follow', () => {
    fc.assert(
      fc.property(
        baseArb,
        fc.array(signalArb, { maxLength: 12 }),
        instantArb,
        fc.boolean(),
        (base, signals, now, earlierSafeSet) => {
          // An older "no risk" answer set must not outweigh the later risky one.
          const answers = earlierSafeSet
            ? [safeAnswers('2024-12-31'), riskyAnswers('2025-01-01')]
            : [riskyAnswers()];
          const result = outreachState({ ...base, onboarding: { answers }, signals }, now);
          expect(result.state).toBe('closed');
          expect(result.blockers.every((b) => b.code === 'safety-risk')).toBe(true);
        },
      ),
      runs,
    );
  });

  it('open means no blocker at all, and every other state lists at least one reason', () => {
    fc.assert(
      fc.property(baseArb, fc.array(signalArb, { maxLength: 12 }), instantArb, (base, signals, now) => {
        const result = outreachState({ ...base, signals }, now);
        if (result.state === 'open') expect(result.blockers).toEqual([]);
        else expect(result.reasons.length).toBeGreaterThan(0);
        expect(result.until !== undefined).toBe(result.state === 'waiting');
      }),
      runs,
    );
  });
});
