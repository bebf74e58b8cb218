import type { Health } from '@amends/wire';
import { apiFor } from '../credentials.js';
import { CliError, println, type CliIo } from '../io.js';

/** Asks the server whether it is up, on which database, at which schema version. */
export async function serverStatus(server: string): Promise<Health> {
  try {
    return await apiFor(server).health();
  } catch {
    throw new CliError(
      `Amends is not running at ${server}. Start it with \`npm start\` (or \`amends start\`).`,
      3,
    );
  }
}

export function printServerStatus(io: CliIo, server: string, health: Health): void {
  println(io.stdout, `Server:   up at ${server} (version ${health.version})`);
  println(
    io.stdout,
    `Database: ${health.database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, schema version ${health.schemaVersion}`,
  );
}
