#!/usr/bin/env node
// The installed entry point: runs the bundle that `npm install` (prepare) builds.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/amends.mjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error('amends: the app is not built yet. Run `npm install` (or `npm run build`) first.');
  process.exit(1);
}
await import(bundle);
