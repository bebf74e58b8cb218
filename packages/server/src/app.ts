import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { appliedSchemaVersion, getOrCreateMeta, migrateToLatest, type Connection } from '@amends/db';
import { Health } from '@amends/wire';
import { accountRoutes } from './account.routes.js';
import { installErrorHandling, body } from './app-errors.js';
import { authRoutes } from './auth.routes.js';
import { DEFAULT_LIMITS, type Limits, type ServiceContext } from './context.js';
import { itemRoutes } from './items.routes.js';
import { addSecurityHeaders, securityHeaders } from './security-headers.js';

export interface ServerOptions {
  connection: Connection;
  /** The clock; tests pass their own so nothing sleeps. */
  now?: () => Date;
  limits?: Partial<Limits>;
  /** Folder with the built web app; the API alone is served without it. */
  webRoot?: string | undefined;
  /** Where log lines go (one JSON object per line); false for none. */
  log?: { level?: string; stream?: NodeJS.WritableStream } | false;
  secureCookies?: boolean;
  version?: string;
}

/** Largest request body; an item's ciphertext is at most ~1.5 MB. */
const BODY_LIMIT = 2 * 1024 * 1024;

/** Builds the app on an open database, migrating it first; the caller listens and closes. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { connection } = options;
  await migrateToLatest(connection.db, connection.schema);
  const ctx: ServiceContext = {
    db: connection.db,
    now: options.now ?? (() => new Date()),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    fakeSaltSecret: await getOrCreateMeta(connection.db, 'fake-salt-secret', () =>
      randomBytes(32).toString('base64url'),
    ),
  };
  const secureCookies = options.secureCookies ?? false;

  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger:
      options.log === false
        ? false
        : {
            level: options.log?.level ?? 'info',
            ...(options.log?.stream ? { stream: options.log.stream } : {}),
            // Request bodies are never logged; headers that carry secrets are cut if anything logs them.
            redact: ['req.headers.cookie', 'req.headers["x-amends-csrf"]', 'res.headers["set-cookie"]'],
          },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
    // Fastify logs two lines per request at info; we log one, at debug, below. A private app has
    // little reason to keep a trail of every request, and it cost ~15% of an item request's time.
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.addHook('onResponse', async (request, reply) => {
    const level = reply.statusCode >= 500 ? 'error' : 'debug';
    request.log[level](
      { method: request.method, url: request.url, status: reply.statusCode, ms: reply.elapsedTime },
      'request',
    );
  });
  // Only JSON bodies: a cross-site form cannot send one without a CORS preflight we never grant.
  app.removeContentTypeParser('text/plain');

  installErrorHandling(app);
  await app.register(fastifyCookie);
  const headers = await securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    hsts: secureCookies,
  });
  addSecurityHeaders(app, headers);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Amends API',
        version: options.version ?? '0.1.0',
        description: 'Accounts, sessions and an encrypted item store. The server only ever holds ciphertext.',
      },
    },
  });

  app.get('/healthz', { schema: { tags: ['health'], response: { 200: Health } } }, async () => ({
    ok: true,
    database: connection.kind,
    schemaVersion: await appliedSchemaVersion(connection.db, connection.schema),
    version: options.version ?? '0.1.0',
  }));
  authRoutes(app, ctx, secureCookies);
  accountRoutes(app, ctx, secureCookies);
  itemRoutes(app, ctx);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot;
  const hasWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: 'index.html',
      wildcard: true,
      // Cache headers are ours alone (below); the file sender's default would replace them.
      cacheControl: false,
      setHeaders: (res, path) => {
        // Built assets carry a content hash in their name, so they never change.
        if (path.includes('/assets/')) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
        else res.setHeader('cache-control', 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasWeb;
    // The web app routes on the client: any other page path gets its shell.
    if (wantsPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply
      .status(404)
      .send(body('not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`));
  });
  return app;
}
