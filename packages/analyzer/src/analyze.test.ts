import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { NO_MODELS } from './label-models.js';

const fixture = JSON.parse(
  readFileSync(new URL('../test/fixtures/hard-negatives.json', import.meta.url), 'utf8'),
) as { clean: string[] };

// ANALYZER.md's cues, each as a short message; training keeps the learned readers from silencing them.
const spec = JSON.parse(
  readFileSync(new URL('../test/fixtures/spec-examples.json', import.meta.url), 'utf8'),
) as { examples: Record<string, string[]> };
const specCases = Object.entries(spec.examples).flatMap(([category, texts]) =>
  texts.map((text) => [category, text] as const),
);

describe('analyze', () => {
  it.each(fixture.clean)('finds nothing wrong in %j', (text) => {
    expect(analyze(text, { kind: 'apology' }).findings).toEqual([]);
  });

  it.each(specCases)("finds ANALYZER.md's %s in %j, whatever the kind", (category, text) => {
    for (const kind of ['apology', 'request', 'message'] as const)
      expect(
        analyze(text, { kind }).findings.map((f) => f.category),
        kind,
      ).toContain(category);
  });

  it('returns exact spans, sorted, with rule ids and messages', () => {
    // The rules' own spans (the learned readers, which may add or silence, are tested on their own).
    const text = "I'm sorry if you were offended, but I was exhausted. You made me do it.";
    const { findings } = analyze(text, { kind: 'apology' }, undefined, NO_MODELS);
    expect(findings.map((f) => [f.category, text.slice(f.start, f.end)])).toEqual([
      ['conditional', 'sorry if you'],
      ['excuse', 'but I was exhausted'],
      ['blame', 'You made me do'],
    ]);
    for (const f of findings) {
      expect(f.ruleId).toMatch(/^[a-z_]+\./);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it('reads each message afresh: where a rule matched in one message does not hide it in the next', () => {
    // The engine keeps per-rule state between messages to save work; a match late in a long message
    // must not stop the same rule from matching early in the next one.
    const long = `${'We talked for a long time about the holiday and the kids and the car. '.repeat(3)}I'm sorry if you were offended.`;
    const short = "I'm sorry if you were offended.";
    const conditional = (text: string): string[] =>
      analyze(text, { kind: 'apology' }, undefined, NO_MODELS)
        .findings.filter((f) => f.category === 'conditional')
        .map((f) => text.slice(f.start, f.end));
    expect(conditional(long)).toEqual(['sorry if you']);
    expect(conditional(short)).toEqual(['sorry if you']);
    expect(conditional(long)).toEqual(['sorry if you']);
  });

  it('recovers from a failure in one message: the next message still gets every finding', () => {
    // A rule whose message cannot be read the first time: that analysis throws midway, after the
    // rule has matched. Nothing the engine keeps between messages may carry the failure over.
    let failures = 1;
    const rule = {
      id: 'test.sorry-if',
      category: 'conditional',
      severity: 'warning',
      kind: 'phrase',
      pattern: ['sorry if'],
      get message(): string {
        if (failures-- > 0) throw new Error('unreadable');
        return 'conditional';
      },
    };
    const rules = { lexicons: {}, rules: [rule] } as unknown as Parameters<typeof analyze>[2];
    const text = "I'm sorry if you were offended.";
    expect(() => analyze(text, { kind: 'apology' }, rules)).toThrow('unreadable');
    expect(analyze(text, { kind: 'apology' }, rules).findings.map((f) => f.ruleId)).toEqual([
      'test.sorry-if',
    ]);
  });

  it('lists each component once, in a fixed order', () => {
    const text =
      "I'm so sorry. I'm sorry I lied to you about the money. It was my fault. I know it made you feel betrayed. " +
      "I've started going to therapy. I'd like to pay you back. Take all the time you need.";
    expect(analyze(text, { kind: 'apology' }).components).toEqual([
      'regret',
      'responsibility',
      'specific',
      'impact',
      'change',
      'repair',
      'autonomy',
    ]);
  });

  it('flags crisis language as danger whatever the kind, and not idioms', () => {
    for (const kind of ['apology', 'request', 'message'] as const) {
      const { findings } = analyze("Honestly I don't want to be alive anymore.", { kind });
      expect(findings).toContainEqual(expect.objectContaining({ category: 'crisis', severity: 'danger' }));
    }
    expect(analyze('This week is killing me, haha.').findings).toEqual([]);
  });

  it('reads crisis language that starts with a Turkish capital İ', () => {
    const text = 'İntihar etmeyi düşünüyorum.';
    const crisis = analyze(text).findings.find((f) => f.category === 'crisis');
    expect(crisis && text.slice(crisis.start, crisis.end)).toBe('İntihar');
  });

  it('flags threats as danger', () => {
    const { findings } = analyze("If you won't talk to me, I know where you live.");
    expect(findings).toContainEqual(expect.objectContaining({ category: 'threat', severity: 'danger' }));
  });

  it('reads context: negation, subject, quotes, conditionals', () => {
    expect(analyze('You never listen to me.').findings[0]?.category).toBe('criticism');
    expect(analyze('I never listened to you, and I am sorry.').findings).toEqual([]);
    expect(analyze('It was just a comment.').findings[0]?.category).toBe('minimizing');
    expect(analyze("It wasn't just a comment; it was cruel.").findings).toEqual([]);
    expect(analyze('You told me I was pathetic and you were right to be angry.').findings).toEqual([]);
    expect(analyze('Call me back now.').findings[0]?.category).toBe('demand');
    expect(analyze('If you want, call me back now or later.').findings).toEqual([]);
  });

  it('handles curly apostrophes and texting shorthand', () => {
    expect(analyze('I’m sorry if u were hurt').findings[0]?.category).toBe('conditional');
    expect(analyze('im done talking about this').findings[0]?.category).toBe('stonewalling');
  });

  it('returns an empty analysis for empty text', () => {
    expect(analyze('')).toEqual({ findings: [], components: [] });
  });
});
