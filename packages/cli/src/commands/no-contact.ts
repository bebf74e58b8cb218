import {
  ITEM_TYPES,
  MAX_NO_CONTACT_DAYS,
  noContactCounter,
  parseIsoDate,
  parseNoContact,
  toIsoDate,
  type NoContact,
} from '@amends/core';
import { now } from '../clock.js';
import { withVault } from '../credentials.js';
import { CliError, println, type CliIo } from '../io.js';

/** `amends no-contact start`: sets (or resets) the no-contact period. */
export async function runNoContactStart(io: CliIo, server: string, options: { on?: string; days?: string }) {
  const today = now(io);
  let startedOn = toIsoDate(today);
  if (options.on !== undefined) {
    const parsed = parseIsoDate(options.on);
    if (!parsed.ok) throw new CliError(`--on: ${parsed.error.message}`, 2);
    startedOn = parsed.value;
  }
  const days = options.days === undefined ? 30 : Number(options.days);
  const value = parseNoContact({ startedOn, lengthDays: days });
  if (!value.ok) throw new CliError(`--days must be a whole number from 0 to ${MAX_NO_CONTACT_DAYS}.`, 2);
  await withVault(io, server, async (vault) => {
    const existing = await vault.list<NoContact>(ITEM_TYPES.noContact);
    const first = existing[0];
    if (first) await vault.update(first, value.value);
    else await vault.create(ITEM_TYPES.noContact, value.value);
    const counter = noContactCounter(value.value, today);
    println(
      io.stdout,
      `No-contact period: ${counter.lengthDays} days from ${counter.startedOn}, until ${counter.endsOn}.`,
    );
    println(io.stdout, `Day ${counter.daysElapsed} of ${counter.lengthDays}; ${counter.daysRemaining} left.`);
  });
}
