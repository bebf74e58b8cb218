import { useId, type ReactNode, type Ref } from 'react';
import { FieldFrame } from '../../components/field-frame';

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

/** A labelled multi-line field, in the shell's field frame; unless required, marked optional. */
export function TextAreaField({
  id: fixedId,
  label,
  value,
  onChange,
  hint,
  error,
  textareaRef,
  rows = 4,
  maxLength,
  required,
}: Props) {
  const generated = useId();
  return (
    <FieldFrame
      id={fixedId ?? generated}
      label={
        <>
          {label}
          {required ? null : <span className="program-optional"> (optional)</span>}
        </>
      }
      hint={hint}
      error={error}
    >
      {(wiring) => (
        <textarea
          {...wiring}
          ref={textareaRef}
          rows={rows}
          value={value}
          maxLength={maxLength}
          aria-required={required || undefined}
          onChange={(event) => onChange(event.target.value)}
          className="field__input program-textarea"
        />
      )}
    </FieldFrame>
  );
}
