import type { Ref } from 'react';
import { passphraseFeedback } from '../session/passphrase-feedback';
import { PassphraseField } from './account-fields';

interface Props {
  passphrase: string;
  onPassphraseChange(value: string): void;
  confirm: string;
  onConfirmChange(value: string): void;
  passphraseRef: Ref<HTMLInputElement>;
  confirmRef: Ref<HTMLInputElement>;
  errors: { passphrase?: string | undefined; confirm?: string | undefined };
  /** The first field's label; the second one adds " again". */
  label?: string;
  hint?: string;
}

/**
 * A new passphrase and its confirmation, with the policy's feedback read out while it is typed.
 * @example <NewPassphraseFields passphrase={p} confirm={c} label="Passphrase" … />
 */
export function NewPassphraseFields({
  passphrase,
  onPassphraseChange,
  confirm,
  onConfirmChange,
  passphraseRef,
  confirmRef,
  errors,
  label = 'New passphrase',
  hint = 'At least 12 characters. A few unrelated words work well.',
}: Props) {
  const feedback = passphraseFeedback(passphrase);
  return (
    <>
      <PassphraseField
        label={label}
        value={passphrase}
        onChange={onPassphraseChange}
        inputRef={passphraseRef}
        autoComplete="new-password"
        hint={hint}
        live={feedback.text}
        liveTone={feedback.tone}
        error={errors.passphrase}
      />
      <PassphraseField
        label={`${label} again`}
        value={confirm}
        onChange={onConfirmChange}
        inputRef={confirmRef}
        autoComplete="new-password"
        error={errors.confirm}
      />
    </>
  );
}
