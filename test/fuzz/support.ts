// Shared helpers of the fuzz and hostile-input tests: seed files, writing file sets to a temporary
// folder, running the pipeline in-process or through the real CLI, and the invariants every run
// must keep (no throw, well-formed results, parse-errors with a place, no internal rule crash).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARSE_ERROR, RULES } from '../../rules/index.js';
import type { Result, RunOutput } from '../../src/engine/types.js';
import { lint, lintAsync, type LintOptions } from '../../src/lint.js';

export const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const BIN = join(ROOT, 'bin', 'flowlog-lint.js');
/** The shared fixtures (read-only): /work/shared next to the project, or FLOWLOG_SHARED. */
export const SHARED = process.env.FLOWLOG_SHARED ?? resolve(ROOT, '..', 'shared');

const envInt = (name: string, dflt: number): number => {
  const v = process.env[name];
  const n = v === undefined || v === '' ? NaN : Number(v);
  return Number.isInteger(n) && n > 0 ? n : dflt;
};

/** Runs per in-process input property (FUZZ_RUNS=5000 for a long run). */
export const FUZZ_RUNS = envInt('FUZZ_RUNS', 60);
/** Runs of the CLI property (each one starts a node process). */
export const FUZZ_CLI_RUNS = envInt('FUZZ_CLI_RUNS', Math.max(10, Math.ceil(FUZZ_RUNS / 5)));
/** The fixed seed; FUZZ_SEED overrides it to explore other inputs. */
export const FUZZ_SEED = envInt('FUZZ_SEED', 0x5eed);
/** Upper bound on one in-process lint of a small fuzzed input. */
export const PER_RUN_MS = envInt('FUZZ_PER_RUN_MS', 5_000);

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([...RULES.map((r) => r.meta.id), PARSE_ERROR.id]);

// ---------------------------------------------------------------------------------------------
// Seeds.

export interface SeedFile {
  readonly rel: string;
  readonly data: Buffer;
}
export interface SeedGroup {
  readonly name: string;
  readonly files: readonly SeedFile[];
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...listFiles(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

function group(name: string, dir: string, skip: (rel: string) => boolean): SeedGroup | undefined {
  if (!existsSync(dir)) return undefined;
  const files = listFiles(dir)
    .map((abs) => ({ rel: relative(dir, abs).split(sep).join('/'), data: readFileSync(abs) }))
    .filter((f) => !skip(f.rel));
  return files.length ? { name, files } : undefined;
}

let seedCache: SeedGroup[] | undefined;

/** Every case folder, corpus project and project fixture as a group of files linted together. */
export function loadSeeds(): SeedGroup[] {
  if (seedCache) return seedCache;
  const groups: (SeedGroup | undefined)[] = [];
  const cases = join(SHARED, 'cases');
  if (existsSync(cases)) for (const d of readdirSync(cases).sort()) groups.push(group(`cases/${d}`, join(cases, d), (rel) => rel === 'expect.json'));
  const corpus = join(SHARED, 'corpus');
  if (existsSync(corpus)) {
    for (const d of readdirSync(corpus).sort()) {
      if (statSync(join(corpus, d)).isDirectory()) groups.push(group(`corpus/${d}`, join(corpus, d), () => false));
    }
  }
  groups.push(group('fixtures/terraform-plan', join(ROOT, 'fixtures', 'terraform-plan'), () => false));
  groups.push(group('fixtures/cdk', join(ROOT, 'fixtures', 'cdk'), () => false));
  groups.push(group('examples/cloudformation', join(ROOT, 'examples', 'cloudformation'), () => false));
  groups.push(group('examples/policies', join(ROOT, 'examples', 'policies'), () => false));
  seedCache = groups.filter((g): g is SeedGroup => g !== undefined);
  if (seedCache.length === 0) throw new Error(`no seed files found (looked in ${SHARED} and ${ROOT}/fixtures)`);
  return seedCache;
}

// ---------------------------------------------------------------------------------------------
// File sets and running the linter.

/** Files to lint together, by path relative to the run folder. */
export interface FileSet {
  readonly label: string;
  readonly files: Readonly<Record<string, string | Uint8Array>>;
}

export function writeFileSet(dir: string, set: FileSet): Map<string, Buffer> {
  const written = new Map<string, Buffer>();
  for (const [rel, content] of Object.entries(set.files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    writeFileSync(p, buf);
    written.set(rel, buf);
  }
  return written;
}

export const needsHcl = (names: Iterable<string>): boolean => [...names].some((n) => n.endsWith('.tf') || n.endsWith('.tfvars'));

export interface InProcessRun {
  readonly out: RunOutput;
  readonly debug: string[];
  readonly ms: number;
}

export function baseOptions(cwd: string, extra: Partial<LintOptions> = {}): LintOptions {
  return { paths: ['.'], cwd, accountIds: [], severities: new Map(), ...extra };
}

/** lint() in-process (lintAsync when Terraform files are present), with debug output captured. */
export async function lintInProcess(cwd: string, hcl: boolean, extra: Partial<LintOptions> = {}): Promise<InProcessRun> {
  const debug: string[] = [];
  const opts = baseOptions(cwd, { debug: (m) => debug.push(m), ...extra });
  const t0 = performance.now();
  const out = hcl ? await lintAsync(opts) : lint(opts);
  return { out, debug, ms: performance.now() - t0 };
}

export function runCli(args: readonly string[], cwd: string, opts: { timeout?: number; nodeArgs?: readonly string[]; uid?: number; gid?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: opts.timeout ?? 20_000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
    ...(opts.uid !== undefined ? { uid: opts.uid } : {}),
    ...(opts.gid !== undefined ? { gid: opts.gid } : {}),
  });
}

export function assertDistBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests');
}

// ---------------------------------------------------------------------------------------------
// Invariants.

export class InvariantError extends Error {
  override name = 'InvariantError';
}

function fail(msg: string): never {
  throw new InvariantError(msg);
}

/** Line lengths (in UTF-16 code units, terminators excluded) of a file as the linter decodes it. */
export function lineLengths(buf: Buffer): number[] {
  // Non-fatal decoding: identical to the linter's text up to the first invalid byte, which is as
  // far as a position can point in an invalid file. A leading BOM is dropped (as makeSource does).
  const text = new TextDecoder('utf-8').decode(buf);
  const lens: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lens.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lens.push(text.length - start);
  return lens;
}

const isPosInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 1;

/** Words that only a bug puts into a message (unless the input itself contains them). */
const SUSPICIOUS = ['undefined', '[object Object]', 'NaN', 'function Object()'];

export function checkResult(r: Result, files: ReadonlyMap<string, Buffer>, inputText: string): void {
  const where = `result ${JSON.stringify(r)}`;
  if (typeof r.ruleId !== 'string' || !KNOWN_RULE_IDS.has(r.ruleId)) fail(`unknown ruleId in ${where}`);
  if (!['error', 'warning', 'info'].includes(r.severity)) fail(`bad severity in ${where}`);
  if (!['fail', 'unverifiable'].includes(r.status)) fail(`bad status in ${where}`);
  if (typeof r.message !== 'string' || r.message.trim() === '') fail(`empty message in ${where}`);
  for (const w of SUSPICIOUS) if (r.message.includes(w) && !inputText.toLowerCase().includes(w.toLowerCase())) fail(`message contains "${w}": ${where}`);
  if (r.file !== null && typeof r.file !== 'string') fail(`file is neither null nor a string in ${where}`);
  if (typeof r.file === 'string') {
    if (r.file === '' || r.file.startsWith('/') || r.file.includes('\\') || r.file.startsWith('../')) fail(`file is not a relative display path in ${where}`);
  }
  if (r.source !== undefined && typeof r.source !== 'string') fail(`bad source in ${where}`);
  if (r.resource !== undefined && typeof r.resource !== 'string') fail(`bad resource in ${where}`);
  if (r.suppressed !== undefined && (typeof r.suppressed.kind !== 'string' || typeof r.suppressed.justification !== 'string')) fail(`bad suppressed in ${where}`);
  for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (r[k] !== undefined && !isPosInt(r[k])) fail(`${k} is not a positive integer in ${where}`);
  }
  if ((r.line === undefined) !== (r.column === undefined)) fail(`line without column (or the reverse) in ${where}`);
  if (r.endLine !== undefined && r.line !== undefined) {
    const endCol = r.endColumn ?? 1;
    if (r.endLine < r.line || (r.endLine === r.line && endCol < (r.column ?? 1))) fail(`end before start in ${where}`);
  }
  if (r.ruleId === PARSE_ERROR.id) {
    if (r.severity !== 'error') fail(`parse-error that is not an error: ${where}`);
    if (typeof r.file !== 'string' || r.file === '') fail(`parse-error without a file: ${where}`);
    if (!isPosInt(r.line) || !isPosInt(r.column)) fail(`parse-error without a positive line and column: ${where}`);
  }
  // Positions must lie inside the file they name.
  const buf = typeof r.file === 'string' ? files.get(r.file) : undefined;
  if (buf && r.line !== undefined) {
    const lens = lineLengths(buf);
    const inside = (line: number, col: number) => line <= lens.length && col <= (lens[line - 1] ?? 0) + 1;
    if (!inside(r.line, r.column ?? 1)) fail(`position ${r.line}:${r.column} is outside ${r.file} (${lens.length} lines) in ${where}`);
    if (r.endLine !== undefined && !inside(r.endLine, r.endColumn ?? 1)) fail(`end position ${r.endLine}:${r.endColumn} is outside ${r.file} in ${where}`);
  }
}

/** Everything a run must satisfy, whatever the input. */
export function checkRun(run: InProcessRun, files: ReadonlyMap<string, Buffer>): void {
  const { out, debug } = run;
  const inputText = [...files.values()].map((b) => b.toString('latin1') + b.toString('utf8')).join('\n');
  if (!Array.isArray(out.results)) fail('results is not an array');
  for (const r of out.results) checkResult(r, files, inputText);
  try {
    JSON.stringify(out.results);
  } catch (e) {
    fail(`results are not serialisable: ${String(e)}`);
  }
  for (const k of ['files', 'resources'] as const) if (!Number.isInteger(out[k]) || out[k] < 0) fail(`${k} is ${out[k]}`);
  for (const [id, c] of Object.entries(out.checks)) {
    if (!KNOWN_RULE_IDS.has(id)) fail(`checks has unknown rule ${id}`);
    for (const n of [c.pass, c.fail, c.unverifiable]) if (!Number.isInteger(n) || n < 0) fail(`checks[${id}] = ${JSON.stringify(c)}`);
  }
  const hasParseError = out.results.some((r) => r.ruleId === PARSE_ERROR.id);
  if (out.inputErrors !== hasParseError) fail(`inputErrors=${out.inputErrors} but parse-error results: ${hasParseError}`);
  // A rule that throws is caught and only mentioned in debug output: a hidden crash (and a silent
  // pass for the user).
  const crashed = debug.filter((m) => /^rule .* failed/.test(m));
  if (crashed.length) fail(`a rule threw (swallowed by the engine): ${crashed.slice(0, 3).join(' | ')}`);
  if (run.ms > PER_RUN_MS) fail(`one lint took ${Math.round(run.ms)} ms (limit ${PER_RUN_MS} ms)`);
}

/** What a CLI run must satisfy: a known exit code, JSON on stdout, no stack trace. */
export function checkCli(res: SpawnSyncReturns<string>, label: string): { results: Result[] } {
  const ctx = `${label}: exit=${String(res.status)} signal=${String(res.signal)} error=${res.error ? res.error.message : ''}\nstderr: ${res.stderr.slice(0, 2000)}`;
  if (res.error || res.signal) fail(`CLI did not finish (hang or kill): ${ctx}`);
  if (![0, 1, 2].includes(res.status ?? -1)) fail(`CLI exit code not 0/1/2: ${ctx}`);
  if (/^\s{4}at /m.test(res.stderr)) fail(`stack trace on stderr: ${ctx}`);
  let json: unknown;
  try {
    json = JSON.parse(res.stdout);
  } catch {
    fail(`stdout is not JSON: ${ctx}\nstdout: ${res.stdout.slice(0, 500)}`);
  }
  const results = (json as { results?: unknown }).results;
  if (!Array.isArray(results)) fail(`JSON output has no results array: ${ctx}`);
  return { results: results as Result[] };
}

/** A short, copyable description of a file set for failure messages. */
export function describeSet(set: FileSet): string {
  return Object.entries(set.files)
    .map(([rel, c]) => {
      const text = typeof c === 'string' ? c : Buffer.from(c).toString('latin1');
      const shown = text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text;
      return `--- ${rel}${typeof c === 'string' ? '' : ' (bytes, shown as latin1)'}\n${JSON.stringify(shown)}`;
    })
    .join('\n');
}

export const relPath = (p: string): string => p.split(sep).join('/');
