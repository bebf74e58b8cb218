// Writes docs/rules.md: every rule with its category or component, pattern, conditions, message,
// suggestion and source, so the rules can be reviewed without reading the engine.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MODEL_FINDINGS } from '../src/model-findings.js';
import { LONG_LETTER, ONLY_ADDS, type Label } from '../src/label-models.js';
import { LABEL_MODELS } from '../src/rules/label-models.generated.js';
import type { Condition, RuleDef, RuleSet } from '../src/rules/schema.js';
import { CATEGORIES, COMPONENTS } from '../src/types.js';
import { docPath, loadRules } from './rule-files.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function condition(c: Condition): string {
  if (typeof c === 'string') return c;
  const [key, value] = Object.entries(c)[0] as [string, string | string[]];
  return `${key}: ${Array.isArray(value) ? value.join('/') : value}`;
}

function ruleSection(rule: RuleDef, sources: RuleSet['sources']): string[] {
  const lines = [`#### \`${rule.id}\``, ''];
  if (rule.category) lines.push(`- severity: ${rule.severity} · kind: ${rule.kind} · file: \`${rule.file}\``);
  else lines.push(`- kind: ${rule.kind} · file: \`${rule.file}\``);
  if (rule.kinds) lines.push(`- only for: ${rule.kinds.join(', ')}`);
  lines.push('- patterns:');
  for (const p of rule.pattern) lines.push(`  - \`${p}\``);
  if (rule.when?.length) lines.push(`- only when: ${rule.when.map((c) => `\`${condition(c)}\``).join(', ')}`);
  if (rule.unless?.length)
    lines.push(`- silenced by: ${rule.unless.map((c) => `\`${condition(c)}\``).join(', ')}`);
  if (rule.message) lines.push(`- message: ${cell(rule.message)}`);
  if (rule.suggestion) lines.push(`- suggestion: ${cell(rule.suggestion)}`);
  lines.push(`- source: ${rule.source} — ${cell(sources[rule.source] ?? '')}`);
  for (const ex of rule.examples?.match ?? []) lines.push(`- matches: “${ex}”`);
  for (const ex of rule.examples?.clean ?? []) lines.push(`- stays quiet on: “${ex}”`);
  lines.push('');
  return lines;
}

/** The Markdown of docs/rules.md for a rule set. */
export function renderRulesDoc(set: RuleSet): string {
  const out = [
    '# Analyzer rules',
    '',
    'Generated from `packages/analyzer/rules/*.yml` by `npm run rules:doc`; do not edit by hand.',
    '',
    `${set.rules.length} rules. Patterns are token sequences: \`word\`, \`(a|b c)\` alternatives, \`[a|b]\` or`,
    '`(a|b)?` optional, `*` any one word, `~N` up to N words, `word*` / `*ing` prefix and suffix, `@name` a',
    'lexicon, `<name>` a capitalised word inside a sentence, `<number>` a word in digits, `<break>` punctuation',
    '(or the end) at that point and `<join>` none (both match no word). Alternatives are tried in',
    'order and the first that lets the rest match wins, so put the longer option first. Contractions are expanded ("I\'m" is "i am"). Conditions: `negated`, `in_quote` (quotation marks',
    'or reported speech), `in_others_words` (the same less what the writer reports saying, not in the past tense), `in_if_clause`, `governed_by_if`, `after_contrast`, `before_contrast`, `question`,',
    '`clause_start`, `sentence_end`, `clause_end`, `subject`, and pattern checks `clause_has`, `sentence_has`, `before`, `after`, `nearby`',
    '(the sentence either side too), `message_has` (anywhere in the message), `followed_by` (starting right',
    'after the match), `preceded_by` (ending right before it) and `elsewhere` (anywhere in the message but',
    'not overlapping the match); `has_component` asks whether the message has any of the listed apology',
    'components.',
    '',
    '## Findings',
    '',
  ];
  // What a label's model reads: the whole message, its likeliest sentence (ModelSet.pooled), both
  // as two models averaged (ENSEMBLE), or the whole and the sentence alone at its own threshold in a
  // long letter (ModelSet.sentence).
  const readsOf = (label: Label): string => {
    const at = LABEL_MODELS.labels.indexOf(label);
    const alone = LABEL_MODELS.sentence?.[at] ?? 0;
    const models = LABEL_MODELS.labels.filter((l) => l === label).length;
    // A label with two models keeps its sentence reader's own threshold on that reader (ONE_SENTENCE_FLAW).
    const reader = LABEL_MODELS.labels.findIndex((l, m) => l === label && LABEL_MODELS.pooled?.[m]);
    const own = models > 1 && reader >= 0 ? (LABEL_MODELS.sentence?.[reader] ?? 0) : 0;
    const what =
      models > 1
        ? "the whole message, averaged with a second model's over the message's likeliest sentence" +
          (own > 0 ? ` (in a letter of ${LONG_LETTER} sentences or more, the second alone from ${own})` : '')
        : LABEL_MODELS.pooled?.[at]
          ? "the message's likeliest sentence"
          : alone > 0
            ? `the whole message (and, in a letter of ${LONG_LETTER} sentences or more, its likeliest sentence alone at ${alone})`
            : 'the whole message';
    return `the words, word pairs, three-word runs and words in their scopes (negated, whose) of ${what}`;
  };
  for (const category of CATEGORIES) {
    const rules = set.rules.filter((r) => r.category === category);
    out.push(`### ${category}`, '');
    if (rules.length === 0) out.push('No rules.', '');
    for (const r of rules) out.push(...ruleSection(r, set.sources));
    if (LABEL_MODELS.labels.includes(category)) {
      const finding = MODEL_FINDINGS[category];
      out.push(
        `#### \`${finding.ruleId}\``,
        '',
        `- severity: ${finding.severity} · kind: learned · file: \`packages/analyzer/src/label-models.ts\``,
        `- not a rule: a logistic model over ${readsOf(category)}, the kind${ONLY_ADDS.includes(category) ? '' : ' and what the rules found'}, trained`,
        `  on the dev corpus, train.jsonl and the rule fixtures by \`npm run train:models\`. ${
          ONLY_ADDS.includes(category)
            ? `It adds a ${category} finding on the sentence that reads most like ${category} when no rule above found one, and never removes a finding`
            : `It decides whether the message has ${category}: it adds a finding on the sentence that reads most like it when no rule above found one, and removes the rules' ${category} findings when it reads none`
        }`,
        `- message: ${cell(finding.message)}`,
        `- suggestion: ${cell(finding.suggestion ?? '')}`,
        '',
      );
    }
  }
  out.push('## Components', '');
  for (const component of COMPONENTS) {
    out.push(`### ${component}`, '');
    for (const r of set.rules.filter((x) => x.component === component))
      out.push(...ruleSection(r, set.sources));
    if (LABEL_MODELS.labels.includes(component))
      out.push(
        `#### \`${component}.model\``,
        '',
        '- kind: learned · file: `packages/analyzer/src/label-models.ts`',
        `- not a rule: a logistic model over ${readsOf(component)}, the kind and what the rules above`,
        '  found,',
        `  trained by \`npm run train:models\`; it decides whether the message has ${component}, and may`,
        '  overrule the rules in either direction',
        '',
      );
  }
  out.push('## Lexicons', '');
  for (const [name, entries] of Object.entries(set.lexicons))
    out.push(`- \`@${name}\`: ${cell(entries.join(', '))}`);
  out.push('', '## Sources', '');
  for (const [key, text] of Object.entries(set.sources)) out.push(`- **${key}**: ${cell(text)}`);
  out.push('');
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(docPath, renderRulesDoc(loadRules()));
  console.log(`wrote ${docPath}`);
}
