import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

/** Headers a probe response carries that belong to that response, not to the security policy. */
const PER_RESPONSE = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * Helmet's headers, worked out once. @fastify/helmet builds helmet's middleware again on every
 * request (~4% of an item request's server time, BENCHMARKS.md), although with no per-request
 * options (no CSP nonces) the headers are the same every time. So helmet answers one probe request
 * at start-up, and every response gets the headers it set.
 */
export async function securityHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  await probe.register(fastifyHelmet, options);
  probe.get('/', async () => '');
  const response = await probe.inject('/');
  await probe.close();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers))
    if (typeof value === 'string' && !PER_RESPONSE.has(name)) headers[name] = value;
  return headers;
}

/** Sets the given headers on every response, 404s and static files included. */
export function addSecurityHeaders(app: FastifyInstance, headers: Record<string, string>): void {
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
