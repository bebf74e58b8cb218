// One behaviour in the inventory, with its change plan: actions, how often, and ticks.
import {
  behaviourTitle,
  catalogueBehaviour,
  FREQUENCIES,
  FREQUENCY_LABELS,
  ITEM_TYPES,
  planProgress,
  removeAction,
  tickAction,
  toIsoDate,
  untickAction,
  type ChangePlan,
  type IdentifiedBehaviour,
} from '@amends/core';
import { useId, useState, type FormEvent } from 'react';
import { addActionFromDraft, EMPTY_ACTION, type ActionDraft, type ActionField } from './behaviour-form';
import { readNow } from './clock';
import { ChoiceGroup } from './parts/choice-group';
import { ConfirmRemoval } from './parts/confirm-removal';
import { ErrorSummary } from './parts/error-summary';
import { useFieldProblems } from './parts/use-field-problems';
import { InputField } from './parts/input-field';
import { ProgressBar } from './parts/progress-bar';
import { actionProgressWords, planProgressWords } from './plan-words';
import { changePlanItem } from './program-items';
import { useProgram, useSave } from './program-context';
import { FieldError } from '../components/field-error';

export function BehaviourCard({ behaviour }: { behaviour: IdentifiedBehaviour }) {
  const program = useProgram();
  const id = useId();
  const title = behaviourTitle(behaviour.value);
  const stored = changePlanItem(program.items, behaviour.id);
  const plan = stored?.value;
  const progress = plan ? planProgress(plan, program.now) : undefined;
  const today = toIsoDate(program.now);
  const { busy, error, save } = useSave();

  const toggle = (actionId: string, done: boolean) => {
    if (!stored) return;
    const next = done
      ? tickAction(stored.value, actionId, today)
      : untickAction(stored.value, actionId, today);
    void save(() => program.vault.update(stored.item, next));
  };

  // Focus goes where the removed thing was: the plan's heading, or the screen's heading when the
  // whole card is gone; it must not fall back to the top of the document.
  const removeOne = async (actionId: string) => {
    if (!stored) return;
    if (await save(() => program.vault.update(stored.item, removeAction(stored.value, actionId)))) {
      program.setNotice('Action removed from your change plan.');
      document.getElementById(`${id}-plan`)?.focus();
    }
  };

  // The behaviour goes first: a plan left without its behaviour is never shown, while a behaviour
  // left without its plan would look as if its plan had been lost.
  const removeBehaviour = async () => {
    const item = program.items.find((candidate) => candidate.id === behaviour.id);
    if (!item) return;
    const removed = await save(async () => {
      await program.vault.remove(item);
      // Once the behaviour is gone its plan is never shown; a plan that could not be removed is
      // left behind rather than turning a finished removal into an error.
      if (stored) await program.vault.remove(stored.item).catch(() => undefined);
    });
    if (removed) {
      program.setNotice(`Removed: ${title}.`);
      document.querySelector<HTMLElement>('h1[tabindex="-1"]')?.focus();
    }
  };

  return (
    <li className="behaviour">
      <article aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} className="behaviour__title">
          {title}
        </h3>
        <dl className="behaviour__story">
          <dt>What happened</dt>
          <dd>{behaviour.value.whatHappened}</dd>
          <dt>How it affected them</dt>
          <dd>{behaviour.value.impactOnThem}</dd>
        </dl>

        <section aria-labelledby={`${id}-plan`} className="plan">
          <h4 id={`${id}-plan`} className="plan__title" tabIndex={-1}>
            Change plan
          </h4>
          {plan && progress && plan.actions.length > 0 ? (
            <>
              <ProgressBar
                label={`Progress on the change plan for ${title}`}
                ratio={progress.ratio}
                text={planProgressWords(progress)}
              />
              <ul className="plan__actions">
                {plan.actions.map((action, index) => {
                  const actionProgress = progress.actions[index];
                  const checkboxId = `${id}-tick-${action.id}`;
                  return (
                    <li key={action.id} className="plan__action">
                      <p className="plan__action-text">
                        {action.text}{' '}
                        <span className="plan__frequency">({FREQUENCY_LABELS[action.frequency]})</span>
                      </p>
                      {actionProgress ? (
                        <p className="plan__action-progress">{actionProgressWords(actionProgress)}</p>
                      ) : null}
                      <div className="check">
                        <input
                          id={checkboxId}
                          type="checkbox"
                          checked={action.ticks.includes(today)}
                          aria-disabled={busy || undefined}
                          onChange={(event) => {
                            if (!busy) toggle(action.id, event.target.checked);
                          }}
                        />
                        <label htmlFor={checkboxId}>
                          I did this today<span className="visually-hidden"> (action: {action.text})</span>
                        </label>
                      </div>
                      <ConfirmRemoval
                        label="Remove"
                        what={`action: ${action.text}`}
                        question="Remove this action and the days you ticked it?"
                        busy={busy}
                        onConfirm={() => void removeOne(action.id)}
                      />
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <p>No actions yet. A plan starts with one concrete thing you will do.</p>
          )}
          <div role="alert" className={error ? 'form-alert' : 'form-alert form-alert--empty'}>
            {error ? <p>{error}</p> : null}
          </div>
          <AddAction behaviourId={behaviour.id} catalogueId={behaviour.value.catalogueId} plan={plan} />
        </section>
        <div className="behaviour__remove">
          <ConfirmRemoval
            label="Remove this behaviour"
            what={title}
            question={`Remove "${title}", what you wrote about it and its change plan?`}
            busy={busy}
            onConfirm={() => void removeBehaviour()}
          />
        </div>
      </article>
    </li>
  );
}

function AddAction({
  behaviourId,
  catalogueId,
  plan,
}: {
  behaviourId: string;
  catalogueId: string | undefined;
  plan: ChangePlan | undefined;
}) {
  const program = useProgram();
  const id = useId();
  const suggestions = (catalogueId ? catalogueBehaviour(catalogueId)?.suggestedActions : undefined) ?? [];
  const [open, setOpen] = useState(!plan || plan.actions.length === 0);
  const [draft, setDraft] = useState<ActionDraft>(EMPTY_ACTION);
  const { busy, error, save } = useSave();
  const fieldId = (field: ActionField) => `${id}-${field}`;
  const { errorFor, summary, report } = useFieldProblems<ActionField>(fieldId);
  const stored = changePlanItem(program.items, behaviourId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = addActionFromDraft(draft, {
      behaviourId,
      plan: stored?.value,
      suggestions,
      today: toIsoDate(readNow()),
      newId: () => crypto.randomUUID(),
    });
    if (!result.ok) {
      report(result.problems);
      return;
    }
    report([]);
    const saved = await save(() =>
      stored
        ? program.vault.update(stored.item, result.plan)
        : program.vault.create(ITEM_TYPES.changePlan, result.plan),
    );
    if (saved) {
      setDraft(EMPTY_ACTION);
      setOpen(false);
      program.setNotice('Action added to your change plan.');
    }
  };

  if (!open) {
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        Add an action
      </button>
    );
  }

  const choices = [
    ...suggestions.map((s, index) => ({
      value: String(index),
      label: s.text,
      description: `Suggested: ${FREQUENCY_LABELS[s.frequency].toLowerCase()}`,
    })),
    { value: 'own', label: 'An action in my own words' },
  ];

  return (
    <form onSubmit={submit} noValidate className="form plan__form" aria-labelledby={`${id}-form-title`}>
      <h5 id={`${id}-form-title`} className="plan__form-title">
        Add an action
      </h5>
      <ErrorSummary problems={summary} />
      <ChoiceGroup
        id={fieldId('source')}
        legend="What will you do?"
        hint="Concrete and doable beats big and vague."
        choices={choices}
        value={draft.source || undefined}
        onChange={(source) => setDraft((d) => ({ ...d, source }))}
        error={errorFor('source')}
      />
      {draft.source === 'own' ? (
        <InputField
          id={fieldId('ownText')}
          label="The action, in your words"
          value={draft.ownText}
          onChange={(ownText) => setDraft((d) => ({ ...d, ownText }))}
          error={errorFor('ownText')}
          maxLength={2000}
        />
      ) : null}
      <div className={`field${errorFor('frequency') ? ' field--invalid' : ''}`}>
        <label htmlFor={fieldId('frequency')} className="field__label">
          How often?
        </label>
        <p id={`${fieldId('frequency')}-hint`} className="field__hint">
          Leave it on “As suggested” to keep the suggested rhythm.
        </p>
        <select
          id={fieldId('frequency')}
          className="field__input"
          value={draft.frequency}
          aria-invalid={errorFor('frequency') ? true : undefined}
          aria-describedby={[
            `${fieldId('frequency')}-hint`,
            errorFor('frequency') ? `${fieldId('frequency')}-error` : '',
          ]
            .filter(Boolean)
            .join(' ')}
          onChange={(event) =>
            setDraft((d) => ({ ...d, frequency: event.target.value as ActionDraft['frequency'] }))
          }
        >
          <option value="">{draft.source === 'own' ? 'Choose how often' : 'As suggested'}</option>
          {FREQUENCIES.map((frequency) => (
            <option key={frequency} value={frequency}>
              {FREQUENCY_LABELS[frequency]}
            </option>
          ))}
        </select>
        <FieldError id={`${fieldId('frequency')}-error`} message={errorFor('frequency')} />
      </div>
      <div role="alert" className={error ? 'form-alert' : 'form-alert form-alert--empty'}>
        {error ? <p>{error}</p> : null}
      </div>
      <div className="program-actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          Add to plan
        </button>
        {plan && plan.actions.length > 0 ? (
          <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
