// Amends runs on Node 20: every installed package must say it supports the oldest Node version the
// project declares. A dependency that moves to Node 22 shows up here, not as a warning at install.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

interface Manifest {
  name?: string;
  version?: string;
  engines?: { node?: string };
}

function read(file: string): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Every package under a node_modules folder, nested ones included, as [name@version, manifest]. */
function installed(dir: string, out: Manifest[] = []): Manifest[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (name.startsWith('@')) {
      installed(path, out);
      continue;
    }
    const manifest = join(path, 'package.json');
    if (!existsSync(manifest)) continue;
    out.push(read(manifest));
    installed(join(path, 'node_modules'), out);
  }
  return out;
}

describe('Node 20 support', () => {
  const declared = read(join(root, 'package.json')).engines?.node ?? '';
  const oldest = semver.minVersion(declared)?.version ?? '';

  it('the project declares the Node 20 line it is pinned for', () => {
    expect(oldest).toMatch(/^20\./);
  });

  it('every installed package supports that Node version', () => {
    const packages = installed(join(root, 'node_modules'));
    expect(packages.length).toBeGreaterThan(100);
    const unsupported = packages
      .filter((p) => p.engines?.node !== undefined && !semver.satisfies(oldest, p.engines.node))
      .map((p) => `${p.name}@${p.version} needs node ${p.engines?.node}`);
    expect(unsupported).toEqual([]);
  });
});
