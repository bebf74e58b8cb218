// Word ids. Every word a pattern names gets a small integer when the pattern is parsed, and each
// token looks its word up once, so the matcher compares and indexes integers instead of strings
// (string-keyed lookups were a third of the analysis time). The table only grows, and is shared by
// every rule set and learned model in the process; a word none of them names has no id (-1).
const ids = new Map<string, number>();

// The words texts use most are few: the first HOT_SIZE words looked up, with their answers (an id
// or -1), sit in a small table that stays in the cache, in front of the big one (a hundred thousand
// words and more, where nearly every lookup missed the cache).
const HOT_SIZE = 4096;
const hot = new Map<string, number>();

/** The id of a word a pattern names, given one if it is new. */
export function wordId(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = ids.size;
    ids.set(word, id);
    // It may be remembered as unknown.
    hot.delete(word);
  }
  return id;
}

/** The id of a word in a text: -1 when no pattern or model names it, so it can match no literal. */
export function knownId(word: string | undefined): number {
  if (word === undefined) return -1;
  let id = hot.get(word);
  if (id === undefined) {
    id = ids.get(word) ?? -1;
    if (hot.size < HOT_SIZE) hot.set(word, id);
  }
  return id;
}

/** The words given ids so far, in id order (an analyzer image records them: see image.ts). */
export function namedWords(): string[] {
  return [...ids.keys()];
}
