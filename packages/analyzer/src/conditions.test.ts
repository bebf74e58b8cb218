// The context conditions that reach past the sentence or pin a neighbour: message_has,
// followed_by, preceded_by; and reported speech, which must not swallow "I said it".
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { loadRuleFiles } from './rules/load.js';

const sources = { name: 'rules/sources.yml', text: 'sources:\n  test: A test source\n' };

/** A one-rule set: pattern plus the given YAML condition lines under `unless:`. */
function ruleWith(pattern: string, unless: string[]) {
  const text = [
    'rules:',
    '  - id: vague.test',
    '    category: vague',
    '    severity: warning',
    '    kind: phrase',
    `    pattern: ${pattern}`,
    ...(unless.length ? ['    unless:', ...unless.map((u) => `      - ${u}`)] : []),
    '    message: m',
    '    source: test',
  ].join('\n');
  const { ruleSet, errors } = loadRuleFiles([sources, { name: 'rules/vague.yml', text }]);
  expect(errors).toEqual([]);
  return ruleSet;
}

const flagged = (text: string, rules: ReturnType<typeof ruleWith>): boolean =>
  analyze(text, {}, rules).findings.length > 0;

describe('message_has', () => {
  const rules = ruleWith('sorry for everything', ["{message_has: 'i (read|lied)'}"]);

  it('looks at every sentence of the message, however far away', () => {
    expect(
      flagged('Sorry for everything. It was a long year. The kids miss you. I read your diary.', rules),
    ).toBe(false);
  });

  it('still lets the rule fire when the message lacks it', () => {
    expect(flagged('Sorry for everything. It was a long year. The kids miss you.', rules)).toBe(true);
  });
});

describe('followed_by and preceded_by', () => {
  const after = ruleWith('i know your schedule', ["{followed_by: '(is|was) (packed|busy)'}"]);
  const before = ruleWith('outside your flat', ["{preceded_by: '(wait|waited|waiting)'}"]);

  it('followed_by only counts words that start right where the match ends', () => {
    expect(flagged('I know your schedule is packed.', after)).toBe(false);
    expect(flagged('I know your schedule, and yes, my week is packed.', after)).toBe(true);
  });

  it('preceded_by only counts words that end right where the match starts', () => {
    expect(flagged("I'm not going to wait outside your flat again.", before)).toBe(false);
    expect(flagged('I waited all day, then I parked outside your flat.', before)).toBe(true);
  });
});

describe('reported speech', () => {
  const rules = ruleWith('i was drunk', ['in_quote']);

  it('treats what follows "you said" as their words', () => {
    expect(flagged('You said I was drunk that night.', rules)).toBe(false);
    expect(flagged('You said it was because I was drunk.', rules)).toBe(false);
  });

  it('does not treat "I said it" as reporting anyone', () => {
    expect(flagged('I only said it because I was drunk.', rules)).toBe(true);
    expect(flagged('I said those things when I was drunk.', rules)).toBe(true);
  });
});

describe('in_if_clause', () => {
  const rules = ruleWith('it was my choice', ['in_if_clause']);

  it('covers the if-clause and what "and"/"or" add to it without punctuation', () => {
    expect(flagged('If it was my choice or yours I would know.', rules)).toBe(false);
  });

  it('ends at the comma: the consequence is not part of the condition', () => {
    expect(flagged('If the kids ask, tell them it was my choice.', rules)).toBe(true);
  });
});

describe('sentence_end', () => {
  const rules = ruleWith('but i did', ['sentence_end']);

  it('holds when only punctuation follows the match in its sentence', () => {
    expect(flagged('I never meant to hurt you, but I did. I know that.', rules)).toBe(false);
  });

  it('does not hold when the sentence goes on', () => {
    expect(flagged('I never meant to, but I did try to tell you.', rules)).toBe(true);
  });
});

describe('negation', () => {
  const rules = ruleWith('(you|u) (realise|realize|understand)', ['negated']);

  it('reaches the words it negates, across a few words', () => {
    expect(flagged('Not once did you realise it.', rules)).toBe(false);
    expect(flagged('No way you understand this.', rules)).toBe(false);
  });

  it('stops where a new subject starts another verb: "I don\'t think you realise"', () => {
    expect(flagged("I don't think you realise what this did to me.", rules)).toBe(true);
    expect(flagged("I don't believe you understand how scared I was.", rules)).toBe(true);
    expect(flagged('I never said they would, and nor did you realise it.', rules)).toBe(false);
  });
});
