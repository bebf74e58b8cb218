// Compiles rules/*.yml into src/rules/compiled.generated.ts, so the browser gets the rules without
// reading files. `--check` exits 1 when the generated module is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { toShipped, type RuleSet } from '../src/rules/schema.js';
import { compiledPath, loadRules } from './rule-files.js';

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

async function main(): Promise<void> {
  const out = await renderCompiled(loadRules());
  if (process.argv.includes('--check')) {
    const current = readFileSync(compiledPath, 'utf8');
    if (current !== out) {
      console.error('compiled rules are out of date: run npx tsx packages/analyzer/scripts/compile-rules.ts');
      process.exit(1);
    }
    return;
  }
  writeFileSync(compiledPath, out);
  console.log(`wrote ${compiledPath}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
