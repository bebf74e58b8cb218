// Everything the program's rules read, gathered from decrypted items. The rules take this plain shape
// rather than items so tests and the CLI can build it directly; `programInputFromItems` is the bridge.
import { parseBehaviour, type Behaviour } from './behaviour';
import { parseChangePlan, type ChangePlan } from './change-plan';
import type { InvalidValueError } from './decode';
import { instantOf } from './dates';
import { ITEM_TYPES, type Item } from './item';
import { parseMotivesCheck, type MotivesCheck } from './motives-check';
import { parseNoContact, type NoContact } from './no-contact';
import { parseOnboarding, type Onboarding } from './onboarding';
import { parseSignal, type Signal } from './signal';

/** A behaviour with the id of its item, so change plans can point to it. */
export interface IdentifiedBehaviour {
  readonly id: string;
  readonly value: Behaviour;
}

/** An item that could not be read, and why. */
export interface ItemProblem {
  readonly itemId: string;
  readonly type: string;
  readonly error: InvalidValueError;
}

/** The inputs of the outreach rules and the step overview. */
export interface ProgramInput {
  readonly onboarding?: Onboarding;
  readonly motives?: MotivesCheck;
  readonly behaviours: readonly IdentifiedBehaviour[];
  readonly changePlans: readonly ChangePlan[];
  readonly noContact?: NoContact;
  readonly signals: readonly Signal[];
  /**
   * Items of these types that could not be read. A signal or onboarding answer we cannot read might be
   * a stop or a risk, so the rules refuse to say "open" while any is listed.
   */
  readonly unreadable?: readonly ItemProblem[];
}

/** Sorts decrypted items into a ProgramInput, skipping other item types and listing unreadable ones. */
export function programInputFromItems(items: readonly Item[]): ProgramInput {
  const problems: ItemProblem[] = [];
  const behaviours: IdentifiedBehaviour[] = [];
  const changePlans: ChangePlan[] = [];
  const signals: Signal[] = [];
  let onboarding: Onboarding | undefined;
  let motives: MotivesCheck | undefined;
  let noContact: { value: NoContact; createdAt: string } | undefined;

  const read = <T>(item: Item, result: { ok: true; value: T } | { ok: false; error: InvalidValueError }) => {
    if (result.ok) return result.value;
    problems.push({ itemId: item.id, type: item.type, error: result.error });
    return undefined;
  };

  for (const item of items) {
    switch (item.type) {
      case ITEM_TYPES.onboarding: {
        const value = read(item, parseOnboarding(item.value));
        // There should be one such item; if two exist (e.g. after an import), keep every answer set.
        if (value) onboarding = { answers: [...(onboarding?.answers ?? []), ...value.answers] };
        break;
      }
      case ITEM_TYPES.motivesCheck: {
        const value = read(item, parseMotivesCheck(item.value));
        if (value) motives = { attempts: [...(motives?.attempts ?? []), ...value.attempts] };
        break;
      }
      case ITEM_TYPES.behaviour: {
        const value = read(item, parseBehaviour(item.value));
        if (value) behaviours.push({ id: item.id, value });
        break;
      }
      case ITEM_TYPES.changePlan: {
        const value = read(item, parseChangePlan(item.value));
        if (value) changePlans.push(value);
        break;
      }
      case ITEM_TYPES.noContact: {
        const value = read(item, parseNoContact(item.value));
        // A restarted period is a new item; the newest one is the period in force.
        if (value && (!noContact || instantOf(item.createdAt) >= instantOf(noContact.createdAt)))
          noContact = { value, createdAt: item.createdAt };
        break;
      }
      case ITEM_TYPES.signal: {
        const value = read(item, parseSignal(item.value));
        if (value) signals.push(value);
        break;
      }
      default:
        break;
    }
  }

  return {
    ...(onboarding ? { onboarding } : {}),
    ...(motives ? { motives } : {}),
    behaviours,
    changePlans,
    ...(noContact ? { noContact: noContact.value } : {}),
    signals,
    ...(problems.length > 0 ? { unreadable: problems } : {}),
  };
}
