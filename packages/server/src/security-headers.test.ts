import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Connection } from '@amends/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './app.js';

// The headers are worked out once at start-up; every kind of response must still carry them.
describe('security headers', () => {
  let dataDir: string;
  let connection: Connection;
  let app: FastifyInstance;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'amends-headers-'));
    connection = await connect({ dataDir });
    app = await buildServer({ connection, log: false });
  });
  afterAll(async () => {
    await app.close();
    await connection.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['an answer', '/healthz', 200],
    ['a refusal', '/api/items/00000000-0000-4000-8000-000000000000', 401],
    ['bad input', '/api/items/not-an-id', 400],
    ['an unknown route', '/api/nowhere', 404],
  ])('are on %s', async (_what, url, status) => {
    const response = await app.inject(url);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('include HSTS when cookies are secure', async () => {
    const secure = await buildServer({ connection, log: false, secureCookies: true });
    const response = await secure.inject('/healthz');
    await secure.close();
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
