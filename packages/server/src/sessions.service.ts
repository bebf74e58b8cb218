import { randomUUID } from 'node:crypto';
import {
  deleteExpiredSessions,
  deleteStaleRateLimits,
  deleteOtherSessions,
  deleteSession,
  findSessionByTokenHash,
  insertSession,
  listSessions,
  touchSession,
  type SessionRow,
} from '@amends/db';
import type { SessionInfo } from '@amends/wire';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS, type ServiceContext } from './context.js';
import { notFound, unauthenticated } from './errors.js';
import { randomToken, sha256Hex } from './tokens.js';

export interface NewSession {
  token: string;
  session: SessionRow;
}

/** Starts a session; only the token's hash is stored. Sweeps what has expired on the way. */
export async function startSession(
  ctx: ServiceContext,
  accountId: string,
  userAgent: string,
): Promise<NewSession> {
  const now = ctx.now();
  // Sign-ins are rare enough to carry the clean-up, so no background job is needed on any server.
  await deleteExpiredSessions(ctx.db, now.toISOString());
  await deleteStaleRateLimits(ctx.db, new Date(now.getTime() - ctx.limits.windowMs).toISOString());
  const token = randomToken();
  const session: SessionRow = {
    id: randomUUID(),
    account_id: accountId,
    token_hash: sha256Hex(token),
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
    user_agent: userAgent.slice(0, 200),
  };
  await insertSession(ctx.db, session);
  return { token, session };
}

/** The live session a token names, or 401; idle and absolute timeouts end it. */
export async function resolveSession(ctx: ServiceContext, token: string | undefined): Promise<SessionRow> {
  if (!token) throw unauthenticated();
  const session = await findSessionByTokenHash(ctx.db, sha256Hex(token));
  if (!session) throw unauthenticated();
  const now = ctx.now().getTime();
  const idleUntil = Date.parse(session.last_seen_at) + SESSION_IDLE_MS;
  if (now >= Date.parse(session.expires_at) || now >= idleUntil) {
    await deleteSession(ctx.db, session.account_id, session.id);
    throw unauthenticated();
  }
  if (now - Date.parse(session.last_seen_at) >= SESSION_TOUCH_MS) {
    session.last_seen_at = new Date(now).toISOString();
    await touchSession(ctx.db, session.id, session.last_seen_at);
  }
  return session;
}

export function sessionInfo(row: SessionRow, currentId: string): SessionInfo {
  return {
    id: row.id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    userAgent: row.user_agent,
    current: row.id === currentId,
  };
}

export async function listAccountSessions(ctx: ServiceContext, current: SessionRow): Promise<SessionInfo[]> {
  const rows = await listSessions(ctx.db, current.account_id);
  return rows.map((row) => sessionInfo(row, current.id));
}

export async function endSession(ctx: ServiceContext, current: SessionRow, id: string): Promise<void> {
  if (!(await deleteSession(ctx.db, current.account_id, id))) throw notFound('No such session.');
}

export async function endOtherSessions(ctx: ServiceContext, current: SessionRow): Promise<number> {
  return deleteOtherSessions(ctx.db, current.account_id, current.id);
}
