// Compiles rules/*.yml into src/rules/compiled.generated.ts, so the browser gets the rules without
// reading files. `--check` exits 1 when the generated module is out of date.
import { format, resolveConfig } from 'prettier';
import { toShipped, type RuleSet } from '../src/rules/schema.js';
import { compiledPath, loadRules, runMain, writeOrCheck } from './rule-files.js';

// The rules go out in typed parts: one array literal of every rule grew past what the type checker
// can represent (TS2590, at about 1,030 rules); parts of 200 typecheck (tsc, session 22).
const PART = 200;

/** The generated module's source for a rule set, formatted as the repository formats code. */
export async function renderCompiled(ruleSet: RuleSet): Promise<string> {
  const { lexicons, rules } = toShipped(ruleSet);
  const parts: string[] = [];
  for (let i = 0; i < rules.length; i += PART)
    parts.push(
      `const PART_${parts.length + 1}: ShippedRule[] = ${JSON.stringify(rules.slice(i, i + PART))};`,
    );
  const spread = parts.map((_, i) => `...PART_${i + 1}`).join(', ');
  const source = [
    '// Generated from packages/analyzer/rules/*.yml by `npx tsx packages/analyzer/scripts/compile-rules.ts`.',
    '// Do not edit by hand: edit the YAML and run the script; a test fails when this file is stale.',
    '// Only what runs is shipped; examples, sources and file names stay in the YAML and docs/rules.md.',
    "import type { ShippedRule, ShippedRuleSet } from './schema.js';",
    '',
    ...parts,
    '',
    `export const RULE_SET: ShippedRuleSet = { lexicons: ${JSON.stringify(lexicons)}, rules: [${spread}] };`,
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
