// Item store latency: writes and reads against the real `amends start` (SQLite), beside a bare Fastify
// route, all driven by wrk with 50 connections in one run. `npm run bench:items`.
// wrk is a C load tool (Debian/Ubuntu: `apt-get install wrk`; macOS: `brew install wrk`): on a
// two-core machine a Node load tool took about half a core from the server it was measuring.
// It measures and reports into BENCHMARKS.md ("## Item store"); it never asserts a time, because a
// timing that passes on one machine and fails on another is noise, not a test.
//
// Options: `--seconds=N` (default 15) per measured phase, `--no-write` to print without touching
// BENCHMARKS.md (for quick experiments), `--cpu-prof=DIR` to write a V8 CPU profile of the server to
// DIR (implies `--no-write`: a profiled server is slower than the one the figures describe).

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiClient, Vault } from '@amends/client';
import { encryptItem, generateItemsKey, TEST_KDF } from '@amends/crypto';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = join(ROOT, 'packages/cli/dist/amends.mjs');
const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');
const HOST = '127.0.0.1';

const CONNECTIONS = 50;
// The shipped server allows 30 sign-ups per address per 15 minutes and all our traffic comes from
// 127.0.0.1, so 25 people each signed in on two devices give the 50 sessions (one per connection).
const ACCOUNTS = 25;
const SESSIONS_PER_ACCOUNT = 2;
const ITEMS_PER_ACCOUNT = 20;
const WARMUP_SECONDS = 3;
const TARGET_P99_MS = 20;
/** Above this much CPU taken by other processes during a phase, the report says so. */
const NOISY_CPU = 0.2;
const ITEM_TYPE = 'signal';
// Whole run, setup and teardown included; past this everything is stopped and the run fails.
const DEADLINE_MS = 5 * 60_000;

const args = process.argv.slice(2);
const SECONDS = Number(args.find((a) => a.startsWith('--seconds='))?.slice('--seconds='.length) ?? 15);
const CPU_PROF_DIR = args.find((a) => a.startsWith('--cpu-prof='))?.slice('--cpu-prof='.length);
const WRITE_RESULTS = !args.includes('--no-write') && CPU_PROF_DIR === undefined;

// ---------------------------------------------------------------------------------------------
// Child processes: the server under test and the baseline each get their own process, so the load
// generator's event loop never competes with theirs inside one process.

interface Running {
  name: string;
  child: ChildProcess;
  baseUrl: string;
  logFile: string;
}

const running = new Set<Running>();

/** Starts `node <args>` and resolves with the URL it prints once it listens. */
async function startNode(name: string, nodeArgs: string[], env: Record<string, string>, logFile: string) {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, nodeArgs, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    // stderr (the server's request log) goes to a file: a pipe nobody drains would stall the server.
    stdio: ['ignore', 'pipe', log],
  });
  closeSync(log);
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 20 s`)), 20_000);
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before listening:\n${tail(logFile)}`));
    });
  });
  child.stdout?.resume();
  const started = { name, child, baseUrl, logFile };
  running.add(started);
  return started;
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-20).join('\n') : '';
}

/** SIGTERM (both servers close cleanly on it), then SIGKILL if it has not exited in 5 s. */
async function stop(proc: Running): Promise<void> {
  running.delete(proc);
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.child.once('exit', () => resolve()));
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stop));
}

async function waitUntilOk(url: string): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 within 20 s`);
}

// The packages whose code answers item requests; the bundle must not be older than they are.
const MEASURED_PACKAGES = ['server', 'db', 'wire'].map((name) => join('packages', name, 'src'));

/** Builds the CLI bundle if it is missing or older than the server code it inlines. */
function ensureBundle(): void {
  const newestSource = Math.max(...MEASURED_PACKAGES.map((dir) => newest(join(ROOT, dir))));
  if (existsSync(BUNDLE) && newestSource < statSync(BUNDLE).mtimeMs) return;
  console.log('Building the amends bundle (node scripts/build.mjs --only=cli)…');
  execFileSync(process.execPath, ['scripts/build.mjs', '--only=cli'], { cwd: ROOT, stdio: 'inherit' });
}

/** Latest modification time of any file under a folder. */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

// The baseline is plain JavaScript run by plain `node`, exactly like the bundled server, so neither
// side pays for a TypeScript loader; it lives here so the benchmark stays one file.
const BARE_FASTIFY = `
import Fastify from 'fastify';
const app = Fastify({ logger: false });
app.get('/bare', async () => ({ ok: true, time: Date.now() }));
const address = await app.listen({ port: 0, host: '${HOST}' });
console.log('Bare Fastify is running at ' + address);
const close = () => app.close().then(() => process.exit(0));
process.once('SIGTERM', close);
process.once('SIGINT', close);
`;

// ---------------------------------------------------------------------------------------------
// Accounts and sessions, made through the client library the way the apps make them.

interface Session {
  cookie: string;
  csrf: string;
  itemIds: string[];
}

/** A fetch that remembers the session cookie the server sets, for the load tool to send. */
function recordingFetch(): { fetch: typeof fetch; cookie: () => string } {
  let cookie = '';
  const recording: typeof fetch = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    for (const line of response.headers.getSetCookie()) {
      const match = /^(amends_session=[^;]+)/.exec(line);
      if (match?.[1]) cookie = match[1];
    }
    return response;
  };
  return { fetch: recording, cookie: () => cookie };
}

async function signedInSession(baseUrl: string, sign: (api: ApiClient) => Promise<Vault>) {
  const recorder = recordingFetch();
  const api = new ApiClient({ baseUrl, cookieJar: true, fetch: recorder.fetch });
  const vault = await sign(api);
  const { csrfToken } = await api.session();
  return { vault, cookie: recorder.cookie(), csrf: csrfToken };
}

/** One person: signs up (TEST_KDF: key derivation is not what is measured), adds items, signs in again. */
async function person(baseUrl: string, index: number, values: readonly unknown[]): Promise<Session[]> {
  const credentials = { username: `bench-${index}`, passphrase: `quiet harbour ${randomUUID()}` };
  const first = await signedInSession(baseUrl, async (api) => {
    const { vault } = await Vault.signup(api, credentials, { kdf: TEST_KDF });
    return vault;
  });
  const itemIds: string[] = [];
  for (let i = 0; i < ITEMS_PER_ACCOUNT; i++) {
    const item = await first.vault.create(ITEM_TYPE, values[(index + i) % values.length]);
    itemIds.push(item.id);
  }
  const sessions = [{ cookie: first.cookie, csrf: first.csrf, itemIds }];
  for (let s = 1; s < SESSIONS_PER_ACCOUNT; s++) {
    const next = await signedInSession(baseUrl, (api) => Vault.login(api, credentials));
    sessions.push({ cookie: next.cookie, csrf: next.csrf, itemIds });
  }
  return sessions;
}

// ---------------------------------------------------------------------------------------------
// Item values: journal-like text sized so the sealed item is 1–2 KB, as real entries are.

const WORDS = (
  'today I noticed that I wanted to write again and I did not because the plan says wait ' +
  'and I am keeping to it I walked talked with a friend slept better than last week ' +
  'felt the pull to check her page and let it pass instead I cooked and read'
).split(' ');

/** Deterministic text, so every run sends the same sizes. */
function text(length: number, seed: number): string {
  let out = '';
  let state = seed;
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    out += `${WORDS[state % WORDS.length]} `;
  }
  return out.slice(0, length);
}

/** 64 values whose JSON runs from ~750 to ~1450 bytes: ~1.05 to ~2 KB once sealed and encoded. */
function itemValues(): unknown[] {
  return Array.from({ length: 64 }, (_, i) => ({
    kind: 'journal',
    date: `2026-0${1 + (i % 9)}-1${i % 10}`,
    mood: (i % 5) + 1,
    text: text(650 + Math.round((i * 700) / 63), i + 1),
  }));
}

// ---------------------------------------------------------------------------------------------
// Load phases.

interface Phase {
  label: string;
  path: string;
  /** A wrk Lua script: it builds every request this phase sends. */
  script: string;
}

interface Measured {
  label: string;
  path: string;
  /** Latency percentiles and maximum over every response, in ms (wrk keeps microseconds). */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  requestsPerSecond: number;
  total: number;
  serverCpu: number;
  loadCpu: number;
  /** Cores' worth of CPU that other processes on the machine used meanwhile: noise in the figures. */
  otherCpu: number;
}

/** wrk's threads: one per core the machine has, as wrk's own guidance says. */
const LOAD_THREADS = Math.max(1, Math.min(CONNECTIONS, availableParallelism()));

// Appended to every phase's script: wrk calls done() once, after the run, with its own histogram.
const REPORT_LUA = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d,' ..
    '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
`;

interface WrkReport {
  requests: number;
  durationUs: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
}

/** Exits with a plain message when wrk is not installed. */
function requireWrk(): void {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (error) {
    // wrk --version prints its usage and exits 1; only a missing binary is a problem.
    if ((error as { code?: string }).code !== 'ENOENT') return;
    console.error(
      'bench-items needs the wrk load tool. Install it with `sudo apt-get install wrk` (Debian, Ubuntu) ' +
        'or `brew install wrk` (macOS), then run `npm run bench:items` again.',
    );
    process.exit(2);
  }
}

/** Runs one phase with wrk; closed loop, each connection sends its next request once answered. */
async function load(
  baseUrl: string,
  phase: Phase,
  seconds: number,
  serverPid: number,
  work: string,
): Promise<Measured> {
  const scriptFile = join(work, 'phase.lua');
  writeFileSync(scriptFile, phase.script + REPORT_LUA);
  const serverStart = cpuSeconds(serverPid);
  const machineStart = machineBusySeconds();
  const childrenStart = childrenCpuSeconds();
  const wrkArgs = [
    `-t${LOAD_THREADS}`,
    `-c${CONNECTIONS}`,
    `-d${seconds}s`,
    '--timeout',
    '10s',
    '-s',
    scriptFile,
    baseUrl,
  ];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', wrkArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`wrk exited with ${code}:\n${err}${out}`)),
    );
  });
  const line = output.split('\n').find((l) => l.startsWith('{"requests"'));
  if (!line) throw new Error(`wrk printed no report:\n${output}`);
  const report = JSON.parse(line) as WrkReport;
  const elapsed = report.durationUs / 1e6;
  const serverCpu = (cpuSeconds(serverPid) - serverStart) / elapsed;
  const loadCpu = (childrenCpuSeconds() - childrenStart) / elapsed;
  const machineCpu = (machineBusySeconds() - machineStart) / elapsed;
  return {
    label: phase.label,
    path: phase.path,
    p50: report.p50 / 1000,
    p90: report.p90 / 1000,
    p99: report.p99 / 1000,
    max: report.max / 1000,
    non2xx: report.status,
    errors: report.connect + report.read + report.write,
    timeouts: report.timeout,
    requestsPerSecond: report.requests / elapsed,
    total: report.requests,
    serverCpu,
    loadCpu,
    otherCpu: Math.max(0, machineCpu - serverCpu - loadCpu),
  };
}

/**
 * CPU seconds used by this process's children that have exited and been waited for: the wrk run
 * that just ended (the servers are children too, but they are still running).
 */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** User + system CPU seconds a process has used, from /proc (clock ticks are 1/100 s on Linux). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds the whole machine spent busy (not idle, not waiting on I/O), from /proc/stat. */
function machineBusySeconds(): number {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  return (total - (fields[3] ?? 0) - (fields[4] ?? 0)) / 100;
}

/** A Lua string literal for any text (wrk's scripts are Lua). */
const lua = (text: string) => JSON.stringify(text);

/** A Lua list of Lua values. */
const luaList = (items: string[]) => `{\n${items.join(',\n')}\n}`;

function bareRoute(): Phase {
  return {
    label: 'Bare Fastify route (baseline)',
    path: 'GET /bare',
    script: `request = function() return wrk.format('GET', '/bare') end\n`,
  };
}

// Each wrk thread starts at its own place in the list of requests and walks it in turn.
const THREAD_SETUP_LUA = `
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set('thread_index', threads)
end
`;

/** Every session reads each of its account's items in turn; the requests are formatted once. */
function reads(sessions: Session[]): Phase {
  const requests = sessions.flatMap((session) =>
    session.itemIds.map((id) => {
      const headers = `{ ['cookie'] = ${lua(session.cookie)}, ['accept'] = 'application/json' }`;
      return `{ ${lua(`/api/items/${id}`)}, ${headers} }`;
    }),
  );
  // Interleave sessions so that requests one after another come from different people.
  const interleaved = requests.map(
    (_, k) => requests[(k % sessions.length) * ITEMS_PER_ACCOUNT + Math.floor(k / sessions.length)]!,
  );
  return {
    label: 'Item read',
    path: 'GET /api/items/:id',
    script: `${THREAD_SETUP_LUA}
local list = ${luaList(interleaved)}
local formatted = {}
local next_index = 1
init = function(args)
  for i, r in ipairs(list) do formatted[i] = wrk.format('GET', r[1], r[2]) end
  next_index = ((thread_index or 1) * 997) % #formatted + 1
end
request = function()
  local r = formatted[next_index]
  next_index = next_index % #formatted + 1
  return r
end
`,
  };
}

interface SizeTally {
  min: number;
  max: number;
  sum: number;
  count: number;
}

/**
 * New items: every request carries a fresh random UUID (made in Lua) and one of a pool of real
 * ciphertexts sealed beforehand. Those were sealed for other ids; the server cannot tell, because it
 * cannot open them, and every request still creates a new item of the same size a client would send.
 */
function writes(sessions: Session[], values: readonly unknown[], sizes: SizeTally): Phase {
  // The server cannot tell which key sealed a ciphertext; a bench key keeps the real keys in their vaults.
  const key = generateItemsKey();
  const ciphertexts = Array.from({ length: 256 }, (_, i) => {
    const sealed = encryptItem(
      key,
      { id: randomUUID(), type: ITEM_TYPE, version: 1 },
      values[i % values.length],
    );
    tally(sizes, sealed.length);
    return lua(sealed);
  });
  const headers = sessions.map(
    (session) =>
      `{ ['cookie'] = ${lua(session.cookie)}, ['x-amends-csrf'] = ${lua(session.csrf)}, ` +
      `['content-type'] = 'application/json', ['accept'] = 'application/json' }`,
  );
  return {
    label: 'Item write',
    path: 'POST /api/items',
    script: `${THREAD_SETUP_LUA}
local ciphertexts = ${luaList(ciphertexts)}
local headers = ${luaList(headers)}
local n = 0
local hex = '0123456789abcdef'
local function random_hex(count)
  local out = {}
  for i = 1, count do
    local k = math.random(1, 16)
    out[i] = hex:sub(k, k)
  end
  return table.concat(out)
end
local function uuid()
  local v = 9 + math.random(0, 3)
  local variant = hex:sub(v, v)
  return random_hex(8) .. '-' .. random_hex(4) .. '-4' .. random_hex(3) .. '-' .. variant ..
    random_hex(3) .. '-' .. random_hex(12)
end
init = function(args)
  math.randomseed(os.time() * 1000 + (thread_index or 1) * 7919)
  n = (thread_index or 1) * 37
end
request = function()
  n = n + 1
  local body = '{"id":"' .. uuid() .. '","type":"${ITEM_TYPE}","ciphertext":"' ..
    ciphertexts[n % #ciphertexts + 1] .. '"}'
  return wrk.format('POST', '/api/items', headers[n % #headers + 1], body)
end
`,
  };
}

function tally(sizes: SizeTally, size: number): void {
  sizes.min = Math.min(sizes.min, size);
  sizes.max = Math.max(sizes.max, size);
  sizes.sum += size;
  sizes.count++;
}

// ---------------------------------------------------------------------------------------------
// Report.

const ms = (value: number) => value.toFixed(1);
const percent = (cores: number) => `${Math.round(cores * 100)}%`;

function table(results: Measured[]): string {
  const rows = results.map((r) => {
    const cells = [
      r.label,
      `\`${r.path}\``,
      ms(r.p50),
      ms(r.p90),
      ms(r.p99),
      ms(r.max),
      Math.round(r.requestsPerSecond).toString(),
      r.total.toString(),
      `${r.non2xx} / ${r.errors + r.timeouts}`,
      `${percent(r.serverCpu)} / ${percent(r.loadCpu)} / ${percent(r.otherCpu)}`,
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    '| Route | Request | p50 ms | p90 ms | p99 ms | max ms | req/s | requests | non-2xx / errors | CPU server / load tool / other |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function verdict(result: Measured): string {
  const p99 = result.p99;
  const met = p99 <= TARGET_P99_MS && result.non2xx === 0 && result.errors + result.timeouts === 0;
  return `${result.label}: p99 ${ms(p99)} ms against ≤ ${TARGET_P99_MS} ms — **${met ? 'met' : 'missed'}**`;
}

function interpretation(results: Measured[], sizes: SizeTally): string {
  const [bare, read, write] = results as [Measured, Measured, Measured];
  const lines = [
    `- ${verdict(write)}.`,
    `- ${verdict(read)}.`,
    `- The bare route's p99 (${ms(bare.p99)} ms at ${Math.round(bare.requestsPerSecond)} req/s) is ` +
      'the floor this machine and load tool give any Fastify route; the item routes add the session lookup, ' +
      'schema validation, helmet headers and SQLite on top.',
    `- ${littlesLaw(read, write)}`,
    `- Writes carry ciphertexts of ${sizes.min}–${sizes.max} characters ` +
      `(mean ${Math.round(sizes.sum / Math.max(1, sizes.count))}), from ${sizes.count} sealed beforehand; ` +
      'each request gives one a fresh random item id (the server cannot open a ciphertext, so cannot tell).',
    '- Every phase is closed-loop: 50 connections, each sending its next request when the last one answers, ' +
      'so p99 includes the queueing that 50 clients at full speed cause. Load tool and servers share ' +
      'the same cores; the CPU column shows how much of one core each used, and how much other ' +
      'processes on the machine took meanwhile.',
  ];
  const noisy = results.filter((r) => r.otherCpu > NOISY_CPU);
  if (noisy.length)
    lines.push(
      `- Other processes used more than ${percent(NOISY_CPU)} of a core during: ` +
        `${noisy.map((r) => r.label).join(', ')}; those figures are pessimistic.`,
    );
  const bad = results.filter((r) => r.non2xx > 0 || r.errors + r.timeouts > 0);
  if (bad.length)
    lines.push(
      `- **Failed requests in: ${bad.map((r) => r.label).join(', ')}** — figures above are not clean.`,
    );
  return lines.join('\n');
}

/**
 * With every connection always waiting on an answer, mean latency = connections ÷ throughput, so
 * the throughput a route reaches bounds the latency it can show here, whatever else is true.
 */
function littlesLaw(read: Measured, write: Measured): string {
  const mean = (r: Measured) => ms((CONNECTIONS * 1000) / r.requestsPerSecond);
  const needed = Math.ceil((CONNECTIONS * 1000) / TARGET_P99_MS);
  return (
    `Closed loop, so mean latency ≈ ${CONNECTIONS} ÷ req/s (Little's law): ${mean(write)} ms for writes, ` +
    `${mean(read)} ms for reads. Even the mean is under ${TARGET_P99_MS} ms only above ${needed} req/s, ` +
    `i.e. at most ${(TARGET_P99_MS / CONNECTIONS).toFixed(1)} ms of serialised server time per request.`
  );
}

function wrkVersion(): string {
  try {
    execFileSync('wrk', ['--version'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    // wrk prints its version on the first line of its usage, and exits 1.
    const out = String((error as { stdout?: string }).stdout ?? '');
    return /^wrk (\S+)/.exec(out)?.[1] ?? 'unknown version';
  }
  return 'unknown version';
}

function machine(dataDir: string): string {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB RAM`;
  return `${cpu}, ${availableParallelism()} cores, ${memory}; Node ${process.version}; ${filesystemOf(dataDir)}`;
}

/** The filesystem the SQLite file lives on: fsync cost depends on it, and /tmp is tmpfs on some hosts. */
function filesystemOf(dir: string): string {
  const mounts = readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter((f) => f[1] !== undefined && (dir === f[1] || dir.startsWith(f[1] === '/' ? '/' : `${f[1]}/`)));
  const mount = mounts.sort((a, b) => (b[1]?.length ?? 0) - (a[1]?.length ?? 0))[0];
  return mount ? `SQLite data on ${mount[2]} (${mount[0]})` : 'SQLite data on an unknown filesystem';
}

/** The commit measured, and whether the server code differed from it (then the figures are not its). */
function gitCommit(): string {
  const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', ...MEASURED_PACKAGES) !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (with uncommitted server, db or wire changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

function section(results: Measured[], sizes: SizeTally, dataDir: string): string {
  return [
    BEGIN,
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${gitCommit()} with`,
    '`npm run bench:items` (runs `tsx scripts/bench-items.ts`).',
    '',
    `- Machine: ${machine(dataDir)}.`,
    `- Server: the built \`amends start\` bundle in its own process (SQLite, WAL, synchronous=FULL, default ` +
      `log level info, which logs no line per request), on ${HOST}; the baseline is a bare Fastify 5 route in another process.`,
    `- Load: wrk (${wrkVersion()}), ${LOAD_THREADS} threads, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s ` +
      `warm-up then ${SECONDS} s measured per phase, one phase after another in the same run. ` +
      `${ACCOUNTS} accounts signed in on ${SESSIONS_PER_ACCOUNT} devices each give ${CONNECTIONS} sessions; ` +
      'successive requests take them in turn (wrk cannot tie a session to a connection), and reads cycle ' +
      `through ${ITEMS_PER_ACCOUNT} items per account made beforehand. Latencies are wrk's, from every ` +
      'response (the non-2xx column counts any that failed), kept in microseconds and shown to 0.1 ms.',
    '',
    table(results),
    '',
    interpretation(results, sizes),
    END,
  ].join('\n');
}

const HEADING = '## Item store';
const BEGIN = '<!-- bench:items results: written by scripts/bench-items.ts -->';
const END = '<!-- /bench:items results -->';

/**
 * Replaces only the generated block under "## Item store", reading the file right before writing:
 * other sections belong to other benchmarks, and notes under the block are kept.
 */
function writeSection(block: string): void {
  const current = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : '# Benchmarks\n';
  const start = current.search(/^## Item store[ \t]*$/m);
  let next: string;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${HEADING}\n\n${block}\n`;
  } else if (current.includes(BEGIN) && current.includes(END) && current.indexOf(BEGIN) > start) {
    next =
      current.slice(0, current.indexOf(BEGIN)) + block + current.slice(current.indexOf(END) + END.length);
  } else {
    const after = current.slice(start + HEADING.length).search(/^## /m);
    const end = after === -1 ? current.length : start + HEADING.length + after;
    next = `${current.slice(0, start)}${HEADING}\n\n${block}\n\n${current.slice(end)}`.trimEnd() + '\n';
  }
  writeFileSync(BENCHMARKS, next);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  requireWrk();
  ensureBundle();
  const work = mkdtempSync(join(tmpdir(), 'amends-bench-items-'));
  const cleanUp = async () => {
    await stopAll();
    rmSync(work, { recursive: true, force: true });
  };
  const deadline = setTimeout(() => {
    console.error(`bench-items: still running after ${DEADLINE_MS / 1000} s; stopping.`);
    void cleanUp().finally(() => process.exit(1));
  }, DEADLINE_MS);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(code)));
  }
  try {
    const dataDir = join(work, 'data');
    const amends = await startNode(
      'amends start',
      [...(CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : []), BUNDLE, 'start'],
      { AMENDS_PORT: '0', AMENDS_HOST: HOST, AMENDS_DATA_DIR: dataDir },
      join(work, 'amends.log'),
    );
    const bare = await startNode(
      'bare Fastify',
      ['--input-type=module', '-e', BARE_FASTIFY],
      {},
      join(work, 'bare.log'),
    );
    await Promise.all([waitUntilOk(`${amends.baseUrl}/healthz`), waitUntilOk(`${bare.baseUrl}/bare`)]);

    console.log(
      `Signing up ${ACCOUNTS} accounts × ${SESSIONS_PER_ACCOUNT} sessions, ${ITEMS_PER_ACCOUNT} items each…`,
    );
    const values = itemValues();
    const people = await Promise.all(
      Array.from({ length: ACCOUNTS }, (_, i) => person(amends.baseUrl, i, values)),
    );
    const sessions = people.flat();
    const sizes: SizeTally = { min: Infinity, max: 0, sum: 0, count: 0 };

    const plan: [Running, Phase][] = [
      [bare, bareRoute()],
      [amends, reads(sessions)],
      [amends, writes(sessions, values, sizes)],
    ];
    const results: Measured[] = [];
    for (const [target, phase] of plan) {
      const pid = target.child.pid!;
      console.log(`${phase.label}: warm-up ${WARMUP_SECONDS} s, then ${SECONDS} s…`);
      await load(target.baseUrl, phase, WARMUP_SECONDS, pid, work);
      results.push(await load(target.baseUrl, phase, SECONDS, pid, work));
    }

    const block = section(results, sizes, dataDir);
    console.log(`\n${block}\n`);
    if (WRITE_RESULTS) {
      writeSection(block);
      console.log(`Wrote the results under "${HEADING}" in BENCHMARKS.md.`);
    }
  } finally {
    clearTimeout(deadline);
    await cleanUp();
  }
}

await main();
