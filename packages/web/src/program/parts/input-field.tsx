import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldFrame } from '../../components/field-frame';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  /** Needed so an error summary can send focus here. */
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled input with a known id (dates, numbers, short text), in the shell's field frame. */
export function InputField({ id, label, value, onChange, hint, error, className, ...rest }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {(wiring) => (
        <input
          {...rest}
          {...wiring}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="field__input"
        />
      )}
    </FieldFrame>
  );
}
