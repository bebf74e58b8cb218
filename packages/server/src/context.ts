import type { Kysely } from 'kysely';
import type { Database } from '@amends/db';
import type { KdfParams } from '@amends/wire';

export interface Limits {
  /** Login (and recovery) attempts per username per window. */
  loginPerUser: number;
  /** Login attempts per client address per window. */
  loginPerAddress: number;
  /** Sign-ups per client address per window. */
  signupPerAddress: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  loginPerUser: 10,
  loginPerAddress: 100,
  signupPerAddress: 30,
  windowMs: 15 * 60_000,
};

export const SESSION_IDLE_MS = 7 * 24 * 3600_000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 3600_000;
/** last_seen_at is written at most this often, so reads do not all turn into writes. */
export const SESSION_TOUCH_MS = 60_000;

/** Argon2id settings handed to names with no account (the same as a real account's). */
export const DEFAULT_KDF: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 65_536,
  iterations: 3,
  parallelism: 1,
};

/** What every service needs; no state that matters lives here beyond the database handle. */
export interface ServiceContext {
  db: Kysely<Database>;
  now: () => Date;
  fakeSaltSecret: string;
  limits: Limits;
}
