// Starts the real Amends server in this process, on a fresh SQLite folder and a free port,
// serving the built web app from packages/web/dist.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from '@amends/db';
import { buildServer } from '@amends/server';

export const WEB_ROOT = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/** One server per test file; close it in afterAll. */
export async function startServer(): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'amends-e2e-'));
  const connection = await connect({ dataDir });
  const app = await buildServer({ connection, webRoot: WEB_ROOT, log: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    dataDir,
    close: async () => {
      await app.close();
      await connection.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
