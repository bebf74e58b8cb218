// The shape of a rule, and its validation. Pure: the loader (YAML with positions) and the
// compiled module both go through validateRule, so a bad rule is caught before it can ship.
import {
  CATEGORIES,
  COMPONENTS,
  KINDS,
  SEVERITIES,
  type Category,
  type Component,
  type Kind,
  type Severity,
} from '../types.js';
import { parsePattern, PatternError, type Lexicons } from '../pattern.js';

export const RULE_KINDS = ['phrase', 'regex'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const FLAGS = [
  'negated',
  'in_quote',
  'in_others_words',
  'in_if_clause',
  'governed_by_if',
  'after_contrast',
  'before_contrast',
  'question',
  'clause_start',
  'sentence_end',
  'clause_end',
] as const;
export type Flag = (typeof FLAGS)[number];

export const SUBJECTS = ['i', 'you', 'we', 'they', 'other', 'none'] as const;
export type Subject = (typeof SUBJECTS)[number];

export const PATTERN_CONDITIONS = [
  'clause_has',
  'sentence_has',
  'before',
  'after',
  'nearby',
  'message_has',
  'followed_by',
  'preceded_by',
  'elsewhere',
] as const;
export type PatternCondition = (typeof PATTERN_CONDITIONS)[number];

export type Condition =
  | Flag
  | { subject: Subject[] }
  | { clause_has: string }
  | { sentence_has: string }
  | { before: string }
  | { after: string }
  | { nearby: string }
  | { message_has: string }
  | { followed_by: string }
  | { preceded_by: string }
  | { elsewhere: string }
  | { has_component: Component[] };

export interface RuleDef {
  id: string;
  category?: Category;
  component?: Component;
  severity?: Severity;
  kind: RuleKind;
  pattern: string[];
  kinds?: Kind[];
  when?: Condition[];
  unless?: Condition[];
  message?: string;
  suggestion?: string;
  source: string;
  examples?: { match?: string[]; clean?: string[] };
  /** The rule file it came from, for the docs. */
  file: string;
}

export interface RuleSet {
  sources: Record<string, string>;
  lexicons: Record<string, string[]>;
  rules: RuleDef[];
}

/** What a rule needs to run: its examples, source and file are for reviewers, tests and the docs. */
export type ShippedRule = Omit<RuleDef, 'examples' | 'source' | 'file'>;

/** The rules as the analyzer ships them to the browser: no reviewer-only fields. */
export interface ShippedRuleSet {
  lexicons: Record<string, string[]>;
  rules: ShippedRule[];
}

/** A rule set stripped to what runs. */
export function toShipped(set: RuleSet): ShippedRuleSet {
  return {
    lexicons: set.lexicons,
    rules: set.rules.map(({ examples: _examples, source: _source, file: _file, ...rule }) => rule),
  };
}

/** A problem in one field of one rule; the loader turns the field into a file and line. */
export interface RuleProblem {
  field: string | null;
  message: string;
}

const ID_RE = /^[a-z_]+\.[a-z0-9-]+$/;
const RULE_FIELDS = new Set([
  'id',
  'category',
  'component',
  'severity',
  'kind',
  'pattern',
  'kinds',
  'when',
  'unless',
  'message',
  'suggestion',
  'source',
  'examples',
]);

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function checkPattern(kind: unknown, p: string, lexicons: Lexicons): string | null {
  try {
    if (kind === 'regex') new RegExp(p, 'g');
    else parsePattern(p, lexicons);
    return null;
  } catch (e) {
    if (e instanceof PatternError || e instanceof SyntaxError) return e.message;
    throw e;
  }
}

function checkConditions(v: unknown, lexicons: Lexicons): string | null {
  if (!Array.isArray(v)) return 'must be a list of conditions';
  for (const c of v as unknown[]) {
    if (typeof c === 'string') {
      if (!(FLAGS as readonly string[]).includes(c))
        return `unknown condition "${c}" (one of ${FLAGS.join(', ')})`;
      continue;
    }
    if (typeof c !== 'object' || c === null || Array.isArray(c))
      return 'a condition is a flag or a one-key map';
    const keys = Object.keys(c);
    const key = keys[0];
    if (keys.length !== 1 || key === undefined) return 'a condition map has exactly one key';
    const value = (c as Record<string, unknown>)[key];
    if (key === 'subject') {
      if (!isStringList(value) || !value.every((s) => (SUBJECTS as readonly string[]).includes(s)))
        return `subject must be a list of ${SUBJECTS.join(', ')}`;
    } else if (key === 'has_component') {
      if (
        !isStringList(value) ||
        value.length === 0 ||
        !value.every((s) => (COMPONENTS as readonly string[]).includes(s))
      )
        return `has_component must be a list of ${COMPONENTS.join(', ')}`;
    } else if ((PATTERN_CONDITIONS as readonly string[]).includes(key)) {
      if (typeof value !== 'string') return `${key} must be a pattern string`;
      const err = checkPattern('phrase', value, lexicons);
      if (err) return `${key}: ${err}`;
    } else return `unknown condition "${key}"`;
  }
  return null;
}

/** Check one rule object; returns its problems (empty when the rule is good). */
export function validateRule(
  raw: unknown,
  lexicons: Lexicons,
  sources: Record<string, string>,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const bad = (field: string | null, message: string): void => {
    problems.push({ field, message });
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return [{ field: null, message: 'a rule is a map' }];
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!RULE_FIELDS.has(key)) bad(key, `unknown field "${key}"`);
  if (typeof r.id !== 'string' || !ID_RE.test(r.id)) bad('id', 'id must look like "category.short-name"');
  const hasCategory = r.category !== undefined;
  const hasComponent = r.component !== undefined;
  if (hasCategory === hasComponent) bad(null, 'a rule has either a category or a component');
  if (hasCategory) {
    if (!(CATEGORIES as readonly unknown[]).includes(r.category))
      bad('category', `unknown category "${String(r.category)}"`);
    if (!(SEVERITIES as readonly unknown[]).includes(r.severity))
      bad('severity', 'severity must be info, warning or danger');
    if (typeof r.message !== 'string' || r.message.trim() === '')
      bad('message', 'a finding rule needs a message');
    if (r.suggestion !== undefined && typeof r.suggestion !== 'string')
      bad('suggestion', 'suggestion must be text');
  }
  if (hasComponent && !(COMPONENTS as readonly unknown[]).includes(r.component))
    bad('component', `unknown component "${String(r.component)}"`);
  if (!(RULE_KINDS as readonly unknown[]).includes(r.kind))
    bad('kind', `kind must be one of ${RULE_KINDS.join(', ')}`);
  const patterns = typeof r.pattern === 'string' ? [r.pattern] : r.pattern;
  if (!isStringList(patterns) || patterns.length === 0)
    bad('pattern', 'pattern must be a string or a list of strings');
  else
    for (const p of patterns) {
      const err = checkPattern(r.kind, p, lexicons);
      if (err) bad('pattern', err);
    }
  if (
    r.kinds !== undefined &&
    !(isStringList(r.kinds) && r.kinds.every((k) => (KINDS as readonly string[]).includes(k)))
  )
    bad('kinds', `kinds must be a list of ${KINDS.join(', ')}`);
  for (const field of ['when', 'unless'] as const) {
    if (r[field] === undefined) continue;
    const err = checkConditions(r[field], lexicons);
    if (err) bad(field, err);
    else if (
      hasComponent &&
      (r[field] as unknown[]).some((c) => typeof c === 'object' && c !== null && 'has_component' in c)
    )
      bad(field, 'has_component is for finding rules; a component rule cannot depend on another component');
  }
  if (typeof r.source !== 'string' || !(r.source in sources))
    bad('source', `source must be one of the keys in sources.yml (${Object.keys(sources).join(', ')})`);
  if (r.examples !== undefined) {
    const ex = r.examples as Record<string, unknown>;
    if (
      typeof ex !== 'object' ||
      ex === null ||
      Object.keys(ex).some((k) => k !== 'match' && k !== 'clean') ||
      (ex.match !== undefined && !isStringList(ex.match)) ||
      (ex.clean !== undefined && !isStringList(ex.clean))
    )
      bad('examples', 'examples has "match" and "clean" lists of strings');
  }
  return problems;
}
