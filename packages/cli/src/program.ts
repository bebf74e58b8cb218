import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { runAccountCreate } from './commands/account.js';
import type { AnalyzeOptions } from './commands/analyze.js';
import { printServerStatus, serverStatus } from './commands/status.js';
import { printProgramStatus, programStatus, programStatusJson } from './commands/program-status.js';
import { runNoContactStart } from './commands/no-contact.js';
import { runSignalAdd, runSignalList, type SignalAddOptions } from './commands/signal.js';
import { SIGNAL_KINDS } from '@amends/core';
import { serverUrl } from './credentials.js';
import { println, type CliIo } from './io.js';

// The built web app that `amends start` serves: from this file, in the repository (src/) or in the
// bundle it is built into (dist/), two levels up is packages/. Found here because the start command
// is a chunk of its own once built, in a folder one level further down.
const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Every `amends` command, with --help on each. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('amends')
    .description('Amends: a private, guided companion for asking for another chance, honestly.')
    .version('0.1.0')
    .addOption(
      new Option('--server <url>', 'the Amends server to talk to').default(
        undefined,
        'http://127.0.0.1:4747',
      ),
    )
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    // Each command's --help also lists --server, which every command that talks to a server takes.
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError();
  const server = () => serverUrl(program.opts<{ server?: string }>().server, io.env);

  program
    .command('start')
    .description('run the Amends server and web app (what `npm start` runs)')
    .addHelpText(
      'after',
      '\nSettings: AMENDS_PORT (4747), AMENDS_HOST (127.0.0.1), AMENDS_DATA_DIR (./data),\nAMENDS_DATABASE_URL (a postgres:// URL switches storage to PostgreSQL).',
    )
    .action(async () => {
      // Loaded only here: the server, its database drivers and web framework are most of what a
      // command would read at start, and every other command talks to a server or to no one.
      const { runStart } = await import('./commands/start.js');
      await runStart(io, { webRoot: WEB_ROOT });
    });

  program
    .command('status')
    .description('is the server up (database, schema version); signed in: your step and outreach state')
    .option('--json', 'print JSON: { server, step, outreach: { state, reasons, until } }')
    .option('--user <name>', 'sign in as this user (default AMENDS_USERNAME) to show your program')
    .action(async (options: { json?: boolean; user?: string }) => {
      const url = server();
      const health = await serverStatus(url);
      const user = options.user ?? io.env.AMENDS_USERNAME;
      const program = user ? await programStatus(io, url, user) : undefined;
      if (options.json) {
        println(
          io.stdout,
          JSON.stringify(
            { server: { url, ...health }, ...(program ? programStatusJson(program) : {}) },
            null,
            2,
          ),
        );
        return;
      }
      printServerStatus(io, url, health);
      if (program) printProgramStatus(io, program);
      else
        println(io.stdout, 'Sign in (--user NAME or AMENDS_USERNAME) to see your step and outreach state.');
    });

  const signal = program.command('signal').description("record and list the other person's signals");
  signal
    .command('add')
    .description('record a signal from them (or a slip of yours)')
    .argument('<kind>', `one of: ${SIGNAL_KINDS.join(', ')}`)
    .option('--note <text>', 'what happened, in your words (encrypted on this device)')
    .option('--at <date>', 'when it happened (YYYY-MM-DD or an ISO time; default now)')
    .option('--until <date>', 'wait signals: the date outreach may resume (YYYY-MM-DD)')
    .action((kind: string, options: SignalAddOptions) => runSignalAdd(io, server(), kind, options));
  signal
    .command('list')
    .description('every signal recorded, oldest first')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => runSignalList(io, server(), options));

  program
    .command('no-contact')
    .description('the no-contact period')
    .command('start')
    .description('start (or reset) the no-contact period')
    .option('--on <date>', 'first day of no contact (YYYY-MM-DD; default today)')
    .option('--days <n>', 'length in days, 0-365 (default 30)')
    .action((options: { on?: string; days?: string }) => runNoContactStart(io, server(), options));

  const account = program.command('account').description('manage your account');
  account
    .command('create')
    .description(
      'create an account (username and passphrase asked for, or AMENDS_USERNAME / AMENDS_PASSPHRASE)',
    )
    .option('--username <name>', 'the username to create')
    .action((options: { username?: string }) => runAccountCreate(io, server(), options));

  program
    .command('analyze')
    .description('review a draft on this device: what will hurt it, which parts of an apology are there')
    .argument('[file]', "a text file, or '-' for standard input (the default)")
    .option('--kind <kind>', 'apology, request or message', 'message')
    .option('--json', 'print the analysis as JSON')
    .option('--jsonl', 'batch: JSON Lines {"id","text","kind"} on stdin, one result line per input')
    .action(async (file: string | undefined, options: Omit<AnalyzeOptions, 'file'>) => {
      // Loaded only here: the rules and models are most of the program, and every other command
      // would pay for reading them at start.
      const { runAnalyze } = await import('./commands/analyze.js');
      // Beside the bundle this file is built into (dist/); absent when running from source.
      const image = new URL('./analyzer.image', import.meta.url);
      process.exitCode = await runAnalyze({ ...options, ...(file ? { file } : {}) }, { ...io, image });
    });

  return program;
}
