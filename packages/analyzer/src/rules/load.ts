// Reads rule files (YAML text, no file system here) into a validated RuleSet. Every problem is
// reported as "file:line:col: message" using the YAML parser's positions, so a reviewer editing a
// rule sees exactly where the mistake is.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { validateRule, type RuleDef, type RuleSet } from './schema.js';
import { parsePattern, PatternError } from '../pattern.js';

export interface RuleFile {
  /** The path shown in error messages, e.g. "rules/excuse.yml". */
  name: string;
  text: string;
}

export interface LoadResult {
  ruleSet: RuleSet;
  errors: string[];
}

interface Parsed {
  file: RuleFile;
  lines: LineCounter;
  root: YAMLMap | null;
}

function where(p: Parsed, node: Node | null | undefined): string {
  const offset = node?.range?.[0] ?? 0;
  const pos = p.lines.linePos(offset);
  return `${p.file.name}:${pos.line}:${pos.col}`;
}

function valueNode(map: YAMLMap, key: string): Node | null {
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === key) {
      return (item.value as Node | null) ?? (item.key as Node);
    }
  }
  return null;
}

/** Parse and validate rule files; rules are returned in file order. */
export function loadRuleFiles(files: readonly RuleFile[]): LoadResult {
  const errors: string[] = [];
  const parsed: Parsed[] = [];
  for (const file of files) {
    const lines = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: lines, uniqueKeys: true });
    const p: Parsed = { file, lines, root: null };
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      errors.push(`${file.name}:${pos?.line ?? 1}:${pos?.col ?? 1}: ${e.message.split('\n')[0]}`);
    }
    if (doc.errors.length > 0) continue;
    if (!isMap(doc.contents)) {
      errors.push(`${where(p, doc.contents)}: a rule file is a map with "rules", "lexicons" or "sources"`);
      continue;
    }
    p.root = doc.contents;
    for (const item of p.root.items) {
      const key = isPair(item) && isScalar(item.key) ? item.key.value : null;
      if (key !== 'rules' && key !== 'lexicons' && key !== 'sources')
        errors.push(
          `${where(p, isPair(item) ? (item.key as Node) : null)}: unknown top-level key "${String(key)}"`,
        );
    }
    parsed.push(p);
  }

  const sources: Record<string, string> = {};
  const lexicons: Record<string, string[]> = {};
  const lexiconNodes: { p: Parsed; name: string; node: Node }[] = [];
  for (const p of parsed) {
    const src = p.root && valueNode(p.root, 'sources');
    if (src) {
      const value: unknown = src.toJSON();
      if (
        typeof value !== 'object' ||
        value === null ||
        Object.values(value).some((v) => typeof v !== 'string')
      )
        errors.push(`${where(p, src)}: sources maps a key to a citation`);
      else Object.assign(sources, value);
    }
    const lex = p.root && valueNode(p.root, 'lexicons');
    if (lex && isMap(lex)) {
      for (const item of lex.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        const name = String(item.key.value);
        const value: unknown = (item.value as Node | null)?.toJSON();
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
          errors.push(`${where(p, item.key as Node)}: lexicon "${name}" is a list of words or phrases`);
        else if (name in lexicons)
          errors.push(`${where(p, item.key as Node)}: lexicon "${name}" is defined twice`);
        else {
          lexicons[name] = value as string[];
          if (item.value) lexiconNodes.push({ p, name, node: item.value as Node });
        }
      }
    } else if (lex) errors.push(`${where(p, lex)}: lexicons maps a name to a list`);
  }
  // A bad entry is reported where it is written, not only at each rule that uses the lexicon.
  for (const { p, name, node } of lexiconNodes) {
    if (!isSeq(node)) continue;
    for (const entry of node.items) {
      const text = String((entry as Node).toJSON());
      try {
        parsePattern(text, lexicons, [name]);
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
        errors.push(`${where(p, entry as Node)}: lexicon "${name}": ${e.message}`);
      }
    }
  }

  const rules: RuleDef[] = [];
  const ids = new Set<string>();
  for (const p of parsed) {
    const list = p.root && valueNode(p.root, 'rules');
    if (!list) continue;
    if (!isSeq(list)) {
      errors.push(`${where(p, list)}: rules is a list`);
      continue;
    }
    for (const node of list.items) {
      const raw: unknown = (node as Node).toJSON();
      const problems = validateRule(raw, lexicons, sources);
      for (const prob of problems) {
        const at =
          prob.field && isMap(node) ? (valueNode(node, prob.field) ?? (node as Node)) : (node as Node);
        errors.push(`${where(p, at)}: ${prob.message}`);
      }
      if (problems.length > 0) continue;
      const r = raw as Omit<RuleDef, 'pattern' | 'file'> & { pattern: string | string[] };
      if (ids.has(r.id)) {
        errors.push(
          `${where(p, isMap(node) ? valueNode(node, 'id') : (node as Node))}: duplicate rule id "${r.id}"`,
        );
        continue;
      }
      ids.add(r.id);
      rules.push({
        ...r,
        pattern: typeof r.pattern === 'string' ? [r.pattern] : r.pattern,
        file: p.file.name,
      });
    }
  }
  return { ruleSet: { sources, lexicons, rules }, errors };
}
