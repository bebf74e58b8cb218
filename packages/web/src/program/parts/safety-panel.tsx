import { SAFETY_RESOURCES } from '@amends/core';
import { useId } from 'react';

/** Places to get help, shown when the safety screen found a risk. */
export function SafetyPanel() {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="panel safety">
      <h2 id={`${id}-title`}>Safety comes first</h2>
      <p>
        You told us there was violence, threats, control or a protective order in this relationship. Whoever
        it came from, reaching out is not safe advice here, so Amends will not guide contact. That is not a
        judgement of you. It is the same for everyone who answers this way.
      </p>
      <p>
        If you are in danger right now, call your local emergency number. These services are free and
        confidential, and they help people on either side of harm, including people who want to stop hurting
        someone.
      </p>
      <ul className="safety__list">
        {SAFETY_RESOURCES.map((resource) => (
          <li key={resource.name} className="safety__item">
            <h3 className="safety__name">{resource.name}</h3>
            <p className="safety__region">{resource.region}</p>
            <p className="safety__contact">{resource.contact}</p>
            <p className="safety__for">{resource.forWhom}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
