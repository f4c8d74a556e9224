#!/usr/bin/env node
// Benchmark (issue 15): flowlog-lint against the floor of merely parsing the same files, PAIRED and
// ALTERNATING in one loop, so both sides see the same machine load; medians, never single runs.
//   npm run bench [-- --sizes 1000,10000 --runs 5 --kinds cloudformation,terraform,policies,linked
//                     --seed 1 --variants plain,account-id --tmp DIR --json | --markdown --profile --quick
//                     --from SAVED.json]
// --quick: size 10, one round, a short evaluator loop (a smoke test, not a measurement).
// --profile: one extra CPU-profiled CloudFormation run (1,000 stacks, else the largest size), split
// by pipeline part.
// Sets are generated from a seed (scripts/bench/gen.mjs): CloudFormation stacks (~3.8 KB, 10 % with
// a delivery defect), Terraform modules (10 % defective), identity policies, and a linked set (one
// bucket policy, N flow logs naming that bucket in separate files). Each round runs, in an order
// that rotates every round: the floor (js-yaml `load` of every file in its own Node.js process;
// JSON.parse for policies; `terraform fmt -check -recursive` for Terraform), flowlog-lint, and
// flowlog-lint with `--account-id 111122223333`. Peak RSS comes from /usr/bin/time (or a preloaded
// probe where it is absent). Targets are judged only on these paired medians.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluatorQueriesPerSecond } from './bench/evaluator.mjs';
import { cfnStack, generate, KINDS, rng } from './bench/gen.mjs';
import { profileRun } from './bench/profile.mjs';
import { judgeTargets, renderMarkdown, renderText, stats } from './bench/report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
const floorScript = join(root, 'scripts', 'bench', 'floor.mjs');
const rssProbe = join(root, 'scripts', 'bench-rss.mjs');
const ACCOUNT = ['--account-id', '111122223333'];

const argv = process.argv.slice(2);
const opt = (n, d) => {
  const i = argv.indexOf(n);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : d;
};
const quick = argv.includes('--quick');
const sizes = opt('--sizes', quick ? '10' : '1000,10000').split(',').map(Number);
// Default rounds: 5, but 3 from 10,000 files up (one 10,000-stack round is minutes on 2 cores).
const runsFor = (n) => Number(opt('--runs', quick ? '1' : n >= 10000 ? '3' : '5'));
const runs = runsFor(0);
const scratch = opt('--tmp', tmpdir());
const kinds = opt('--kinds', KINDS.join(',')).split(',');
const seed = Number(opt('--seed', '1'));
// Which flowlog-lint runs pair with the floor: without and with --account-id (both by default).
const variants = opt('--variants', 'plain,account-id').split(',');
const asJson = argv.includes('--json');
const asMarkdown = argv.includes('--markdown');
const wantProfile = argv.includes('--profile');
// The profile is at 1,000 stacks: profile there when it is measured, else the largest size.
const profileSize = sizes.includes(1000) ? 1000 : Math.max(...sizes);
for (const v of variants) if (v !== 'plain' && v !== 'account-id') fail(`unknown variant '${v}' (variants: plain, account-id)`);
for (const k of kinds) if (!KINDS.includes(k)) fail(`unknown kind '${k}' (kinds: ${KINDS.join(', ')})`);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) fail('--sizes and --runs take positive integers');
if (!existsSync(scratch)) fail(`--tmp ${scratch}: no such folder`);
// --from FILE: render a saved `--json` result again (e.g. as --markdown) without measuring.
const from = opt('--from', undefined);
if (from) {
  let saved;
  try {
    saved = JSON.parse(readFileSync(from, 'utf8'));
  } catch (e) {
    fail(`--from ${from}: ${e instanceof Error ? e.message : String(e)}`);
  }
  // Verdicts are judged again, so a saved run is read with the current targets.
  saved.targets = judgeTargets(saved);
  emit(saved);
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'src', 'cli.js'))) fail('no build: run `npm run build` first (`npm run bench` does)');

function fail(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(2);
}
const log = (msg) => process.stderr.write(`${msg}\n`);

// /usr/bin/time -f %M gives any process's peak RSS (terraform included) at ~1 ms of cost, paid
// equally by both sides of a pair; without it a preloaded probe measures the Node.js processes.
const gnuTime = ['/usr/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%M %U %S', 'true']).status === 0);
const rssFile = join(scratch, `flowlog-bench-rss-${process.pid}`);

/**
 * Runs one command; returns wall ms (spawn to exit), CPU ms (user + system, all threads) and peak
 * RSS MB (0 when unknown). CPU time is reported beside wall time because it moves far less when
 * other work shares the machine; the targets are still judged on wall time. `stdoutFile`, when
 * given, receives the command's output (a file costs the child what /dev/null does).
 */
function timed(cmd, args, cwd, okCodes, stdoutFile) {
  rmSync(rssFile, { force: true });
  let file = cmd;
  let list = args;
  const env = { ...process.env };
  if (gnuTime) {
    file = gnuTime;
    list = ['-o', rssFile, '-f', '%M %U %S', cmd, ...args];
  } else if (cmd === process.execPath) {
    list = ['--import', rssProbe, ...args];
    env.FLOWLOG_BENCH_RSS = rssFile;
  }
  const fd = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, list, { cwd, env, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (typeof fd === 'number') closeSync(fd);
  if (!okCodes.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(0, 800)}`);
  let rssMb = 0;
  let cpuMs = 0;
  try {
    // "KB user-s system-s"; GNU time puts a "Command exited with non-zero status" line first.
    const [kb, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
    rssMb = kb / 1024;
    cpuMs = ((user || 0) + (sys || 0)) * 1000;
  } catch {
    // not recorded
  }
  return { ms, cpuMs, rssMb };
}

const lint = (dir, extra, outFile) => timed(process.execPath, [cli, '--format', 'json', ...extra, '.'], dir, [0, 1], outFile);

/** The floor each kind is paired with, or a reason it cannot run here. */
function floorFor(kind) {
  if (kind === 'terraform') {
    const tf = spawnSync('terraform', ['version'], { stdio: 'ignore' });
    if (tf.error || tf.status !== 0) return { skip: 'terraform not found on PATH: Terraform runs unpaired, no ratio' };
    return { name: 'terraform fmt -check -recursive', run: (dir) => timed('terraform', ['fmt', '-check', '-recursive', '.'], dir, [0, 3]) };
  }
  return { name: kind === 'policies' ? 'JSON.parse floor' : 'js-yaml parse floor', run: (dir) => timed(process.execPath, [floorScript, '.'], dir, [0]) };
}

/** Counts a run's results, so a set that silently stopped linting (or linking) shows. */
function countResults(file) {
  const out = JSON.parse(readFileSync(file, 'utf8'));
  const by = (s) => out.results.filter((x) => x.status === s).length;
  return { files: out.summary.files, fail: by('fail'), unverifiable: by('unverifiable') };
}

const out = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', memGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform, loadStart: loadavg().map((x) => Math.round(x * 100) / 100) },
  options: { sizes, runs: sizes.map(runsFor), kinds, variants, seed, quick },
  startup: undefined,
  sets: [],
  evaluator: undefined,
  profile: undefined,
};

// Start-up: `--version` and a one-file lint (a clean stack), alternating, in a scratch folder.
{
  const one = mkdtempSync(join(scratch, 'flowlog-bench-one-'));
  writeFileSync(join(one, 'stack.yaml'), cfnStack(0, rng(seed), undefined));
  const ver = [];
  const oneFile = [];
  // The floor of every start-up figure: Node.js itself starting and exiting (`node -e 0`).
  const bare = [];
  const n = quick ? 1 : Math.max(runs, 7);
  log(`start-up: ${n} × (--version, one-file lint)`);
  for (let i = 0; i < n; i++) {
    bare.push(timed(process.execPath, ['-e', '0'], one, [0]).ms);
    ver.push(timed(process.execPath, [cli, '--version'], one, [0]).ms);
    oneFile.push(timed(process.execPath, [cli, 'stack.yaml'], one, [0, 1]).ms);
  }
  out.startup = { nodeMs: stats(bare), versionMs: stats(ver), oneFileLintMs: stats(oneFile) };
  rmSync(one, { recursive: true, force: true });
}

for (const kind of kinds) {
  const floor = floorFor(kind);
  if (floor.skip) log(`${kind}: ${floor.skip}`);
  for (const n of sizes) {
    const dir = mkdtempSync(join(scratch, `flowlog-bench-${kind}-`));
    try {
      const gen = generate(kind, n, dir, seed);
      const set = { kind, size: n, files: gen.files, kb: Math.round(gen.bytes / 1024), defects: gen.defects, floor: floor.skip ? null : floor.name, floorSkipped: floor.skip };
      const t = { floor: [], plain: [], accountId: [] };
      const cpu = { floor: [], plain: [], accountId: [] };
      const rss = { plain: [], accountId: [], floor: [] };
      // The first round's output (outside the set's folder) is kept and counted.
      const outFile = (name, r) => (r === 0 ? join(scratch, `flowlog-bench-${process.pid}-${name}.json`) : undefined);
      const steps = [
        ['floor', () => (floor.skip ? undefined : floor.run(dir))],
        ['plain', (r) => (variants.includes('plain') ? lint(dir, [], outFile('plain', r)) : undefined)],
        ['accountId', (r) => (variants.includes('account-id') ? lint(dir, ACCOUNT, outFile('accountId', r)) : undefined)],
      ];
      const rounds = runsFor(n);
      log(`${kind} ${n}: ${rounds} round(s) of (${[floor.skip ? 'no floor' : floor.name, ...variants.map((v) => (v === 'plain' ? 'flowlog-lint' : 'flowlog-lint --account-id'))].join(', ')})`);
      for (let r = 0; r < rounds; r++) {
        for (let k = 0; k < steps.length; k++) {
          const [name, run] = steps[(k + r) % steps.length];
          const res = run(r);
          if (!res) continue;
          t[name].push(res.ms);
          cpu[name].push(res.cpuMs);
          rss[name].push(res.rssMb);
        }
      }
      set.sanity = {};
      for (const v of ['plain', 'accountId']) {
        if (!t[v].length) continue;
        set.sanity[v] = countResults(outFile(v, 0));
        rmSync(outFile(v, 0));
      }
      // A variant not run has null figures throughout.
      const st = (xs) => (xs.length ? stats(xs) : null);
      const per = (f) => ({ plain: f('plain'), accountId: f('accountId') });
      const peak = (xs) => (xs.length ? Math.max(...xs) : null);
      set.ms = { floor: st(t.floor), ...per((v) => st(t[v])) };
      set.peakRssMb = { floor: peak(rss.floor), ...per((v) => peak(rss[v])) };
      set.cpuMs = { floor: st(cpu.floor), ...per((v) => st(cpu[v])) };
      set.cpuRatio = set.cpuMs.floor?.median ? per((v) => (set.cpuMs[v] ? set.cpuMs[v].median / set.cpuMs.floor.median : null)) : null;
      set.ratio = set.ms.floor ? per((v) => (set.ms[v] ? set.ms[v].median / set.ms.floor.median : null)) : null;
      if (wantProfile && kind === 'cloudformation' && n === profileSize) {
        log(`${kind} ${n}: profiling one run`);
        out.profile = { kind, size: n, ...profileRun(cli, dir, ['--format', 'json']) };
      }
      out.sets.push(set);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

try {
  out.evaluator = { queriesPerSecond: await evaluatorQueriesPerSecond(root, quick ? 5000 : 200000) };
} catch (e) {
  // The evaluator's internal API may move; the rest of the benchmark still stands.
  out.evaluator = { error: e instanceof Error ? e.message : String(e) };
}
rmSync(rssFile, { force: true });
out.machine.loadEnd = loadavg().map((x) => Math.round(x * 100) / 100);
out.targets = judgeTargets(out);

emit(out);

function emit(result) {
  if (asJson) console.log(JSON.stringify(result, null, 2));
  else if (asMarkdown) console.log(renderMarkdown(result));
  else console.log(renderText(result));
}
