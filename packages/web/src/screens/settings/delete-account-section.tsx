import type { Vault } from '@amends/client';
import { useId, useRef, useState, type FormEvent } from 'react';
import { PassphraseField, UsernameField } from '../../components/account-fields';
import { BusyStatus } from '../../components/busy-status';
import { FormAlert } from '../../components/form-alert';
import { useAction } from '../../components/use-action';
import { useAuth } from '../../session/auth';

/** Deletes the account and everything in it, after the username is typed and the passphrase proven. */
export function DeleteAccountSection({ vault }: { vault: Vault }) {
  const auth = useAuth();
  const [typed, setTyped] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<{ username?: string; passphrase?: string }>({});
  const { busy, error, run } = useAction();
  const usernameRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(typed.trim().toLowerCase() === vault.username.toLowerCase()
        ? {}
        : { username: `Type your username, ${vault.username}, to confirm.` }),
      ...(passphrase ? {} : { passphrase: 'Enter your passphrase.' }),
    };
    setErrors(found);
    if (found.username) return usernameRef.current?.focus();
    if (found.passphrase) return passphraseRef.current?.focus();
    const failed = await run(async () => {
      await vault.deleteAccount(passphrase);
      auth.signedOut('Your account and everything in it have been deleted from this server.');
    });
    if (failed?.field === 'passphrase') {
      setErrors({ passphrase: 'That is not your passphrase.' });
      passphraseRef.current?.focus();
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="panel panel--danger">
      <h2 id={`${id}-heading`}>Delete your account</h2>
      <p>
        This deletes your account and everything you have written, for good. It cannot be undone, and your
        recovery key will not bring it back. If you want a copy, export it first once export is available.
      </p>
      <form onSubmit={submit} noValidate className="form">
        <UsernameField
          label="Type your username to confirm"
          value={typed}
          onChange={setTyped}
          inputRef={usernameRef}
          autoComplete="off"
          error={errors.username}
        />
        <PassphraseField
          label="Your passphrase"
          value={passphrase}
          onChange={setPassphrase}
          inputRef={passphraseRef}
          error={errors.passphrase}
        />
        <FormAlert message={error && error.field !== 'passphrase' ? error.message : undefined} />
        <button type="submit" className="button button--danger" aria-disabled={busy || undefined}>
          Delete my account and everything in it
        </button>
        <BusyStatus busy={busy}>Deleting… checking your passphrase on this device.</BusyStatus>
      </form>
    </section>
  );
}
