// The username and passphrase inputs the account screens share, so their typing aids and
// autocomplete hints stay the same everywhere.
import { Field, type FieldProps } from './field';

type PresetProps = Omit<FieldProps, 'type' | 'revealable'>;

/** A username input: no auto-capitals or spell-check; autocomplete "username" unless told. */
export function UsernameField({ autoComplete = 'username', ...props }: PresetProps) {
  return <Field {...props} autoComplete={autoComplete} autoCapitalize="none" spellCheck={false} />;
}

/** A passphrase input with a Show/Hide button; autocomplete "current-password" unless told. */
export function PassphraseField({ autoComplete = 'current-password', ...props }: PresetProps) {
  return <Field {...props} type="password" revealable autoComplete={autoComplete} />;
}
