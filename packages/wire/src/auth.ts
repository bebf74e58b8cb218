import { Type, type Static } from '@sinclair/typebox';
import { Base64Url, IsoTime, KdfParams, Sealed, Username } from './common.js';

const Verifier = Base64Url(128);
const Salt = Base64Url(64);
const WrappedKey = Sealed(512);

export const AuthParamsRequest = Type.Object({ username: Username }, { additionalProperties: false });
export type AuthParamsRequest = Static<typeof AuthParamsRequest>;

/** Given for any username, real or not, so names cannot be enumerated. */
export const AuthParamsResponse = Type.Object({ salt: Salt, kdf: KdfParams });
export type AuthParamsResponse = Static<typeof AuthParamsResponse>;

export const SignupRequest = Type.Object(
  {
    username: Username,
    salt: Salt,
    kdf: KdfParams,
    verifier: Verifier,
    wrappedItemsKey: WrappedKey,
    recoveryWrappedItemsKey: WrappedKey,
    recoveryVerifier: Verifier,
  },
  { additionalProperties: false },
);
export type SignupRequest = Static<typeof SignupRequest>;

export const LoginRequest = Type.Object(
  { username: Username, verifier: Verifier },
  { additionalProperties: false },
);
export type LoginRequest = Static<typeof LoginRequest>;

/** What a signed-in client needs to unlock: never a key, only what wraps one. */
export const AccountKeys = Type.Object({
  username: Type.String(),
  salt: Salt,
  kdf: KdfParams,
  wrappedItemsKey: WrappedKey,
  createdAt: IsoTime,
});
export type AccountKeys = Static<typeof AccountKeys>;

export const SessionInfo = Type.Object({
  id: Type.String(),
  createdAt: IsoTime,
  lastSeenAt: IsoTime,
  expiresAt: IsoTime,
  userAgent: Type.String(),
  current: Type.Boolean(),
});
export type SessionInfo = Static<typeof SessionInfo>;

export const SessionResponse = Type.Object({
  account: AccountKeys,
  session: SessionInfo,
  csrfToken: Type.String(),
});
export type SessionResponse = Static<typeof SessionResponse>;

/**
 * What a page opening asks: this device's session, or null when it has none. A signed-out visitor
 * is the normal case there, so it is a 200, not the 401 a protected route answers.
 */
export const ResumeResponse = Type.Object({ current: Type.Union([SessionResponse, Type.Null()]) });
export type ResumeResponse = Static<typeof ResumeResponse>;

export const SessionsResponse = Type.Object({ sessions: Type.Array(SessionInfo) });
export type SessionsResponse = Static<typeof SessionsResponse>;

export const ChangePassphraseRequest = Type.Object(
  { currentVerifier: Verifier, salt: Salt, kdf: KdfParams, verifier: Verifier, wrappedItemsKey: WrappedKey },
  { additionalProperties: false },
);
export type ChangePassphraseRequest = Static<typeof ChangePassphraseRequest>;

export const ChangePassphraseResponse = Type.Object({ endedSessions: Type.Integer() });
export type ChangePassphraseResponse = Static<typeof ChangePassphraseResponse>;

export const RecoveryKeyRequest = Type.Object(
  { username: Username, recoveryVerifier: Verifier },
  { additionalProperties: false },
);
export type RecoveryKeyRequest = Static<typeof RecoveryKeyRequest>;

export const RecoveryKeyResponse = Type.Object({ recoveryWrappedItemsKey: WrappedKey });
export type RecoveryKeyResponse = Static<typeof RecoveryKeyResponse>;

export const RecoveryResetRequest = Type.Object(
  {
    username: Username,
    recoveryVerifier: Verifier,
    salt: Salt,
    kdf: KdfParams,
    verifier: Verifier,
    wrappedItemsKey: WrappedKey,
  },
  { additionalProperties: false },
);
export type RecoveryResetRequest = Static<typeof RecoveryResetRequest>;

export const RotateRecoveryRequest = Type.Object(
  { currentVerifier: Verifier, recoveryWrappedItemsKey: WrappedKey, recoveryVerifier: Verifier },
  { additionalProperties: false },
);
export type RotateRecoveryRequest = Static<typeof RotateRecoveryRequest>;

export const DeleteAccountRequest = Type.Object({ verifier: Verifier }, { additionalProperties: false });
export type DeleteAccountRequest = Static<typeof DeleteAccountRequest>;
