// Step 1's motives check: rate each statement, see the result in plain words, retake it any time.
// Every attempt is kept, so the history shows how the answers moved.
import {
  addMotivesAttempt,
  ITEM_TYPES,
  latestMotivesAttempt,
  MOTIVES_QUESTIONS,
  scoreMotives,
  type MotivesAttempt,
  type Rating,
} from '@amends/core';
import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import { Notice } from '../components/form-alert';
import { PageHeading } from '../components/page-heading';
import { TextLink } from '../components/text-link';
import { readNow } from './clock';
import { checkMotives, meanWords, RATING_CHOICES, type MotivesDraft } from './motives-form';
import { PROGRAM_PATHS } from './paths';
import { ChoiceGroup } from './parts/choice-group';
import { ErrorSummary, focusField } from './parts/error-summary';
import { motivesItem } from './program-items';
import { useProgram, useSave } from './program-context';
import { formatDate } from './words';

const questionId = (id: string) => `motives-${id}`;
const RATING_OPTIONS = RATING_CHOICES.map((c) => ({ value: String(c.value) as `${Rating}`, label: c.label }));

export default function MotivesScreen() {
  const program = useProgram();
  const stored = motivesItem(program.items);
  const latest = program.input.motives ? latestMotivesAttempt(program.input.motives) : undefined;
  const [taking, setTaking] = useState(!latest);
  const [draft, setDraft] = useState<MotivesDraft>({});
  const [missing, setMissing] = useState<string[]>([]);
  const { busy, error, save } = useSave();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [focusResult, setFocusResult] = useState(false);

  useEffect(() => {
    if (focusResult && !taking) {
      resultRef.current?.focus();
      setFocusResult(false);
    }
  }, [focusResult, taking]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkMotives(draft, readNow());
    if (!checked.ok) {
      setMissing(checked.missing);
      const first = checked.missing[0];
      if (first) focusField(questionId(first));
      return;
    }
    setMissing([]);
    const saved = await save(() =>
      stored
        ? program.vault.update(stored.item, addMotivesAttempt(stored.value, checked.attempt))
        : program.vault.create(ITEM_TYPES.motivesCheck, addMotivesAttempt(undefined, checked.attempt)),
    );
    if (saved) {
      setTaking(false);
      setDraft({});
      setFocusResult(true);
    }
  };

  return (
    <div className="screen program">
      <PageHeading title="Motives check">The motives check</PageHeading>
      <Notice message={program.notice} />
      <p className="lead">
        Why do you want another chance? Growth and a wish to change are good reasons. Loneliness, missing a
        familiar life or remembering only the good times are real feelings, but on their own they are not a
        reason to ask. This check helps you see which reasons are doing the driving.
      </p>

      {!taking && latest ? (
        <>
          <MotivesResult attempt={latest} headingRef={resultRef} />
          <p className="program-actions">
            <button type="button" className="button" onClick={() => setTaking(true)}>
              Take the check again
            </button>
            <TextLink to={PROGRAM_PATHS.why}>Back to step 1</TextLink>
          </p>
        </>
      ) : (
        <form onSubmit={submit} noValidate className="form program-form">
          <p>
            Rate each statement from 1 (not true of me) to 5 (very true of me). There are no right answers;
            honest ones help you most. Nobody else will see them.
          </p>
          <ErrorSummary
            title={`Please rate ${missing.length === 1 ? 'this statement' : `these ${missing.length} statements`}:`}
            problems={missing.map((id) => ({
              target: questionId(id),
              message: MOTIVES_QUESTIONS.find((q) => q.id === id)?.statement ?? id,
            }))}
          />
          <ol className="motives">
            {MOTIVES_QUESTIONS.map((question, index) => (
              <li key={question.id} className="motives__item">
                <ChoiceGroup
                  id={questionId(question.id)}
                  legend={
                    <>
                      <span className="motives__number">{index + 1}. </span>
                      {question.statement}
                    </>
                  }
                  choices={RATING_OPTIONS}
                  value={
                    draft[question.id] === undefined ? undefined : (String(draft[question.id]) as `${Rating}`)
                  }
                  onChange={(value) => setDraft((d) => ({ ...d, [question.id]: Number(value) as Rating }))}
                  error={missing.includes(question.id) ? 'Choose a rating for this statement.' : undefined}
                  inline
                />
              </li>
            ))}
          </ol>
          <div role="alert" className={error ? 'form-alert' : 'form-alert form-alert--empty'}>
            {error ? <p>{error}</p> : null}
          </div>
          <div className="program-actions">
            <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
              See my result
            </button>
            {latest ? (
              <button type="button" className="button button--quiet" onClick={() => setTaking(false)}>
                Cancel
              </button>
            ) : null}
          </div>
        </form>
      )}

      {program.input.motives && program.input.motives.attempts.length > 0 ? (
        <MotivesHistory attempts={program.input.motives.attempts} />
      ) : null}
    </div>
  );
}

/** The latest result in plain words, with the numbers behind it. */
export function MotivesResult({
  attempt,
  headingRef,
  headingLevel = 2,
}: {
  attempt: MotivesAttempt;
  headingRef?: Ref<HTMLHeadingElement>;
  headingLevel?: 2 | 3;
}) {
  const score = scoreMotives(attempt);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby="motives-result-title"
      className={`panel motives-result motives-result--${score.result}`}
    >
      <Heading id="motives-result-title" ref={headingRef} tabIndex={-1}>
        Your result: {score.headline}
      </Heading>
      <p>{score.explanation}</p>
      <p className="motives-result__numbers">
        Growth and commitment: {meanWords(score.growth)}. Loneliness, comfort and the past:{' '}
        {meanWords(score.pull)}. Taken {formatDate(attempt.takenAt)}.
      </p>
      {score.result === 'not-now' ? (
        <p>
          Working on yourself first is not a detour. Name your behaviours and start a change plan in{' '}
          <TextLink to={PROGRAM_PATHS.why}>step 1</TextLink>; it helps you whatever happens with them.
        </p>
      ) : null}
    </section>
  );
}

function MotivesHistory({ attempts }: { attempts: readonly MotivesAttempt[] }) {
  const newestFirst = [...attempts].reverse();
  return (
    <section aria-labelledby="motives-history-title" className="panel">
      <h2 id="motives-history-title">Your earlier results</h2>
      <ol className="history" reversed>
        {newestFirst.map((attempt, index) => {
          const score = scoreMotives(attempt);
          return (
            <li key={`${attempt.takenAt}-${index}`} className="history__item">
              <p className="history__date">{formatDate(attempt.takenAt)}</p>
              <p>
                {score.headline}. Growth {meanWords(score.growth)}; loneliness, comfort and the past{' '}
                {meanWords(score.pull)}.
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
