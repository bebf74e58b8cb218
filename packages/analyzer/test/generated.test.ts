// The browser can't read YAML files, so the rules ship as a generated module and a generated doc;
// these fail when either is stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCompiled } from '../scripts/compile-rules.js';
import { renderRulesDoc } from '../scripts/rules-doc.js';
import { compiledPath, docPath, loadRules } from '../scripts/rule-files.js';

describe('generated rule artefacts', () => {
  const ruleSet = loadRules();

  it('compiled.generated.ts matches rules/*.yml (run scripts/compile-rules.ts)', async () => {
    expect(readFileSync(compiledPath, 'utf8')).toBe(await renderCompiled(ruleSet));
  });

  it('docs/rules.md matches rules/*.yml (run npm run rules:doc)', () => {
    expect(readFileSync(docPath, 'utf8')).toBe(renderRulesDoc(ruleSet));
  });
});
