import type { FastifyInstance } from 'fastify';
import {
  ChangePassphraseRequest,
  ChangePassphraseResponse,
  DeleteAccountRequest,
  ErrorBody,
  RotateRecoveryRequest,
  SessionsResponse,
} from '@amends/wire';
import { Type } from '@sinclair/typebox';
import * as accounts from './accounts.service.js';
import type { ServiceContext } from './context.js';
import { clearSessionCookie, requireSession, sessionOf } from './session-hook.js';
import { endSession, listAccountSessions } from './sessions.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 429: ErrorBody };
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

export function accountRoutes(app: FastifyInstance, ctx: ServiceContext, secureCookies: boolean): void {
  const preHandler = requireSession(ctx);

  app.get(
    '/api/sessions',
    { preHandler, schema: { tags: ['account'], response: { 200: SessionsResponse, ...errors } } },
    async (request) => ({ sessions: await listAccountSessions(ctx, sessionOf(request)) }),
  );

  app.delete<{ Params: { id: string } }>(
    '/api/sessions/:id',
    {
      preHandler,
      schema: { tags: ['account'], params: IdParams, response: { 204: Type.Null(), ...errors } },
    },
    async (request, reply) => {
      await endSession(ctx, sessionOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  app.post<{ Body: ChangePassphraseRequest }>(
    '/api/account/passphrase',
    {
      preHandler,
      schema: {
        tags: ['account'],
        body: ChangePassphraseRequest,
        response: { 200: ChangePassphraseResponse, ...errors },
      },
    },
    async (request) => ({
      endedSessions: await accounts.changePassphrase(ctx, sessionOf(request), request.body),
    }),
  );

  app.put<{ Body: RotateRecoveryRequest }>(
    '/api/account/recovery',
    {
      preHandler,
      schema: { tags: ['account'], body: RotateRecoveryRequest, response: { 204: Type.Null(), ...errors } },
    },
    async (request, reply) => {
      await accounts.rotateRecovery(ctx, sessionOf(request), request.body);
      return reply.status(204).send();
    },
  );

  app.delete<{ Body: DeleteAccountRequest }>(
    '/api/account',
    {
      preHandler,
      schema: { tags: ['account'], body: DeleteAccountRequest, response: { 204: Type.Null(), ...errors } },
    },
    async (request, reply) => {
      await accounts.removeAccount(ctx, sessionOf(request), request.body.verifier);
      clearSessionCookie(reply, secureCookies);
      return reply.status(204).send();
    },
  );
}
