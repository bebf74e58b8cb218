import type { Vault } from '@amends/client';
import { useId, useRef, useState, type FormEvent } from 'react';
import { PassphraseField } from '../../components/account-fields';
import { BusyStatus } from '../../components/busy-status';
import { FormAlert, Notice } from '../../components/form-alert';
import { RecoveryKeySave } from '../../components/recovery-key-save';
import { useAction } from '../../components/use-action';
import { useSettings } from '../../unlocked/settings-context';

/** A new recovery key replaces the old one, which stops working at once. */
export function RecoveryKeySection({ vault }: { vault: Vault }) {
  const [passphrase, setPassphrase] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [fresh, setFresh] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const { busy, error, run } = useAction();
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();
  const { update } = useSettings();
  // Noting "shown, not yet confirmed" and then "confirmed" must land in that order.
  const noted = useRef<Promise<unknown>>(Promise.resolve());
  const note = (unconfirmed: boolean) => {
    noted.current = noted.current
      .then(() => update({ recoveryKeyUnconfirmed: unconfirmed }))
      .catch(() => undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!passphrase) {
      setFieldError('Enter your current passphrase.');
      return ref.current?.focus();
    }
    setFieldError(undefined);
    let key = '';
    const failed = await run(async () => {
      key = await vault.newRecoveryKey(passphrase);
    });
    if (failed?.field === 'passphrase') {
      setFieldError('That is not your current passphrase.');
      return ref.current?.focus();
    }
    if (failed) return;
    setPassphrase('');
    note(true);
    setFresh(key);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>Recovery key</h2>
      {fresh ? (
        <>
          <p>
            Here is your new recovery key. Your old one no longer works. Save this one now; you will not see
            it again.
          </p>
          <RecoveryKeySave
            username={vault.username}
            recoveryKey={fresh}
            continueLabel="Done"
            onSaved={() => {
              note(false);
              setFresh(null);
              setDone('Your new recovery key is in place.');
            }}
          />
        </>
      ) : (
        <>
          <p>
            Lost your recovery key, or worried someone has seen it? Make a new one. The old key stops working
            at once.
          </p>
          <form onSubmit={submit} noValidate className="form">
            <input
              type="text"
              name="username"
              value={vault.username}
              autoComplete="username"
              readOnly
              hidden
            />
            <PassphraseField
              label="Current passphrase"
              value={passphrase}
              onChange={setPassphrase}
              inputRef={ref}
              error={fieldError}
            />
            <FormAlert message={error && error.field !== 'passphrase' ? error.message : undefined} />
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              Make a new recovery key
            </button>
            <BusyStatus busy={busy}>Checking your passphrase… deriving your keys on this device.</BusyStatus>
          </form>
          <Notice message={done} />
        </>
      )}
    </section>
  );
}
