// One regular expression that matches wherever any of the regex rules could: most messages match
// none of them, and one scan that says so is about three times cheaper than running each rule's
// expressions in turn. It must never miss what a rule would find, so anything it cannot rewrite
// safely turns it off.

/**
 * A single expression matching every text that one of `sources` (flags: none or `g`) matches, or
 * null when that cannot be built safely. Capturing groups become non-capturing, so the sources do
 * not renumber each other; a back-reference then matches anything, which can only widen the match.
 */
export function anyOfRegexes(sources: readonly string[]): RegExp | null {
  if (sources.length === 0) return null;
  const parts: string[] = [];
  for (const source of sources) {
    const part = withoutCaptures(source);
    if (part === null) return null;
    parts.push(`(?:${part})`);
  }
  try {
    return new RegExp(parts.join('|'));
  } catch {
    return null;
  }
}

function withoutCaptures(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      // A named group's back-reference, or one by number outside a class.
      if (next === 'k') return null;
      if (!inClass && next >= '1' && next <= '9') {
        let j = i + 1;
        while (j < source.length && source[j]! >= '0' && source[j]! <= '9') j++;
        out += '[\\s\\S]*?';
        i = j - 1;
        continue;
      }
      out += ch + next;
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') inClass = true;
    if (ch === '(' && source[i + 1] !== '?') {
      out += '(?:';
      continue;
    }
    // A named group: its name could clash with another source's.
    if (
      ch === '(' &&
      source[i + 1] === '?' &&
      source[i + 2] === '<' &&
      /[A-Za-z_$]/.test(source[i + 3] ?? '')
    )
      return null;
    out += ch;
  }
  return out;
}
