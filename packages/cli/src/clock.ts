import { CliError, type CliIo } from './io.js';

/**
 * The CLI's one clock read. AMENDS_NOW (an ISO time) pins it, so scripted scenarios and tests
 * can say what day it is instead of waiting for it.
 */
export function now(io: CliIo): Date {
  const pinned = io.env.AMENDS_NOW;
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new CliError(`AMENDS_NOW is not a date: "${pinned}".`, 2);
  return date;
}
