import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliError, type CliIo } from './io.js';

/** Asks a question on the terminal; `hidden` keeps a passphrase off the screen. */
export async function ask(io: CliIo, question: string, options: { hidden?: boolean } = {}): Promise<string> {
  if (!io.interactive) throw new CliError(`Cannot ask "${question.trim()}" without a terminal.`, 2);
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) io.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: io.stdin, output, terminal: true });
  try {
    const answer = new Promise<string>((resolve) => rl.question(question, resolve));
    muted = options.hidden ?? false;
    const text = await answer;
    if (options.hidden) io.stdout.write('\n');
    return text;
  } finally {
    rl.close();
  }
}
