import { clearRateLimit, hitRateLimit } from '@amends/db';
import { AppError } from './errors.js';
import type { ServiceContext } from './context.js';

/** Counts an attempt; throws 429 with Retry-After when the window is spent. */
export async function spendAttempt(ctx: ServiceContext, key: string, max: number): Promise<void> {
  const now = ctx.now();
  const window = await hitRateLimit(ctx.db, key, ctx.limits.windowMs, now);
  if (window.count <= max) return;
  const resetAt = Date.parse(window.windowStart) + ctx.limits.windowMs;
  const retryAfter = Math.max(1, Math.ceil((resetAt - now.getTime()) / 1000));
  throw new AppError('rate_limited', `Too many attempts. Try again in ${retryAfter} seconds.`, {
    'retry-after': String(retryAfter),
  });
}

export async function forgetAttempts(ctx: ServiceContext, key: string): Promise<void> {
  await clearRateLimit(ctx.db, key);
}
