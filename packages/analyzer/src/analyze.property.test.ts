// Whatever the input, analyze returns and every span is a real, non-empty slice of the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { matcherSteps } from './program.js';
import type { Analysis } from './types.js';

function checkInvariants(text: string, a: Analysis): void {
  let prev = -1;
  for (const f of a.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.start).toBeGreaterThanOrEqual(prev);
    prev = f.start;
  }
  expect(new Set(a.components).size).toBe(a.components.length);
}

const phrases = [
  "I'm sorry if you were offended",
  'but I was exhausted',
  'you made me do it',
  'I want to die',
  'you never listen',
  '“quoted”',
  'مرحبا بك',
  'שלום',
  '👩‍❤️‍👨',
  '\uD800',
  '\uDC00',
  '...',
  '\n\n',
  "it's n't '",
];

describe('analyze on any string', () => {
  it('never throws and keeps spans inside the text (full unicode)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('apology', 'request', 'message'),
        (text, kind) => {
          checkInvariants(text, analyze(text, { kind }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles lone surrogates and arbitrary code units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkInvariants(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('handles mixtures of rule phrases, RTL text, emoji and broken surrogates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...phrases), { maxLength: 30 }),
        fc.constantFrom(' ', '', ', ', '. '),
        (parts, sep) => {
          const text = parts.join(sep);
          checkInvariants(text, analyze(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Counted in matcher steps, not milliseconds, so a busy machine cannot make it pass or fail: a
  // message twice as long takes about twice the work. A condition that rescans the whole message
  // for every hit would make it four times.
  it('does work in proportion to the message’s length', () => {
    const unit =
      "I'm sorry if you were offended, but I was exhausted. You always do this. I want to die. " +
      'If you loved me you would come back. I will show up at your work. ';
    const stepsFor = (copies: number): number => {
      const before = matcherSteps();
      analyze(unit.repeat(copies), { kind: 'apology' });
      return matcherSteps() - before;
    };
    const once = stepsFor(200);
    const twice = stepsFor(400);
    expect(twice / once).toBeLessThan(2.2);
    expect(twice / once).toBeGreaterThan(1.8);
  });

  it('handles a 1 MB message', () => {
    const unit = "I'm sorry if you were offended, but I was exhausted. 🙏 שלום \uD800 I want to die. ";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const a = analyze(text, { kind: 'apology' });
    checkInvariants(text, a);
    expect(a.findings.length).toBeGreaterThan(1000);
  });
});
