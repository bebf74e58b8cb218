// Storage: the only package that knows SQLite from PostgreSQL.
export * from './connect.js';
export * from './migrate.js';
export type { Database } from './schema.js';
export * from './accounts.repo.js';
export * from './sessions.repo.js';
export * from './items.repo.js';
export * from './rate-limits.repo.js';
export * from './meta.repo.js';
