// `amends analyze [file|-] [--kind] [--json] [--jsonl]`: the message review on the command line.
// Thin edge: read the input, call analyze(), print. Findings are values; only bad usage exits 2.
import { readFile } from 'node:fs/promises';
import {
  analyze,
  crisisResourcesFor,
  KINDS,
  useImage,
  type Analysis,
  type Finding,
  type Kind,
} from '@amends/analyzer';

export interface AnalyzeOptions {
  file?: string;
  kind?: string;
  json?: boolean;
  jsonl?: boolean;
}

export interface AnalyzeIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  color: boolean;
  /**
   * The review's rules compiled and models prepared ahead, which the build writes beside the
   * bundle: loading it takes a fraction of a second, compiling them takes seconds. Optional.
   */
  image?: URL;
}

const RED = '\x1b[1;4;31m';
const YELLOW = '\x1b[1;4;33m';
const CYAN = '\x1b[4;36m';
const RESET = '\x1b[0m';
// How much of a long line to show either side of a span.
const CONTEXT = 50;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

function highlight(f: Finding): string {
  if (f.severity === 'danger') return RED;
  return f.severity === 'warning' ? YELLOW : CYAN;
}

/** The span in its line: highlighted on a terminal, underlined with carets otherwise. */
function marked(text: string, f: Finding, color: boolean): string[] {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const nl = text.indexOf('\n', f.start);
  const lineEnd = nl === -1 ? text.length : nl;
  const end = Math.min(f.end, lineEnd);
  const from = Math.max(lineStart, f.start - CONTEXT);
  const to = Math.min(lineEnd, end + CONTEXT);
  const before = (from > lineStart ? '…' : '') + text.slice(from, f.start);
  const span = text.slice(f.start, end);
  const after = text.slice(end, to) + (to < lineEnd ? '…' : '');
  if (color) return [`  ${before}${highlight(f)}${span}${RESET}${after}`];
  return [
    `  ${before}${span}${after}`,
    `  ${' '.repeat(before.length)}${'^'.repeat(Math.max(1, span.length))}`,
  ];
}

function report(text: string, kind: Kind, a: Analysis, color: boolean): string {
  const out: string[] = [];
  const n = a.findings.length;
  out.push(
    `Message review (${kind}): ${n === 0 ? 'nothing that will hurt the message' : `${n} finding${n === 1 ? '' : 's'}`}`,
  );
  out.push(`Apology parts present: ${a.components.length ? a.components.join(', ') : 'none'}`);
  for (const f of a.findings) {
    out.push('', `${f.severity.toUpperCase()} ${f.category} (${f.ruleId})`, ...marked(text, f, color));
    out.push(`  ${f.message}`);
    if (f.suggestion && f.category !== 'crisis') out.push(`  Try: ${f.suggestion}`);
  }
  if (a.findings.some((f) => f.category === 'crisis')) {
    out.push('', 'If you are thinking about ending your life or hurting yourself, please reach out now:');
    const locale = Intl.DateTimeFormat().resolvedOptions().locale;
    for (const r of crisisResourcesFor(locale)) out.push(`  - ${r.name}: ${r.contact} (${r.url})`);
  }
  return out.join('\n') + '\n';
}

// Without the image (running from source) the rules are compiled, as the library does. An image
// that does not fit (the rules or models changed since the build) gives the same results, slower,
// so the user is told why it is slow and how to fix it.
async function loadPrepared(io: AnalyzeIo): Promise<void> {
  if (io.image === undefined) return;
  let bytes: Buffer;
  try {
    bytes = await readFile(io.image);
  } catch {
    return;
  }
  if (!useImage(bytes))
    io.stderr.write(
      'amends analyze: the prepared review rules are out of date, so they are compiled now (a few seconds); `npm run build` prepares them again\n',
    );
}

async function runBatch(io: AnalyzeIo): Promise<number> {
  const input = await readAll(io.stdin);
  await loadPrepared(io);
  for (const line of input.split('\n')) {
    if (line.trim() === '') continue;
    let id: unknown = null;
    let out: unknown;
    try {
      const raw: unknown = JSON.parse(line);
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new Error('a line is a JSON object');
      const rec = raw as Record<string, unknown>;
      id = rec.id ?? null;
      if (typeof rec.text !== 'string') throw new Error('"text" must be a string');
      if (rec.kind !== undefined && !isKind(rec.kind))
        throw new Error(`"kind" must be one of ${KINDS.join(', ')}`);
      const a = analyze(rec.text, { kind: rec.kind ?? 'message' });
      out = { id, findings: a.findings, components: a.components };
    } catch (e) {
      out = { id, error: e instanceof SyntaxError ? `not JSON: ${e.message}` : (e as Error).message };
    }
    io.stdout.write(JSON.stringify(out) + '\n');
  }
  return 0;
}

/** Run `amends analyze`; resolves to the exit code (0 ok, 2 bad usage or missing file). */
export async function runAnalyze(opts: AnalyzeOptions, io: AnalyzeIo): Promise<number> {
  if (opts.kind !== undefined && !isKind(opts.kind)) {
    io.stderr.write(`amends analyze: --kind must be one of ${KINDS.join(', ')} (got "${opts.kind}")\n`);
    return 2;
  }
  if (opts.jsonl) return runBatch(io);
  const kind: Kind = opts.kind ?? 'message';
  let text: string;
  if (opts.file === undefined || opts.file === '-') text = await readAll(io.stdin);
  else {
    try {
      text = await readFile(opts.file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot read';
      io.stderr.write(`amends analyze: ${why}: ${opts.file}\n`);
      return 2;
    }
  }
  await loadPrepared(io);
  const a = analyze(text, { kind });
  io.stdout.write(opts.json ? JSON.stringify(a, null, 2) + '\n' : report(text, kind, a, io.color));
  return 0;
}
