import {
  createItem,
  deleteItem,
  getItem,
  listChanges,
  listItems,
  updateItem,
  type ItemRow,
  type ItemWrite,
  type SessionRow,
} from '@amends/db';
import type {
  Change,
  ChangePage,
  ChangesQuery,
  CreateItemRequest,
  Item,
  ItemPage,
  ListItemsQuery,
  UpdateItemRequest,
} from '@amends/wire';
import type { ServiceContext } from './context.js';
import { AppError, notFound } from './errors.js';

function toItem(row: ItemRow): Item {
  return {
    id: row.id,
    type: row.type,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ciphertext: row.ciphertext ?? '',
  };
}

function toChange(row: ItemRow): Change {
  return {
    id: row.id,
    type: row.type,
    version: Number(row.version),
    seq: Number(row.seq),
    updatedAt: row.updated_at,
    deleted: row.deleted === 1,
    ciphertext: row.ciphertext,
  };
}

const REFUSALS = {
  not_found: () => notFound('No such item.'),
  version_conflict: () =>
    new AppError('version_conflict', 'This item changed since you loaded it. Reload it and try again.'),
  item_exists: () => new AppError('item_exists', 'An item with this id already exists.'),
};

function written(result: ItemWrite): ItemRow {
  if (!result.ok) throw REFUSALS[result.reason]();
  return result.item;
}

/** Cursors are opaque to clients: the last id of a page, base64url-encoded. */
const encodeCursor = (id: string) => Buffer.from(id).toString('base64url');
function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!/^[0-9a-f-]{36}$/.test(id))
    throw new AppError('invalid_request', 'The cursor is not one this server gave out.');
  return id;
}

export async function listPage(
  ctx: ServiceContext,
  session: SessionRow,
  query: ListItemsQuery,
): Promise<ItemPage> {
  const limit = query.limit ?? 100;
  const rows = await listItems(ctx.db, session.account_id, {
    type: query.type,
    limit: limit + 1,
    afterId: decodeCursor(query.cursor),
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(toItem), nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}

export async function readItem(ctx: ServiceContext, session: SessionRow, id: string): Promise<Item> {
  const row = await getItem(ctx.db, session.account_id, id);
  if (!row) throw notFound('No such item.');
  return toItem(row);
}

export async function addItem(
  ctx: ServiceContext,
  session: SessionRow,
  input: CreateItemRequest,
): Promise<Item> {
  return toItem(written(await createItem(ctx.db, session.account_id, input, ctx.now().toISOString())));
}

export async function changeItem(
  ctx: ServiceContext,
  session: SessionRow,
  id: string,
  input: UpdateItemRequest,
): Promise<Item> {
  const result = await updateItem(
    ctx.db,
    session.account_id,
    { id, expectedVersion: input.version, ciphertext: input.ciphertext },
    ctx.now().toISOString(),
  );
  return toItem(written(result));
}

export async function removeItem(
  ctx: ServiceContext,
  session: SessionRow,
  id: string,
  version: number,
): Promise<void> {
  written(
    await deleteItem(ctx.db, session.account_id, { id, expectedVersion: version }, ctx.now().toISOString()),
  );
}

export async function changesSince(
  ctx: ServiceContext,
  session: SessionRow,
  query: ChangesQuery,
): Promise<ChangePage> {
  const limit = query.limit ?? 200;
  const since = query.since ?? 0;
  const rows = await listChanges(ctx.db, session.account_id, since, limit + 1);
  const page = rows.slice(0, limit).map(toChange);
  return { changes: page, cursor: page[page.length - 1]?.seq ?? since, more: rows.length > limit };
}
