// Sentences and clauses over the token stream. Clauses break at punctuation and before the
// conjunctions that change how a clause reads ("but", "although", "if"…); the opener is kept so
// rules can ask whether they sit after a "but" or inside what an "if" governs.
import { CLAUSE_BREAK, SENTENCE_BREAK, type Token } from './tokenize.js';

export interface Span {
  /** First token index. */
  first: number;
  /** One past the last token index. */
  end: number;
}

export interface Sentence extends Span {
  question: boolean;
  /** Index of the first clause of this sentence. */
  firstClause: number;
  endClause: number;
}

export interface Clause extends Span {
  sentence: number;
  /** The conjunction that opens the clause, when one does. */
  opener: string | null;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  clauses: Clause[];
  sentenceOf: Int32Array;
  clauseOf: Int32Array;
}

// Words that open a new clause when they appear mid-sentence.
const OPENERS = new Set([
  'but',
  'although',
  'though',
  'however',
  'except',
  'whereas',
  'because',
  'if',
  'unless',
  'whenever',
  'when',
  'while',
  'since',
  'until',
  'or',
]);

/** Build the sentence and clause index over a token list. */
export function buildDoc(text: string, tokens: Token[]): Doc {
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  const clauseOf = new Int32Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const newSentence = t === 0 || tok.brk === SENTENCE_BREAK;
    if (newSentence) {
      const prev = sentences[sentences.length - 1];
      if (prev) prev.end = t;
      sentences.push({ first: t, end: t + 1, question: false, firstClause: clauses.length, endClause: 0 });
    }
    // "though" and "however" at the end of a sentence are adverbs, not openers.
    const isOpener = OPENERS.has(tok.w) && !(tok.w === 'though' && tokens[t + 1]?.brk !== 0);
    if (newSentence || tok.brk === CLAUSE_BREAK || isOpener) {
      const prev = clauses[clauses.length - 1];
      if (prev) prev.end = t;
      // A clause opened by punctuation still takes the conjunction right after it as its opener.
      clauses.push({ first: t, end: t + 1, sentence: sentences.length - 1, opener: isOpener ? tok.w : null });
    }
    sentenceOf[t] = sentences.length - 1;
    clauseOf[t] = clauses.length - 1;
    if (tok.question) sentences[sentences.length - 1]!.question = true;
  }
  const lastS = sentences[sentences.length - 1];
  if (lastS) lastS.end = tokens.length;
  const lastC = clauses[clauses.length - 1];
  if (lastC) lastC.end = tokens.length;
  for (let s = 0; s < sentences.length; s++) {
    const next = sentences[s + 1];
    sentences[s]!.endClause = next ? next.firstClause : clauses.length;
  }
  return { text, tokens, sentences, clauses, sentenceOf, clauseOf };
}
