import './busy-status.css';

/**
 * The live status of a form: while keys are derived (about a second of Argon2id) it says what is
 * happening and shows a quiet progress bar. The region is always present so that screen readers
 * announce the text when it appears.
 */
export function BusyStatus({ busy, children }: { busy: boolean; children: string }) {
  return (
    <div role="status" aria-live="polite" className="busy-status">
      {busy ? (
        <>
          <span className="busy-status__bar" aria-hidden="true">
            <span className="busy-status__fill" />
          </span>
          <span className="busy-status__text">{children}</span>
        </>
      ) : null}
    </div>
  );
}
