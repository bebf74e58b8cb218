import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('expands contractions with spans inside the original word', () => {
    const text = "I'm sure you didn't";
    const toks = tokenize(text);
    expect(toks.map((t) => t.w)).toEqual(['i', 'am', 'sure', 'you', 'did', 'not']);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['I', "'m", 'sure', 'you', 'did', "n't"]);
  });

  it('straightens curly apostrophes and knows texting forms', () => {
    expect(tokenize('I’ll, u, dont, cant, wont').map((t) => t.w)).toEqual([
      'i',
      'will',
      'you',
      'do',
      'not',
      'can',
      'not',
      'will',
      'not',
    ]);
  });

  it('reads apostrophe-less pronoun contractions', () => {
    expect(tokenize('youll youve theyre').map((t) => t.w)).toEqual([
      'you',
      'will',
      'you',
      'have',
      'they',
      'are',
    ]);
  });

  it('marks sentence and clause breaks, questions and quotes', () => {
    const toks = tokenize('Sorry, but "no". Why?');
    expect(toks.map((t) => [t.w, t.brk, t.quoted, t.question])).toEqual([
      ['sorry', 2, false, false],
      ['but', 1, false, false],
      ['no', 1, true, false],
      ['why', 2, false, true],
    ]);
  });

  it('keeps surrogate pairs whole and skips lone surrogates', () => {
    const text = 'a\uD800b 𝒳y';
    const toks = tokenize(text);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['a', 'b', '𝒳y']);
  });
});
