import { describe, expect, it } from 'vitest';
import { loadRuleFiles } from './load.js';

const sources = { name: 'rules/sources.yml', text: 'sources:\n  nvc: Rosenberg 2003\n' };

describe('loadRuleFiles', () => {
  it('loads a good rule', () => {
    const file = {
      name: 'rules/demand.yml',
      text: [
        'rules:',
        '  - id: demand.owe',
        '    category: demand',
        '    severity: warning',
        '    kind: phrase',
        '    pattern: you owe me',
        '    message: It makes their reply a debt.',
        '    source: nvc',
      ].join('\n'),
    };
    const { ruleSet, errors } = loadRuleFiles([sources, file]);
    expect(errors).toEqual([]);
    expect(ruleSet.rules[0]).toMatchObject({
      id: 'demand.owe',
      pattern: ['you owe me'],
      file: 'rules/demand.yml',
    });
  });

  it('reports a bad field with its file and line', () => {
    const file = {
      name: 'rules/bad.yml',
      text: [
        'rules:',
        '  - id: demand.owe',
        '    category: demandz',
        '    severity: warning',
        '    kind: phrase',
        '    pattern: you (owe me',
        '    message: m',
        '    source: nowhere',
      ].join('\n'),
    };
    const { errors } = loadRuleFiles([sources, file]);
    expect(errors).toContainEqual(expect.stringMatching(/^rules\/bad\.yml:3:15: unknown category "demandz"/));
    expect(errors).toContainEqual(expect.stringMatching(/^rules\/bad\.yml:6:14: missing "\)"/));
    expect(errors).toContainEqual(expect.stringMatching(/^rules\/bad\.yml:8:13: source must be one of/));
  });

  it('reports YAML syntax errors with a position', () => {
    const { errors } = loadRuleFiles([{ name: 'rules/x.yml', text: 'rules:\n  - id: [a\n' }]);
    expect(errors[0]).toMatch(/^rules\/x\.yml:\d+:\d+: /);
  });

  it('rejects unknown lexicons, conditions and duplicate ids', () => {
    const rule = (id: string, extra: string): string =>
      `  - id: ${id}\n    component: regret\n    kind: phrase\n    pattern: '@nope sorry'\n    source: nvc\n${extra}`;
    const file = {
      name: 'rules/c.yml',
      text: `rules:\n${rule('regret.a', '    unless: [sideways]\n')}${rule('regret.a', '')}`,
    };
    const { errors } = loadRuleFiles([sources, file]);
    expect(errors.join('\n')).toMatch(/unknown lexicon "@nope"/);
    expect(errors.join('\n')).toMatch(/unknown condition "sideways"/);
  });

  it('rejects brackets inside a word, which would split it, and accepts glued contractions', () => {
    const rule = (id: string, pattern: string): string =>
      `  - id: ${id}\n    component: regret\n    kind: phrase\n    pattern: "${pattern}"\n    source: nvc\n`;
    const file = {
      name: 'rules/w.yml',
      text: `rules:\n${rule('regret.a', 'i recogni(se|ze) it')}${rule('regret.b', 'i want(ed)? to')}${rule('regret.c', "i('ll| will) (it|that)'s")}`,
    };
    const { errors } = loadRuleFiles([sources, file]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^rules\/w\.yml:5:14: brackets inside a word \("i\("\)/);
    expect(errors[1]).toMatch(/^rules\/w\.yml:10:14: brackets inside a word \("t\("\)/);
  });

  it('reports a bad lexicon entry at the entry itself', () => {
    const file = {
      name: 'rules/lex.yml',
      text: ['lexicons:', '  tidy:', '    - clear out', '    - clear(-| )?out', 'rules: []'].join('\n'),
    };
    const { errors } = loadRuleFiles([sources, file]);
    expect(errors).toEqual([
      expect.stringMatching(/^rules\/lex\.yml:4:7: lexicon "tidy": brackets inside a word/),
    ]);
  });
});
