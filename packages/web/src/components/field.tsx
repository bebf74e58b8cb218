import { useId, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { FieldFrame } from './field-frame';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Always shown under the label, e.g. what the field accepts. */
  hint?: ReactNode;
  /** Live feedback while typing (read politely by screen readers). */
  live?: ReactNode;
  liveTone?: 'neutral' | 'good' | 'warn';
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  /** Shows a Show/Hide button, for passphrases and keys. */
  revealable?: boolean;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function Field({
  label,
  value,
  onChange,
  hint,
  live,
  liveTone,
  error,
  inputRef,
  revealable,
  type = 'text',
  ...rest
}: FieldProps) {
  const id = useId();
  const [shown, setShown] = useState(false);
  return (
    <FieldFrame id={id} label={label} hint={hint} live={live} liveTone={liveTone} error={error}>
      {(wiring) => (
        <div className="field__control">
          <input
            {...rest}
            {...wiring}
            ref={inputRef}
            type={revealable && shown ? 'text' : type}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            className="field__input"
          />
          {revealable ? (
            <button
              type="button"
              className="button button--quiet field__reveal"
              aria-pressed={shown}
              aria-label={`Show ${label.toLowerCase()}`}
              onClick={() => setShown((s) => !s)}
            >
              {shown ? 'Hide' : 'Show'}
            </button>
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}
