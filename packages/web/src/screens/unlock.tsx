import type { Vault } from '@amends/client';
import { useRef, useState, type FormEvent } from 'react';
import { PassphraseField } from '../components/account-fields';
import { BusyStatus } from '../components/busy-status';
import { FormAlert, Notice } from '../components/form-alert';
import { PageHeading } from '../components/page-heading';
import { TextLink } from '../components/text-link';
import { useAction } from '../components/use-action';
import { PATHS } from '../router';
import { useAuth } from '../session/auth';

/** Signed in on this device, but the keys are not in memory: after a reload, a lock or idle time. */
export function Unlock({ vault, notice }: { vault: Vault; notice?: string | undefined }) {
  const auth = useAuth();
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState<string>();
  const { busy, error, run } = useAction();
  const passphraseRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) {
      setMissing('Enter your passphrase.');
      return passphraseRef.current?.focus();
    }
    setMissing(undefined);
    const failed = await run(async () => {
      await vault.unlock(passphrase);
      auth.opened(vault);
    });
    if (failed) {
      setPassphrase('');
      passphraseRef.current?.focus();
    }
  };

  return (
    <div className="screen screen--narrow">
      <PageHeading title="Locked">Amends is locked</PageHeading>
      <Notice message={notice} />
      <p>
        Signed in as <strong>{vault.username}</strong>. Enter your passphrase to open your writing on this
        device.
      </p>
      <form onSubmit={submit} noValidate className="form panel">
        <input type="text" name="username" value={vault.username} autoComplete="username" readOnly hidden />
        <PassphraseField
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          inputRef={passphraseRef}
          error={missing ?? (error?.field === 'passphrase' ? error.message : undefined)}
        />
        <FormAlert message={error?.field === 'form' ? error.message : undefined} />
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          Unlock
        </button>
        <BusyStatus busy={busy}>Unlocking… deriving your keys on this device.</BusyStatus>
      </form>
      <ul className="links">
        <li>
          Forgot your passphrase? <TextLink to={PATHS.recover}>Use your recovery key</TextLink>
        </li>
      </ul>
    </div>
  );
}
