import { Vault } from '@amends/client';
import { useRef, useState, type FormEvent } from 'react';
import { PassphraseField, UsernameField } from '../components/account-fields';
import { BusyStatus } from '../components/busy-status';
import { FormAlert, Notice } from '../components/form-alert';
import { PageHeading } from '../components/page-heading';
import { TextLink } from '../components/text-link';
import { useAction } from '../components/use-action';
import { PATHS } from '../router';
import { api, vaultOptions } from '../session/api';
import { useAuth } from '../session/auth';

export function SignIn({ notice }: { notice?: string | undefined }) {
  const auth = useAuth();
  const [username, setUsername] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState<{ username?: string; passphrase?: string }>({});
  const { busy, error, run } = useAction();
  const usernameRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      ...(username.trim() ? {} : { username: 'Enter your username.' }),
      ...(passphrase ? {} : { passphrase: 'Enter your passphrase.' }),
    };
    setMissing(errors);
    if (errors.username) return usernameRef.current?.focus();
    if (errors.passphrase) return passphraseRef.current?.focus();
    await run(async () => {
      const vault = await Vault.login(api, { username: username.trim(), passphrase }, vaultOptions);
      auth.opened(vault);
    });
  };

  return (
    <div className="screen screen--narrow">
      <PageHeading title="Sign in">Sign in</PageHeading>
      <Notice message={notice} />
      <form onSubmit={submit} noValidate className="form panel">
        <UsernameField
          label="Username"
          value={username}
          onChange={setUsername}
          inputRef={usernameRef}
          error={missing.username}
        />
        <PassphraseField
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          inputRef={passphraseRef}
          error={missing.passphrase ?? (error?.field === 'passphrase' ? error.message : undefined)}
        />
        <FormAlert message={error?.field === 'form' ? error.message : undefined} />
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          Sign in
        </button>
        <BusyStatus busy={busy}>Signing in… deriving your keys on this device.</BusyStatus>
      </form>
      <ul className="links">
        <li>
          New here? <TextLink to={PATHS.home}>Create an account</TextLink>
        </li>
        <li>
          Forgot your passphrase? <TextLink to={PATHS.recover}>Use your recovery key</TextLink>
        </li>
      </ul>
    </div>
  );
}
