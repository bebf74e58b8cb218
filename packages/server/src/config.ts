import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secureCookies: boolean;
  logLevel: string;
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
  return {
    port,
    host: env.AMENDS_HOST ?? '127.0.0.1',
    dataDir: resolve(cwd, env.AMENDS_DATA_DIR ?? 'data'),
    databaseUrl: url,
    secureCookies: env.AMENDS_SECURE_COOKIES === '1' || env.AMENDS_SECURE_COOKIES === 'true',
    logLevel: env.AMENDS_LOG_LEVEL ?? 'info',
  };
}
