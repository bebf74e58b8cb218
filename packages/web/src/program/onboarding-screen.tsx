// Onboarding: the relationship, how it ended, and the safety screen. Answers are never overwritten:
// a correction adds a new answer set, and the history shows every set with its date.
import {
  correctOnboarding,
  ENDING_CHOICES,
  ITEM_TYPES,
  latestOnboardingAnswers,
  promptsFor,
  RELATIONSHIP_KINDS,
  safetyScreen,
  SCREEN_QUESTIONS,
  startOnboarding,
  type OnboardingAnswers,
} from '@amends/core';
import { useState, type FormEvent } from 'react';
import { Notice } from '../components/form-alert';
import { PageHeading } from '../components/page-heading';
import { TextLink } from '../components/text-link';
import { navigate } from '../router';
import { readNow } from './clock';
import { checkOnboarding, draftFrom, type OnboardingDraft, type OnboardingField } from './onboarding-form';
import { PROGRAM_PATHS } from './paths';
import { ChoiceGroup } from './parts/choice-group';
import { ErrorSummary } from './parts/error-summary';
import { useFieldProblems } from './parts/use-field-problems';
import { InputField } from './parts/input-field';
import { OutreachPanel } from './parts/outreach-panel';
import { PromptList } from './parts/prompt-list';
import { SafetyPanel } from './parts/safety-panel';
import { TextAreaField } from './parts/text-area-field';
import { onboardingItem } from './program-items';
import { useProgram, useSave } from './program-context';
import { ENDING_WORDS, formatDate, RELATIONSHIP_WORDS, SCREEN_WORDS, type ScreenChoice } from './words';

const fieldId = (field: OnboardingField) => `onboarding-${field}`;
const [WHAT_HAPPENED] = promptsFor('onboarding');

export default function OnboardingScreen() {
  const program = useProgram();
  const stored = onboardingItem(program.items);
  const current = stored ? latestOnboardingAnswers(stored.value) : undefined;
  const [draft, setDraft] = useState<OnboardingDraft>(() => draftFrom(current));
  const { busy, error, save } = useSave();
  const risk = program.plan.mode === 'safety';

  const { errorFor, summary, report } = useFieldProblems<OnboardingField>(fieldId);
  const update = (change: Partial<OnboardingDraft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkOnboarding(draft, readNow());
    if (!checked.ok) {
      report(checked.problems);
      return;
    }
    report([]);
    const answers = checked.answers;
    const saved = await save(() =>
      stored
        ? program.vault.update(stored.item, correctOnboarding(stored.value, answers))
        : program.vault.create(ITEM_TYPES.onboarding, startOnboarding(answers)),
    );
    if (!saved) return;
    const nowRisky = safetyScreen(startOnboarding(answers)).risk;
    if (!stored && !nowRisky) {
      program.setNotice('Your answers are saved. Step 1 is next: an honest look at why.', PROGRAM_PATHS.why);
      navigate(PROGRAM_PATHS.why);
      return;
    }
    program.setNotice(
      stored
        ? 'Your corrected answers are saved. The earlier ones stay in the history below.'
        : 'Your answers are saved.',
    );
    window.scrollTo({ top: 0 });
  };

  return (
    <div className="screen program">
      <PageHeading title={stored ? 'Your answers' : 'Getting started'}>
        {stored ? 'About you and them' : 'Before you begin'}
      </PageHeading>
      <Notice message={program.notice} />
      {risk ? (
        <>
          <SafetyPanel />
          <OutreachPanel outreach={program.plan.outreach} mode={program.plan.mode} />
        </>
      ) : null}
      {stored && current ? (
        <p className="lead">
          These are the answers the program uses now, from {formatDate(current.answeredAt)}. If one of them is
          wrong, correct it below; your earlier answers are kept.
        </p>
      ) : (
        <p className="lead">
          A few questions about the relationship and how it ended, then four safety questions. Only you can
          read your answers: they are encrypted on this device.
        </p>
      )}

      <form onSubmit={submit} noValidate className="form program-form">
        <ErrorSummary problems={summary} />
        <section aria-labelledby="onboarding-relationship-title" className="panel">
          <h2 id="onboarding-relationship-title">The relationship</h2>
          <div className="form">
            <ChoiceGroup
              id={fieldId('relationship')}
              legend="What was the relationship?"
              choices={RELATIONSHIP_KINDS.map((kind) => ({ value: kind, label: RELATIONSHIP_WORDS[kind] }))}
              value={draft.relationship}
              onChange={(relationship) => update({ relationship })}
              error={errorFor('relationship')}
              inline
            />
            <InputField
              id={fieldId('endedOn')}
              type="date"
              label="When did it end?"
              hint="A rough date is fine."
              value={draft.endedOn}
              onChange={(endedOn) => update({ endedOn })}
              error={errorFor('endedOn')}
            />
            <ChoiceGroup
              id={fieldId('ending')}
              legend="How did it end?"
              choices={ENDING_CHOICES.map((choice) => ({ value: choice, label: ENDING_WORDS[choice] }))}
              value={draft.ending}
              onChange={(ending) => update({ ending })}
              error={errorFor('ending')}
            />
            <TextAreaField
              id={fieldId('endingText')}
              label={WHAT_HAPPENED?.text ?? 'In a few sentences, how did it end?'}
              hint={WHAT_HAPPENED?.hint}
              value={draft.endingText}
              onChange={(endingText) => update({ endingText })}
              error={errorFor('endingText')}
              maxLength={10_000}
            />
          </div>
        </section>

        <section aria-labelledby="onboarding-safety-title" className="panel">
          <h2 id="onboarding-safety-title">Safety questions</h2>
          <p className="panel__lead">
            Please answer honestly, about both of you. If any answer is yes, Amends will not guide you toward
            contact; it will point you to help and to work you can do on your own. That rule is the same for
            everyone.
          </p>
          <div className="form">
            {SCREEN_QUESTIONS.map((question) => {
              const words = SCREEN_WORDS[question];
              return (
                <ChoiceGroup<ScreenChoice>
                  key={question}
                  id={fieldId(`screen-${question}`)}
                  legend={words.question}
                  hint={words.hint}
                  choices={[
                    { value: 'no', label: 'No' },
                    { value: 'me', label: words.me },
                    { value: 'them', label: words.them },
                    { value: 'both', label: words.both },
                  ]}
                  value={draft.screen[question]}
                  onChange={(choice) => update({ screen: { ...draft.screen, [question]: choice } })}
                  error={errorFor(`screen-${question}`)}
                />
              );
            })}
          </div>
        </section>

        <div role="alert" className={error ? 'form-alert' : 'form-alert form-alert--empty'}>
          {error ? <p>{error}</p> : null}
        </div>
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {stored ? 'Save corrected answers' : 'Save my answers'}
        </button>
      </form>

      <PromptList context="onboarding" title="Questions to think with" />

      {stored ? <AnswerHistory answers={stored.value.answers} /> : null}
      {stored && !risk ? (
        <p>
          <TextLink to={PROGRAM_PATHS.why}>Go to step 1: why do you want another chance?</TextLink>
        </p>
      ) : null}
    </div>
  );
}

function AnswerHistory({ answers }: { answers: readonly OnboardingAnswers[] }) {
  const newestFirst = [...answers].reverse();
  return (
    <section aria-labelledby="onboarding-history-title" className="panel">
      <h2 id="onboarding-history-title">History of your answers</h2>
      <p className="panel__lead">
        Every set of answers you gave, newest first. The newest is the one in force.
      </p>
      <ol className="history" reversed>
        {newestFirst.map((set, index) => {
          const risk = safetyScreen({ answers: [set] }).risk;
          return (
            <li key={`${set.answeredAt}-${index}`} className="history__item">
              <p className="history__date">
                {formatDate(set.answeredAt)}
                {index === 0 ? <span className="badge">In force</span> : null}
              </p>
              <p>
                {RELATIONSHIP_WORDS[set.relationship]}, ended {formatDate(set.endedOn)}.{' '}
                {ENDING_WORDS[set.howItEnded.choice]}.
              </p>
              <p>{risk ? 'Safety questions: at least one yes.' : 'Safety questions: all no.'}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
