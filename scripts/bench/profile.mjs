// Profile split: where a flowlog-lint run spends its CPU time, by part of the pipeline.
// Runs the built CLI under `node --cpu-prof` (every thread writes a profile; all are summed) and
// attributes each sample's self time to a category from the module it ran in. The CLI is an
// esbuild bundle, so a bundle line is mapped back to its source module by the `// path` comments
// esbuild leaves at each module's start. Frames without a module of their own (built-ins such as
// Map.get or RegExp.exec, most of node:internal) count for the nearest caller that has one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CATEGORIES = [
  ['garbage collection', () => false],
  ['js-yaml parse', (p) => p.includes('node_modules/js-yaml/')],
  ['yaml package (positions, 2nd parse)', (p) => p.includes('node_modules/yaml/')],
  ['Terraform parse (tree-sitter)', (p) => p.includes('tree-sitter')],
  ['IAM matching and evaluation', (p) => p.includes('src/iam/')],
  ['rules and engine', (p) => /(^|\/)rules\//.test(p) || p.includes('src/engine/')],
  ['linking', (p) => p.includes('src/link/')],
  ['loading (CloudFormation, Terraform, model)', (p) => /src\/(loaders|cfn|terraform|parse|model)\//.test(p)],
  ['file reading and walk', (p) => p.startsWith('node:fs') || p.startsWith('node:internal/fs') || p.includes('src/walk.js') || p.includes('src/inputs/')],
  ['reporting', (p) => p.includes('src/report/') || p.includes('src/output.js')],
  ['start-up and other', () => true],
];

/** Maps (url, 0-based line) of a bundle file to the source module that line came from. */
function moduleMapper() {
  const cache = new Map();
  return (url, line) => {
    if (!url.startsWith('file://') || !url.includes('/dist/bundle/')) return url;
    let marks = cache.get(url);
    if (!marks) {
      marks = [];
      try {
        readFileSync(fileURLToPath(url), 'utf8')
          .split('\n')
          .forEach((l, i) => {
            const m = /^\/\/ ((?:dist|node_modules|src|rules)\/\S+)$/.exec(l);
            if (m) marks.push([i, m[1]]);
          });
      } catch {
        // unreadable bundle file: keep the URL
      }
      cache.set(url, marks);
    }
    let lo = 0;
    let hi = marks.length - 1;
    let found = url;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid][0] <= line) {
        found = marks[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

function ownCategory(frame, path) {
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  if (frame.functionName === '(program)' || frame.functionName === '(idle)') return 'start-up and other';
  if (!path) return undefined;
  if (path.startsWith('node:internal/modules') || path.startsWith('node:internal/main')) return 'start-up and other';
  if (path.startsWith('node:') && !path.startsWith('node:fs') && !path.startsWith('node:internal/fs')) return undefined;
  for (const [name, test] of CATEGORIES) if (name !== 'garbage collection' && test(path)) return name;
  return undefined;
}

/** Sums self time (ms) per category over .cpuprofile files. */
export function splitProfiles(files) {
  const mapPath = moduleMapper();
  const totals = Object.fromEntries(CATEGORIES.map(([n]) => [n, 0]));
  for (const file of files) {
    const prof = JSON.parse(readFileSync(file, 'utf8'));
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const cat = new Map();
    const categoryOf = (id) => {
      if (cat.has(id)) return cat.get(id);
      const n = byId.get(id);
      const f = n.callFrame;
      let c = ownCategory(f, f.url ? mapPath(f.url, f.lineNumber) : '');
      if (!c) c = parent.has(id) ? categoryOf(parent.get(id)) : 'start-up and other';
      cat.set(id, c);
      return c;
    };
    const self = new Map();
    prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
    for (const [id, us] of self) totals[categoryOf(id)] += us / 1000;
  }
  const total = Object.values(totals).reduce((a, b) => a + b, 0);
  return { totalMs: Math.round(total), parts: CATEGORIES.map(([n]) => ({ name: n, ms: Math.round(totals[n]), pct: total ? Math.round((totals[n] / total) * 1000) / 10 : 0 })) };
}

/** Runs the CLI once on `dir` under the CPU profiler and returns the split. */
export function profileRun(cli, dir, args) {
  const out = mkdtempSync(join(tmpdir(), 'flowlog-bench-prof-'));
  try {
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', out, cli, ...args, '.'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`profiled run exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    const files = readdirSync(out)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(out, f));
    return { threads: files.length, ...splitProfiles(files) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
