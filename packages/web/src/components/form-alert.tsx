/** A form-level error, announced as soon as it appears; the container stays so announcements work. */
export function FormAlert({ message }: { message?: string | undefined }) {
  return (
    <div role="alert" className={message ? 'form-alert' : 'form-alert form-alert--empty'}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}

/** Good news after an action, e.g. "Saved." Polite, so it does not interrupt. */
export function Notice({ message }: { message?: string | undefined }) {
  return (
    <div role="status" className={message ? 'notice' : 'notice notice--empty'}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}
