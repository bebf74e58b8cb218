// The gate in front of the regex rules may let through more than they match, never less.
import { describe, expect, it } from 'vitest';
import { compileEngine } from './engine.js';
import { anyOfRegexes } from './regex-gate.js';
import { RULE_SET } from './rules/compiled.generated.js';

const sources = [
  '(?:^|[.!?]\\s+)(lovely|great),?\\s+just\\s+\\1\\s*[.!]',
  '\\bi know (your|ur) (address|number)\\b',
  '[(]not really[)]',
  '\\(sigh\\)',
];

describe('anyOfRegexes', () => {
  const gate = anyOfRegexes(sources)!;

  it('matches every text one of the sources matches', () => {
    const texts = [
      'lovely, just lovely.',
      'ok. great just great!',
      'and i know ur address',
      'fine (not really)',
      'well (sigh) ok',
    ];
    for (const text of texts) {
      expect(sources.some((s) => new RegExp(s).test(text))).toBe(true);
      expect(gate.test(text)).toBe(true);
    }
  });

  it('does not match a text none of them matches', () => {
    expect(gate.test('i know your mum is well, lovely to hear')).toBe(false);
  });

  it('turns its groups into non-capturing ones, escaped and in-class brackets left alone', () => {
    // A match of the empty alternative reports one slot per capturing group: none but the match.
    expect(new RegExp(`${gate.source}|`).exec('')!.length).toBe(1);
    expect(gate.source).toContain('\\(sigh\\)');
    expect(gate.source).toContain('[(]not really[)]');
  });

  it('gives up on named groups and on no sources at all', () => {
    expect(anyOfRegexes(['(?<word>hi) \\k<word>'])).toBeNull();
    expect(anyOfRegexes([])).toBeNull();
  });

  it('is built for the shipped rules, so they get the cheap scan', () => {
    expect(compileEngine(RULE_SET).regexGate).not.toBeNull();
  });
});
