// The behaviour and change-plan forms' checks, apart from the screen so they can be tested.
import {
  catalogueBehaviour,
  FREQUENCIES,
  parseBehaviour,
  parseChangePlan,
  type Behaviour,
  type ChangeAction,
  type ChangePlan,
  type Frequency,
} from '@amends/core';

/** The behaviour form: a catalogue id or 'own', and the user's words. */
export interface BehaviourDraft {
  readonly source: string;
  readonly ownTitle: string;
  readonly whatHappened: string;
  readonly impactOnThem: string;
}

export type BehaviourField = keyof BehaviourDraft;

export const EMPTY_BEHAVIOUR: BehaviourDraft = {
  source: '',
  ownTitle: '',
  whatHappened: '',
  impactOnThem: '',
};

/** Checks the behaviour form, e.g. `checkBehaviour(draft).ok`. */
export function checkBehaviour(
  draft: BehaviourDraft,
):
  { ok: true; behaviour: Behaviour } | { ok: false; problems: { field: BehaviourField; message: string }[] } {
  const problems: { field: BehaviourField; message: string }[] = [];
  if (draft.source === '')
    problems.push({ field: 'source', message: 'Choose a behaviour, or name your own.' });
  else if (draft.source === 'own' && draft.ownTitle.trim() === '')
    problems.push({ field: 'ownTitle', message: 'Name the behaviour in your own words.' });
  else if (draft.source !== 'own' && !catalogueBehaviour(draft.source))
    problems.push({ field: 'source', message: 'Choose a behaviour from the list, or name your own.' });
  if (draft.whatHappened.trim() === '')
    problems.push({ field: 'whatHappened', message: 'Write what happened, even in a sentence or two.' });
  if (draft.impactOnThem.trim() === '')
    problems.push({
      field: 'impactOnThem',
      message: 'Write how it affected them, as they might describe it.',
    });
  if (problems.length > 0) return { ok: false, problems };

  const parsed = parseBehaviour({
    ...(draft.source === 'own' ? { customTitle: draft.ownTitle.trim() } : { catalogueId: draft.source }),
    whatHappened: draft.whatHappened,
    impactOnThem: draft.impactOnThem,
  });
  if (!parsed.ok) return { ok: false, problems: [{ field: 'source', message: parsed.error.message }] };
  return { ok: true, behaviour: parsed.value };
}

/** The add-an-action form: a suggestion's index, or 'own' with the user's words. */
export interface ActionDraft {
  readonly source: string;
  readonly ownText: string;
  readonly frequency: Frequency | '';
}

export type ActionField = keyof ActionDraft;

export const EMPTY_ACTION: ActionDraft = { source: '', ownText: '', frequency: '' };

/**
 * Checks the add-an-action form and adds the action to the plan (a new plan when there is none).
 * `suggestions` are the catalogue's actions for this behaviour; `newId` makes the action's id.
 */
export function addActionFromDraft(
  draft: ActionDraft,
  context: {
    behaviourId: string;
    plan: ChangePlan | undefined;
    suggestions: readonly { text: string; frequency: Frequency }[];
    today: string;
    newId: () => string;
  },
): { ok: true; plan: ChangePlan } | { ok: false; problems: { field: ActionField; message: string }[] } {
  const problems: { field: ActionField; message: string }[] = [];
  const suggestion = draft.source === 'own' ? undefined : context.suggestions[Number(draft.source)];
  if (draft.source === '')
    problems.push({ field: 'source', message: 'Choose an action, or write your own.' });
  else if (draft.source === 'own' && draft.ownText.trim() === '')
    problems.push({ field: 'ownText', message: 'Write the action: something concrete you will do.' });
  else if (draft.source !== 'own' && !suggestion)
    problems.push({ field: 'source', message: 'Choose an action from the list, or write your own.' });
  const frequency = draft.frequency || suggestion?.frequency;
  if (!frequency || !FREQUENCIES.includes(frequency))
    problems.push({ field: 'frequency', message: 'Choose how often you will do it.' });
  if (problems.length > 0 || !frequency) return { ok: false, problems };

  const text = suggestion ? suggestion.text : draft.ownText.trim();
  if (context.plan?.actions.some((action) => action.text === text))
    return { ok: false, problems: [{ field: 'source', message: 'That action is already in this plan.' }] };
  const action: ChangeAction = { id: context.newId(), text, frequency, startedOn: context.today, ticks: [] };
  const parsed = parseChangePlan({
    behaviourId: context.behaviourId,
    actions: [...(context.plan?.actions ?? []), action],
  });
  if (!parsed.ok) return { ok: false, problems: [{ field: 'ownText', message: parsed.error.message }] };
  return { ok: true, plan: parsed.value };
}
