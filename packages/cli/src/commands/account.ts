import { checkPassphrase, Vault } from '@amends/client';
import { apiFor, explain } from '../credentials.js';
import { ask } from '../prompt.js';
import { CliError, println, type CliIo } from '../io.js';

/** Creates an account; prints the recovery key once, with the instruction to save it. */
export async function runAccountCreate(
  io: CliIo,
  server: string,
  options: { username?: string },
): Promise<void> {
  const username = options.username ?? io.env.AMENDS_USERNAME ?? (await ask(io, 'Choose a username: '));
  let passphrase = io.env.AMENDS_PASSPHRASE;
  if (passphrase === undefined) {
    passphrase = await ask(io, 'Choose a passphrase (12 characters or more): ', { hidden: true });
    const check = checkPassphrase(passphrase);
    if (!check.ok) throw new CliError(check.message, 2);
    if ((await ask(io, 'Type it again: ', { hidden: true })) !== passphrase) {
      throw new CliError('The two passphrases differ. Nothing was created.', 2);
    }
  }
  const check = checkPassphrase(passphrase);
  if (!check.ok) throw new CliError(check.message, 2);
  const { vault, recoveryKey } = await Vault.signup(apiFor(server), { username, passphrase }).catch(explain);
  await vault.logout().catch(() => undefined);
  println(io.stdout, `Account "${vault.username}" created.`);
  println(io.stdout);
  println(io.stdout, 'Your recovery key (shown only this once):');
  println(io.stdout);
  println(io.stdout, `    ${recoveryKey}`);
  println(io.stdout);
  println(io.stdout, 'Save it somewhere safe, away from this device: it is the only way back in if you');
  println(io.stdout, 'forget your passphrase. Amends cannot reset it for you; nobody can read your words.');
}
