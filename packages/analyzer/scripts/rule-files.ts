// Reads packages/analyzer/rules/*.yml from disk for the scripts and tests (the library never does I/O).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRuleFiles, type RuleFile } from '../src/rules/load.js';
import type { RuleSet } from '../src/rules/schema.js';

export const analyzerRoot = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = join(analyzerRoot, '..', '..');
export const rulesDir = join(analyzerRoot, 'rules');
export const compiledPath = join(analyzerRoot, 'src', 'rules', 'compiled.generated.ts');
export const docPath = join(repoRoot, 'docs', 'rules.md');

/** The rule files in a stable order, named relative to the repository root. */
export function readRuleFiles(dir = rulesDir): RuleFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => ({ name: relative(repoRoot, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

/** Load and validate the rules; throws with every "file:line:col: problem" when any is wrong. */
export function loadRules(dir = rulesDir): RuleSet {
  const { ruleSet, errors } = loadRuleFiles(readRuleFiles(dir));
  if (errors.length > 0)
    throw new Error(`rule files have ${errors.length} problem(s):\n${errors.join('\n')}`);
  return ruleSet;
}
