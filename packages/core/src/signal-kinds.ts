// The signal kinds are part of the product's contract: the CLI takes exactly these names and the
// outreach rules branch on their group, so labels and descriptions live here as data for every screen.
import { err, ok, type Result } from './result';

/** Every signal kind, in the order screens list them. */
export const SIGNAL_KINDS = [
  'asked-no-contact',
  'blocked',
  'moving-on',
  'asked-for-space',
  'life-change',
  'volatile',
  'reached-out',
  'open-to-talk',
  'slip',
] as const;

/** A signal kind name, as stored and as typed on the command line. */
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** What a kind means for outreach: stop closes, wait pauses, open reopens, slip is the user's own. */
export type SignalGroup = 'stop' | 'wait' | 'open' | 'slip';

/** Display text for one signal kind. */
export interface SignalKindInfo {
  readonly kind: SignalKind;
  readonly group: SignalGroup;
  readonly label: string;
  readonly description: string;
  /** Only wait signals carry an until-date. */
  readonly takesUntil: boolean;
}

/** Labels and descriptions for the web and the CLI, keyed by kind. */
export const SIGNAL_KIND_INFO: Readonly<Record<SignalKind, SignalKindInfo>> = {
  'asked-no-contact': {
    kind: 'asked-no-contact',
    group: 'stop',
    label: 'They asked for no contact',
    description:
      'They told you, in any words, not to contact them. Outreach closes. It reopens only if they reach out to you first.',
    takesUntil: false,
  },
  blocked: {
    kind: 'blocked',
    group: 'stop',
    label: 'They blocked you',
    description:
      'They blocked your number, account or messages. That is an answer in itself. Outreach closes until they reach out to you.',
    takesUntil: false,
  },
  'moving-on': {
    kind: 'moving-on',
    group: 'stop',
    label: 'They are moving on',
    description:
      'They are seeing someone new or have clearly moved on. Outreach closes, and the program turns to your own next chapter.',
    takesUntil: false,
  },
  'asked-for-space': {
    kind: 'asked-for-space',
    group: 'wait',
    label: 'They asked for space or time',
    description:
      'They asked for time. Honour it fully: set the date they gave, or leave it blank and the program waits 30 days.',
    takesUntil: true,
  },
  'life-change': {
    kind: 'life-change',
    group: 'wait',
    label: 'They are in a major life change',
    description:
      'A move, a loss, a new job, an illness. Give them room to get through it. Outreach pauses until the date you set.',
    takesUntil: true,
  },
  volatile: {
    kind: 'volatile',
    group: 'wait',
    label: 'They seem volatile or distracted',
    description:
      'They seem upset, stretched or not in a place to talk calmly. Outreach pauses until the date you set.',
    takesUntil: true,
  },
  'reached-out': {
    kind: 'reached-out',
    group: 'open',
    label: 'They reached out warmly',
    description:
      'They contacted you and the tone was warm. Record what they said, in their words if you can.',
    takesUntil: false,
  },
  'open-to-talk': {
    kind: 'open-to-talk',
    group: 'open',
    label: 'They said they are open to talk',
    description: 'They told you, or someone close passed on, that they are open to talking.',
    takesUntil: false,
  },
  slip: {
    kind: 'slip',
    group: 'slip',
    label: 'I made contact anyway',
    description:
      'You reached out during a time you meant to give space. Log it honestly: it stays in your history and does not change what the program allows.',
    takesUntil: false,
  },
};

/** The group a kind belongs to, e.g. `signalGroup('blocked')` → 'stop'. */
export function signalGroup(kind: SignalKind): SignalGroup {
  return SIGNAL_KIND_INFO[kind].group;
}

/** Why a typed kind was not accepted; `allowed` lists the valid names for a helpful message. */
export interface UnknownSignalKindError {
  readonly code: 'unknown-signal-kind';
  readonly message: string;
  readonly input: string;
  readonly allowed: readonly SignalKind[];
}

/** Parses a kind typed by the user, e.g. `parseSignalKind('Blocked')` → ok('blocked'). */
export function parseSignalKind(input: string): Result<SignalKind, UnknownSignalKindError> {
  // Case and surrounding space are forgiven; spelling is not, because a guessed kind could close or open outreach.
  const text = input.trim().toLowerCase();
  const found = SIGNAL_KINDS.find((kind) => kind === text);
  if (found) return ok(found);
  return err({
    code: 'unknown-signal-kind',
    message: `"${input.trim()}" is not a signal kind. Use one of: ${SIGNAL_KINDS.join(', ')}`,
    input,
    allowed: SIGNAL_KINDS,
  });
}
