import { useId, useState, type FormEvent } from 'react';
import { FormAlert, Notice } from '../../components/form-alert';
import { useAction } from '../../components/use-action';
import { AUTO_LOCK_CHOICES } from '../../session/settings';
import { useSettings } from '../../unlocked/settings-context';

export function AutoLockSection() {
  const { settings, update } = useSettings();
  const [minutes, setMinutes] = useState(settings.autoLockMinutes);
  const [saved, setSaved] = useState('');
  const { busy, error, run } = useAction();
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const failed = await run(() => update({ autoLockMinutes: minutes }));
    if (!failed) setSaved(`Saved. Amends now locks after ${label(minutes)} without activity.`);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>Automatic lock</h2>
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor={`${id}-select`} className="field__label">
            Lock after this long without activity
          </label>
          <p id={`${id}-hint`} className="field__hint">
            Locking forgets your keys on this device; your passphrase opens it again.
          </p>
          <select
            id={`${id}-select`}
            className="field__input"
            value={minutes}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setMinutes(Number(event.target.value))}
          >
            {AUTO_LOCK_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {label(choice)}
              </option>
            ))}
          </select>
        </div>
        <FormAlert message={error?.message} />
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          Save
        </button>
        <Notice message={saved} />
      </form>
    </section>
  );
}

function label(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
