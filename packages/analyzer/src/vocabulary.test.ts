// Word ids: a word looked up before any pattern names it is unknown, and known once one does, even
// though its first answer was remembered.
import { describe, expect, it } from 'vitest';
import { knownId, wordId } from './vocabulary.js';

describe('the vocabulary', () => {
  it('answers a word named after it was looked up with its new id', () => {
    const word = 'zqxwvnamedlater';
    expect(knownId(word)).toBe(-1);
    expect(knownId(word)).toBe(-1);
    const id = wordId(word);
    expect(id).toBeGreaterThanOrEqual(0);
    expect(knownId(word)).toBe(id);
    expect(wordId(word)).toBe(id);
  });

  it('has no id for a missing word', () => {
    expect(knownId(undefined)).toBe(-1);
  });
});
