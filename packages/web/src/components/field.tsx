import { useId, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import './field.css';

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
  liveTone = 'neutral',
  error,
  inputRef,
  revealable,
  type = 'text',
  ...rest
}: FieldProps) {
  const id = useId();
  const [shown, setShown] = useState(false);
  const hintId = `${id}-hint`;
  const liveId = `${id}-live`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, live !== undefined ? liveId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="field__control">
        <input
          {...rest}
          id={id}
          ref={inputRef}
          type={revealable && shown ? 'text' : type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
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
      {live !== undefined ? (
        <p id={liveId} className={`field__live field__live--${liveTone}`} aria-live="polite">
          {live}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
