import { loadProgramInput } from '@amends/client';
import { programStatus as statusOf, STEPS, type ProgramStatus } from '@amends/core';
import { now } from '../clock.js';
import { withVault } from '../credentials.js';
import { println, type CliIo } from '../io.js';
import { printOutreach } from './outreach-print.js';

/** Signs in and computes the current step and outreach state, exactly as the web app would. */
export async function programStatus(io: CliIo, server: string, username?: string): Promise<ProgramStatus> {
  return withVault(io, server, async (vault) => statusOf(await loadProgramInput(vault), now(io)), username);
}

/** The JSON shape: `until` is always present (null when not waiting) so scripts need no guard. */
export function programStatusJson(status: ProgramStatus) {
  return { step: status.step, outreach: { ...status.outreach, until: status.outreach.until ?? null } };
}

export function printProgramStatus(io: CliIo, status: ProgramStatus): void {
  const title = STEPS.find((s) => s.step === status.step)?.title ?? '';
  println(io.stdout, `Step:     ${status.step} of 6, ${title}`);
  printOutreach(io, status.outreach);
}
