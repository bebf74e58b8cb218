// One behaviour in the user's inventory: either a catalogue entry or their own words, always with what
// happened and how it affected the other person, because the apology in step 3 is built from those.
import { catalogueBehaviour } from './behaviour-catalogue';
import { decodeWith, object, refine, text, type InvalidValueError } from './decode';
import type { Result } from './result';

/** The decrypted value of a 'behaviour' item. Exactly one of `catalogueId` and `customTitle` is set. */
export interface Behaviour {
  readonly catalogueId?: string;
  readonly customTitle?: string;
  readonly whatHappened: string;
  readonly impactOnThem: string;
}

const behaviourDecoder = refine(
  object(
    { whatHappened: text({ min: 1, max: 20_000 }), impactOnThem: text({ min: 1, max: 20_000 }) },
    { catalogueId: text({ min: 1, max: 100 }), customTitle: text({ min: 1, max: 200 }) },
  ),
  (behaviour, path) => {
    const { catalogueId, customTitle } = behaviour;
    if ((catalogueId === undefined) === (customTitle === undefined))
      return { path, message: 'needs either a catalogue behaviour or a title of your own, not both' };
    if (catalogueId !== undefined && !catalogueBehaviour(catalogueId))
      return { path: `${path}.catalogueId`, message: `"${catalogueId}" is not in the behaviour catalogue` };
    return undefined;
  },
);

/** Checks a decrypted 'behaviour' value. */
export function parseBehaviour(input: unknown): Result<Behaviour, InvalidValueError> {
  return decodeWith(behaviourDecoder, 'behaviour', input);
}

/** The title to show, e.g. 'Poor communication' or the user's own words. */
export function behaviourTitle(behaviour: Behaviour): string {
  if (behaviour.customTitle !== undefined) return behaviour.customTitle;
  return catalogueBehaviour(behaviour.catalogueId ?? '')?.title ?? behaviour.catalogueId ?? '';
}
