// Contractions and texting shorthands expand to the words they stand for, so a rule written as
// "i am" also matches "I'm", "Im" and "I’m". Each part keeps a slice of the original word as its span.

/** One expanded part: the normalised word and how many code units of the source word it covers. */
export interface Part {
  w: string;
  /** Another reading of the same word ("'d" is "would" or "had", "'s" is "is" or "has"). */
  alt?: string;
  len: number;
}

const PRONOUN_IS = new Set([
  'it',
  'he',
  'she',
  'that',
  'there',
  'what',
  'who',
  'here',
  'where',
  'how',
  'this',
  'everything',
  'nothing',
  'something',
  'everyone',
  'someone',
  'nobody',
  'life',
]);

const NOT_IRREGULAR: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

// Shorthands without an apostrophe; each entry is the parts with their lengths in the source.
const SHORTHAND_TABLE: Record<string, readonly Part[]> = {
  im: [
    { w: 'i', len: 1 },
    { w: 'am', len: 1 },
  ],
  ive: [
    { w: 'i', len: 1 },
    { w: 'have', len: 2 },
  ],
  youll: [
    { w: 'you', len: 3 },
    { w: 'will', len: 2 },
  ],
  youve: [
    { w: 'you', len: 3 },
    { w: 'have', len: 2 },
  ],
  youd: [
    { w: 'you', len: 3 },
    { w: 'would', alt: 'had', len: 1 },
  ],
  theyre: [
    { w: 'they', len: 4 },
    { w: 'are', len: 2 },
  ],
  theyll: [
    { w: 'they', len: 4 },
    { w: 'will', len: 2 },
  ],
  youre: [
    { w: 'you', len: 3 },
    { w: 'are', len: 2 },
  ],
  thats: [
    { w: 'that', len: 4 },
    { w: 'is', len: 1 },
  ],
  whats: [
    { w: 'what', len: 4 },
    { w: 'is', len: 1 },
  ],
  cannot: [
    { w: 'can', len: 3 },
    { w: 'not', len: 3 },
  ],
  gonna: [
    { w: 'going', len: 3 },
    { w: 'to', len: 2 },
  ],
  wanna: [
    { w: 'want', len: 3 },
    { w: 'to', len: 2 },
  ],
  // Typing slips of "want" that nothing else spells ("i wnat to die").
  wnat: [{ w: 'want', len: 4 }],
  wamt: [{ w: 'want', len: 4 }],
  gotta: [
    { w: 'got', len: 3 },
    { w: 'to', len: 2 },
  ],
  u: [{ w: 'you', alt: 'u', len: 1 }],
  ya: [{ w: 'you', len: 2 }],
  ur: [{ w: 'your', alt: 'you', len: 2 }],
  cuz: [{ w: 'because', len: 3 }],
  cos: [{ w: 'because', len: 3 }],
  bc: [{ w: 'because', len: 2 }],
  pls: [{ w: 'please', len: 3 }],
  plz: [{ w: 'please', len: 3 }],
  tho: [{ w: 'though', len: 3 }],
  rn: [{ w: 'now', len: 2 }],
  ok: [{ w: 'okay', len: 2 }],
  // Texting spellings. Single words keep their spelling as a second reading, so a rule that names
  // "u" still matches it.
  yr: [{ w: 'your', alt: 'yr', len: 2 }],
  r: [{ w: 'are', alt: 'r', len: 1 }],
  sry: [{ w: 'sorry', alt: 'sry', len: 3 }],
  srry: [{ w: 'sorry', alt: 'srry', len: 4 }],
  soz: [{ w: 'sorry', alt: 'soz', len: 3 }],
  coz: [{ w: 'because', alt: 'coz', len: 3 }],
  bcos: [{ w: 'because', alt: 'bcos', len: 4 }],
  bcoz: [{ w: 'because', alt: 'bcoz', len: 4 }],
  becuz: [{ w: 'because', alt: 'becuz', len: 5 }],
  nvr: [{ w: 'never', alt: 'nvr', len: 3 }],
  shud: [{ w: 'should', alt: 'shud', len: 4 }],
  cud: [{ w: 'could', alt: 'cud', len: 3 }],
  wud: [{ w: 'would', alt: 'wud', len: 3 }],
  wat: [{ w: 'what', alt: 'wat', len: 3 }],
  abt: [{ w: 'about', alt: 'abt', len: 3 }],
  b4: [{ w: 'before', alt: 'b4', len: 2 }],
  ppl: [{ w: 'people', alt: 'ppl', len: 3 }],
  tmrw: [{ w: 'tomorrow', alt: 'tmrw', len: 4 }],
  tmr: [{ w: 'tomorrow', alt: 'tmr', len: 3 }],
  tonite: [{ w: 'tonight', alt: 'tonite', len: 6 }],
  thru: [{ w: 'through', alt: 'thru', len: 4 }],
  luv: [{ w: 'love', alt: 'luv', len: 3 }],
  bday: [{ w: 'birthday', alt: 'bday', len: 4 }],
  tryna: [
    { w: 'trying', len: 3 },
    { w: 'to', len: 2 },
  ],
  outta: [
    { w: 'out', len: 3 },
    { w: 'of', len: 2 },
  ],
  kinda: [
    { w: 'kind', len: 4 },
    { w: 'of', len: 1 },
  ],
  sorta: [
    { w: 'sort', len: 4 },
    { w: 'of', len: 1 },
  ],
  lemme: [
    { w: 'let', len: 3 },
    { w: 'me', len: 2 },
  ],
  gimme: [
    { w: 'give', len: 3 },
    { w: 'me', len: 2 },
  ],
  dunno: [
    { w: 'do', len: 2 },
    { w: 'not', len: 1 },
    { w: 'know', len: 2 },
  ],
  aint: [
    { w: 'is', len: 2 },
    { w: 'not', len: 2 },
  ],
  wouldve: [
    { w: 'would', len: 5 },
    { w: 'have', len: 2 },
  ],
  shouldve: [
    { w: 'should', len: 6 },
    { w: 'have', len: 2 },
  ],
  couldve: [
    { w: 'could', len: 5 },
    { w: 'have', len: 2 },
  ],
  mustve: [
    { w: 'must', len: 4 },
    { w: 'have', len: 2 },
  ],
  hes: [
    { w: 'he', len: 2 },
    { w: 'is', alt: 'has', len: 1 },
  ],
  shes: [
    { w: 'she', len: 3 },
    { w: 'is', alt: 'has', len: 1 },
  ],
  theres: [
    { w: 'there', len: 5 },
    { w: 'is', len: 1 },
  ],
  itll: [
    { w: 'it', len: 2 },
    { w: 'will', len: 2 },
  ],
};

// A Map: looking up arbitrary words in a plain object takes V8's slow dictionary path.
const SHORTHAND = new Map(Object.entries(SHORTHAND_TABLE));

// "dont", "didnt", "wasnt"… : a verb from this list followed by "nt".
const NT_BASES = new Set([
  'do',
  'does',
  'did',
  'is',
  'was',
  'are',
  'were',
  'have',
  'has',
  'had',
  'could',
  'would',
  'should',
  'can',
  'must',
  'need',
]);

/**
 * Whether expandWord gives a word back whole, as its one part: most words, for which the tokenizer
 * then makes no parts (a part array per word was a tenth of tokenizing). expandWord asks it first,
 * so the two cannot disagree.
 */
export function keepsWhole(word: string): boolean {
  return (
    word.indexOf("'") === -1 &&
    !(word.length > 3 && word.endsWith('nt')) &&
    word !== 'cant' &&
    !SHORTHAND.has(word)
  );
}

/** Split a lowercased word with straight apostrophes into its expanded parts. */
export function expandWord(word: string): readonly Part[] {
  if (keepsWhole(word)) return [{ w: word, len: word.length }];
  const short = SHORTHAND.get(word);
  if (short) return short;
  const apos = word.indexOf("'");
  if (apos === -1) {
    if (word.length > 3 && word.endsWith('nt')) {
      const base = word.slice(0, -2);
      if (NT_BASES.has(base))
        return [
          { w: base, len: base.length },
          { w: 'not', len: 2 },
        ];
      // "wont": the stem left after "nt" is "wo", as in "won't".
      if (base === 'wo')
        return [
          { w: 'will', len: 3 },
          { w: 'not', len: 2 },
        ];
    }
    if (word === 'cant')
      return [
        { w: 'can', len: 2 },
        { w: 'not', len: 2 },
      ];
    return [{ w: word, len: word.length }];
  }
  if (word.endsWith("n't") && apos === word.length - 2) {
    const stem = word.slice(0, -3);
    return [
      { w: NOT_IRREGULAR[stem] ?? stem, len: stem.length },
      { w: 'not', len: 3 },
    ];
  }
  const stem = word.slice(0, apos);
  const tail = word.slice(apos);
  const stemPart = { w: stem, len: stem.length };
  switch (tail) {
    case "'m":
      return [stemPart, { w: 'am', len: 2 }];
    case "'re":
      return [stemPart, { w: 'are', len: 3 }];
    case "'ve":
      return [stemPart, { w: 'have', len: 3 }];
    case "'ll":
      return [stemPart, { w: 'will', len: 3 }];
    case "'d":
      return [stemPart, { w: 'would', alt: 'had', len: 2 }];
    case "'s":
      if (stem === 'let') return [stemPart, { w: 'us', len: 2 }];
      if (PRONOUN_IS.has(stem)) return [stemPart, { w: 'is', alt: 'has', len: 2 }];
      return [stemPart, { w: "'s", len: 2 }];
    default:
      return [{ w: word, len: word.length }];
  }
}
