import { useState } from 'react';
import { focusField } from './error-summary';

export interface FieldProblem<F extends string> {
  field: F;
  message: string;
}

/**
 * A form's problems, tied to its fields: the message for a field, the list for the error summary,
 * and `report`, which shows them (an empty list clears them) and moves focus to the first.
 */
export function useFieldProblems<F extends string>(fieldId: (field: F) => string) {
  const [problems, setProblems] = useState<FieldProblem<F>[]>([]);
  return {
    errorFor: (field: F) => problems.find((p) => p.field === field)?.message,
    summary: problems.map((p) => ({ target: fieldId(p.field), message: p.message })),
    report(found: readonly FieldProblem<F>[]): void {
      setProblems([...found]);
      const first = found[0];
      if (first) focusField(fieldId(first.field));
    },
  };
}
