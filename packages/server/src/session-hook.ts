import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionRow } from '@amends/db';
import type { ServiceContext } from './context.js';
import { SESSION_ABSOLUTE_MS } from './context.js';
import { AppError } from './errors.js';
import { resolveSession } from './sessions.service.js';
import { csrfFor, safeEqual } from './tokens.js';

export const SESSION_COOKIE = 'amends_session';
export const CSRF_HEADER = 'x-amends-csrf';

declare module 'fastify' {
  interface FastifyRequest {
    session?: SessionRow;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A preHandler that requires a live session, and a matching CSRF header on every change. */
export function requireSession(ctx: ServiceContext) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = request.cookies[SESSION_COOKIE];
    request.session = await resolveSession(ctx, token);
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !token || !safeEqual(sent, csrfFor(token))) {
        throw new AppError(
          'csrf_failed',
          'This request is missing its security token. Reload the page and try again.',
        );
      }
    }
  };
}

/** The session a preHandler already resolved. */
export function sessionOf(request: FastifyRequest): SessionRow {
  if (!request.session) throw new Error('route is missing requireSession');
  return request.session;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
