// The envelope the server stores (encrypted) and the client decrypts. Core only ever sees the
// decrypted form; `value` is checked by the parser for its `type` before any rule reads it.

/** Item type names as stored beside the ciphertext; stable, never renamed. */
export const ITEM_TYPES = {
  onboarding: 'onboarding',
  motivesCheck: 'motives-check',
  behaviour: 'behaviour',
  changePlan: 'change-plan',
  noContact: 'no-contact',
  signal: 'signal',
} as const;

/** One of the item type names core understands. */
export type ItemType = (typeof ITEM_TYPES)[keyof typeof ITEM_TYPES];

/** A decrypted item: server metadata plus the JSON value it holds. */
export interface Item<T = unknown> {
  readonly id: string;
  readonly type: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly value: T;
}

/** True when `type` names an item type core can parse. */
export function isItemType(type: string): type is ItemType {
  return (Object.values(ITEM_TYPES) as string[]).includes(type);
}
