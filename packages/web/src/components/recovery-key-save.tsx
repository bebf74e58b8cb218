import { useRef, useState, type FormEvent } from 'react';
import './recovery-key-save.css';

/** The file people download: the key and what it is for, made on the device. */
export function recoveryKeyText(username: string, recoveryKey: string, date: Date): string {
  return [
    'Amends recovery key',
    '',
    `Account: ${username}`,
    `Made on: ${date.toISOString().slice(0, 10)}`,
    '',
    recoveryKey,
    '',
    'With this key you can set a new passphrase if you forget yours.',
    'Keep it somewhere safe and private: anyone with it and your username can open your account.',
    '',
  ].join('\n');
}

interface Props {
  username: string;
  recoveryKey: string;
  /** Called once the person confirms they saved it. */
  onSaved(): void;
  continueLabel: string;
}

/**
 * Shows a recovery key once, with ways to keep it (copy, download as a .txt made here) and an
 * explicit confirmation. The key is held only in memory by the caller and dropped afterwards.
 */
export function RecoveryKeySave({ username, recoveryKey, onSaved, continueLabel }: Props) {
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string>();
  const [copyStatus, setCopyStatus] = useState('');
  const checkboxRef = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopyStatus('Copied. Paste it somewhere safe, such as a password manager.');
    } catch {
      setCopyStatus('Copying did not work here. Select the key and copy it, or download it.');
    }
  };

  const download = () => {
    const blob = new Blob([recoveryKeyText(username, recoveryKey, new Date())], { type: 'text/plain' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `amends-recovery-key-${username}.txt`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setCopyStatus('Downloaded. Move the file somewhere safe, off this computer if you can.');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saved) {
      setError(
        'Tick the box once your recovery key is saved. Without it, a forgotten passphrase cannot be fixed.',
      );
      checkboxRef.current?.focus();
      return;
    }
    onSaved();
  };

  return (
    <div className="recovery-key">
      <p className="recovery-key__label">Your recovery key</p>
      <p className="recovery-key__value">
        <code data-testid="recovery-key">{recoveryKey}</code>
      </p>
      <div className="recovery-key__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy key
        </button>
        <button type="button" className="button" onClick={download}>
          Download as a text file
        </button>
      </div>
      <p role="status" className="recovery-key__status">
        {copyStatus}
      </p>
      <form onSubmit={submit} noValidate className="form">
        <div className={`check${error ? ' check--invalid' : ''}`}>
          <input
            ref={checkboxRef}
            id="recovery-key-saved"
            type="checkbox"
            checked={saved}
            onChange={(event) => {
              setSaved(event.target.checked);
              if (event.target.checked) setError(undefined);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'recovery-key-saved-error' : undefined}
          />
          <label htmlFor="recovery-key-saved">I have saved my recovery key somewhere safe</label>
        </div>
        {error ? (
          <p id="recovery-key-saved-error" className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button--primary">
          {continueLabel}
        </button>
      </form>
    </div>
  );
}
