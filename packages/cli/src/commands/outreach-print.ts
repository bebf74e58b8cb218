import type { OutreachStateName } from '@amends/core';
import { println, type CliIo } from '../io.js';

const HEADLINES: Record<OutreachStateName, string> = {
  'not-yet': 'Not yet: there is work to finish first.',
  waiting: 'Waiting: give them the time they need.',
  open: 'Open: outreach is allowed. Go gently.',
  closed: 'Closed: the program will not help you contact them.',
};

/** Prints the outreach state with every reason. */
export function printOutreach(
  io: CliIo,
  outreach: { state: OutreachStateName; reasons: readonly string[]; until?: string | null | undefined },
): void {
  const until = outreach.until ? ` (until ${outreach.until})` : '';
  println(io.stdout, `Outreach: ${outreach.state}${until}. ${HEADLINES[outreach.state]}`);
  for (const reason of outreach.reasons) println(io.stdout, `  - ${reason}`);
}
