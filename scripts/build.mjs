// Builds what `npm start` serves and runs: the web app (Vite) and the `amends` command (esbuild).
// Workspace packages are TypeScript source; the CLI bundle inlines them and leaves npm packages external.
// `--if-needed` skips the build when every output is newer than every source file.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cliDir = join(root, 'packages/cli/dist');
const cliOut = join(cliDir, 'amends.mjs');
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
  if (!existsSync(cliOut) || !existsSync(webOut)) return false;
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
}
