import { fileURLToPath } from 'node:url';
import { connect } from '@amends/db';
import { buildServer, ConfigError, loadConfig } from '@amends/server';
import { CliError, println, type CliIo } from '../io.js';

/** The built web app, beside this package in the repository. */
const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Runs the server until SIGINT/SIGTERM; `npm start` calls this. */
export async function runStart(io: CliIo, options: { webRoot?: string } = {}): Promise<void> {
  let config;
  try {
    config = loadConfig(io.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
  const connection = await connect({ url: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildServer({
    connection,
    webRoot: options.webRoot ?? WEB_ROOT,
    secureCookies: config.secureCookies,
    log: { level: config.logLevel, stream: io.stderr },
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await connection.close();
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new CliError(`Port ${config.port} is in use. Set AMENDS_PORT to another port.`);
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  println(io.stdout, `Amends is running at http://${config.host}:${port}`);
  println(
    io.stdout,
    `Data: ${connection.kind === 'sqlite' ? `SQLite in ${connection.location}` : connection.location}`,
  );
  println(io.stdout, 'Press Ctrl+C to stop.');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await connection.close();
}
