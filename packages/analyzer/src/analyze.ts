// analyze(): the library's one entry point, per ANALYZER.md.
import { compileEngine, runEngine, type Engine } from './engine.js';
import { loadImage, makeImage } from './image.js';
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

/**
 * The shipped rules compiled and models prepared, as bytes (image.ts), for useImage in another
 * process. Only in a process that has analysed nothing yet.
 */
export function shippedImage(): Uint8Array {
  return makeImage(RULE_SET, LABEL_MODELS);
}

/**
 * Take the shipped rules and models from an image shippedImage made, instead of compiling them on
 * the first analysis. Whether they are now ready without compiling: true when loaded, or when this
 * process has compiled them already; false, and nothing changed, when the image does not fit (made
 * from other rules or models, or another rule set was compiled first), and analyze compiles as usual.
 */
export function useImage(bytes: Uint8Array): boolean {
  if (engines.has(RULE_SET)) return true;
  const loaded = loadImage(bytes, RULE_SET, LABEL_MODELS);
  if (loaded !== null) engines.set(RULE_SET, loaded.engine);
  return loaded !== null;
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
