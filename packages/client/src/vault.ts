import {
  CryptoError,
  decryptItem,
  deriveKeys,
  deriveRecoveryKeys,
  encryptItem,
  generateItemsKey,
  generateRecoveryKey,
  generateSalt,
  parseRecoveryKey,
  PRODUCTION_KDF,
  unwrapKey,
  wipe,
  wrapKey,
  type KdfParams,
} from '@amends/crypto';
import type { AccountKeys, Item, SessionInfo } from '@amends/wire';
import type { ApiClient } from './api.js';
import { LockedError, WrongPassphraseError } from './api-error.js';
import { checkPassphrase } from './passphrase-policy.js';

/** Derives keys from a passphrase; the browser passes one that runs in a worker. */
export type DeriveKeys = (
  passphrase: string,
  salt: string,
  kdf: KdfParams,
) => Promise<{ masterKey: Uint8Array; loginVerifier: string }>;

export interface DecryptedItem<T = unknown> {
  id: string;
  type: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  value: T;
}

export class PassphraseRejectedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PassphraseRejectedError';
  }
}

const PASSPHRASE_WRAP = 'items-key:passphrase';
const RECOVERY_WRAP = 'items-key:recovery';

function requireGoodPassphrase(passphrase: string): void {
  const check = checkPassphrase(passphrase);
  if (!check.ok) throw new PassphraseRejectedError(check.code, check.message);
}

/** Unwraps with a passphrase-derived key; a wrong passphrase shows up as a failed decryption. */
function openItemsKey(masterKey: Uint8Array, wrapped: string, purpose: string): Uint8Array {
  try {
    return unwrapKey(masterKey, wrapped, purpose);
  } catch (error) {
    if (error instanceof CryptoError) throw new WrongPassphraseError();
    throw error;
  }
}

/** New salt, keys and wrapping for a passphrase, holding the same items key. */
async function keysFor(passphrase: string, itemsKey: Uint8Array, kdf: KdfParams, derive: DeriveKeys) {
  const salt = generateSalt();
  const { masterKey, loginVerifier } = await derive(passphrase, salt, kdf);
  const wrappedItemsKey = wrapKey(masterKey, itemsKey, PASSPHRASE_WRAP);
  wipe(masterKey);
  return { salt, kdf, verifier: loginVerifier, wrappedItemsKey };
}

function recoveryKeysFor(itemsKey: Uint8Array) {
  const recoveryKey = generateRecoveryKey();
  const { kek, verifier } = deriveRecoveryKeys(parseRecoveryKey(recoveryKey));
  const recoveryWrappedItemsKey = wrapKey(kek, itemsKey, RECOVERY_WRAP);
  wipe(kek);
  return { recoveryKey, recoveryVerifier: verifier, recoveryWrappedItemsKey };
}

export interface VaultOptions {
  derive?: DeriveKeys;
  kdf?: KdfParams;
}

/**
 * The user's encrypted space on this device. Unlocked, it holds the items key in memory and
 * encrypts and decrypts items; locked, it holds no key at all. The server sees only ciphertext.
 */
export class Vault {
  private itemsKey: Uint8Array | null;
  private readonly derive: DeriveKeys;

  private constructor(
    readonly api: ApiClient,
    private account: AccountKeys,
    itemsKey: Uint8Array | null,
    derive: DeriveKeys,
  ) {
    this.itemsKey = itemsKey;
    this.derive = derive;
  }

  /** Creates an account. The recovery key is returned once, for the user to save. */
  static async signup(
    api: ApiClient,
    input: { username: string; passphrase: string },
    options: VaultOptions = {},
  ): Promise<{ vault: Vault; recoveryKey: string }> {
    requireGoodPassphrase(input.passphrase);
    const derive = options.derive ?? deriveKeys;
    const itemsKey = generateItemsKey();
    const keys = await keysFor(input.passphrase, itemsKey, options.kdf ?? PRODUCTION_KDF, derive);
    const recovery = recoveryKeysFor(itemsKey);
    const response = await api.signup({
      username: input.username,
      ...keys,
      recoveryWrappedItemsKey: recovery.recoveryWrappedItemsKey,
      recoveryVerifier: recovery.recoveryVerifier,
    });
    return { vault: new Vault(api, response.account, itemsKey, derive), recoveryKey: recovery.recoveryKey };
  }

  /** Signs in and unlocks: derives keys from the salt the server hands out. */
  static async login(
    api: ApiClient,
    input: { username: string; passphrase: string },
    options: VaultOptions = {},
  ): Promise<Vault> {
    const derive = options.derive ?? deriveKeys;
    const params = await api.authParams(input.username);
    const { masterKey, loginVerifier } = await derive(input.passphrase, params.salt, params.kdf);
    try {
      const response = await api.login({ username: input.username, verifier: loginVerifier });
      return new Vault(
        api,
        response.account,
        openItemsKey(masterKey, response.account.wrappedItemsKey, PASSPHRASE_WRAP),
        derive,
      );
    } finally {
      wipe(masterKey);
    }
  }

  /** The signed-in session of this device, locked; null when there is none. */
  static async resume(api: ApiClient, options: VaultOptions = {}): Promise<Vault | null> {
    const current = await api.resume();
    return current && new Vault(api, current.account, null, options.derive ?? deriveKeys);
  }

  /** Sets a new passphrase with the recovery key; every other session ends. */
  static async recover(
    api: ApiClient,
    input: { username: string; recoveryKey: string; newPassphrase: string },
    options: VaultOptions = {},
  ): Promise<Vault> {
    requireGoodPassphrase(input.newPassphrase);
    const derive = options.derive ?? deriveKeys;
    const { kek, verifier } = deriveRecoveryKeys(parseRecoveryKey(input.recoveryKey));
    try {
      const { recoveryWrappedItemsKey } = await api.recoveryKey(input.username, verifier);
      const itemsKey = openItemsKey(kek, recoveryWrappedItemsKey, RECOVERY_WRAP);
      const keys = await keysFor(input.newPassphrase, itemsKey, options.kdf ?? PRODUCTION_KDF, derive);
      const response = await api.recoveryReset({
        username: input.username,
        recoveryVerifier: verifier,
        ...keys,
      });
      return new Vault(api, response.account, itemsKey, derive);
    } finally {
      wipe(kek);
    }
  }

  get username(): string {
    return this.account.username;
  }

  get unlocked(): boolean {
    return this.itemsKey !== null;
  }

  /** Unlocks on the device; the passphrase is checked by whether it opens the items key. */
  async unlock(passphrase: string): Promise<void> {
    const { masterKey } = await this.derive(passphrase, this.account.salt, this.account.kdf);
    try {
      this.itemsKey = openItemsKey(masterKey, this.account.wrappedItemsKey, PASSPHRASE_WRAP);
    } finally {
      wipe(masterKey);
    }
  }

  /** Forgets the keys. The session stays, so unlocking needs only the passphrase. */
  lock(): void {
    if (this.itemsKey) wipe(this.itemsKey);
    this.itemsKey = null;
  }

  private key(): Uint8Array {
    if (!this.itemsKey) throw new LockedError();
    return this.itemsKey;
  }

  private open<T>(item: Item): DecryptedItem<T> {
    const value = decryptItem<T>(
      this.key(),
      { id: item.id, type: item.type, version: item.version },
      item.ciphertext,
    );
    return {
      id: item.id,
      type: item.type,
      version: item.version,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      value,
    };
  }

  /** Every item of a type, decrypted, oldest id first. */
  async list<T>(type: string): Promise<DecryptedItem<T>[]> {
    this.key();
    const out: DecryptedItem<T>[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.api.listItems({ type, limit: 500, ...(cursor ? { cursor } : {}) });
      for (const item of page.items) out.push(this.open<T>(item));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  }

  async get<T>(id: string): Promise<DecryptedItem<T>> {
    this.key();
    return this.open<T>(await this.api.getItem(id));
  }

  async create<T>(type: string, value: T): Promise<DecryptedItem<T>> {
    const id = globalThis.crypto.randomUUID();
    const ciphertext = encryptItem(this.key(), { id, type, version: 1 }, value);
    return this.open<T>(await this.api.createItem({ id, type, ciphertext }));
  }

  /** Writes a new version; if someone else wrote first, the server refuses with version_conflict. */
  async update<T>(item: DecryptedItem<T>, value: T): Promise<DecryptedItem<T>> {
    const ciphertext = encryptItem(
      this.key(),
      { id: item.id, type: item.type, version: item.version + 1 },
      value,
    );
    return this.open<T>(await this.api.updateItem(item.id, item.version, ciphertext));
  }

  async remove(item: { id: string; version: number }): Promise<void> {
    await this.api.deleteItem(item.id, item.version);
  }

  /** Proves the passphrase to the server by re-deriving its verifier. */
  private async verifierFor(passphrase: string): Promise<string> {
    const { masterKey, loginVerifier } = await this.derive(passphrase, this.account.salt, this.account.kdf);
    try {
      openItemsKey(masterKey, this.account.wrappedItemsKey, PASSPHRASE_WRAP);
    } finally {
      wipe(masterKey);
    }
    return loginVerifier;
  }

  /** New passphrase for the same items key; ends the other sessions. Returns how many ended. */
  async changePassphrase(current: string, next: string, options: { kdf?: KdfParams } = {}): Promise<number> {
    requireGoodPassphrase(next);
    const currentVerifier = await this.verifierFor(current);
    const keys = await keysFor(next, this.key(), options.kdf ?? this.account.kdf, this.derive);
    const { endedSessions } = await this.api.changePassphrase({ currentVerifier, ...keys });
    this.account = { ...this.account, salt: keys.salt, kdf: keys.kdf, wrappedItemsKey: keys.wrappedItemsKey };
    return endedSessions;
  }

  /** Replaces the recovery key; the old one stops working. Returns the new one, to show once. */
  async newRecoveryKey(currentPassphrase: string): Promise<string> {
    const currentVerifier = await this.verifierFor(currentPassphrase);
    const recovery = recoveryKeysFor(this.key());
    await this.api.rotateRecovery({
      currentVerifier,
      recoveryWrappedItemsKey: recovery.recoveryWrappedItemsKey,
      recoveryVerifier: recovery.recoveryVerifier,
    });
    return recovery.recoveryKey;
  }

  async sessions(): Promise<SessionInfo[]> {
    return (await this.api.sessions()).sessions;
  }

  async endSession(id: string): Promise<void> {
    await this.api.endSession(id);
  }

  async logout(): Promise<void> {
    this.lock();
    await this.api.logout();
  }

  /** Deletes the account and everything in it, on the server and in memory. */
  async deleteAccount(passphrase: string): Promise<void> {
    const verifier = await this.verifierFor(passphrase);
    await this.api.deleteAccount(verifier);
    this.lock();
  }
}
