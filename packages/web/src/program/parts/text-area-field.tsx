import { useId, type ReactNode, type Ref } from 'react';

interface Props {
  /** Set it when an error summary must send focus here. */
  id?: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** Shown under the label: a writing prompt's hint, or what the field is for. */
  hint?: ReactNode;
  error?: string | undefined;
  textareaRef?: Ref<HTMLTextAreaElement>;
  rows?: number;
  maxLength?: number;
  required?: boolean;
}

/** A labelled multi-line field whose hint and error are tied to it, styled like the shell's Field. */
export function TextAreaField({
  id: fixedId,
  label,
  value,
  onChange,
  hint,
  error,
  textareaRef,
  rows = 4,
  ...rest
}: Props) {
  const generated = useId();
  const id = fixedId ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {rest.required ? null : <span className="program-optional"> (optional)</span>}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        ref={textareaRef}
        rows={rows}
        value={value}
        maxLength={rest.maxLength}
        aria-required={rest.required || undefined}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="field__input program-textarea"
      />
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
