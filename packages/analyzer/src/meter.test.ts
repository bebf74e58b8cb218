// The cost meter behind `npm run rules:cost`: it must charge each pattern and each rule's conditions
// for their own matcher steps, and never change what the engine finds.
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { compileEngine, runEngine, startMeter, stopMeter } from './engine.js';
import { loadRuleFiles } from './rules/load.js';
import { toShipped } from './rules/schema.js';
import { buildDoc } from './structure.js';
import { tokenize } from './tokenize.js';

const text = [
  'rules:',
  '  - id: vague.everything',
  '    category: vague',
  '    severity: warning',
  '    kind: phrase',
  '    pattern:',
  '      - sorry for everything',
  '      - sorry about ~3 mess',
  '    unless:',
  "      - {sentence_has: 'the (weather|traffic)'}",
  '    message: m',
  '    source: test',
  '  - id: blame.made-me',
  '    category: blame',
  '    severity: warning',
  '    kind: phrase',
  '    pattern: you made me',
  '    message: m',
  '    source: test',
  '  - id: blame.regex',
  '    category: blame',
  '    severity: warning',
  '    kind: regex',
  "    pattern: '\\bbecause of you\\b'",
  '    message: m',
  '    source: test',
].join('\n');
const { ruleSet, errors } = loadRuleFiles([
  { name: 'rules/sources.yml', text: 'sources:\n  test: A test source\n' },
  { name: 'rules/vague.yml', text },
]);
const shipped = toShipped(ruleSet);

function metered(message: string): { meter: Float64Array; categories: string[] } {
  const engine = compileEngine(shipped);
  const meter = startMeter(engine);
  try {
    const result = runEngine(engine, buildDoc(message, tokenize(message)), 'apology');
    return { meter, categories: result.findings.map((f) => f.category) };
  } finally {
    stopMeter();
  }
}

describe('rule cost meter', () => {
  afterEach(stopMeter);

  it('has a slot per pattern and one for each rule’s conditions, in rule order', () => {
    expect(errors).toEqual([]);
    expect(compileEngine(shipped).slots).toBe(3 + 2 + 2);
  });

  it('charges the pattern that ran and its conditions, and nothing to rules whose words are absent', () => {
    const { meter, categories } = metered('I am sorry for everything the kids saw in that weather.');
    expect(categories).toEqual(['vague']);
    expect(meter[0]).toBeGreaterThan(0); // sorry for everything
    expect(meter[2]).toBeGreaterThan(0); // its sentence_has condition tried "the kids"
    expect(meter[3]).toBe(0); // "you made me" never started
    expect(meter[4]).toBe(0); // that rule has no conditions
  });

  it('skips a condition whose words the sentence lacks without scanning it', () => {
    const { meter, categories } = metered('I am sorry for everything the kids saw.');
    expect(categories).toEqual(['vague']);
    expect(meter[2]).toBe(0); // no "weather" or "traffic" in the sentence
  });

  it('charges a gap pattern more than a plain one, step by step', () => {
    const plain = metered('sorry for everything').meter[0]!;
    const gap = metered('sorry about all this mess').meter[1]!;
    expect(gap).toBeGreaterThan(plain);
  });

  it('counts a regex as one step per word of the message', () => {
    expect(metered('it was because of you').meter[5]).toBe(5);
  });

  it('changes nothing the analyzer finds, and stops counting when stopped', () => {
    const message = 'You made me do it. I am sorry for everything, it was because of you.';
    const { meter, categories } = metered(message);
    const snapshot = Array.from(meter);
    expect(analyze(message, { kind: 'apology' }, shipped).findings.map((f) => f.category)).toEqual(
      categories,
    );
    expect(Array.from(meter)).toEqual(snapshot);
  });
});
