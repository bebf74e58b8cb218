import { Vault } from '@amends/client';
import { useRef, useState, type FormEvent } from 'react';
import { UsernameField } from '../components/account-fields';
import { BusyStatus } from '../components/busy-status';
import { Field } from '../components/field';
import { FormAlert } from '../components/form-alert';
import { NewPassphraseFields } from '../components/new-passphrase-fields';
import { PageHeading } from '../components/page-heading';
import { TextLink } from '../components/text-link';
import { useAction } from '../components/use-action';
import { PATHS } from '../router';
import { api, vaultOptions } from '../session/api';
import { useAuth } from '../session/auth';
import { newPassphraseErrors, usernameError } from '../session/passphrase-feedback';

type Errors = { username?: string; recoveryKey?: string; passphrase?: string; confirm?: string };

/** A forgotten passphrase: the recovery key opens the account and sets a new one. */
export default function Recover({ username: known }: { username?: string }) {
  const auth = useAuth();
  const [username, setUsername] = useState(known ?? '');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const { busy, error, run } = useAction();
  const refs = {
    username: useRef<HTMLInputElement>(null),
    recoveryKey: useRef<HTMLInputElement>(null),
    passphrase: useRef<HTMLInputElement>(null),
    confirm: useRef<HTMLInputElement>(null),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {
      username: usernameError(username),
      recoveryKey: recoveryKey.trim() ? undefined : 'Enter your recovery key.',
      ...newPassphraseErrors(passphrase, confirm),
    };
    setErrors(found);
    const first = (['username', 'recoveryKey', 'passphrase', 'confirm'] as const).find((k) => found[k]);
    if (first) return refs[first].current?.focus();
    const failed = await run(async () => {
      const vault = await Vault.recover(
        api,
        { username, recoveryKey, newPassphrase: passphrase },
        vaultOptions,
      );
      auth.opened(vault, {
        notice:
          'Your new passphrase is set and any other sessions were signed out. Your recovery key still works; you can make a new one in Settings.',
      });
    });
    if (failed?.field === 'recoveryKey') {
      setErrors({ recoveryKey: failed.message });
      refs.recoveryKey.current?.focus();
    }
  };

  return (
    <div className="screen screen--narrow">
      <PageHeading title="Recover your account">Set a new passphrase with your recovery key</PageHeading>
      <p>
        Your recovery key is the one you saved when you created your account. It starts with AMND. Nobody else
        has a copy, including us, so without it or your passphrase your writing cannot be opened.
      </p>
      <form onSubmit={submit} noValidate className="form panel">
        <UsernameField
          label="Username"
          value={username}
          onChange={setUsername}
          inputRef={refs.username}
          error={errors.username}
        />
        <Field
          label="Recovery key"
          value={recoveryKey}
          onChange={setRecoveryKey}
          inputRef={refs.recoveryKey}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          hint="Dashes, spaces and letter case do not matter."
          error={errors.recoveryKey}
        />
        <NewPassphraseFields
          passphrase={passphrase}
          onPassphraseChange={setPassphrase}
          confirm={confirm}
          onConfirmChange={setConfirm}
          passphraseRef={refs.passphrase}
          confirmRef={refs.confirm}
          errors={errors}
        />
        <FormAlert
          message={error?.field === 'form' || error?.field === 'passphrase' ? error.message : undefined}
        />
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          Set new passphrase
        </button>
        <BusyStatus busy={busy}>Recovering… deriving your new keys on this device.</BusyStatus>
      </form>
      <ul className="links">
        <li>
          Remembered it?{' '}
          <TextLink to={known ? PATHS.home : PATHS.signIn}>{known ? 'Unlock' : 'Sign in'}</TextLink>
        </li>
      </ul>
    </div>
  );
}
