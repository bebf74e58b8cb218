import cluster from 'node:cluster';
import { connect, migrateToLatest, type Connection } from '@amends/db';
import { buildServer, ConfigError, loadConfig, type ServerConfig } from '@amends/server';
import { CliError, println, type CliIo } from '../io.js';

function readConfig(io: CliIo): ServerConfig {
  try {
    return loadConfig(io.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
}

const stopped = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

/** Where the data is, as the start banner says it. */
const describe = (connection: Connection): string =>
  connection.kind === 'sqlite' ? `SQLite in ${connection.location}` : connection.location;

function announce(io: CliIo, config: ServerConfig, port: number, where: string): void {
  println(io.stdout, `Amends is running at http://${config.host}:${port}`);
  println(io.stdout, `Data: ${where}`);
  if (config.workers > 1) println(io.stdout, `Workers: ${config.workers} processes share the port.`);
  println(io.stdout, 'Press Ctrl+C to stop.');
}

/** Runs the server until SIGINT/SIGTERM; `npm start` calls this. With AMENDS_WORKERS > 1, several processes. */
export async function runStart(io: CliIo, options: { webRoot: string }): Promise<void> {
  const config = readConfig(io);
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(io, config);
  await runServer(io, config, options.webRoot, cluster.isWorker);
}

/** One app server process: migrate (a no-op once done), listen, serve until told to stop. */
async function runServer(io: CliIo, config: ServerConfig, webRoot: string, quiet: boolean): Promise<void> {
  const connection = await connect({ url: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildServer({
    connection,
    webRoot,
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
  const where = describe(connection);
  if (!quiet) announce(io, config, port, where);

  await stopped();
  await app.close();
  await connection.close();
  // A worker's channel to the primary keeps it alive; letting go of it lets the process end.
  cluster.worker?.disconnect();
}

/** Migrates once, then forks the workers; they share the listening port through the cluster module. */
async function runPrimary(io: CliIo, config: ServerConfig): Promise<void> {
  const connection = await connect({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(connection.db, connection.schema);
  const where = describe(connection);
  await connection.close();

  let stopping = false;
  // Ctrl+C reaches the workers too; count their exits as part of stopping, not as a crash.
  const stop = stopped().then(() => {
    stopping = true;
  });
  const workers = Array.from({ length: config.workers }, () => cluster.fork());
  let announced = false;
  cluster.on('listening', (_worker, address) => {
    if (announced) return;
    announced = true;
    announce(io, config, address.port, where);
  });
  const allExited = new Promise<void>((resolve) => {
    let exited = 0;
    cluster.on('exit', (worker, code) => {
      if (!stopping) {
        io.stderr.write(`amends: worker ${worker.process.pid} stopped (exit ${code}); stopping all.\n`);
        stopping = true;
        for (const other of workers) other.process.kill('SIGTERM');
        process.exitCode = 1;
      }
      if (++exited === workers.length) resolve();
    });
  });
  await Promise.race([stop, allExited]);
  stopping = true;
  for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGTERM');
  await allExited;
}
