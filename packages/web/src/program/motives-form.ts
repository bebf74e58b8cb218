// The motives check's form: ratings per question, checked before an attempt is saved.
import {
  MOTIVES_QUESTIONS,
  parseMotivesAttempt,
  RATING_LABELS,
  type MotivesAttempt,
  type Rating,
} from '@amends/core';

/** Ratings as the form holds them, by question id. */
export type MotivesDraft = Readonly<Partial<Record<string, Rating>>>;

/** The 1–5 scale, worded at every point (core words the ends and the middle). */
export const RATING_CHOICES: readonly { value: Rating; label: string }[] = [
  { value: 1, label: `1 · ${RATING_LABELS[1]}` },
  { value: 2, label: '2 · Slightly true' },
  { value: 3, label: `3 · ${RATING_LABELS[3]}` },
  { value: 4, label: '4 · Mostly true' },
  { value: 5, label: `5 · ${RATING_LABELS[5]}` },
];

/**
 * Checks that every statement is rated and builds the attempt, dated `now`.
 * @example checkMotives(draft, now) → { ok: false, missing: ['see-my-part'] }
 */
export function checkMotives(
  draft: MotivesDraft,
  now: Date,
): { ok: true; attempt: MotivesAttempt } | { ok: false; missing: string[] } {
  const missing = MOTIVES_QUESTIONS.filter((q) => draft[q.id] === undefined).map((q) => q.id);
  if (missing.length > 0) return { ok: false, missing };
  const parsed = parseMotivesAttempt({ takenAt: now.toISOString(), ratings: draft });
  if (!parsed.ok) return { ok: false, missing: MOTIVES_QUESTIONS.map((q) => q.id) };
  return { ok: true, attempt: parsed.value };
}

/** A mean on the 1–5 scale as words, e.g. 4.33 → '4.3 of 5'. */
export function meanWords(mean: number): string {
  return `${(Math.round(mean * 10) / 10).toLocaleString('en-GB')} of 5`;
}
