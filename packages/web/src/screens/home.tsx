import { STEPS } from '@amends/core';
import { Notice } from '../components/form-alert';
import { PageHeading } from '../components/page-heading';
import { STEP_SUMMARIES } from './step-summaries';
import './home.css';

/** The program at a glance: the six steps, in order. */
export function Home({ notice }: { notice?: string | undefined }) {
  return (
    <div className="screen">
      <PageHeading title="Home">Your six steps</PageHeading>
      <Notice message={notice} />
      <p className="lead">
        Take them in order and at your own pace. The early steps are about you; the later ones only open when
        the other person&rsquo;s signals allow it. Walking away always remains their right.
      </p>
      <ol className="steps">
        {STEPS.map((step) => (
          <li key={step.key} className="step-card">
            <h2 className="step-card__title">
              <span className="step-card__number">Step {step.step}</span> {step.title}
            </h2>
            <p>{STEP_SUMMARIES[step.key]}</p>
            <p className="step-card__soon">
              The guidance for this step is not here yet. It arrives in a coming version of Amends.
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
