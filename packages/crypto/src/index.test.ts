// The public surface other packages build against, checked by type and by one end-to-end flow.
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from './index.js';
import {
  CryptoError,
  decryptItem,
  deriveKeys,
  deriveRecoveryKeys,
  encryptItem,
  generateItemsKey,
  generateRecoveryKey,
  generateSalt,
  type ItemHeader,
  type KdfParams,
  parseRecoveryKey,
  TEST_KDF,
  unwrapKey,
  wrapKey,
} from './index.js';

describe('public API', () => {
  it('exports exactly the agreed names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CryptoError',
        'PRODUCTION_KDF',
        'TEST_KDF',
        'decryptItem',
        'deriveKeys',
        'deriveRecoveryKeys',
        'encryptItem',
        'fromBase64Url',
        'generateItemsKey',
        'generateRecoveryKey',
        'generateSalt',
        'parseRecoveryKey',
        'randomBytes',
        'toBase64Url',
        'unwrapKey',
        'wipe',
        'wrapKey',
      ].sort(),
    );
  });

  it('keeps the agreed signatures', () => {
    expectTypeOf(deriveKeys).toEqualTypeOf<
      (
        passphrase: string,
        salt: string,
        params: KdfParams,
      ) => Promise<{ masterKey: Uint8Array; loginVerifier: string }>
    >();
    expectTypeOf(wrapKey).toEqualTypeOf<(kek: Uint8Array, key: Uint8Array, purpose: string) => string>();
    expectTypeOf(unwrapKey).toEqualTypeOf<
      (kek: Uint8Array, wrapped: string, purpose: string) => Uint8Array
    >();
    expectTypeOf(encryptItem).toEqualTypeOf<
      (itemsKey: Uint8Array, header: ItemHeader, value: unknown) => string
    >();
    expectTypeOf(decryptItem<{ a: number }>).returns.toEqualTypeOf<{ a: number }>();
    expectTypeOf(deriveRecoveryKeys).returns.toEqualTypeOf<{ kek: Uint8Array; verifier: string }>();
    expectTypeOf<CryptoError['code']>().toEqualTypeOf<
      'decrypt_failed' | 'unsupported_version' | 'invalid_recovery_key' | 'invalid_input'
    >();
  });

  it('CryptoError is a real Error with a code', () => {
    const error = new CryptoError('decrypt_failed');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CryptoError');
    expect(error.code).toBe('decrypt_failed');
  });

  it('supports sign-up, unlock, recovery and a passphrase change end to end', async () => {
    // Sign-up: derive from the passphrase, make the items key, wrap it twice.
    const salt = generateSalt();
    const signUp = await deriveKeys('a long passphrase', salt, TEST_KDF);
    const itemsKey = generateItemsKey();
    const recoveryKey = generateRecoveryKey();
    const recovery = deriveRecoveryKeys(parseRecoveryKey(recoveryKey));
    const server = {
      salt,
      loginVerifier: signUp.loginVerifier,
      recoveryVerifier: recovery.verifier,
      wrappedByPassphrase: wrapKey(signUp.masterKey, itemsKey, 'items-key:passphrase'),
      wrappedByRecovery: wrapKey(recovery.kek, itemsKey, 'items-key:recovery'),
      item: encryptItem(itemsKey, { id: 'i1', type: 'note', version: 1 }, { text: 'hello' }),
    };

    // Unlock on another device.
    const unlock = await deriveKeys('a long passphrase', server.salt, TEST_KDF);
    expect(unlock.loginVerifier).toBe(server.loginVerifier);
    const unlocked = unwrapKey(unlock.masterKey, server.wrappedByPassphrase, 'items-key:passphrase');
    expect(decryptItem(unlocked, { id: 'i1', type: 'note', version: 1 }, server.item)).toEqual({
      text: 'hello',
    });

    // Forgot the passphrase: recover with the key, then set a new passphrase.
    const typed = deriveRecoveryKeys(parseRecoveryKey(recoveryKey.toLowerCase()));
    expect(typed.verifier).toBe(server.recoveryVerifier);
    const recovered = unwrapKey(typed.kek, server.wrappedByRecovery, 'items-key:recovery');
    const newSalt = generateSalt();
    const changed = await deriveKeys('a new passphrase', newSalt, TEST_KDF);
    const rewrapped = wrapKey(changed.masterKey, recovered, 'items-key:passphrase');
    expect(() => unwrapKey(unlock.masterKey, rewrapped, 'items-key:passphrase')).toThrow(CryptoError);
    expect(unwrapKey(changed.masterKey, rewrapped, 'items-key:passphrase')).toEqual(itemsKey);
  });
});
