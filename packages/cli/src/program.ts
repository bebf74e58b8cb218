import { Command, Option } from 'commander';
import { runAccountCreate } from './commands/account.js';
import { runStart } from './commands/start.js';
import { printServerStatus, serverStatus } from './commands/status.js';
import { serverUrl } from './credentials.js';
import { println, type CliIo } from './io.js';

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
    .showHelpAfterError();
  const server = () => serverUrl(program.opts<{ server?: string }>().server, io.env);

  program
    .command('start')
    .description('run the Amends server and web app (what `npm start` runs)')
    .addHelpText(
      'after',
      '\nSettings: AMENDS_PORT (4747), AMENDS_HOST (127.0.0.1), AMENDS_DATA_DIR (./data),\nAMENDS_DATABASE_URL (a postgres:// URL switches storage to PostgreSQL).',
    )
    .action(() => runStart(io));

  program
    .command('status')
    .description('is the server up, which database, which schema version')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const health = await serverStatus(server());
      if (options.json) println(io.stdout, JSON.stringify({ server: { url: server(), ...health } }, null, 2));
      else printServerStatus(io, server(), health);
    });

  const account = program.command('account').description('manage your account');
  account
    .command('create')
    .description(
      'create an account (username and passphrase asked for, or AMENDS_USERNAME / AMENDS_PASSPHRASE)',
    )
    .option('--username <name>', 'the username to create')
    .action((options: { username?: string }) => runAccountCreate(io, server(), options));

  return program;
}
