import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secureCookies: boolean;
  logLevel: string;
  /** App server processes sharing the port; safe because no state lives in a process. */
  workers: number;
}

export class ConfigError extends Error {}

/** Reads the AMENDS_* settings documented in the README; a bad value is an error, not a guess. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  const port = Number(env.AMENDS_PORT ?? 4747);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`AMENDS_PORT must be a port number (0-65535), not "${env.AMENDS_PORT}".`);
  }
  const url = env.AMENDS_DATABASE_URL || undefined;
  if (url !== undefined && !/^(postgres(ql)?:\/\/|sqlite:)/.test(url)) {
    throw new ConfigError(
      'AMENDS_DATABASE_URL must be a postgres:// URL (or unset for SQLite in AMENDS_DATA_DIR).',
    );
  }
  const workers = Number(env.AMENDS_WORKERS ?? 1);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    throw new ConfigError(`AMENDS_WORKERS must be a whole number from 1 to 64, not "${env.AMENDS_WORKERS}".`);
  }
  return {
    port,
    workers,
    host: env.AMENDS_HOST ?? '127.0.0.1',
    dataDir: resolve(cwd, env.AMENDS_DATA_DIR ?? 'data'),
    databaseUrl: url,
    secureCookies: env.AMENDS_SECURE_COOKIES === '1' || env.AMENDS_SECURE_COOKIES === 'true',
    logLevel: env.AMENDS_LOG_LEVEL ?? 'info',
  };
}
