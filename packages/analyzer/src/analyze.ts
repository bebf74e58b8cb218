// analyze(): the library's one entry point, per ANALYZER.md.
import { compileEngine, runEngine, type Engine } from './engine.js';
import { applyModels, NO_MODELS, prepareModels, type ModelSet } from './label-models.js';
import { RULE_SET } from './rules/compiled.generated.js';
import { LABEL_MODELS } from './rules/label-models.generated.js';
import type { ShippedRuleSet } from './rules/schema.js';
import { buildDoc } from './structure.js';
import { tokenize } from './tokenize.js';
import { COMPONENTS, type Analysis, type AnalyzeOptions, type Finding } from './types.js';

// Compiling a rule set takes far longer than analysing a message, so each set is compiled once.
const engines = new WeakMap<ShippedRuleSet, Engine>();

function engineFor(set: ShippedRuleSet = RULE_SET): Engine {
  let engine = engines.get(set);
  if (!engine) {
    engine = compileEngine(set);
    engines.set(set, engine);
  }
  return engine;
}

// Two rules of one category on overlapping words are one problem for the reader: keep the first.
function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
  const out: Finding[] = [];
  const lastEnd = new Map<string, number>();
  for (const f of findings) {
    if ((lastEnd.get(f.category) ?? -1) > f.start) continue;
    lastEnd.set(f.category, f.end);
    out.push(f);
  }
  return out;
}

/**
 * Review a draft: what will hurt it, with exact spans, and which apology parts are present.
 * @example analyze("I'm sorry if you were offended", { kind: 'apology' }).findings[0]?.category // 'conditional'
 */
export function analyze(
  text: string,
  options: AnalyzeOptions = {},
  rules?: ShippedRuleSet,
  // A caller's own rules (a test's, a rule author's) run alone unless it passes the models too.
  models: ModelSet = rules === undefined ? LABEL_MODELS : NO_MODELS,
): Analysis {
  const input = typeof text === 'string' ? text : '';
  // The engine first: compiling gives its words their ids, which the tokens then look up.
  const engine = engineFor(rules);
  prepareModels(models);
  const doc = buildDoc(input, tokenize(input));
  const kind = options.kind ?? 'message';
  const result = runEngine(engine, doc, kind);
  applyModels(models, doc, kind, result);
  return {
    findings: dedupe(result.findings),
    components: COMPONENTS.filter((c) => result.components.has(c)),
  };
}
