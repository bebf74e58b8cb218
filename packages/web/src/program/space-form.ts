// The step 2 forms' checks: the no-contact period and a new signal. Apart from the screen so they can be tested.
import {
  MAX_NO_CONTACT_DAYS,
  newSignal,
  parseIsoDate,
  parseNoContact,
  SIGNAL_KIND_INFO,
  toIsoDate,
  type NoContact,
  type Signal,
  type SignalKind,
} from '@amends/core';

export interface NoContactDraft {
  readonly startedOn: string;
  readonly lengthDays: string;
}

export type NoContactField = keyof NoContactDraft;

/** Checks the no-contact form, e.g. `checkNoContact({ startedOn: '2026-03-02', lengthDays: '30' })`. */
export function checkNoContact(
  draft: NoContactDraft,
): { ok: true; value: NoContact } | { ok: false; problems: { field: NoContactField; message: string }[] } {
  const problems: { field: NoContactField; message: string }[] = [];
  const start = parseIsoDate(draft.startedOn);
  if (draft.startedOn.trim() === '')
    problems.push({ field: 'startedOn', message: 'Enter the first day of no contact.' });
  else if (!start.ok) problems.push({ field: 'startedOn', message: start.error.message });
  const length = draft.lengthDays.trim();
  const days = Number(length);
  if (length === '' || !/^\d+$/.test(length) || days > MAX_NO_CONTACT_DAYS)
    problems.push({
      field: 'lengthDays',
      message: `Enter a whole number of days from 0 to ${MAX_NO_CONTACT_DAYS}.`,
    });
  if (problems.length > 0 || !start.ok) return { ok: false, problems };
  const parsed = parseNoContact({ startedOn: start.value, lengthDays: days });
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, problems: [{ field: 'lengthDays', message: parsed.error.message }] };
}

export interface SignalDraft {
  readonly kind?: SignalKind;
  /** The day it happened; today means "now", recorded as a full timestamp so same-day signals keep their order. */
  readonly date: string;
  readonly until: string;
  readonly note: string;
}

export type SignalField = 'kind' | 'date' | 'until' | 'note';

/** Checks the signal form and builds the signal with core's own rules (until-dates only on waits). */
export function checkSignal(
  draft: SignalDraft,
  now: Date,
): { ok: true; signal: Signal } | { ok: false; problems: { field: SignalField; message: string }[] } {
  const problems: { field: SignalField; message: string }[] = [];
  const today = toIsoDate(now);
  if (!draft.kind) problems.push({ field: 'kind', message: 'Choose what happened.' });
  const date = parseIsoDate(draft.date);
  if (draft.date.trim() === '') problems.push({ field: 'date', message: 'Enter the day it happened.' });
  else if (!date.ok) problems.push({ field: 'date', message: date.error.message });
  else if (date.value > today)
    problems.push({
      field: 'date',
      message: 'A signal records something that has happened: choose today or earlier.',
    });
  const takesUntil = draft.kind ? SIGNAL_KIND_INFO[draft.kind].takesUntil : false;
  const until = takesUntil ? draft.until.trim() : '';
  if (until !== '') {
    const parsedUntil = parseIsoDate(until);
    if (!parsedUntil.ok) problems.push({ field: 'until', message: parsedUntil.error.message });
    else if (date.ok && parsedUntil.value < date.value)
      problems.push({ field: 'until', message: 'The wait cannot end before the day of the signal.' });
  }
  if (draft.note.length > 5_000)
    problems.push({ field: 'note', message: 'Please keep the note under 5,000 characters.' });
  if (problems.length > 0 || !draft.kind || !date.ok) return { ok: false, problems };

  const result = newSignal(
    {
      kind: draft.kind,
      ...(date.value === today ? {} : { at: date.value }),
      ...(until !== '' ? { until } : {}),
      ...(draft.note.trim() !== '' ? { note: draft.note } : {}),
    },
    now,
  );
  if (!result.ok) {
    const field: SignalField =
      'issues' in result.error && result.error.issues.some((i) => i.path.endsWith('until'))
        ? 'until'
        : 'date';
    return { ok: false, problems: [{ field, message: result.error.message }] };
  }
  return { ok: true, signal: result.value };
}
