// A "Remove" button that asks first: removing loses history that cannot be brought back, so the
// question and its answer sit right where the button was, and focus goes to the answer.
import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  /** The button's words, e.g. "Remove this behaviour". */
  label: string;
  /** What the button removes, read by screen readers after the label ("action: Weekly check-in"). */
  what?: string;
  /** The question asked before removing. */
  question: string;
  busy: boolean;
  onConfirm(): void;
}

export function ConfirmRemoval({ label, what, question, busy, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const id = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className="button button--small button--quiet"
        onClick={() => setAsking(true)}
      >
        {label}
        {what ? <span className="visually-hidden"> ({what})</span> : null}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={`${id}-question`} className="confirm-removal">
      <p id={`${id}-question`} className="confirm-removal__question">
        {question}
      </p>
      <div className="confirm-removal__answers">
        <button
          ref={confirmRef}
          type="button"
          className="button button--small button--danger"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) onConfirm();
          }}
        >
          Yes, remove
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          Keep it
        </button>
      </div>
    </div>
  );
}
