import { Vault } from '@amends/client';
import { useRef, useState, type FormEvent } from 'react';
import { UsernameField } from '../components/account-fields';
import { BusyStatus } from '../components/busy-status';
import { FormAlert, Notice } from '../components/form-alert';
import { NewPassphraseFields } from '../components/new-passphrase-fields';
import { PageHeading } from '../components/page-heading';
import { TextLink } from '../components/text-link';
import { useAction } from '../components/use-action';
import { PATHS } from '../router';
import { api, vaultOptions } from '../session/api';
import { useAuth } from '../session/auth';
import { newPassphraseErrors, usernameError } from '../session/passphrase-feedback';
import { noteRecoveryKeyShown } from '../session/settings';

/** The first screen: what Amends is, and creating an account. */
export function Welcome({ notice }: { notice?: string | undefined }) {
  const auth = useAuth();
  const [username, setUsername] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{
    username?: string;
    passphrase?: string;
    confirm?: string;
  }>({});
  const { busy, error, run } = useAction();
  const usernameRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = { username: usernameError(username), ...newPassphraseErrors(passphrase, confirm) };
    setFieldErrors(errors);
    if (errors.username) return usernameRef.current?.focus();
    if (errors.passphrase) return passphraseRef.current?.focus();
    if (errors.confirm) return confirmRef.current?.focus();
    const failed = await run(async () => {
      const { vault, recoveryKey } = await Vault.signup(api, { username, passphrase }, vaultOptions);
      await noteRecoveryKeyShown(vault);
      auth.opened(vault, { recoveryKey });
    });
    if (failed?.field === 'username') {
      setFieldErrors({ username: failed.message });
      usernameRef.current?.focus();
    } else if (failed?.field === 'passphrase') {
      setFieldErrors({ passphrase: failed.message });
      passphraseRef.current?.focus();
    }
  };

  return (
    <div className="screen screen--narrow">
      <PageHeading title="Welcome">A private place to make amends</PageHeading>
      <Notice message={notice} />
      <div className="intro">
        <p>
          Amends guides you through six steps: an honest look at why you want another chance, giving the other
          person space, a real apology, showing change, reassurance, and one respectful request.
        </p>
        <p>
          It cannot promise how they will answer. It can help you act in a way you will respect, whatever they
          decide — and their signals always come first.
        </p>
      </div>

      <section aria-labelledby="signup-heading" className="panel">
        <h2 id="signup-heading">Create your account</h2>
        <p className="panel__lead">
          Your passphrase never leaves this device. It is the only way in, together with the recovery key you
          will get next, so choose one you will remember.
        </p>
        <form onSubmit={submit} noValidate className="form">
          <UsernameField
            label="Username"
            value={username}
            onChange={setUsername}
            inputRef={usernameRef}
            hint="3 to 64 letters, digits, dots, dashes or underscores."
            error={fieldErrors.username}
          />
          <NewPassphraseFields
            label="Passphrase"
            hint="At least 12 characters. A few unrelated words work well; no symbols or numbers required."
            passphrase={passphrase}
            onPassphraseChange={setPassphrase}
            confirm={confirm}
            onConfirmChange={setConfirm}
            passphraseRef={passphraseRef}
            confirmRef={confirmRef}
            errors={fieldErrors}
          />
          <FormAlert message={error?.field === 'form' ? error.message : undefined} />
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            Create account
          </button>
          <BusyStatus busy={busy}>Creating your account… deriving your keys on this device.</BusyStatus>
        </form>
      </section>

      <ul className="links">
        <li>
          Already have an account? <TextLink to={PATHS.signIn}>Sign in</TextLink>
        </li>
        <li>
          Forgot your passphrase? <TextLink to={PATHS.recover}>Use your recovery key</TextLink>
        </li>
      </ul>
    </div>
  );
}
