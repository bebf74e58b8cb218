// Compiles rules/*.yml into src/rules/compiled.generated.ts, so the browser gets the rules without
// reading files. `--check` exits 1 when the generated module is out of date.
import { format, resolveConfig } from 'prettier';
import { toShipped, type RuleSet } from '../src/rules/schema.js';
import { compiledPath, loadRules, runMain, writeOrCheck } from './rule-files.js';

/** The generated module's source for a rule set, formatted as the repository formats code. */
export async function renderCompiled(ruleSet: RuleSet): Promise<string> {
  const source = [
    '// Generated from packages/analyzer/rules/*.yml by `npx tsx packages/analyzer/scripts/compile-rules.ts`.',
    '// Do not edit by hand: edit the YAML and run the script; a test fails when this file is stale.',
    '// Only what runs is shipped; examples, sources and file names stay in the YAML and docs/rules.md.',
    "import type { ShippedRuleSet } from './schema.js';",
    '',
    `export const RULE_SET: ShippedRuleSet = ${JSON.stringify(toShipped(ruleSet))};`,
    '',
  ].join('\n');
  const config = (await resolveConfig(compiledPath)) ?? {};
  return format(source, { ...config, filepath: compiledPath });
}

runMain(import.meta.url, async () =>
  writeOrCheck(
    compiledPath,
    await renderCompiled(loadRules()),
    'npx tsx packages/analyzer/scripts/compile-rules.ts',
  ),
);
