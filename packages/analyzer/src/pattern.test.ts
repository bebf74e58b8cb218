// Alternations are shared within a rule set (see sharedAlt in pattern.ts); sharing must never join
// two that differ, or the matcher would read one's options for the other.
import { describe, expect, it } from 'vitest';
import { parsePattern, type El } from './pattern.js';
import { matchAt } from './program.js';
import { tokenize } from './tokenize.js';

const lexicons = { feelings: ['hurt', 'let down', 'upset', 'scared', 'so (sad|low)'] };
const alt = (els: El[], at: number): El => {
  const el = els[at]!;
  expect(el.t).toBe('alt');
  return el;
};
const matches = (els: El[], text: string): boolean => {
  const tokens = tokenize(text);
  return tokens.some((_, t) => matchAt(els, tokens, t, tokens.length) > 0);
};

describe('shared alternations', () => {
  it('gives every reference to a lexicon one element, and still matches through it', () => {
    const a = parsePattern('you @feelings me', lexicons);
    const b = parsePattern('i felt @feelings', lexicons);
    expect(alt(a, 1)).toBe(alt(b, 2));
    expect(matches(a, 'You let down me')).toBe(true);
    expect(matches(b, 'I felt so low')).toBe(true);
    expect(matches(b, 'I felt fine')).toBe(false);
  });

  it('shares the same written alternation, but not an optional one or one with other options', () => {
    const a = parsePattern('(always|never|constantly|forever) late', lexicons);
    const b = parsePattern('you are (always|never|constantly|forever)', lexicons);
    const optional = parsePattern('[always|never|constantly|forever] late', lexicons);
    const other = parsePattern('(always|never|constantly|ever) late', lexicons);
    expect(alt(a, 0)).toBe(alt(b, 2));
    expect(alt(optional, 0)).not.toBe(alt(a, 0));
    expect(alt(other, 0)).not.toBe(alt(a, 0));
    expect(matches(optional, 'late again')).toBe(true);
    expect(matches(a, 'late again')).toBe(false);
    expect(matches(other, 'ever late')).toBe(true);
    expect(matches(a, 'ever late')).toBe(false);
  });

  it('keeps rule sets apart: the same lexicon name in another set is its own element', () => {
    const mine = parsePattern('@feelings', lexicons);
    const theirs = parsePattern('@feelings', { feelings: ['calm'] });
    expect(alt(theirs, 0)).not.toBe(alt(mine, 0));
    expect(matches(theirs, 'calm')).toBe(true);
    expect(matches(theirs, 'hurt')).toBe(false);
  });

  it('takes words with combining marks, as the tokenizer reads them', () => {
    // "मरना चाहता" (Hindi, "want to die"): its vowel signs are combining marks.
    const els = parsePattern('मरना चाहता', {});
    expect(matches(els, 'मैं मरना चाहता हूँ')).toBe(true);
    expect(matches(els, 'मैं जीना चाहता हूँ')).toBe(false);
  });

  it("reads a word's closing apostrophe as the tokenizer does", () => {
    const els = parsePattern("(the kids'|your parents') party", {});
    expect(matches(els, "It was the kids' party")).toBe(true);
    expect(matches(els, 'It was your parents’ party')).toBe(true);
    expect(matches(els, 'It was the party')).toBe(false);
  });
});
