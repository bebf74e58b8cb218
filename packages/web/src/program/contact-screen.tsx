// The entries toward contact: delivering the apology (step 3) and the request (step 6). Their content
// comes in later work; what they show now is the gate: locked unless outreach is open, with the reasons.
import { canDeliverApology, canMakeRequest, STEPS } from '@amends/core';
import { Notice } from '../components/form-alert';
import { PageHeading } from '../components/page-heading';
import { TextLink } from '../components/text-link';
import { PROGRAM_PATHS } from './paths';
import { MovingForwardPanel } from './parts/moving-forward-panel';
import { OutreachPanel } from './parts/outreach-panel';
import { SafetyPanel } from './parts/safety-panel';
import { useProgram } from './program-context';

const WORDS = {
  apology: {
    step: 3,
    what: 'Delivering your apology',
    locked: 'Delivering your apology is locked.',
    openText:
      'Outreach is open. The guided apology and its review arrive in a coming version of Amends; until then, take your time drafting it in your own words.',
    drafting:
      'You can keep working on what you want to say: your behaviours and their impact in step 1 are where an apology starts.',
  },
  request: {
    step: 6,
    what: 'Making your request',
    locked: 'Making your request is locked.',
    openText:
      'Outreach is open. The guided request, with its readiness check, arrives in a coming version of Amends. Ask once, and accept any answer.',
    drafting: 'The request comes last, after the apology, and only while outreach is open.',
  },
} as const;

export default function ContactScreen({ which }: { which: 'apology' | 'request' }) {
  const program = useProgram();
  const { plan } = program;
  const words = WORDS[which];
  const step = STEPS.find((s) => s.step === words.step);
  const allowed = which === 'apology' ? canDeliverApology(plan.outreach) : canMakeRequest(plan.outreach);
  return (
    <div className="screen program">
      <PageHeading title={`Step ${words.step}: ${which}`}>
        <span className="program-step-number">Step {words.step}</span> {step?.title}
      </PageHeading>
      <Notice message={program.notice} />
      <section
        aria-labelledby="contact-gate-title"
        className={`panel gate gate--${allowed ? 'open' : 'locked'}`}
      >
        <h2 id="contact-gate-title">{allowed ? words.what : words.locked}</h2>
        <p>{allowed ? words.openText : `${words.what} waits until outreach is open. ${words.drafting}`}</p>
      </section>
      <OutreachPanel outreach={plan.outreach} mode={plan.mode} />
      {plan.mode === 'safety' ? <SafetyPanel /> : null}
      {plan.mode === 'moving-forward' ? <MovingForwardPanel /> : null}
      <ul className="links">
        <li>
          <TextLink to={PROGRAM_PATHS.space}>Step 2: space and signals</TextLink>
        </li>
        <li>
          <TextLink to={PROGRAM_PATHS.why}>Step 1: your behaviours and change plans</TextLink>
        </li>
      </ul>
    </div>
  );
}
