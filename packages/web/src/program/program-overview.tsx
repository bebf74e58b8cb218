// The home's six step cards, with each step's status and what stands in its way. The outreach state
// and its reasons are shown once, above the cards; each card that moves toward the other person
// states it in one line that links there.
import type { Vault } from '@amends/client';
import { promptsFor } from '@amends/core';
import { TextLink } from '../components/text-link';
import { STEP_SUMMARIES } from '../screens/step-summaries';
import { cardLink, cardOutreachLine, cardReasons, TOWARD_CONTACT } from './overview-words';
import { PROGRAM_PATHS } from './paths';
import { OutreachPanel } from './parts/outreach-panel';
import { SafetyPanel } from './parts/safety-panel';
import { ProgramProvider, useProgram } from './program-context';
import { STEP_STATUS_WORDS } from './words';
import './program.css';

/** Where the cards' outreach lines lead: home's one outreach panel. */
const OUTREACH_ANCHOR = 'home-outreach';

/** The step cards for the home screen; loads the program itself. */
export default function ProgramOverview({ vault }: { vault: Vault }) {
  return (
    <ProgramProvider vault={vault}>
      <Overview />
    </ProgramProvider>
  );
}

function Overview() {
  const { plan } = useProgram();
  const [hope] = promptsFor('onboarding').slice(1);
  const outreachLine = cardOutreachLine(plan.outreach, plan.mode);
  return (
    <>
      {plan.needsOnboarding ? (
        <section aria-labelledby="start-here-title" className="panel start-here">
          <h2 id="start-here-title">Start here</h2>
          <p>
            A few questions about the relationship, how it ended, and safety. They take a few minutes, and
            they shape what the program offers you.
          </p>
          {hope ? <p className="start-here__prompt">{hope.hint}</p> : null}
          <TextLink to={PROGRAM_PATHS.onboarding}>Begin with a few questions</TextLink>
        </section>
      ) : null}
      {plan.mode === 'safety' ? <SafetyPanel /> : null}
      {plan.mode === 'moving-forward' ? (
        <section aria-labelledby="moving-forward-title" className="panel">
          <h2 id="moving-forward-title">Moving forward</h2>
          <p>
            They have asked for distance, so the program has turned to you: your self-work and your own next
            chapter. <TextLink to={PROGRAM_PATHS.space}>Read more in step 2</TextLink>
          </p>
        </section>
      ) : null}
      <OutreachPanel outreach={plan.outreach} mode={plan.mode} anchor={OUTREACH_ANCHOR} />
      <ol className="steps">
        {plan.steps.map((step) => {
          const reasons = cardReasons(step, plan.outreach);
          const link = cardLink(step, plan.mode);
          const towardContact = TOWARD_CONTACT.includes(step.step);
          return (
            <li key={step.key} className={`step-card step-card--${step.status}`}>
              <h2 className="step-card__title">
                <span className="step-card__number">Step {step.step}</span> {step.title}
              </h2>
              <p className={`step-status-tag step-status-tag--${step.status}`}>
                {STEP_STATUS_WORDS[step.status]}
              </p>
              <p>{STEP_SUMMARIES[step.key]}</p>
              {reasons.length > 0 ? (
                <ul className="step-card__reasons">
                  {reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              ) : null}
              {towardContact ? (
                <p className={`card-outreach card-outreach--${plan.outreach.state}`}>
                  <strong>{outreachLine.state}</strong> —{' '}
                  <a href={`#${OUTREACH_ANCHOR}`}>{outreachLine.pointer}</a>
                </p>
              ) : null}
              {link ? (
                <p className="step-card__link">
                  <TextLink to={link.path}>{link.text}</TextLink>
                </p>
              ) : step.step === 4 || step.step === 5 ? (
                <p className="step-card__soon">
                  The guidance for this step is not here yet. It arrives in a coming version of Amends.
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {plan.needsOnboarding ? null : (
        <p>
          <TextLink to={PROGRAM_PATHS.onboarding}>Your answers about the relationship and safety</TextLink>
        </p>
      )}
    </>
  );
}
