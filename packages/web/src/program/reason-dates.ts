// Core writes dates inside its reasons as YYYY-MM-DD, so the CLI and the API read the same; the web
// app prints dates as words everywhere else, so it rewrites them for display only.
import { isIsoDate } from '@amends/core';
import { formatDate } from './words';

// A calendar date standing alone: not part of a longer number, and not the start of a timestamp.
const ISO_DATE_IN_TEXT = /(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-]|T\d)/g;

/**
 * A reason with each calendar date written as the UI writes dates; anything else is left as it is.
 * @example readableDates('Outreach waits until 2026-04-01.') === 'Outreach waits until 1 April 2026.'
 */
export function readableDates(reason: string): string {
  return reason.replace(ISO_DATE_IN_TEXT, (date) => (isIsoDate(date) ? formatDate(date) : date));
}
