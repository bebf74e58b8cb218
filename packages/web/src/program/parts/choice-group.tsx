import { useId, type ReactNode } from 'react';
import { FieldError } from '../../components/field-error';

/** One option of a radio group; `description` is read after the label. */
export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly description?: string;
}

interface Props<T extends string> {
  legend: ReactNode;
  /** The id of the fieldset, so an error summary can send focus to it. */
  id?: string;
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange(value: T): void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Lay the options out in a row when there is room (short labels such as ratings). */
  inline?: boolean;
  legendClassName?: string;
}

/**
 * A radio group: a fieldset whose legend asks the question, with hint and error tied to the group.
 * Arrow keys move between options, as in any native radio group.
 */
export function ChoiceGroup<T extends string>({
  legend,
  id,
  choices,
  value,
  onChange,
  hint,
  error,
  inline,
  legendClassName,
}: Props<T>) {
  const generated = useId();
  const groupId = id ?? generated;
  const hintId = `${groupId}-hint`;
  const errorId = `${groupId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset
      id={groupId}
      tabIndex={-1}
      className={`choice-group${inline ? ' choice-group--inline' : ''}${error ? ' choice-group--invalid' : ''}`}
      aria-describedby={describedBy || undefined}
    >
      <legend className={legendClassName ?? 'choice-group__legend'}>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
      <div className="choice-group__options">
        {choices.map((choice) => {
          const optionId = `${groupId}-${choice.value}`;
          return (
            <div key={choice.value} className="choice">
              <input
                id={optionId}
                type="radio"
                name={groupId}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                aria-describedby={choice.description ? `${optionId}-desc` : undefined}
              />
              <label htmlFor={optionId}>
                <span className="choice__label">{choice.label}</span>
                {choice.description ? (
                  <span id={`${optionId}-desc`} className="choice__description">
                    {choice.description}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
