import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A 256-bit opaque token, base64url. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The CSRF token is bound to the session token, so it needs no storage of its own. */
export function csrfFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('amends-csrf').digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A stable, secret-keyed salt for a name with no account, so lookups reveal nothing. */
export function fakeSalt(secret: string, username: string): string {
  return createHmac('sha256', secret)
    .update(`salt:${username}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}
