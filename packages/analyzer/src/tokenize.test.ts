import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('expands contractions with spans inside the original word', () => {
    const text = "I'm sure you didn't";
    const toks = tokenize(text);
    expect(toks.map((t) => t.w)).toEqual(['i', 'am', 'sure', 'you', 'did', 'not']);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['I', "'m", 'sure', 'you', 'did', "n't"]);
  });

  it('lowercases Turkish dotted capital I as i, keeping the spans', () => {
    const text = 'İntihar İSTANBUL';
    const toks = tokenize(text);
    expect(toks.map((t) => t.w)).toEqual(['intihar', 'istanbul']);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['İntihar', 'İSTANBUL']);
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

  it('reads "ur", "ill" and "its" by the word that follows', () => {
    const words = (text: string): string[] => tokenize(text).map((t) => t.w);
    expect(words('ur so selfish')).toEqual(['you', 'are', 'so', 'selfish']);
    expect(words('ur fault')).toEqual(['your', 'fault']);
    expect(words('ur grad')).toEqual(['your', 'grad']);
    // A noun ending in -ing is not a verb: "outside ur building" is "your building".
    expect(words('outside ur building')).toEqual(['outside', 'your', 'building']);
    expect(words('ur lying')).toEqual(['you', 'are', 'lying']);
    expect(words('ill call u tmrw')).toEqual(['i', 'will', 'call', 'you', 'tomorrow']);
    expect(words('I was ill all week')).toEqual(['i', 'was', 'ill', 'all', 'week']);
    expect(words('its not fair')).toEqual(['it', 'is', 'not', 'fair']);
    expect(words('the dog wagged its tail')).toEqual(['the', 'dog', 'wagged', 'its', 'tail']);
    // Before a word that isn't "are"-like, "ur" is only "your": "find ur scarf" is not "find you".
    expect(tokenize('ill find ur scarf').map((t) => t.alt)).not.toContain('you');
    expect(tokenize('love ur').map((t) => t.alt)).toContain('you');
    const text = 'ur late';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['u', 'r', 'late']);
  });

  it('expands texting spellings and keeps the spelling as a second reading', () => {
    const toks = tokenize('soz im gonna b4 dunno');
    expect(toks.map((t) => t.w)).toEqual(['sorry', 'i', 'am', 'going', 'to', 'before', 'do', 'not', 'know']);
    expect(toks[0]!.alt).toBe('soz');
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
