// Step 2, "space": the no-contact period with its counter, and the log of signals from them. Signals
// are never deleted: a correction is a new signal, so the history the rules read is what happened.
import {
  DEFAULT_NO_CONTACT_DAYS,
  ITEM_TYPES,
  noContactCounter,
  promptsFor,
  SIGNAL_KIND_INFO,
  SIGNAL_KINDS,
  sortSignals,
  toIsoDate,
  type Signal,
  type SignalGroup,
  type SignalKind,
} from '@amends/core';
import { useState, type FormEvent } from 'react';
import { Notice } from '../components/form-alert';
import { PageHeading } from '../components/page-heading';
import { readNow } from './clock';
import { PROGRAM_PATHS } from './paths';
import { ErrorSummary } from './parts/error-summary';
import { useFieldProblems } from './parts/use-field-problems';
import { InputField } from './parts/input-field';
import { MovingForwardPanel } from './parts/moving-forward-panel';
import { OutreachPanel } from './parts/outreach-panel';
import { ProgressBar } from './parts/progress-bar';
import { PromptList } from './parts/prompt-list';
import { SafetyPanel } from './parts/safety-panel';
import { TextAreaField } from './parts/text-area-field';
import { TextLink } from '../components/text-link';
import { useProgram, useSave } from './program-context';
import {
  checkNoContact,
  checkSignal,
  type NoContactDraft,
  type NoContactField,
  type SignalDraft,
  type SignalField,
} from './space-form';
import { days, formatDate } from './words';
import { FieldError } from '../components/field-error';

const GROUPS: readonly { group: SignalGroup; title: string }[] = [
  { group: 'stop', title: 'Stop: they asked for distance' },
  { group: 'wait', title: 'Wait: they need time' },
  { group: 'open', title: 'Open: they reached toward you' },
  { group: 'slip', title: 'Your own contact' },
];

const GROUP_WORDS: Readonly<Record<SignalGroup, string>> = {
  stop: 'Stop',
  wait: 'Wait',
  open: 'Open',
  slip: 'Slip',
};

export default function SpaceScreen() {
  const program = useProgram();
  const { plan } = program;
  return (
    <div className="screen program">
      <PageHeading title="Step 2: space">
        <span className="program-step-number">Step 2</span> Give them space
      </PageHeading>
      <Notice message={program.notice} />
      <OutreachPanel outreach={plan.outreach} mode={plan.mode} />
      {plan.mode === 'safety' ? <SafetyPanel /> : null}
      {plan.mode === 'moving-forward' ? <MovingForwardPanel /> : null}
      <p className="lead">
        Space is something you give them, not a tactic. Set a no-contact period, and record what they say or
        do. Their signals decide what the program allows: a stop means stop.
      </p>
      <NoContactSection />
      <SignalSection />
      <SignalHistory signals={program.input.signals} />
      <PromptList context="step-2" title="Something to reflect on while you wait" />
      {plan.needsOnboarding ? (
        <p>
          Not done yet: <TextLink to={PROGRAM_PATHS.onboarding}>the questions before you begin</TextLink>.
        </p>
      ) : null}
    </div>
  );
}

function NoContactSection() {
  const program = useProgram();
  const period = program.input.noContact;
  const counter = period ? noContactCounter(period, program.now) : undefined;
  const [editing, setEditing] = useState(false);

  return (
    <section aria-labelledby="no-contact-title" className="panel">
      <h2 id="no-contact-title">Your no-contact period</h2>
      {counter ? (
        <>
          <p className="counter">
            {counter.started ? (
              <>
                <span className="counter__number">Day {counter.daysElapsed}</span>{' '}
                {counter.lengthDays > 0 ? <>of {counter.lengthDays}</> : null}
              </>
            ) : (
              <span className="counter__number">Starts {formatDate(counter.startedOn)}</span>
            )}
          </p>
          <p>
            {counter.finished
              ? counter.lengthDays === 0
                ? `You chose no waiting period, from ${formatDate(counter.startedOn)}.`
                : `Finished on ${formatDate(counter.endsOn)}. You gave them ${days(counter.lengthDays)} of space, from ${formatDate(counter.startedOn)}.`
              : `Started ${formatDate(counter.startedOn)}. It runs until ${formatDate(counter.endsOn)}: ${days(counter.daysRemaining)} left.`}
          </p>
          {counter.lengthDays > 0 ? (
            <ProgressBar
              label="No-contact period"
              ratio={Math.min(counter.daysElapsed, counter.lengthDays) / counter.lengthDays}
              text={`${days(Math.min(counter.daysElapsed, counter.lengthDays))} of ${days(counter.lengthDays)}`}
            />
          ) : null}
          {editing ? (
            <NoContactForm onDone={() => setEditing(false)} restart />
          ) : (
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              Start a new period
            </button>
          )}
        </>
      ) : (
        <>
          <p>
            A period of no contact gives them room, and gives you time for your own work. Thirty days is a
            common start; choose what fits, and lengthen it if they asked for more.
          </p>
          <NoContactForm />
        </>
      )}
    </section>
  );
}

function NoContactForm({ onDone, restart }: { onDone?: () => void; restart?: boolean }) {
  const program = useProgram();
  const [draft, setDraft] = useState<NoContactDraft>(() => ({
    startedOn: toIsoDate(program.now),
    lengthDays: String(DEFAULT_NO_CONTACT_DAYS),
  }));
  const { busy, error, save } = useSave();
  const fieldId = (field: NoContactField) => `no-contact-${field}`;
  const { errorFor, summary, report } = useFieldProblems<NoContactField>(fieldId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkNoContact(draft);
    if (!checked.ok) {
      report(checked.problems);
      return;
    }
    report([]);
    // A restart is a new item: the old period stays in the record, the newest is in force.
    const saved = await save(() => program.vault.create(ITEM_TYPES.noContact, checked.value));
    if (saved) {
      program.setNotice(
        restart ? 'A new no-contact period has started.' : 'Your no-contact period has started.',
      );
      onDone?.();
    }
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="form"
      aria-label={restart ? 'Start a new period' : 'Start your period'}
    >
      <ErrorSummary problems={summary} />
      <div className="program-row">
        <InputField
          id={fieldId('startedOn')}
          type="date"
          label="First day of no contact"
          value={draft.startedOn}
          onChange={(startedOn) => setDraft((d) => ({ ...d, startedOn }))}
          error={errorFor('startedOn')}
        />
        <InputField
          id={fieldId('lengthDays')}
          type="number"
          inputMode="numeric"
          min={0}
          max={365}
          label="Length in days"
          hint="From 0 to 365."
          value={draft.lengthDays}
          onChange={(lengthDays) => setDraft((d) => ({ ...d, lengthDays }))}
          error={errorFor('lengthDays')}
        />
      </div>
      <div role="alert" className={error ? 'form-alert' : 'form-alert form-alert--empty'}>
        {error ? <p>{error}</p> : null}
      </div>
      <div className="program-actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {restart ? 'Start the new period' : 'Start the period'}
        </button>
        {onDone ? (
          <button type="button" className="button button--quiet" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function SignalSection() {
  const program = useProgram();
  const [draft, setDraft] = useState<SignalDraft>(() => ({
    date: toIsoDate(program.now),
    until: '',
    note: '',
  }));
  const [slipLogged, setSlipLogged] = useState(false);
  const { busy, error, save } = useSave();
  const fieldId = (field: SignalField) => `signal-${field}`;
  const { errorFor, summary, report } = useFieldProblems<SignalField>(fieldId);
  const info = draft.kind ? SIGNAL_KIND_INFO[draft.kind] : undefined;
  const slipPrompts = promptsFor('after-slip');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkSignal(draft, readNow());
    if (!checked.ok) {
      report(checked.problems);
      return;
    }
    report([]);
    const saved = await save(() => program.vault.create(ITEM_TYPES.signal, checked.signal));
    if (!saved) return;
    const kind = checked.signal.kind;
    setSlipLogged(kind === 'slip');
    program.setNotice(noticeFor(kind));
    setDraft({ date: toIsoDate(readNow()), until: '', note: '' });
    window.scrollTo({ top: 0 });
  };

  const kindError = errorFor('kind');
  return (
    <section aria-labelledby="signal-title" className="panel">
      <h2 id="signal-title">Record a signal</h2>
      <p className="panel__lead">
        Record what they said or did, and any contact you made yourself. Nothing here is ever deleted; if you
        recorded something wrongly, record what is true as a new signal.
      </p>
      {slipLogged ? (
        <div className="slip-note">
          <p>
            Thank you for being honest. A slip happens to many people; it does not undo your work, and it
            changes nothing about what the program allows. If you want to, you can start a new no-contact
            period above.
          </p>
          <ul>
            {slipPrompts.map((prompt) => (
              <li key={prompt.id}>{prompt.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="form program-form" aria-labelledby="signal-title">
        <ErrorSummary problems={summary} />
        <fieldset
          id={fieldId('kind')}
          tabIndex={-1}
          className={`choice-group signal-kinds${kindError ? ' choice-group--invalid' : ''}`}
          aria-describedby={kindError ? `${fieldId('kind')}-error` : undefined}
        >
          <legend className="choice-group__legend">What happened?</legend>
          <FieldError id={`${fieldId('kind')}-error`} message={kindError} />
          {GROUPS.map(({ group, title }) => (
            <fieldset key={group} className={`signal-group signal-group--${group}`}>
              <legend className="signal-group__legend">{title}</legend>
              {SIGNAL_KINDS.filter((kind) => SIGNAL_KIND_INFO[kind].group === group).map((kind) => {
                const optionId = `signal-kind-${kind}`;
                return (
                  <div key={kind} className="choice">
                    <input
                      id={optionId}
                      type="radio"
                      name="signal-kind"
                      value={kind}
                      checked={draft.kind === kind}
                      onChange={() => setDraft((d) => ({ ...d, kind }))}
                      aria-describedby={`${optionId}-desc`}
                    />
                    <label htmlFor={optionId}>
                      <span className="choice__label">{SIGNAL_KIND_INFO[kind].label}</span>
                      <span id={`${optionId}-desc`} className="choice__description">
                        {SIGNAL_KIND_INFO[kind].description}
                      </span>
                    </label>
                  </div>
                );
              })}
            </fieldset>
          ))}
        </fieldset>
        <div className="program-row">
          <InputField
            id={fieldId('date')}
            type="date"
            label="When did it happen?"
            value={draft.date}
            max={toIsoDate(program.now)}
            onChange={(date) => setDraft((d) => ({ ...d, date }))}
            error={errorFor('date')}
          />
          {info?.takesUntil ? (
            <InputField
              id={fieldId('until')}
              type="date"
              label="Wait until (optional)"
              hint="The date they gave, if any. Leave it empty and the program waits 30 days."
              value={draft.until}
              min={draft.date}
              onChange={(until) => setDraft((d) => ({ ...d, until }))}
              error={errorFor('until')}
            />
          ) : null}
        </div>
        <TextAreaField
          id={fieldId('note')}
          label="Note"
          hint={
            draft.kind === 'slip'
              ? slipPrompts.map((p) => p.text).join(' ')
              : 'What they said or did, in their words if you can. Only you can read this.'
          }
          value={draft.note}
          onChange={(note) => setDraft((d) => ({ ...d, note }))}
          error={errorFor('note')}
          rows={3}
          maxLength={5000}
        />
        {info?.group === 'stop' ? (
          <p className="signal-stop-note">
            Recording this closes outreach. It is the right thing to do: their no is an answer, and the
            program will help you honour it.
          </p>
        ) : null}
        <div role="alert" className={error ? 'form-alert' : 'form-alert form-alert--empty'}>
          {error ? <p>{error}</p> : null}
        </div>
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          Record this signal
        </button>
      </form>
    </section>
  );
}

function noticeFor(kind: SignalKind): string {
  switch (SIGNAL_KIND_INFO[kind].group) {
    case 'stop':
      return 'Recorded. Outreach is now closed. That is hard, and respecting it is the right thing to do.';
    case 'wait':
      return 'Recorded. The program will wait as long as they need, until the date shown.';
    case 'open':
      return 'Recorded. Take it slowly and stay kind; what they said is not a promise of anything more.';
    case 'slip':
      return 'Your slip is logged. Honesty with yourself is part of the work.';
  }
}

function SignalHistory({ signals }: { signals: readonly Signal[] }) {
  const newestFirst = sortSignals(signals).reverse();
  return (
    <section aria-labelledby="signal-history-title" className="panel">
      <h2 id="signal-history-title">Signal history</h2>
      {newestFirst.length === 0 ? (
        <p>No signals yet.</p>
      ) : (
        <ol className="history" reversed>
          {newestFirst.map((signal, index) => {
            const info = SIGNAL_KIND_INFO[signal.kind];
            return (
              <li
                key={`${signal.at}-${signal.kind}-${index}`}
                className={`history__item signal signal--${info.group}`}
              >
                <p className="history__date">
                  {formatDate(signal.at)}{' '}
                  <span className={`tag tag--${info.group}`}>{GROUP_WORDS[info.group]}</span>
                </p>
                <p className="signal__label">{info.label}</p>
                {signal.until ? <p>Wait until {formatDate(signal.until)}.</p> : null}
                {signal.note ? <p className="signal__note">{signal.note}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
