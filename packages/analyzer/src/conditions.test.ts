// The context conditions that reach past the sentence or pin a neighbour: message_has,
// followed_by, preceded_by; and reported speech, which must not swallow "I said it", and whose it is.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { loadRuleFiles } from './rules/load.js';

const sources = { name: 'rules/sources.yml', text: 'sources:\n  test: A test source\n' };

/**
 * A one-rule set: the pattern with the given YAML condition lines under `unless:` (or `when:`), and
 * one component rule (specific, for "I missed/forgot your birthday") for the component conditions.
 */
function ruleWith(pattern: string, conds: string[], field: 'when' | 'unless' = 'unless') {
  const text = [
    'rules:',
    '  - id: vague.test',
    '    category: vague',
    '    severity: warning',
    '    kind: phrase',
    `    pattern: ${pattern}`,
    ...(conds.length ? [`    ${field}:`, ...conds.map((c) => `      - ${c}`)] : []),
    '    message: m',
    '    source: test',
    '  - id: specific.test',
    '    component: specific',
    '    kind: phrase',
    '    pattern: i (missed|forgot) your birthday',
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

  it('preceded_by tries every alternative, not only the first that matches', () => {
    const rules = ruleWith('hear me out', ["{preceded_by: '(please|please just)'}"]);
    expect(flagged('Please just hear me out.', rules)).toBe(false);
    expect(flagged('Please, if you can, hear me out.', rules)).toBe(true);
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
    expect(flagged('I said bye, I was drunk.', rules)).toBe(true);
  });

  it('does not treat "what I said," as reporting: the writer speaks again after the comma', () => {
    expect(flagged('Sorry for what I said, I was drunk.', rules)).toBe(true);
    expect(flagged("I'm sorry for everything you said, I was drunk.", rules)).toBe(true);
    // Without the comma, "what you said I was drunk" is still their words.
    expect(flagged('I heard what you said I was drunk at the party.', rules)).toBe(false);
    expect(flagged('You said, I was drunk.', rules)).toBe(false);
  });
});

describe('in_others_words', () => {
  const rules = ruleWith("(i will not|i won't) be around much longer", ['in_others_words']);

  it('keeps what the writer reports saying now as theirs, and an elided subject is the writer', () => {
    expect(flagged("I told her I won't be around much longer.", rules)).toBe(true);
    expect(flagged("Rang Mum and told her I won't be around much longer.", rules)).toBe(true);
  });

  it("treats someone else's words, a quote and the writer's past-tense report as not theirs now", () => {
    expect(flagged("She told me I won't be around much longer if I keep smoking.", rules)).toBe(false);
    expect(flagged('The song goes "I won\'t be around much longer".', rules)).toBe(false);
    const past = ruleWith("i (did not|didn't) want to live", ['in_others_words']);
    expect(flagged("I'm sorry I said I didn't want to live. I'm safe now.", past)).toBe(false);
    expect(flagged("I didn't want to live.", past)).toBe(true);
  });

  it('still counts all of them as in_quote', () => {
    const quoted = ruleWith("(i will not|i won't) be around much longer", ['in_quote']);
    expect(flagged("I told her I won't be around much longer.", quoted)).toBe(false);
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
  const rules = ruleWith("(you are|you're|you were) (crazy|stupid|overreacting)", ['negated']);

  it('reaches the words it negates, across a new subject: reassurances stay reassurances', () => {
    expect(flagged("I don't think you're crazy.", rules)).toBe(false);
    expect(flagged('I never thought you were stupid.', rules)).toBe(false);
    expect(flagged('Not that I think you are overreacting.', rules)).toBe(false);
    expect(flagged("Honestly, you're overreacting.", rules)).toBe(true);
  });
});

describe('negation and regret', () => {
  const rules = ruleWith('(shoved|pushed) you', ['negated']);

  it('"should not have" owns the act instead of denying it', () => {
    expect(flagged("I shouldn't have shoved you.", rules)).toBe(true);
    expect(flagged('I ought not to have pushed you.', rules)).toBe(true);
    expect(flagged('I should not ever have pushed you.', rules)).toBe(true);
    expect(flagged('I never shoved you.', rules)).toBe(false);
    expect(flagged('I did not push you.', rules)).toBe(false);
  });
});

describe('reported speech that has ended', () => {
  const rules = ruleWith("(you are|you're) right", ['in_quote']);

  it('a report closed by "and" or "but" lets the writer speak again', () => {
    expect(flagged("You couldn't trust anything I said, and you're right.", rules)).toBe(true);
    expect(flagged("She said you're right about the house.", rules)).toBe(false);
  });

  it('"said sorry" is something done, not words reported', () => {
    expect(flagged("I've said sorry, you're right to still be angry.", rules)).toBe(true);
  });
});

describe('has_component', () => {
  const rules = ruleWith("(i am|i'm) sorry", ['{has_component: [specific, repair]}']);

  it('sees components found anywhere in the message, before or after the match', () => {
    expect(flagged("I'm sorry. I forgot your birthday and I hate that I did.", rules)).toBe(false);
    expect(flagged("I missed your birthday. I'm sorry.", rules)).toBe(false);
  });

  it('lets the finding stand when no listed component is there', () => {
    expect(flagged("I'm sorry. I hope you're well.", rules)).toBe(true);
  });

  it('is refused on a component rule', () => {
    const text = [
      'rules:',
      '  - id: regret.test',
      '    component: regret',
      '    kind: phrase',
      '    pattern: sorry',
      '    when: [{has_component: [specific]}]',
      '    source: test',
    ].join('\n');
    const { errors } = loadRuleFiles([sources, { name: 'rules/c.yml', text }]);
    expect(errors.join('\n')).toMatch(/rules\/c\.yml:6:\d+: has_component is for finding rules/);
  });
});

describe('elsewhere', () => {
  const rules = ruleWith('goodbye', ["{elsewhere: '(goodbye|take care of (mum|the dog))'}"], 'when');

  it('needs a second cue that is not the match itself', () => {
    expect(flagged('Goodbye.', rules)).toBe(false);
    expect(flagged('Goodbye. Take care of mum for me.', rules)).toBe(true);
    expect(flagged('Goodbye then. I said goodbye to everyone.', rules)).toBe(true);
  });
});

describe('word classes', () => {
  it('<name> is a capitalised word that does not start its sentence, and not "I"', () => {
    const rules = ruleWith("(it was|it's all) <name> 's idea", []);
    expect(flagged("It was Leo's idea, not mine.", rules)).toBe(true);
    expect(flagged("honestly it's all Mia's idea", rules)).toBe(true);
    expect(flagged("It was the kids' idea.", rules)).toBe(false);
    expect(flagged("it was leo's idea", rules)).toBe(false);
    expect(flagged("IT WAS LEO'S IDEA", rules)).toBe(false);
  });

  it('a pattern or condition may start with a class, and is still found by it', () => {
    const rules = ruleWith('<number> (years|yrs) over', ["{sentence_has: '<name> (said|says)'}"]);
    expect(flagged('Throwing away 12 years over one text?', rules)).toBe(true);
    expect(flagged('Throwing away twelve years over one text?', rules)).toBe(false);
    expect(flagged('As Mia says, 12 years over one text is a lot.', rules)).toBe(false);
  });

  it('<number> is a word written with digits', () => {
    const rules = ruleWith("(i am|i'm) <number> and", []);
    expect(flagged("I'm 52 and set in my ways.", rules)).toBe(true);
    expect(flagged("I'm fifty and set in my ways.", rules)).toBe(false);
  });
});

describe('clause_end', () => {
  const rules = ruleWith('the whole bottle', ['clause_end'], 'when');

  it('holds when punctuation or the end of the message follows the match', () => {
    expect(flagged("I'll take the whole bottle, I swear", rules)).toBe(true);
    expect(flagged('tonight I take the whole bottle', rules)).toBe(true);
    expect(flagged('I drank the whole bottle of water at the gym', rules)).toBe(false);
  });
});

describe('punctuation in patterns', () => {
  it('<join> asks that no punctuation comes between two words', () => {
    const rules = ruleWith('you (felt|feel)', ["{preceded_by: 'sorry <join>'}"]);
    expect(flagged("I'm sorry you felt that way.", rules)).toBe(false);
    expect(flagged("I'm sorry, you felt alone for months because of me.", rules)).toBe(true);
  });

  it('<break> asks for punctuation (or the end) right there', () => {
    const rules = ruleWith('i want to die', ["{followed_by: '<join> (of|laughing|for)'}"]);
    expect(flagged('I want to die of embarrassment.', rules)).toBe(false);
    expect(flagged('I want to die, of all the days to tell you.', rules)).toBe(true);
    const broken = ruleWith("(i am|i'm) done <break>", []);
    expect(flagged("I'm done. Goodbye.", broken)).toBe(true);
    expect(flagged("I'm done with the dishes.", broken)).toBe(false);
    const { errors } = loadRuleFiles([
      sources,
      {
        name: 'rules/z.yml',
        text: "rules:\n  - id: vague.z\n    category: vague\n    severity: info\n    kind: phrase\n    pattern: sorry\n    unless: [{followed_by: '<break>'}]\n    message: m\n    source: test\n",
      },
    ]);
    expect(errors.join('\n')).toMatch(/only marks punctuation/);
  });
});
