import { Type, type Static } from '@sinclair/typebox';
import { IsoTime, Sealed } from './common.js';

/** Largest ciphertext one item may hold (about 1 MB of JSON before encryption). */
export const MAX_CIPHERTEXT = 1_500_000;

export const ItemId = Type.String({
  pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  description: 'A lowercase UUID chosen by the client, so it can be bound into the ciphertext before upload.',
});
export const ItemType = Type.String({ pattern: '^[a-z][a-z0-9-]{0,39}$' });

export const Item = Type.Object({
  id: ItemId,
  type: ItemType,
  version: Type.Integer({ minimum: 1 }),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  ciphertext: Sealed(MAX_CIPHERTEXT),
});
export type Item = Static<typeof Item>;

export const CreateItemRequest = Type.Object(
  { id: ItemId, type: ItemType, ciphertext: Sealed(MAX_CIPHERTEXT) },
  { additionalProperties: false },
);
export type CreateItemRequest = Static<typeof CreateItemRequest>;

export const UpdateItemRequest = Type.Object(
  {
    version: Type.Integer({
      minimum: 1,
      description: 'The version the client last saw; a stale one gets 409.',
    }),
    ciphertext: Sealed(MAX_CIPHERTEXT),
  },
  { additionalProperties: false },
);
export type UpdateItemRequest = Static<typeof UpdateItemRequest>;

export const ListItemsQuery = Type.Object(
  {
    type: Type.Optional(ItemType),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type ListItemsQuery = Static<typeof ListItemsQuery>;

export const ItemPage = Type.Object({
  items: Type.Array(Item),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type ItemPage = Static<typeof ItemPage>;

export const VersionQuery = Type.Object(
  { version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type VersionQuery = Static<typeof VersionQuery>;

/** One change since a sync cursor: an item's latest state, or its deletion. */
export const Change = Type.Object({
  id: ItemId,
  type: ItemType,
  version: Type.Integer({ minimum: 1 }),
  seq: Type.Integer(),
  updatedAt: IsoTime,
  deleted: Type.Boolean(),
  ciphertext: Type.Union([Sealed(MAX_CIPHERTEXT), Type.Null()]),
});
export type Change = Static<typeof Change>;

export const ChangesQuery = Type.Object(
  {
    since: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })),
  },
  { additionalProperties: false },
);
export type ChangesQuery = Static<typeof ChangesQuery>;

export const ChangePage = Type.Object({
  changes: Type.Array(Change),
  cursor: Type.Integer(),
  more: Type.Boolean(),
});
export type ChangePage = Static<typeof ChangePage>;
