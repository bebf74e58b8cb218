// Lists a form's problems at the top when it is sent, announced at once, each a link to its field.

/** One problem and the id of the field (or fieldset) it belongs to. */
export interface FieldProblem {
  readonly target: string;
  readonly message: string;
}

/** Announced as soon as problems appear; the region stays in the page so announcements work. */
export function ErrorSummary({ problems, title }: { problems: readonly FieldProblem[]; title?: string }) {
  return (
    <div
      role="alert"
      className={problems.length > 0 ? 'error-summary' : 'error-summary error-summary--empty'}
    >
      {problems.length > 0 ? (
        <>
          <p className="error-summary__title">{title ?? 'Please check these answers:'}</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.target}-${problem.message}`}>
                <a
                  href={`#${problem.target}`}
                  onClick={(event) => {
                    // Focus the field without putting anything into the address bar.
                    event.preventDefault();
                    focusField(problem.target);
                  }}
                >
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** Moves focus to a field by id; for a fieldset, to its checked or first radio. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  if (element instanceof HTMLFieldSetElement) {
    const radio =
      element.querySelector<HTMLInputElement>('input:checked') ??
      element.querySelector<HTMLInputElement>('input');
    (radio ?? element).focus();
    return;
  }
  element.focus();
}
