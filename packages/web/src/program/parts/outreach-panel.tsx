import type { OutreachState, ProgramMode } from '@amends/core';
import { useId } from 'react';
import { readableDates } from '../reason-dates';
import { outreachHeadline, outreachMeaning } from '../words';

/**
 * The outreach state and every reason for it, shown on each screen that leads toward contact.
 * A labelled region, so screen-reader users can jump to it; the state word is in the heading.
 * With `anchor`, in-page links can lead to it, and following one moves focus into it.
 */
export function OutreachPanel({
  outreach,
  mode,
  headingLevel = 2,
  anchor,
}: {
  outreach: OutreachState;
  mode: ProgramMode;
  headingLevel?: 2 | 3;
  anchor?: string;
}) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      id={anchor}
      tabIndex={anchor ? -1 : undefined}
      aria-labelledby={`${id}-title`}
      className={`outreach outreach--${outreach.state}`}
      data-outreach-state={outreach.state}
    >
      <Heading id={`${id}-title`} className="outreach__title">
        {outreachHeadline(outreach, mode)}
      </Heading>
      <p className="outreach__meaning">{outreachMeaning(outreach, mode)}</p>
      {outreach.state === 'open' ? null : (
        <>
          <p className="outreach__why">Why:</p>
          <ul className="outreach__reasons">
            {outreach.reasons.map((reason) => (
              <li key={reason}>{readableDates(reason)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
