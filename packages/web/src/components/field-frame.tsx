import type { ReactNode } from 'react';
import './field.css';
import { FieldError } from './field-error';

/** What the control inside a FieldFrame must carry so its label, hint and error reach it. */
export interface ControlWiring {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldFrameProps {
  /** The control's id; the hint, live and error ids are made from it. */
  id: string;
  label: ReactNode;
  /** Always shown under the label, e.g. what the field accepts. */
  hint?: ReactNode;
  /** Live feedback while typing (read politely by screen readers); omit for none. */
  live?: ReactNode;
  liveTone?: 'neutral' | 'good' | 'warn';
  error?: string | undefined;
  className?: string | undefined;
  /** Renders the control (input, textarea…) with the wiring spread onto it. */
  children(wiring: ControlWiring): ReactNode;
}

/**
 * The frame every labelled field shares: label, hint, the control, live feedback and error, with the
 * hint, feedback and error tied to the control by aria-describedby.
 */
export function FieldFrame({
  id,
  label,
  hint,
  live,
  liveTone = 'neutral',
  error,
  className,
  children,
}: FieldFrameProps) {
  const hintId = `${id}-hint`;
  const liveId = `${id}-live`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, live !== undefined ? liveId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {live !== undefined ? (
        <p id={liveId} className={`field__live field__live--${liveTone}`} aria-live="polite">
          {live}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
