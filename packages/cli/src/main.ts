// The `amends` command. Commands are thin: parse, call the client library or the server, print.
import { CommanderError } from 'commander';
import { CliError, processIo } from './io.js';
import { buildProgram } from './program.js';

const io = processIo();
const program = buildProgram(io).exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode;
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`amends: ${message}\n`);
  return error instanceof CliError ? error.exitCode : 1;
}
