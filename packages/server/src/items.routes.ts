import type { FastifyInstance } from 'fastify';
import {
  ChangePage,
  ChangesQuery,
  CreateItemRequest,
  ErrorBody,
  Item,
  ItemId,
  ItemPage,
  ListItemsQuery,
  UpdateItemRequest,
  VersionQuery,
} from '@amends/wire';
import { Type } from '@sinclair/typebox';
import type { ServiceContext } from './context.js';
import * as items from './items.service.js';
import { requireSession, sessionOf } from './session-hook.js';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
};
const IdParams = Type.Object({ id: ItemId });
type Id = { id: string };

export function itemRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const preHandler = requireSession(ctx);
  const tags = ['items'];

  app.get<{ Querystring: ListItemsQuery }>(
    '/api/items',
    { preHandler, schema: { tags, querystring: ListItemsQuery, response: { 200: ItemPage, ...errors } } },
    async (request) => items.listPage(ctx, sessionOf(request), request.query),
  );

  app.post<{ Body: CreateItemRequest }>(
    '/api/items',
    { preHandler, schema: { tags, body: CreateItemRequest, response: { 201: Item, ...errors } } },
    async (request, reply) =>
      reply.status(201).send(await items.addItem(ctx, sessionOf(request), request.body)),
  );

  app.get<{ Params: Id }>(
    '/api/items/:id',
    { preHandler, schema: { tags, params: IdParams, response: { 200: Item, ...errors } } },
    async (request) => items.readItem(ctx, sessionOf(request), request.params.id),
  );

  app.put<{ Params: Id; Body: UpdateItemRequest }>(
    '/api/items/:id',
    {
      preHandler,
      schema: { tags, params: IdParams, body: UpdateItemRequest, response: { 200: Item, ...errors } },
    },
    async (request) => items.changeItem(ctx, sessionOf(request), request.params.id, request.body),
  );

  app.delete<{ Params: Id; Querystring: VersionQuery }>(
    '/api/items/:id',
    {
      preHandler,
      schema: {
        tags,
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await items.removeItem(ctx, sessionOf(request), request.params.id, request.query.version);
      return reply.status(204).send();
    },
  );

  app.get<{ Querystring: ChangesQuery }>(
    '/api/changes',
    { preHandler, schema: { tags, querystring: ChangesQuery, response: { 200: ChangePage, ...errors } } },
    async (request) => items.changesSince(ctx, sessionOf(request), request.query),
  );
}
