import { Type, type Static } from '@sinclair/typebox';

/** Every error the API answers with has this shape; `code` is stable, `message` is for people. */
export const ErrorBody = Type.Object(
  { error: Type.Object({ code: Type.String(), message: Type.String() }) },
  { $id: 'ErrorBody' },
);
export type ErrorBody = Static<typeof ErrorBody>;

/** Base64url without padding: keys, salts, verifiers and wrapped keys travel this way. */
export const Base64Url = (maxLength: number) =>
  Type.String({ pattern: '^[A-Za-z0-9_-]+$', minLength: 16, maxLength });

export const Username = Type.String({
  minLength: 3,
  maxLength: 64,
  pattern: '^[A-Za-z0-9._-]+$',
  description: 'Letters, digits, dot, dash and underscore; compared case-insensitively.',
});

export const KdfParams = Type.Object(
  {
    algorithm: Type.Literal('argon2id'),
    memoryKiB: Type.Integer({ minimum: 1024, maximum: 1_048_576 }),
    iterations: Type.Integer({ minimum: 1, maximum: 64 }),
    parallelism: Type.Integer({ minimum: 1, maximum: 16 }),
  },
  { additionalProperties: false },
);
export type KdfParams = Static<typeof KdfParams>;

/** A versioned encrypted string, e.g. `am1:<nonce>:<ciphertext>` (items) or `amk1:…` (wrapped keys); opaque to the server. */
export const Sealed = (maxLength: number) =>
  Type.String({ minLength: 8, maxLength, pattern: '^am[a-z]?[0-9]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$' });

export const IsoTime = Type.String({ format: 'date-time' });
