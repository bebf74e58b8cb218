// The learned readers: shipped as trained; a crisis or threat model adds a finding the rules miss,
// leaves idioms alone and never silences a rule; every other model decides its category or
// component, adding or removing; scoring by word id agrees with scoring by feature names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEPT_BACK_PROBES, loadRules, probesDir, readFixture } from '../scripts/rule-files.js';
import { probes, renderModels, rulesFor, rulesNotFromTrain, train } from '../scripts/train-models.js';
import { analyze } from './analyze.js';
import {
  applyModels,
  contextFeatures,
  LONG_LETTER,
  modelFeatures,
  modelScores,
  NO_MODELS,
  pieces,
  prepareModels,
  scoreByName,
  type Label,
  type ModelSet,
} from './label-models.js';
import { RULE_SET } from './rules/compiled.generated.js';
import { LABEL_MODELS } from './rules/label-models.generated.js';
import { buildDoc } from './structure.js';
import { tokenize } from './tokenize.js';

const found = (category: string, text: string, models = LABEL_MODELS) =>
  analyze(text, { kind: 'message' }, undefined, models).findings.filter((f) => f.category === category);
const crisisOf = (text: string, models = LABEL_MODELS) => found('crisis', text, models);
const threatOf = (text: string, models = LABEL_MODELS) => found('threat', text, models);
/** A document the models can read: their words get ids before the text is tokenized. */
const docFor = (set: ModelSet, text: string) => {
  prepareModels(set);
  return buildDoc(text, tokenize(text));
};

describe('learned readers', () => {
  it('are the models the training script makes from the dev corpus, train.jsonl and the fixtures', async () => {
    const file = join(import.meta.dirname, 'rules', 'label-models.generated.ts');
    expect(readFileSync(file, 'utf8')).toBe(renderModels((await train()).models));
    expect(LABEL_MODELS.labels).toEqual(expect.arrayContaining(['crisis', 'threat']));
    // Training on 25,000 messages took 507 s beside the other test files (session 22, two cores),
    // on 31,500 688 s (session 23), and on 41,000 1,137 s on a machine about 2.8 times slower than
    // session 24's (session 25). Since session 26 the labels are fitted in worker threads, one per
    // core; since session 27 most labels have two models, which took training from 4 to 19 min. The
    // limit leaves room for more writers and a slow machine.
  }, 3_600_000);

  it('are trained on the messages rules were written from without those rules, all others with them', () => {
    const listed = readFileSync(join(import.meta.dirname, '..', 'corpus', 'rules-from-train.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    expect(listed.length).toBeGreaterThan(0);
    const without = rulesNotFromTrain();
    const ids = (set: typeof RULE_SET) => set.rules.map((r) => r.id);
    expect(ids(without)).toEqual(ids(RULE_SET).filter((id) => !listed.includes(id)));
    // Folds 0 to 2 of train.jsonl were written from; the reserved folds, dev and the fixtures were not.
    for (const fold of [0, 1, 2]) expect(ids(rulesFor('train', fold))).toEqual(ids(without));
    for (const fold of [3, 4]) expect(rulesFor('train', fold)).toBe(RULE_SET);
    for (const fold of [0, 1, 2, 3, 4]) {
      expect(rulesFor('dev', fold)).toBe(RULE_SET);
      expect(rulesFor('fixture', fold)).toBe(RULE_SET);
    }
    // A listed rule's own example is found with every rule and not without the listed ones.
    const rule = loadRules().rules.find((r) => r.id === listed[0])!;
    const example = rule.examples!.match![0]!;
    const ruleIds = (set: typeof RULE_SET) =>
      analyze(example, { kind: 'apology' }, set, NO_MODELS).findings.map((f) => f.ruleId);
    expect(ruleIds(RULE_SET)).toContain(rule.id);
    expect(ruleIds(without)).not.toContain(rule.id);
  });

  it('read the probe sets, each for its own category only, and never a set kept back', () => {
    const read = probes();
    const texts = new Set(read.map((x) => x.text));
    // Compared as the corpus check compares messages: on letters and digits alone.
    const bare = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const readBare = new Set(read.map((x) => bare(x.text)));
    for (const file of KEPT_BACK_PROBES)
      for (const { text } of readFixture(file, probesDir).lines)
        expect(readBare.has(bare(text)), text).toBe(false);
    for (const label of ['crisis', 'threat']) {
      const { positives, negatives } = readFixture(`${label}-d.txt`, probesDir);
      expect(texts.has(positives[0]!)).toBe(true);
      expect(read.find((x) => x.text === positives[0])!.labels).toEqual(new Set([label]));
      expect(read.find((x) => x.text === negatives[0])!.labels).toEqual(new Set());
      expect(read.find((x) => x.text === negatives[0])!.known).toEqual(new Set([label]));
    }
    expect(read.every((x) => x.known !== 'all' && x.known.size === 1)).toBe(true);
  });

  it('adds a crisis finding the rules miss, on the sentence that reads most like crisis', () => {
    const text = "I've sorted the passwords and the will. You won't have to deal with any of it.";
    expect(crisisOf(text, NO_MODELS)).toEqual([]);
    const [finding] = crisisOf(text);
    expect(finding).toMatchObject({ category: 'crisis', ruleId: 'crisis.model', severity: 'danger' });
    expect(text.slice(finding!.start, finding!.end)).toBe("I've sorted the passwords and the will");
    expect(finding!.suggestion).toMatch(/988/);
  });

  it('adds nothing where a rule already found crisis language', () => {
    const found = crisisOf("I want to die. I've given the dog to my sister.");
    expect(found.map((f) => f.ruleId)).not.toContain('crisis.model');
    expect(found.length).toBeGreaterThan(0);
  });

  it('leaves the idioms of ANALYZER.md and their kin clean', () => {
    for (const idiom of [
      'This week is killing me, haha.',
      "I'm dying to see the show",
      'I want to die of embarrassment.',
      'I could kill for a coffee right now',
      'I nearly died laughing at your text',
      "I'd rather die than wear that jumper",
      "I'm at the end of my rope with this printer",
    ])
      expect(crisisOf(idiom)).toEqual([]);
  });

  it('keeps false alarms on the unseen near-miss sentences bounded', () => {
    // crisis-unseen.txt is not trained on. Its negatives mirror its positives word for word ("i cant
    // see a way out of the car park", "I won't be in your way much longer, I'm moving out on the 30th"),
    // the hardest case for a model of words, and the guidelines count an ambiguous farewell as crisis.
    // Recall comes first: 37 of 133 raise the gentle crisis message at the shipped threshold (on
    // realistic messages the crisis findings are nine in ten right). Not many more than now.
    const negatives = readFixture('crisis-unseen.txt').negatives;
    const alarms = negatives.filter((t) => crisisOf(t).length > 0);
    expect(alarms.length / negatives.length).toBeLessThanOrEqual(0.3);
  });

  it('leaves plain everyday texts about the writer’s own days clean', () => {
    // Short first-person texts share the crisis model's commonest words ("I've been", "lately",
    // "tonight", "made up my mind") and have nothing else to weigh against them. At the start of
    // session 26 such texts read as crisis ("I've been reading a lot, mostly on the train", p 0.55;
    // "I've been walking the dog by the canal most mornings", 0.40); the twenty-first to twenty-third
    // rounds wrote hundreds of them beside crisis twins. These 25 were written afterwards and are not
    // trained on; none reads as crisis now, the highest at 0.15 against the threshold of 0.4.
    const everyday = [
      "I've been baking bread most weekends, the sourdough's finally working.",
      "I've been doing nights all week, sorry I've been slow to reply.",
      "Been painting the back bedroom, it's a lovely green now.",
      "I've been running with the club on Tuesdays, I'm slow but I go.",
      "I'm just knackered tonight, I'll ring you tomorrow after work.",
      "I've been reading to Maisie every night, she loves the Gruffalo.",
      "I've made up my mind about the car, I'm selling it.",
      "I've been sleeping better since I stopped the late coffee.",
      "I've been learning Spanish on the app, 40 days so far.",
      "I've stopped checking your Instagram, I thought you should know.",
      "I've been going to my sister's on Sundays, the kids love it.",
      "I've decided to sell the caravan, we never use it.",
      "Tonight's been mad at work, two people off sick.",
      "I've been fixing up the old bike in the garage.",
      "I've been thinking about the wedding photos, do you want copies?",
      "I'm done with the night shifts at last, days from Monday.",
      "I've been walking the dog by the canal most mornings.",
      "I've been watching the snooker all week, don't judge me.",
      "I'm off work till Thursday with this cold, just resting.",
      "I've been clearing out Mum's loft, found your old records.",
      "I've been making a photo book for Dad's 70th.",
      'Just got in from the match, we lost again.',
      "I've been quiet because work has been mental, nothing more.",
      "I've started counselling and it's helping, I wanted you to know.",
      "I've been writing a lot lately, mostly short stories.",
    ];
    expect(everyday.filter((t) => crisisOf(t).length > 0)).toEqual([]);
  });

  it('adds a threat finding the rules miss', () => {
    for (const text of [
      'Nice new curtains by the way.',
      'Funny how your new place has a blue door. Lovely street.',
    ]) {
      expect(threatOf(text, NO_MODELS)).toEqual([]);
      expect(threatOf(text).map((f) => f.ruleId)).toEqual(['threat.model']);
    }
  });

  it('leaves ordinary talk of turning up and of anger clean', () => {
    for (const clean of [
      'Thanks for dropping the jacket round, that was kind of you.',
      'I could kill for a coffee right now',
      "I'm going to kill him when he gets home, he ate my cake",
      'See you at the school gate at three, the kids are excited.',
    ])
      expect(threatOf(clean)).toEqual([]);
    // threat.txt is trained on, so its hard negatives only check the model did learn them.
    const negatives = readFixture('threat.txt').negatives;
    expect(negatives.filter((t) => threatOf(t).length > 0).length / negatives.length).toBeLessThanOrEqual(
      0.02,
    );
  });

  it('scores by word id exactly as by feature names, on the corpus', () => {
    // The analyzer finds weights by word id; training and scoreByName by the features' names.
    prepareModels(LABEL_MODELS);
    const lines = readFileSync(join(import.meta.dirname, '..', 'corpus', 'dev.jsonl'), 'utf8').split('\n');
    for (const line of lines.filter((l, i) => l !== '' && i % 10 === 0)) {
      const { text, kind } = JSON.parse(line) as { text: string; kind: 'apology' | 'request' | 'message' };
      const byRules = analyze(text, { kind }, undefined, NO_MODELS);
      const found = new Set<Label>([...byRules.findings.map((f) => f.category), ...byRules.components]);
      const tokens = tokenize(text);
      const doc = buildDoc(text, tokens);
      const sentences = doc.sentences.map((x) => modelFeatures(tokens, x.first, x.end));
      const byName = scoreByName(
        LABEL_MODELS,
        modelFeatures(tokens),
        sentences,
        contextFeatures(kind, found),
      );
      const byId = modelScores(LABEL_MODELS, doc, kind, found);
      byName.forEach((p, i) => expect(byId[i]).toBeCloseTo(p, 9));
    }
  });

  it('reads each word in its scopes: under a negation in its clause, after its sentence’s last pronoun', () => {
    const features = modelFeatures(tokenize("It's not your fault, I think. You never listen."));
    // "not" governs its clause only; a pronoun marks the words after it until the next one or the sentence's end.
    expect(features.filter((f) => f.startsWith('!'))).toEqual(['!your', '!fault', '!listen']);
    expect(features.filter((f) => /^[iutw]>/.test(f))).toEqual(['u>fault', 'i>think', 'u>never', 'u>listen']);
    // A model that reads "fault" said of the reader, and less when denied, tells the two apart by id.
    const set: ModelSet = {
      labels: ['blame'],
      bias: [-1],
      threshold: [0.5],
      keep: [0],
      weights: { 'u>fault': [0, 3], '!fault': [0, -2.5] },
    };
    const p = (text: string) => modelScores(set, docFor(set, text), 'message', new Set())[0]!;
    expect(p('It was your fault.')).toBeCloseTo(1 / (1 + Math.exp(-2)), 9);
    expect(p('It was not your fault.')).toBeCloseTo(1 / (1 + Math.exp(0.5)), 9);
    expect(p('It was not your fault. Fault lines run deep.')).toBeCloseTo(1 / (1 + Math.exp(0.5)), 9);
  });

  it('lets a pooled model read the likeliest sentence alone, and every other the whole message', () => {
    const set: ModelSet = {
      labels: ['change', 'regret'],
      bias: [-2, -2],
      threshold: [0.5, 0.5],
      keep: [0.5, 0.5],
      pooled: [true, false],
      weights: { started: [0, 1, 1, 1], counselling: [0, 1.5, 1, 1.5], sorry: [0, -0.5, 1, 1] },
    };
    const scores = (text: string) => [...modelScores(set, docFor(set, text), 'apology', new Set())];
    // One sentence: both read the same words.
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    expect(scores("I've started counselling.")).toEqual([sigmoid(0.5), sigmoid(0.5)]);
    // A second sentence leaves the pooled model at its likeliest one and adds to the other.
    const two = scores("I'm sorry. I've started counselling.");
    expect(two[0]).toBeCloseTo(sigmoid(0.5), 9);
    expect(two[1]).toBeCloseTo(sigmoid(1.5), 9);
  });

  it('lets a model that only adds read a long letter’s likeliest sentence alone, at its own threshold', () => {
    // Every ordinary word weighs against crisis, so a letter's one crisis sentence is outweighed.
    const set: ModelSet = {
      labels: ['crisis'],
      bias: [-1],
      threshold: [0.5],
      keep: [0],
      sentence: [0.8],
      weights: { painless: [0, 3], the: [0, -0.5], house: [0, -0.5] },
    };
    const ordinary = 'The house is sold.';
    const letter = (n: number, line: string) => [...Array<string>(n).fill(ordinary), line].join(' ');
    const crisis = (text: string) =>
      analyze(text, { kind: 'message' }, { lexicons: {}, rules: [] }, set).findings.filter(
        (f) => f.category === 'crisis',
      );
    const buried = letter(LONG_LETTER - 1, "I've been looking up painless ways.");
    expect(modelScores(set, docFor(set, buried), 'message', new Set())[0]).toBeLessThan(0.5);
    const [finding] = crisis(buried);
    expect(buried.slice(finding!.start, finding!.end)).toBe("I've been looking up painless ways");
    // The sentence alone below its threshold (0.73 < 0.8) adds nothing, nor does a short message.
    expect(crisis(letter(LONG_LETTER - 1, 'Painless, the house.'))).toEqual([]);
    expect(
      crisis(letter(LONG_LETTER - 2, "I've been looking up painless ways. The house is sold.")),
    ).toHaveLength(1);
    const short = letter(
      LONG_LETTER - 4,
      "I've been looking up painless ways. The house is sold. The house is sold.",
    );
    expect(modelScores(set, docFor(set, short), 'message', new Set())[0]).toBeLessThan(0.5);
    expect(crisis(short)).toEqual([]);
  });

  it('puts a model’s finding on the sentence that reads most like its category', () => {
    const set: ModelSet = {
      labels: ['pressure'],
      bias: [-1],
      threshold: [0.5],
      keep: [0],
      weights: { answer: [0, 1.5], 'answer me': [0, 1], 'kind:request': [0, 0.25] },
    };
    prepareModels(set);
    const text = 'Thanks for the photos. Please answer me by tonight.';
    const [finding] = analyze(text, { kind: 'request' }, { lexicons: {}, rules: [] }, set).findings;
    expect(finding).toMatchObject({ category: 'pressure', ruleId: 'pressure.model', severity: 'warning' });
    expect(text.slice(finding!.start, finding!.end)).toBe('Please answer me by tonight');
    expect(scoreByName(set, ['answer', 'answer me', 'constructor'], [], ['kind:request'])[0]).toBeCloseTo(
      1 / (1 + Math.exp(-1.75)),
    );
  });

  it('reads a category with two models as the mean of theirs, its finding on the sentence reader’s choice', () => {
    // The whole-message reader (0) weighs every "answer"; the sentence reader (1) only its likeliest sentence.
    const set: ModelSet = {
      labels: ['pressure', 'pressure'],
      bias: [-2, -2],
      threshold: [0.5, 0.5],
      keep: [0, 0],
      pooled: [false, true],
      weights: { answer: [0, 1.5, 1, 1.5], tonight: [1, 2] },
    };
    const pressure = (text: string) =>
      analyze(text, { kind: 'message' }, { lexicons: {}, rules: [] }, set).findings.filter(
        (f) => f.category === 'pressure',
      );
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    // Three answers apart: the whole reads 0.92, the sentence 0.38; the mean (0.65) reads pressure.
    const spread = 'Answer when you can. I got your answer. The answer is fine.';
    const [whole, sentence] = modelScores(set, docFor(set, spread), 'message', new Set());
    expect([whole, sentence]).toEqual([sigmoid(2.5), sigmoid(-0.5)]);
    expect(pressure(spread)).toHaveLength(1);
    // One answer: the whole reads 0.38 and the sentence 0.38, so neither alone nor together.
    expect(pressure('Answer when you can. Thanks for the photos.')).toEqual([]);
    // The finding goes on the sentence reader's likeliest sentence, not the first.
    const text = 'Answer when you can. Please answer tonight.';
    const [finding] = pressure(text);
    expect(text.slice(finding!.start, finding!.end)).toBe('Please answer tonight');
  });

  it('lets a category’s sentence reader alone read one flawed sentence in a long letter, at its own threshold', () => {
    // The whole-message reader (0) finds every ordinary word against pressure; the sentence reader (1)
    // reads "tonight" strongly. Their mean misses the one sentence in a long letter.
    const set: ModelSet = {
      labels: ['pressure', 'pressure'],
      bias: [-1, -1],
      threshold: [0.5, 0.5],
      keep: [0, 0],
      pooled: [false, true],
      sentence: [0.8, 0.8],
      weights: { tonight: [0, 1, 1, 3], the: [0, -0.5], house: [0, -0.5] },
    };
    const pressure = (text: string) =>
      analyze(text, { kind: 'request' }, { lexicons: {}, rules: [] }, set).findings.filter(
        (f) => f.category === 'pressure',
      );
    const letter = (n: number, line: string) =>
      [...Array<string>(n).fill('The house is sold.'), line].join(' ');
    const buried = letter(LONG_LETTER - 1, 'Answer me tonight.');
    const [whole, sentence] = modelScores(set, docFor(set, buried), 'request', new Set());
    expect((whole! + sentence!) / 2).toBeLessThan(0.5);
    expect(sentence).toBeGreaterThanOrEqual(0.8);
    const [finding] = pressure(buried);
    expect(buried.slice(finding!.start, finding!.end)).toBe('Answer me tonight');
    // Without its own threshold, or in a short message, the mean decides and reads nothing.
    const sentenceless = { ...set, sentence: [0, 0] };
    expect(analyze(buried, { kind: 'request' }, { lexicons: {}, rules: [] }, sentenceless).findings).toEqual(
      [],
    );
    expect(pressure(letter(LONG_LETTER - 3, 'Answer me tonight.'))).toEqual([]);
    // Below its threshold (one weaker word: sigmoid(-1 + 1) = 0.5 < 0.8), the sentence adds nothing.
    expect(pressure(letter(LONG_LETTER - 1, 'Answer me soon.'))).toEqual([]);
  });

  it('lets a component’s model overrule the rules both ways', () => {
    const set: ModelSet = {
      labels: ['repair'],
      bias: [-2],
      threshold: [0.5],
      keep: [0.5],
      weights: { 'rule:regret': [0, 3] },
    };
    const doc = docFor(set, 'some words');
    const out = { findings: [], components: new Set<'regret' | 'repair'>(['regret']) };
    applyModels(set, doc, 'apology', out);
    expect([...out.components]).toEqual(['regret', 'repair']);
    const without = { findings: [], components: new Set<'repair'>(['repair']) };
    applyModels(set, doc, 'apology', without);
    expect([...without.components]).toEqual([]);
  });

  it('lets a category’s model silence the rules’ false alarm, but never a crisis or threat finding', () => {
    const finding = { start: 0, end: 4, ruleId: 'x.rule', severity: 'warning', message: 'm' } as const;
    const set: ModelSet = {
      labels: ['blame', 'crisis'],
      bias: [-5, -5],
      threshold: [0.5, 0.5],
      keep: [0.5, 0.5],
      weights: {},
    };
    const doc = docFor(set, 'some words');
    const out = {
      findings: [
        { ...finding, category: 'blame' as const },
        { ...finding, category: 'crisis' as const, severity: 'danger' as const },
      ],
      components: new Set<'regret'>(),
    };
    applyModels(set, doc, 'message', out);
    expect(out.findings.map((f) => f.category)).toEqual(['crisis']);
  });

  it('holds weights as whole hundredths, exactly, and refuses one it cannot hold', () => {
    const set = (weight: number): ModelSet => ({
      labels: ['blame'],
      bias: [0],
      threshold: [0.5],
      keep: [0],
      weights: { fault: [0, weight], your: [0, -0.07] },
    });
    // 0.1 twice and -0.07, read as hundredths (10 + 10 - 7) and summed: the weights as given.
    const exact = set(0.1);
    const twice = modelScores(exact, docFor(exact, 'fault your fault'), 'message', new Set())[0]!;
    expect(Math.log(twice / (1 - twice))).toBeCloseTo(0.13, 12);
    expect(() => prepareModels(set(0.123))).toThrow(/0\.123 of "fault" is not a whole number of hundredths/);
    // Past ±1.27 a weight is several 16-bit entries of its model, which still add up to it exactly.
    const large = set(-3.05);
    const big = modelScores(large, docFor(large, 'fault your fault'), 'message', new Set())[0]!;
    expect(Math.log(big / (1 - big))).toBeCloseTo(-6.17, 12);
  });

  it('splits any whole number of hundredths into pieces within ±127 that add up to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (h) => {
        const parts = pieces(h);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(h);
        expect(parts.every((p) => Math.abs(p) <= 127)).toBe(true);
        expect(parts.length).toBe(Math.max(1, Math.ceil(Math.abs(h) / 127)));
      }),
    );
  });

  it('runs with the shipped rules only: a caller’s own rule set runs alone unless given the model', () => {
    const text = "I've sorted the passwords and the will. You won't have to deal with any of it.";
    expect(analyze(text, {}, { lexicons: {}, rules: [] }).findings).toEqual([]);
  });
});
