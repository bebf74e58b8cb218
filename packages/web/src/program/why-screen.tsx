// Step 1, "why": the motives check's result, the behaviour inventory and a change plan per behaviour.
import {
  BEHAVIOUR_CATALOGUE,
  catalogueBehaviour,
  ITEM_TYPES,
  latestMotivesAttempt,
  promptsFor,
  stepOneStatus,
} from '@amends/core';
import { useState, type FormEvent } from 'react';
import { Notice } from '../components/form-alert';
import { PageHeading } from '../components/page-heading';
import { TextLink } from '../components/text-link';
import { BehaviourCard } from './behaviour-card';
import { checkBehaviour, EMPTY_BEHAVIOUR, type BehaviourDraft, type BehaviourField } from './behaviour-form';
import { MotivesResult } from './motives-screen';
import { PROGRAM_PATHS } from './paths';
import { ErrorSummary, focusField } from './parts/error-summary';
import { InputField } from './parts/input-field';
import { PromptList } from './parts/prompt-list';
import { SafetyPanel } from './parts/safety-panel';
import { TextAreaField } from './parts/text-area-field';
import { useProgram, useSave } from './program-context';
import { readableDates } from './reason-dates';
import { FieldError } from '../components/field-error';

const PROMPT = Object.fromEntries(promptsFor('step-1').map((p) => [p.id, p]));

export default function WhyScreen() {
  const program = useProgram();
  const status = stepOneStatus(program.input);
  const latest = program.input.motives ? latestMotivesAttempt(program.input.motives) : undefined;
  const behaviours = program.input.behaviours;

  return (
    <div className="screen program">
      <PageHeading title="Step 1: why">
        <span className="program-step-number">Step 1</span> Why do you want another chance?
      </PageHeading>
      <Notice message={program.notice} />
      {program.plan.mode === 'safety' ? <SafetyPanel /> : null}
      {program.plan.needsOnboarding ? (
        <p className="panel">
          Start with a few questions about the relationship and safety:{' '}
          <TextLink to={PROGRAM_PATHS.onboarding}>before you begin</TextLink>.
        </p>
      ) : null}

      <section
        aria-labelledby="why-status-title"
        className={`panel step-status${status.done ? ' step-status--done' : ''}`}
      >
        <h2 id="why-status-title">{status.done ? 'Step 1 is done' : 'What this step asks of you'}</h2>
        {status.done ? (
          <p>
            You have looked honestly at why, and you have a plan to change. Keep ticking off your actions:
            change that lasts is change you keep doing.{' '}
            <TextLink to={PROGRAM_PATHS.space}>Go on to step 2: give them space</TextLink>
          </p>
        ) : (
          <ul>
            {status.gaps.map((gap) => (
              <li key={gap.code}>{readableDates(gap.reason.replace(/^Step 1: /, ''))}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="why-motives-title" className="program-section">
        <h2 id="why-motives-title">Your reasons</h2>
        {latest ? (
          <>
            <MotivesResult attempt={latest} headingLevel={3} />
            <p>
              <TextLink to={PROGRAM_PATHS.motives}>
                Take the motives check again, or see your history
              </TextLink>
            </p>
          </>
        ) : (
          <p>
            Thirteen short statements, about five minutes.{' '}
            <TextLink to={PROGRAM_PATHS.motives}>Take the motives check</TextLink>
          </p>
        )}
      </section>

      <section aria-labelledby="why-behaviours-title" className="program-section">
        <h2 id="why-behaviours-title">Your behaviours</h2>
        <p>
          Name what you did that hurt the relationship, what happened and how it affected them. Then give each
          a change plan: concrete actions and how often you will do them. This is for you first; it helps
          whatever happens next.
        </p>
        {behaviours.length > 0 ? (
          <ul className="behaviours">
            {behaviours.map((behaviour) => (
              <BehaviourCard key={behaviour.id} behaviour={behaviour} />
            ))}
          </ul>
        ) : null}
        <AddBehaviour
          first={behaviours.length === 0}
          taken={behaviours.flatMap((b) => b.value.catalogueId ?? [])}
        />
      </section>

      <PromptList context="step-1" title="Questions to think with" />
    </div>
  );
}

function AddBehaviour({ first, taken }: { first: boolean; taken: readonly string[] }) {
  const program = useProgram();
  const [open, setOpen] = useState(first);
  const [draft, setDraft] = useState<BehaviourDraft>(EMPTY_BEHAVIOUR);
  const [problems, setProblems] = useState<{ field: BehaviourField; message: string }[]>([]);
  const { busy, error, save } = useSave();
  const fieldId = (field: BehaviourField) => `behaviour-${field}`;
  const errorFor = (field: BehaviourField) => problems.find((p) => p.field === field)?.message;
  const chosen = catalogueBehaviour(draft.source);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkBehaviour(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      const firstProblem = checked.problems[0];
      if (firstProblem) focusField(fieldId(firstProblem.field));
      return;
    }
    setProblems([]);
    const saved = await save(() => program.vault.create(ITEM_TYPES.behaviour, checked.behaviour));
    if (saved) {
      setDraft(EMPTY_BEHAVIOUR);
      setOpen(false);
      program.setNotice('Behaviour added. Next, give it a change plan with one concrete action.');
    }
  };

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Name another behaviour
      </button>
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="form panel program-form"
      aria-labelledby="behaviour-form-title"
    >
      <h3 id="behaviour-form-title">Name a behaviour</h3>
      <ErrorSummary problems={problems.map((p) => ({ target: fieldId(p.field), message: p.message }))} />
      <div className={`field${errorFor('source') ? ' field--invalid' : ''}`}>
        <label htmlFor={fieldId('source')} className="field__label">
          Which behaviour?
        </label>
        <p id={`${fieldId('source')}-hint`} className="field__hint">
          {chosen
            ? chosen.description
            : 'Common patterns are listed; choose the last option to name your own.'}
        </p>
        <select
          id={fieldId('source')}
          className="field__input"
          value={draft.source}
          aria-invalid={errorFor('source') ? true : undefined}
          aria-describedby={[
            `${fieldId('source')}-hint`,
            errorFor('source') ? `${fieldId('source')}-error` : '',
          ]
            .filter(Boolean)
            .join(' ')}
          onChange={(event) => setDraft((d) => ({ ...d, source: event.target.value }))}
        >
          <option value="">Choose a behaviour</option>
          {BEHAVIOUR_CATALOGUE.filter((entry) => !taken.includes(entry.id)).map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
          <option value="own">Something else, in my own words</option>
        </select>
        <FieldError id={`${fieldId('source')}-error`} message={errorFor('source')} />
      </div>
      {draft.source === 'own' ? (
        <InputField
          id={fieldId('ownTitle')}
          label="Name it in a few words"
          value={draft.ownTitle}
          onChange={(ownTitle) => setDraft((d) => ({ ...d, ownTitle }))}
          error={errorFor('ownTitle')}
          maxLength={200}
        />
      ) : null}
      <TextAreaField
        id={fieldId('whatHappened')}
        label="What happened?"
        hint={PROMPT['step1-pattern']?.text}
        value={draft.whatHappened}
        onChange={(whatHappened) => setDraft((d) => ({ ...d, whatHappened }))}
        error={errorFor('whatHappened')}
        required
      />
      <TextAreaField
        id={fieldId('impactOnThem')}
        label="How did it affect them?"
        hint={`${PROMPT['step1-their-side']?.text ?? ''} ${PROMPT['step1-their-side']?.hint ?? ''}`.trim()}
        value={draft.impactOnThem}
        onChange={(impactOnThem) => setDraft((d) => ({ ...d, impactOnThem }))}
        error={errorFor('impactOnThem')}
        required
      />
      <div role="alert" className={error ? 'form-alert' : 'form-alert form-alert--empty'}>
        {error ? <p>{error}</p> : null}
      </div>
      <div className="program-actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          Add this behaviour
        </button>
        {first ? null : (
          <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
