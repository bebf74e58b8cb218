// Second, learned readers for the two categories whose misses matter most: crisis and threat
// (ANALYZER.md: "crisis and threat recall comes first"). Their rules name warning signs one by one
// and miss wording they were not written for, so for each a small logistic model over the words and
// word pairs of the message, trained on the dev corpus and the rule fixtures
// (scripts/train-safety.ts), may raise a finding of its category where no rule did. A model only
// ever adds a finding; it never silences one.
import type { Finding } from './types.js';
import type { Doc } from './structure.js';
import type { Token } from './tokenize.js';
import { wordId } from './vocabulary.js';

export type SafetyCategory = 'crisis' | 'threat';

/** What the review says when a model, not a rule, reads its category in a message. */
export const MODEL_FINDINGS: Record<SafetyCategory, Omit<Finding, 'start' | 'end'>> = {
  crisis: {
    category: 'crisis',
    ruleId: 'crisis.model',
    severity: 'danger',
    message:
      'Some of this sounds like you may be going through something very hard, maybe thinking about not being here. You deserve support right now.',
    suggestion:
      'Please reach out now — in the US call or text 988; in the UK and Ireland call Samaritans on 116 123; elsewhere see findahelpline.com.',
  },
  threat: {
    category: 'threat',
    ruleId: 'threat.model',
    severity: 'danger',
    message:
      'Some of this may read as a threat or as watching them, whatever you mean by it. Threats are never acceptable and cannot be rewritten into an apology.',
    suggestion:
      'Do not send this. If you feel out of control, step away and talk to someone you trust or a helpline.',
  },
};

export interface SafetyModel {
  category: SafetyCategory;
  bias: number;
  /** The score at or above which a message reads as the category (chosen on dev, see the script). */
  threshold: number;
  /** Weight per feature: a word, or two adjacent words joined by a space. */
  weights: Record<string, number>;
}

/** The features of tokens [from, to): each word and each pair of adjacent words, repeats kept. */
export function modelFeatures(tokens: readonly Token[], from = 0, to = tokens.length): string[] {
  const out: string[] = [];
  for (let t = from; t < to; t++) {
    out.push(tokens[t]!.w);
    if (t + 1 < to) out.push(`${tokens[t]!.w} ${tokens[t + 1]!.w}`);
  }
  return out;
}

/** The model's probability that a message with these features is of its category. */
export function modelScore(model: SafetyModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

// The same score without building the features: the model's words get ids in the pattern
// vocabulary, so tokens carry them from the tokenizer and a weight is an array read, not a string
// lookup (this runs on every message in which the rules find nothing of the model's category).
interface Lookup {
  /** By word id; ids given after the model was prepared fall past the end and weigh nothing. */
  words: Float64Array;
  /** By the first word's id (a packed array, read like `words`), the pairs' weights by the second's. */
  pairs: (Map<number, number> | undefined)[];
}
const lookups = new WeakMap<SafetyModel, Lookup>();

/** Give the model's words their ids; call before tokenizing a text the model will read. */
export function prepareModel(model: SafetyModel): void {
  if (lookups.has(model)) return;
  const words: [number, number][] = [];
  const pairs = new Map<number, Map<number, number>>();
  for (const [f, w] of Object.entries(model.weights)) {
    const space = f.indexOf(' ');
    if (space < 0) words.push([wordId(f), w]);
    else {
      const first = wordId(f.slice(0, space));
      let seconds = pairs.get(first);
      if (seconds === undefined) pairs.set(first, (seconds = new Map()));
      seconds.set(wordId(f.slice(space + 1)), w);
    }
  }
  const byId = new Float64Array(words.reduce((n, [id]) => Math.max(n, id + 1), 0));
  for (const [id, w] of words) byId[id] = w;
  let lastFirst = -1;
  for (const id of pairs.keys()) lastFirst = Math.max(lastFirst, id);
  const pairsById = new Array<Map<number, number> | undefined>(lastFirst + 1).fill(undefined);
  for (const [id, seconds] of pairs) pairsById[id] = seconds;
  lookups.set(model, { words: byId, pairs: pairsById });
}

function spanScore(model: SafetyModel, tokens: readonly Token[], from: number, to: number): number {
  prepareModel(model);
  const { words, pairs } = lookups.get(model)!;
  let z = model.bias;
  for (let t = from; t < to; t++) {
    const id = tokens[t]!.id;
    if (id < 0) continue;
    if (id < words.length) z += words[id]!;
    if (t + 1 < to && id < pairs.length) z += pairs[id]?.get(tokens[t + 1]!.id) ?? 0;
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * Where the model reads its category in a document: the sentence that scores highest, when the
 * message as a whole reaches the threshold; null otherwise.
 */
export function modelSentence(model: SafetyModel, doc: Doc): { start: number; end: number } | null {
  const { tokens, sentences } = doc;
  if (tokens.length === 0 || spanScore(model, tokens, 0, tokens.length) < model.threshold) return null;
  let best: (typeof sentences)[number] | undefined;
  let bestScore = -1;
  for (const s of sentences) {
    if (s.end <= s.first) continue;
    const score = spanScore(model, tokens, s.first, s.end);
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best === undefined ? null : { start: tokens[best.first]!.start, end: tokens[best.end - 1]!.end };
}
