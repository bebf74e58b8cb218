// The compiled matcher, one instruction at a time: what each part of a pattern matches, where the
// match ends, and what it refuses.
import { describe, expect, it } from 'vitest';
import { parsePattern } from './pattern.js';
import { matchAt, programOf } from './program.js';
import { tokenize } from './tokenize.js';

const lexicons = {
  // Four or more options starting with different words: indexed by first word, with one option
  // ("*ed it") that can start with any word.
  hurtful: ['let you down', 'lied to you', 'yelled at you', 'broke (my|the) promise', '*ed it'],
  small: ['a bit', 'a little', 'slightly'],
  // Four options, none with a first word: indexed, with every option among those always tried.
  vague: ['*ly sorry', '~1 the thing', '*ed up', '* regret'],
};

/** Where a match of the pattern starting at the first word ends, as the words it covers, or null. */
function matched(pattern: string, text: string): string | null {
  // Parsed first: a word has an id only once a pattern names it.
  const els = parsePattern(pattern, lexicons);
  const tokens = tokenize(text);
  const end = matchAt(els, tokens, 0, tokens.length);
  return end < 0
    ? null
    : tokens
        .slice(0, end)
        .map((t) => t.w)
        .join(' ');
}

describe('the compiled matcher', () => {
  it.each([
    ['i am sorry', "I'm sorry about it", 'i am sorry'],
    ['i am sorry', 'I was sorry', null],
    ['sorr* for', 'Sorry for everything', 'sorry for'],
    ['so *ing', 'so annoying', 'so annoying'],
    // "*ing" is a verb form: "everything" is not one, nor is a word only the ending long.
    ['so *ing', 'so everything', null],
    ['i * you', 'I hurt you', 'i hurt you'],
    ['i ~2 you', 'I badly hurt you', 'i badly hurt you'],
    ['i ~2 you', 'I really badly hurt you', null],
    ['tell <name>', 'tell Mia', 'tell mia'],
    ['tell <name>', 'tell i', null],
    ['<number> days', '30 days', '30 days'],
    ['sorry <break> but', 'sorry, but', 'sorry but'],
    ['sorry <break> but', 'sorry but', null],
    ['sorry <join> but', 'sorry but', 'sorry but'],
    ['sorry <join> but', 'sorry, but', null],
    ['i (did|said) that', 'I said that', 'i said that'],
    ['i [really|truly] mean it', 'I mean it', 'i mean it'],
    ['i [really|truly] mean it', 'I truly mean it', 'i truly mean it'],
    ['i @hurtful', 'I broke the promise', 'i broke the promise'],
    ['i @hurtful', 'I ruined it', 'i ruined it'],
    ['i @hurtful', 'I hid it', null],
    ['i @hurtful today', 'I yelled at you today', 'i yelled at you today'],
    ['i @hurtful today', 'I yelled at you yesterday', null],
    ['(it was|was) @small late', 'It was a little late', 'it was a little late'],
    ['i am @vague', 'I am truly sorry', 'i am truly sorry'],
    ['i am @vague now', 'I am messed up now', 'i am messed up now'],
    ['i am @vague', 'I am fine', null],
  ])('%s on "%s" matches %s', (pattern, text, expected) => {
    expect(matched(pattern, text)).toBe(expected);
  });

  it('tries the other options of an alternation when the first that matches leaves the rest unmatched', () => {
    // "a" alone would match "(a|a bit)", but only "a bit" lets "late" follow.
    expect(matched('it was (a|a bit) late', 'it was a bit late')).toBe('it was a bit late');
  });

  it('stops at the end it is given, but looks past it for punctuation', () => {
    const els = parsePattern('sorry <break>', lexicons);
    const both = parsePattern('sorry but', lexicons);
    const tokens = tokenize('sorry, but no');
    expect(matchAt(els, tokens, 0, 1)).toBe(1);
    expect(matchAt(both, tokens, 0, 1)).toBe(-1);
  });

  it('compiles a pattern once, however often it is asked for', () => {
    const els = parsePattern('i am (so|very) sorry', lexicons);
    expect(programOf(els)).toBe(programOf(els));
  });
});
