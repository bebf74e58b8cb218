import { Type, type Static } from '@sinclair/typebox';

export const Health = Type.Object({
  ok: Type.Boolean(),
  database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
  schemaVersion: Type.Integer(),
  version: Type.String(),
});
export type Health = Static<typeof Health>;
