import {
  ITEM_TYPES,
  newSignal,
  SIGNAL_KIND_INFO,
  SIGNAL_KINDS,
  signalGroup,
  sortSignals,
  outreachState,
  type Signal,
} from '@amends/core';
import { loadProgramInput } from '@amends/client';
import { now } from '../clock.js';
import { withVault } from '../credentials.js';
import { CliError, println, type CliIo } from '../io.js';
import { printOutreach } from './outreach-print.js';

export interface SignalAddOptions {
  note?: string;
  at?: string;
  until?: string;
}

/** Checks the command line into a Signal; every mistake is a plain message and exit code 2. */
export function signalFromArgs(kind: string, options: SignalAddOptions, today: Date): Signal {
  const signal = newSignal({ kind, ...options }, today);
  if (signal.ok) return signal.value;
  const kinds = signal.error.code === 'unknown-signal-kind' ? `\nKinds: ${SIGNAL_KINDS.join(', ')}` : '';
  throw new CliError(`${signal.error.message}${kinds}`, 2);
}

/** `amends signal add`: records one signal, then shows what it means for outreach. */
export async function runSignalAdd(io: CliIo, server: string, kindText: string, options: SignalAddOptions) {
  const today = now(io);
  const signal = signalFromArgs(kindText, options, today);
  await withVault(io, server, async (vault) => {
    await vault.create(ITEM_TYPES.signal, signal);
    println(io.stdout, `Recorded: ${SIGNAL_KIND_INFO[signal.kind].label} (${signal.at.slice(0, 10)}).`);
    if (signalGroup(signal.kind) === 'slip') {
      println(io.stdout, 'Thank you for being honest. It stays in your history; it opens nothing.');
    }
    println(io.stdout);
    printOutreach(io, outreachState(await loadProgramInput(vault), today));
  });
}

/** `amends signal list`: the whole history, oldest first. */
export async function runSignalList(io: CliIo, server: string, options: { json?: boolean }) {
  await withVault(io, server, async (vault) => {
    const signals = sortSignals((await loadProgramInput(vault)).signals);
    if (options.json) {
      println(io.stdout, JSON.stringify(signals, null, 2));
      return;
    }
    if (signals.length === 0) {
      println(io.stdout, 'No signals recorded yet.');
      return;
    }
    for (const signal of signals) {
      const info = SIGNAL_KIND_INFO[signal.kind];
      const until = signal.until ? ` until ${signal.until}` : '';
      println(
        io.stdout,
        `${signal.at.slice(0, 10)}  ${info.group.padEnd(5)}  ${signal.kind}${until}  ${info.label}`,
      );
      if (signal.note) println(io.stdout, `            ${signal.note}`);
    }
  });
}
