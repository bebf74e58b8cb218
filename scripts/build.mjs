// Builds what `npm start` serves and runs: the web app (Vite) and the `amends` command (esbuild).
// Workspace packages are TypeScript source; the CLI bundle inlines them and leaves npm packages external.
// `--if-needed` skips the build when every output is newer than every source file.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cliDir = join(root, 'packages/cli/dist');
const cliOut = join(cliDir, 'amends.mjs');
// The review's rules compiled and models prepared (packages/analyzer/src/image.ts): `amends analyze`
// loads it instead of compiling them, which took seconds each time the command ran.
const imageOut = join(cliDir, 'analyzer.image');
const webOut = join(root, 'packages/web/dist/index.html');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function upToDate() {
  if (!existsSync(cliOut) || !existsSync(imageOut) || !existsSync(webOut)) return false;
  const oldestOutput = Math.min(statSync(cliOut).mtimeMs, statSync(webOut).mtimeMs);
  return newestSource(join(root, 'packages')) < oldestOutput;
}

if (process.argv.includes('--if-needed') && upToDate()) process.exit(0);

// `--only=cli` or `--only=web` builds one half (handy while working on the other).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

if (only !== 'cli') {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ root: join(root, 'packages/web'), logLevel: 'warn' });
}

/** Inline our own TypeScript workspaces; keep npm packages as runtime imports. */
const externalNpm = {
  name: 'external-npm',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@amends/') ? undefined : { path: args.path, external: true },
    );
  },
};

if (only !== 'web') {
  // The review's rules and models are most of the command; split into chunks, they are read only
  // by `amends analyze`, and every other command starts without them. Old chunks go first.
  rmSync(cliDir, { recursive: true, force: true });
  await build({
    entryPoints: { amends: join(root, 'packages/cli/src/main.ts') },
    outdir: cliDir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [externalNpm],
  });

  // Made in a process of its own: an image records the analyzer's shared stores as they stood
  // before compiling, which is how they stand in a fresh `amends analyze`.
  const scratch = mkdtempSync(join(tmpdir(), 'amends-image-'));
  try {
    const writer = join(scratch, 'write-image.mjs');
    await build({
      entryPoints: [join(root, 'packages/analyzer/scripts/write-image.ts')],
      outfile: writer,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    const made = spawnSync(process.execPath, [writer, imageOut], { stdio: 'inherit' });
    if (made.status !== 0) throw new Error(`writing the analyzer image failed (exit ${made.status})`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
