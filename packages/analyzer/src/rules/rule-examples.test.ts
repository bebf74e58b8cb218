// Every rule carries its own examples; they are the rule's contract with a reviewer.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { loadRules } from '../../scripts/rule-files.js';
import { toShipped } from './schema.js';

// The examples live in the YAML (the shipped module leaves them out). They run against the YAML's
// rules, so a rule author sees them pass or fail before regenerating the module; a separate test
// keeps the shipped module identical to the YAML.
const set = loadRules();
const rules = toShipped(set);

describe('rule examples', () => {
  for (const rule of set.rules) {
    const fires = (text: string): boolean => {
      const a = analyze(text, { kind: 'apology' }, rules);
      if (rule.component) return a.components.includes(rule.component);
      return a.findings.some((f) => f.ruleId === rule.id || f.category === rule.category);
    };
    for (const text of rule.examples?.match ?? []) {
      it(`${rule.id} matches ${JSON.stringify(text)}`, () => expect(fires(text)).toBe(true));
    }
    for (const text of rule.examples?.clean ?? []) {
      it(`${rule.id} stays quiet on ${JSON.stringify(text)}`, () => {
        const a = analyze(text, { kind: 'apology' }, rules);
        expect(a.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
        if (rule.component) expect(a.components).not.toContain(rule.component);
      });
    }
  }
});
