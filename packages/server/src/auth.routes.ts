import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AccountRow, SessionRow } from '@amends/db';
import {
  AuthParamsRequest,
  AuthParamsResponse,
  ErrorBody,
  LoginRequest,
  RecoveryKeyRequest,
  RecoveryKeyResponse,
  RecoveryResetRequest,
  ResumeResponse,
  SessionResponse,
  SignupRequest,
} from '@amends/wire';
import { Type } from '@sinclair/typebox';
import * as accounts from './accounts.service.js';
import type { ServiceContext } from './context.js';
import {
  clearSessionCookie,
  requireSession,
  SESSION_COOKIE,
  sessionOf,
  setSessionCookie,
} from './session-hook.js';
import { AppError } from './errors.js';
import { endSession, resolveSession, sessionInfo, type NewSession } from './sessions.service.js';
import { csrfFor } from './tokens.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 409: ErrorBody, 429: ErrorBody };

function client(request: FastifyRequest) {
  return { address: request.ip, userAgent: request.headers['user-agent'] ?? '' };
}

/** What a client learns of its session: the wrapped keys, the session, and its CSRF token. */
function sessionBody(account: AccountRow, session: SessionRow, token: string): SessionResponse {
  return {
    account: accounts.accountKeys(account),
    session: sessionInfo(session, session.id),
    csrfToken: csrfFor(token),
  };
}

export function authRoutes(app: FastifyInstance, ctx: ServiceContext, secureCookies: boolean): void {
  const signedIn = (reply: FastifyReply, result: { account: AccountRow } & NewSession): SessionResponse => {
    setSessionCookie(reply, result.token, secureCookies);
    return sessionBody(result.account, result.session, result.token);
  };

  app.post<{ Body: AuthParamsRequest }>(
    '/api/auth/params',
    {
      schema: {
        tags: ['auth'],
        body: AuthParamsRequest,
        response: { 200: AuthParamsResponse, 400: ErrorBody },
      },
    },
    async (request) => accounts.authParams(ctx, request.body.username),
  );

  app.post<{ Body: SignupRequest }>(
    '/api/auth/signup',
    { schema: { tags: ['auth'], body: SignupRequest, response: { 201: SessionResponse, ...errors } } },
    async (request, reply) => {
      const result = await accounts.signup(ctx, request.body, client(request));
      return reply.status(201).send(signedIn(reply, result));
    },
  );

  app.post<{ Body: LoginRequest }>(
    '/api/auth/login',
    { schema: { tags: ['auth'], body: LoginRequest, response: { 200: SessionResponse, ...errors } } },
    async (request, reply) => signedIn(reply, await accounts.login(ctx, request.body, client(request))),
  );

  app.get(
    '/api/auth/resume',
    { schema: { tags: ['auth'], response: { 200: ResumeResponse } } },
    async (request, reply): Promise<ResumeResponse> => {
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return { current: null };
      try {
        const session = await resolveSession(ctx, token);
        return { current: sessionBody(await accounts.currentAccount(ctx, session), session, token) };
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'unauthenticated') throw error;
        // The cookie names a session that has ended: drop it, so the browser stops sending it.
        clearSessionCookie(reply, secureCookies);
        return { current: null };
      }
    },
  );

  app.get(
    '/api/auth/session',
    {
      preHandler: requireSession(ctx),
      schema: { tags: ['auth'], response: { 200: SessionResponse, 401: ErrorBody } },
    },
    async (request): Promise<SessionResponse> => {
      const session = sessionOf(request);
      const token = request.cookies[SESSION_COOKIE] ?? '';
      return sessionBody(await accounts.currentAccount(ctx, session), session, token);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      preHandler: requireSession(ctx),
      schema: { tags: ['auth'], response: { 204: Type.Null(), 401: ErrorBody } },
    },
    async (request, reply) => {
      const session = sessionOf(request);
      await endSession(ctx, session, session.id);
      clearSessionCookie(reply, secureCookies);
      return reply.status(204).send();
    },
  );

  app.post<{ Body: RecoveryKeyRequest }>(
    '/api/auth/recovery/key',
    {
      schema: { tags: ['auth'], body: RecoveryKeyRequest, response: { 200: RecoveryKeyResponse, ...errors } },
    },
    async (request) => ({ recoveryWrappedItemsKey: await accounts.recoveryKey(ctx, request.body) }),
  );

  app.post<{ Body: RecoveryResetRequest }>(
    '/api/auth/recovery/reset',
    { schema: { tags: ['auth'], body: RecoveryResetRequest, response: { 200: SessionResponse, ...errors } } },
    async (request, reply) =>
      signedIn(reply, await accounts.recoveryReset(ctx, request.body, client(request))),
  );
}
