import { randomUUID } from 'node:crypto';
import {
  deleteAccount,
  deleteOtherSessions,
  findAccountById,
  findAccountByUsername,
  insertAccount,
  updateAccountKeys,
  type AccountRow,
  type SessionRow,
} from '@amends/db';
import type {
  AccountKeys,
  AuthParamsResponse,
  ChangePassphraseRequest,
  KdfParams,
  LoginRequest,
  RecoveryKeyRequest,
  RecoveryResetRequest,
  RotateRecoveryRequest,
  SignupRequest,
} from '@amends/wire';
import { DEFAULT_KDF, type ServiceContext } from './context.js';
import { AppError, invalidCredentials, unauthenticated } from './errors.js';
import { forgetAttempts, spendAttempt } from './rate-limit.service.js';
import { startSession, type NewSession } from './sessions.service.js';
import { fakeSalt } from './tokens.js';
import { checkAgainstNothing, checkVerifier, hashVerifier } from './verifier-hash.js';

/** Usernames compare case-insensitively; this is the stored form. */
export const normalizeUsername = (name: string) => name.normalize('NFC').toLowerCase();

export function accountKeys(row: AccountRow): AccountKeys {
  return {
    username: row.username,
    salt: row.salt,
    kdf: JSON.parse(row.kdf) as KdfParams,
    wrappedItemsKey: row.wrapped_items_key,
    createdAt: row.created_at,
  };
}

/** The salt and KDF settings for a name; a name with no account gets stable made-up ones. */
export async function authParams(ctx: ServiceContext, username: string): Promise<AuthParamsResponse> {
  const account = await findAccountByUsername(ctx.db, normalizeUsername(username));
  if (account) return { salt: account.salt, kdf: JSON.parse(account.kdf) as KdfParams };
  return { salt: fakeSalt(ctx.fakeSaltSecret, normalizeUsername(username)), kdf: DEFAULT_KDF };
}

export async function signup(
  ctx: ServiceContext,
  input: SignupRequest,
  client: { address: string; userAgent: string },
): Promise<{ account: AccountRow } & NewSession> {
  await spendAttempt(ctx, `signup:${client.address}`, ctx.limits.signupPerAddress);
  const now = ctx.now().toISOString();
  const row: Omit<AccountRow, 'change_seq' | 'updated_at'> = {
    id: randomUUID(),
    username: normalizeUsername(input.username),
    salt: input.salt,
    kdf: JSON.stringify(input.kdf),
    verifier_hash: await hashVerifier(input.verifier),
    wrapped_items_key: input.wrappedItemsKey,
    recovery_wrapped_items_key: input.recoveryWrappedItemsKey,
    recovery_verifier_hash: await hashVerifier(input.recoveryVerifier),
    created_at: now,
  };
  if (!(await insertAccount(ctx.db, row))) {
    throw new AppError('username_taken', 'That username is taken. Please choose another.');
  }
  const account = { ...row, change_seq: 0, updated_at: now };
  return { account, ...(await startSession(ctx, account.id, client.userAgent)) };
}

/** Checks the verifier; counts every attempt per name and per address against the limits. */
export async function login(
  ctx: ServiceContext,
  input: LoginRequest,
  client: { address: string; userAgent: string },
): Promise<{ account: AccountRow } & NewSession> {
  const username = normalizeUsername(input.username);
  await spendAttempt(ctx, `login-address:${client.address}`, ctx.limits.loginPerAddress);
  await spendAttempt(ctx, `login:${username}`, ctx.limits.loginPerUser);
  const account = await findAccountByUsername(ctx.db, username);
  if (!account) {
    await checkAgainstNothing(input.verifier);
    throw invalidCredentials();
  }
  if (!(await checkVerifier(input.verifier, account.verifier_hash))) throw invalidCredentials();
  await forgetAttempts(ctx, `login:${username}`);
  return { account, ...(await startSession(ctx, account.id, client.userAgent)) };
}

export async function currentAccount(ctx: ServiceContext, session: SessionRow): Promise<AccountRow> {
  const account = await findAccountById(ctx.db, session.account_id);
  if (!account) throw unauthenticated();
  return account;
}

async function requireVerifier(ctx: ServiceContext, account: AccountRow, verifier: string): Promise<void> {
  await spendAttempt(ctx, `login:${account.username}`, ctx.limits.loginPerUser);
  if (!(await checkVerifier(verifier, account.verifier_hash))) {
    throw new AppError('invalid_credentials', 'The current passphrase is not right.');
  }
  await forgetAttempts(ctx, `login:${account.username}`);
}

/** New passphrase: new salt, verifier and wrapping of the same items key; other sessions end. */
export async function changePassphrase(
  ctx: ServiceContext,
  session: SessionRow,
  input: ChangePassphraseRequest,
): Promise<number> {
  const account = await currentAccount(ctx, session);
  await requireVerifier(ctx, account, input.currentVerifier);
  await updateAccountKeys(
    ctx.db,
    account.id,
    {
      salt: input.salt,
      kdf: JSON.stringify(input.kdf),
      verifier_hash: await hashVerifier(input.verifier),
      wrapped_items_key: input.wrappedItemsKey,
    },
    ctx.now().toISOString(),
  );
  return deleteOtherSessions(ctx.db, account.id, session.id);
}

async function accountByRecovery(ctx: ServiceContext, username: string, recoveryVerifier: string) {
  const name = normalizeUsername(username);
  await spendAttempt(ctx, `recover:${name}`, ctx.limits.loginPerUser);
  const account = await findAccountByUsername(ctx.db, name);
  if (!account) {
    await checkAgainstNothing(recoveryVerifier);
    throw new AppError('invalid_credentials', 'That username and recovery key do not match an account.');
  }
  if (!(await checkVerifier(recoveryVerifier, account.recovery_verifier_hash))) {
    throw new AppError('invalid_credentials', 'That username and recovery key do not match an account.');
  }
  return account;
}

/** Step one of recovery: proof of the recovery key returns the items key wrapped under it. */
export async function recoveryKey(ctx: ServiceContext, input: RecoveryKeyRequest): Promise<string> {
  const account = await accountByRecovery(ctx, input.username, input.recoveryVerifier);
  return account.recovery_wrapped_items_key;
}

/** Step two: a new passphrase set with the recovery key; every earlier session ends. */
export async function recoveryReset(
  ctx: ServiceContext,
  input: RecoveryResetRequest,
  client: { userAgent: string },
): Promise<{ account: AccountRow } & NewSession> {
  const account = await accountByRecovery(ctx, input.username, input.recoveryVerifier);
  const update = {
    salt: input.salt,
    kdf: JSON.stringify(input.kdf),
    verifier_hash: await hashVerifier(input.verifier),
    wrapped_items_key: input.wrappedItemsKey,
  };
  await updateAccountKeys(ctx.db, account.id, update, ctx.now().toISOString());
  await deleteOtherSessions(ctx.db, account.id, undefined);
  await forgetAttempts(ctx, `recover:${account.username}`);
  await forgetAttempts(ctx, `login:${account.username}`);
  return { account: { ...account, ...update }, ...(await startSession(ctx, account.id, client.userAgent)) };
}

/** A new recovery key replaces the old one, which stops working at once. */
export async function rotateRecovery(
  ctx: ServiceContext,
  session: SessionRow,
  input: RotateRecoveryRequest,
): Promise<void> {
  const account = await currentAccount(ctx, session);
  await requireVerifier(ctx, account, input.currentVerifier);
  await updateAccountKeys(
    ctx.db,
    account.id,
    {
      recovery_wrapped_items_key: input.recoveryWrappedItemsKey,
      recovery_verifier_hash: await hashVerifier(input.recoveryVerifier),
    },
    ctx.now().toISOString(),
  );
}

/** Deletes the account, its sessions and every item; the passphrase proves intent. */
export async function removeAccount(
  ctx: ServiceContext,
  session: SessionRow,
  verifier: string,
): Promise<void> {
  const account = await currentAccount(ctx, session);
  await requireVerifier(ctx, account, verifier);
  await deleteAccount(ctx.db, account.id);
}
