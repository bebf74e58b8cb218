// Finds the stored items behind the program's values, so a screen can write a new version of the
// right one. The rules read ProgramInput; writes need the item (its id and version) as well.
import {
  ITEM_TYPES,
  parseChangePlan,
  parseMotivesCheck,
  parseOnboarding,
  programInputFromItems,
  programPlan,
  type ChangePlan,
  type Item,
  type MotivesCheck,
  type Onboarding,
  type ProgramInput,
  type ProgramPlan,
} from '@amends/core';

/** What every program screen reads: the items, the rules' input and the plan as of `now`. */
export interface ProgramView {
  readonly items: readonly Item[];
  readonly input: ProgramInput;
  readonly plan: ProgramPlan;
}

/** Builds the view from decrypted items, e.g. `programView(items, now).plan.outreach.state`. */
export function programView(items: readonly Item[], now: Date): ProgramView {
  const input = programInputFromItems(items);
  return { items, input, plan: programPlan(input, now) };
}

/** An item with its parsed value. */
export interface Stored<T> {
  readonly item: Item;
  readonly value: T;
}

function oldestReadable<T>(
  items: readonly Item[],
  type: string,
  parse: (value: unknown) => { ok: true; value: T } | { ok: false },
): Stored<T> | undefined {
  // The oldest readable item is the one to extend; programInputFromItems merges any others anyway.
  for (const item of [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (item.type !== type) continue;
    const parsed = parse(item.value);
    if (parsed.ok) return { item, value: parsed.value };
  }
  return undefined;
}

/** The onboarding item to add a corrected answer set to, if there is one. */
export function onboardingItem(items: readonly Item[]): Stored<Onboarding> | undefined {
  return oldestReadable(items, ITEM_TYPES.onboarding, parseOnboarding);
}

/** The motives-check item to add a retake to, if there is one. */
export function motivesItem(items: readonly Item[]): Stored<MotivesCheck> | undefined {
  return oldestReadable(items, ITEM_TYPES.motivesCheck, parseMotivesCheck);
}

/** The change plan for one behaviour, if it has one. */
export function changePlanItem(items: readonly Item[], behaviourId: string): Stored<ChangePlan> | undefined {
  for (const item of items) {
    if (item.type !== ITEM_TYPES.changePlan) continue;
    const parsed = parseChangePlan(item.value);
    if (parsed.ok && parsed.value.behaviourId === behaviourId) return { item, value: parsed.value };
  }
  return undefined;
}
