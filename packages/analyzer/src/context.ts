// The context a match sits in: negation, the clause's subject, conditionals, contrast and quotes.
// Rules ask for these by name, so "you always…" in a fond memory and in an attack can differ.
import type { Doc } from './structure.js';
import { NO_BREAK } from './tokenize.js';
import type { Flag, Subject } from './rules/schema.js';

const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'neither', 'without', 'nothing', 'none']);
// "none of this was your fault": the negator can sit four words before what it negates.
const NEGATION_WINDOW = 4;

const SUBJECT_WORDS: Record<string, Subject> = {
  i: 'i',
  you: 'you',
  we: 'we',
  they: 'they',
  he: 'other',
  she: 'other',
  it: 'other',
  this: 'other',
  that: 'other',
  there: 'other',
  everyone: 'other',
  someone: 'other',
  nobody: 'other',
  people: 'other',
};

const SUBJECT_OF = new Map(Object.entries(SUBJECT_WORDS));

const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'whenever']);
const CONTRAST_OPENERS = new Set(['but', 'although', 'though', 'however', 'except', 'whereas']);
const REPORTING = new Set(['said', 'says', 'told', 'wrote', 'texted', 'called', 'claimed', 'accused']);
// After these, the verb has a plain object ("I said it", "I said those things") and what follows is
// the writer's own sentence again, not someone's words.
const SAID_OBJECT = new Set([
  'sorry',
  'goodbye',
  'bye',
  'thanks',
  'it',
  'those',
  'these',
  'things',
  'something',
  'anything',
  'everything',
  'nothing',
  'stuff',
  'such',
  'what',
  'horrible',
  'awful',
  'cruel',
  'terrible',
  'nasty',
  'hurtful',
]);
const REPORT_ENDS = new Set(['and', 'but', 'so', 'because', 'then', 'which']);
const SAID_WHAT = new Set(['what', 'everything', 'anything', 'whatever']);
const SAID_BY = new Set(['i', 'you', 'he', 'she', 'we', 'they']);
const CLAUSE_VERBS = new Set(
  'was is were are would will had has did does could should might must can not made makes meant means felt feels seemed seems looked sounded'.split(
    ' ',
  ),
);

/** A match: tokens [first, end) of the doc. */
export interface Hit {
  first: number;
  end: number;
}

// "I shouldn't have shoved you" owns the act: "should not (ever) (to) have" looks back on what
// happened. Negation otherwise reaches across a new subject on purpose: "I don't think you're crazy"
// is a reassurance, so "you're crazy" there is negated.
function regretted(doc: Doc, t: number): boolean {
  const before = doc.tokens[t - 1]?.w;
  if (before !== 'should' && before !== 'ought') return false;
  for (let u = t + 1; u <= t + 3; u++) {
    const w = doc.tokens[u]?.w;
    if (w === 'have') return true;
    if (w !== 'to' && w !== 'ever') return false;
  }
  return false;
}

function negated(doc: Doc, hit: Hit): boolean {
  const clause = doc.clauses[doc.clauseOf[hit.first]!]!;
  const from = Math.max(clause.first, hit.first - NEGATION_WINDOW);
  for (let t = from; t < hit.first; t++)
    if (NEGATORS.has(doc.tokens[t]!.w) && !regretted(doc, t)) return true;
  return false;
}

/** The clause's subject as seen from the match: the nearest subject word before it, else inside it. */
export function subjectOf(doc: Doc, hit: Hit): Subject {
  const clause = doc.clauses[doc.clauseOf[hit.first]!]!;
  for (let t = hit.first; t >= clause.first; t--) {
    const s = SUBJECT_OF.get(doc.tokens[t]!.w);
    if (s) return s;
  }
  for (let t = hit.first + 1; t < hit.end; t++) {
    const s = SUBJECT_OF.get(doc.tokens[t]!.w);
    if (s) return s;
  }
  return 'none';
}

/** "what I said", "everything you told me": the reporting verb at t has its object before it. */
function saidWhat(doc: Doc, t: number): boolean {
  return t >= 2 && SAID_WHAT.has(doc.tokens[t - 2]!.w) && SAID_BY.has(doc.tokens[t - 1]!.w);
}

const ELIDED_AFTER = new Set(['and', 'then', 'so', 'just', 'also']);

/**
 * Whether the reporting verb at t is the writer's: the nearest subject before it in its sentence is
 * "I", or there is none and the verb opens the sentence or follows "and" ("Gave Tunde the keys and
 * told him…": a message's missing subject is its writer; "Grandma wrote…" names someone).
 */
function writerReports(doc: Doc, t: number): boolean {
  const sentence = doc.sentences[doc.sentenceOf[t]!]!;
  for (let u = t - 1; u >= sentence.first; u--) {
    const s = SUBJECT_OF.get(doc.tokens[u]!.w);
    if (s) return s === 'i';
  }
  return t === sentence.first || ELIDED_AFTER.has(doc.tokens[t - 1]!.w);
}

// What the writer says they said in the past tense is mostly looked back on ("I'm sorry I said I
// didn't want to live. I'm safe now"); in the present or future it is still theirs ("I told her I
// won't be around much longer").
const REPORT_SKIPS = new Set(
  'that i you he she they we it her him me them us just really honestly literally even'.split(' '),
);
const PAST = new Set('was were had did could thought felt'.split(' '));

function pastReport(doc: Doc, t: number, end: number): boolean {
  for (let u = t + 1; u < end; u++) {
    const w = doc.tokens[u]!.w;
    if (!REPORT_SKIPS.has(w)) return PAST.has(w) || w.endsWith('ed');
  }
  return false;
}

/**
 * Whose words a match is in: 'none' for the writer's own sentence, 'writer' for what the writer
 * reports saying, not in the past tense ("I told her I won't be around"), 'other' for anyone else's,
 * a quote, or what the writer said in the past tense.
 */
function quoteSource(doc: Doc, hit: Hit): 'none' | 'writer' | 'other' {
  const sentence = doc.sentences[doc.sentenceOf[hit.first]!]!;
  // A quote is read as looked back on, whoever said it: "I know I said 'I wish I was dead'".
  if (doc.tokens[hit.first]!.quoted) return 'other';
  // Reported speech: "you said I was…", "she told me that…" — the words are someone else's.
  for (let t = Math.max(sentence.first, hit.first - 4); t < hit.first; t++) {
    if (!REPORTING.has(doc.tokens[t]!.w)) continue;
    const next = doc.tokens[t + 1];
    // "…anything I said, and you're right": the report is over; the writer speaks again.
    if (next !== undefined && t + 1 < hit.first && REPORT_ENDS.has(next.w)) continue;
    // "Sorry for what I said, I was drunk": the verb's object is "what", and after the comma the
    // writer speaks again.
    if (next !== undefined && next.brk !== NO_BREAK && saidWhat(doc, t)) continue;
    // "you said it was my fault": the word after the verb starts the reported clause.
    const then = doc.tokens[t + 2];
    const object = next !== undefined && SAID_OBJECT.has(next.w) && !(then && CLAUSE_VERBS.has(then.w));
    if (!object || t + 1 >= hit.first)
      return writerReports(doc, t) && !pastReport(doc, t, hit.end) ? 'writer' : 'other';
  }
  return 'none';
}

function sentenceClauses(doc: Doc, hit: Hit): { from: number; to: number; at: number } {
  const at = doc.clauseOf[hit.first]!;
  const s = doc.sentences[doc.sentenceOf[hit.first]!]!;
  return { from: s.firstClause, to: s.endClause, at };
}

function inIfClause(doc: Doc, hit: Hit): boolean {
  const { from, at } = sentenceClauses(doc, hit);
  // The if-clause runs until punctuation; a clause opened by "and"/"or" inside it stays governed.
  // Walking back, punctuation between two clauses ends the if-clause: in "If the kids ask, tell them
  // it was my choice" the second clause is the consequence, not part of the condition.
  for (let c = at; c >= from; c--) {
    if (c < at && doc.tokens[doc.clauses[c + 1]!.first]!.brk !== 0) return false;
    const opener = doc.clauses[c]!.opener;
    if (opener && CONDITIONAL_OPENERS.has(opener)) return true;
  }
  return false;
}

function governedByIf(doc: Doc, hit: Hit): boolean {
  const { from, to, at } = sentenceClauses(doc, hit);
  for (let c = from; c < to; c++) {
    const opener = doc.clauses[c]!.opener;
    if (c !== at && opener && CONDITIONAL_OPENERS.has(opener)) return true;
  }
  return false;
}

function afterContrast(doc: Doc, hit: Hit): boolean {
  const { from, at } = sentenceClauses(doc, hit);
  for (let c = from; c <= at; c++) {
    const opener = doc.clauses[c]!.opener;
    if (opener && CONTRAST_OPENERS.has(opener)) return true;
  }
  return false;
}

function beforeContrast(doc: Doc, hit: Hit): boolean {
  const { to, at } = sentenceClauses(doc, hit);
  for (let c = at + 1; c < to; c++) {
    const opener = doc.clauses[c]!.opener;
    if (opener && CONTRAST_OPENERS.has(opener)) return true;
  }
  return false;
}

// Words that may come before an imperative without making it anything else.
const LEAD_INS = new Set([
  'just',
  'please',
  'so',
  'now',
  'and',
  'then',
  'okay',
  'well',
  'seriously',
  'honestly',
  'hey',
  'oh',
  'but',
]);

function clauseStart(doc: Doc, hit: Hit): boolean {
  const clause = doc.clauses[doc.clauseOf[hit.first]!]!;
  for (let t = clause.first; t < hit.first; t++) if (!LEAD_INS.has(doc.tokens[t]!.w)) return false;
  return true;
}

/** Evaluate a named context flag for a match. */
export function flag(doc: Doc, hit: Hit, name: Flag): boolean {
  switch (name) {
    case 'negated':
      return negated(doc, hit);
    case 'in_quote':
      return quoteSource(doc, hit) !== 'none';
    case 'in_others_words':
      return quoteSource(doc, hit) === 'other';
    case 'in_if_clause':
      return inIfClause(doc, hit);
    case 'governed_by_if':
      return governedByIf(doc, hit);
    case 'after_contrast':
      return afterContrast(doc, hit);
    case 'before_contrast':
      return beforeContrast(doc, hit);
    case 'question':
      return doc.sentences[doc.sentenceOf[hit.first]!]!.question;
    case 'clause_start':
      return clauseStart(doc, hit);
    case 'sentence_end':
      // "But I did." — nothing but punctuation follows the match in its sentence.
      return hit.end === doc.sentences[doc.sentenceOf[hit.first]!]!.end;
    case 'clause_end': {
      // "I'll take the whole bottle, I swear" — the match closes its clause (punctuation or the end).
      const next = doc.tokens[hit.end];
      return next === undefined || next.brk !== NO_BREAK;
    }
  }
}
