import type { Vault } from '@amends/client';
import { useId, useRef, useState, type FormEvent } from 'react';
import { PassphraseField } from '../../components/account-fields';
import { BusyStatus } from '../../components/busy-status';
import { FormAlert, Notice } from '../../components/form-alert';
import { NewPassphraseFields } from '../../components/new-passphrase-fields';
import { useAction } from '../../components/use-action';
import { newPassphraseErrors } from '../../session/passphrase-feedback';

export function PassphraseSection({ vault }: { vault: Vault }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ current?: string; passphrase?: string; confirm?: string }>({});
  const [done, setDone] = useState('');
  const { busy, error, run } = useAction();
  const refs = {
    current: useRef<HTMLInputElement>(null),
    passphrase: useRef<HTMLInputElement>(null),
    confirm: useRef<HTMLInputElement>(null),
  };
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const found = {
      ...(current ? {} : { current: 'Enter your current passphrase.' }),
      ...newPassphraseErrors(next, confirm),
    };
    setErrors(found);
    const first = (['current', 'passphrase', 'confirm'] as const).find((k) => found[k]);
    if (first) return refs[first].current?.focus();
    let ended = 0;
    const failed = await run(async () => {
      ended = await vault.changePassphrase(current, next);
    });
    if (failed?.field === 'passphrase') {
      // The vault checks the current passphrase first, so a wrong one lands here.
      setErrors({ current: 'That is not your current passphrase.' });
      refs.current.current?.focus();
      return;
    }
    if (failed) return;
    setCurrent('');
    setNext('');
    setConfirm('');
    setDone(
      `Your passphrase is changed. ${
        ended === 0
          ? 'No other sessions were signed in.'
          : `${ended} other session${ended === 1 ? ' was' : 's were'} signed out.`
      }`,
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>Change your passphrase</h2>
      <p>Changing it signs out every other session. Your writing stays as it is.</p>
      <form onSubmit={submit} noValidate className="form">
        <input type="text" name="username" value={vault.username} autoComplete="username" readOnly hidden />
        <PassphraseField
          label="Current passphrase"
          value={current}
          onChange={setCurrent}
          inputRef={refs.current}
          error={errors.current}
        />
        <NewPassphraseFields
          passphrase={next}
          onPassphraseChange={setNext}
          confirm={confirm}
          onConfirmChange={setConfirm}
          passphraseRef={refs.passphrase}
          confirmRef={refs.confirm}
          errors={errors}
        />
        <FormAlert message={error && error.field !== 'passphrase' ? error.message : undefined} />
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          Change passphrase
        </button>
        <BusyStatus busy={busy}>Changing your passphrase… deriving your keys on this device.</BusyStatus>
        <Notice message={done} />
      </form>
    </section>
  );
}
