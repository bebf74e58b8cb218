import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** Opaque stand-ins for what a real client derives: the server must treat them as bytes. */
export const fakeKey = () => randomBytes(32).toString('base64url');
export const sealed = (text = randomBytes(24).toString('base64url')) =>
  `am1:${randomBytes(24).toString('base64url')}:${Buffer.from(text).toString('base64url')}`;
export const TEST_KDF = { algorithm: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;

export interface Call {
  status: number;
  body: unknown;
  headers: Record<string, string | string[] | number | undefined>;
}

/** A signed-in user driving the app in-process, with its own cookie and CSRF token. */
export class TestUser {
  cookie = '';
  csrf = '';
  constructor(
    readonly app: FastifyInstance,
    readonly username: string,
    readonly verifier = fakeKey(),
    readonly recoveryVerifier = fakeKey(),
  ) {}

  async call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<Call> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf ? { 'x-amends-csrf': this.csrf } : {}),
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(payload !== undefined ? { payload: JSON.stringify(payload) } : {}),
    });
    const setCookie = response.cookies.find((c) => c.name === 'amends_session');
    if (setCookie) this.cookie = setCookie.value ? `amends_session=${setCookie.value}` : '';
    const body: unknown = response.body ? JSON.parse(response.body) : undefined;
    if (body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string') {
      this.csrf = body.csrfToken;
    }
    return { status: response.statusCode, body, headers: response.headers };
  }

  signup(): Promise<Call> {
    return this.call('POST', '/api/auth/signup', {
      username: this.username,
      salt: fakeKey().slice(0, 22),
      kdf: TEST_KDF,
      verifier: this.verifier,
      wrappedItemsKey: sealed(),
      recoveryWrappedItemsKey: sealed(),
      recoveryVerifier: this.recoveryVerifier,
    });
  }

  login(verifier = this.verifier): Promise<Call> {
    return this.call('POST', '/api/auth/login', { username: this.username, verifier });
  }

  createItem(type = 'journal-entry', ciphertext = sealed()): Promise<Call> {
    return this.call('POST', '/api/items', { id: randomUUID(), type, ciphertext });
  }
}

export function errorCode(call: Call): string | undefined {
  const body = call.body as { error?: { code?: string } } | undefined;
  return body?.error?.code;
}
