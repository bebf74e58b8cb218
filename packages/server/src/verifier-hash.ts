import { argon2id, argon2Verify } from 'hash-wasm';
import { randomBytes } from 'node:crypto';

// The login verifier is already a 256-bit Argon2id output, so the server's own hash needs no
// heavy cost to resist guessing; OWASP's minimum Argon2id settings keep a stolen table useless
// while leaving login fast.
const SERVER_PARAMS = { memorySize: 19_456, iterations: 2, parallelism: 1, hashLength: 32 };

/** Hashes a verifier for storage (an encoded $argon2id$ string). */
export async function hashVerifier(verifier: string): Promise<string> {
  return argon2id({ ...SERVER_PARAMS, password: verifier, salt: randomBytes(16), outputType: 'encoded' });
}

/** Checks a verifier against its stored hash in constant time. */
export async function checkVerifier(verifier: string, hash: string): Promise<boolean> {
  return argon2Verify({ password: verifier, hash });
}

let dummy: Promise<string> | undefined;

/** Spends the same work as a real check, for names with no account. */
export async function checkAgainstNothing(verifier: string): Promise<void> {
  dummy ??= hashVerifier('no-account-has-this-verifier');
  await checkVerifier(verifier, await dummy);
}
