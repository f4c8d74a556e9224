// `flowlog-lint merge FILE...`: combines JSON reports of separate runs (shards of an audit, parts
// of a monorepo) into one report, in any output format. Results are de-duplicated and sorted as a
// single run would sort them; check counts are added up.
import { readFileSync } from 'node:fs';
import type { CheckCounts, Result } from './engine/types.js';
import { sortResults } from './lint.js';

export class MergeError extends Error {}

interface JsonReport {
  version: number;
  tool?: { name?: string; version?: string };
  results: Result[];
  summary: { files: number; skipped?: number; resources: number; checks: Record<string, CheckCounts> };
}

function isSnapshot(p: string): boolean {
  try {
    const j = JSON.parse(readFileSync(p, 'utf8')) as unknown;
    return typeof j === 'object' && j !== null && 'flowlogLintSnapshot' in j;
  } catch {
    return false;
  }
}

/** Audit snapshots (merged by linting them together) and the other inputs (JSON reports). */
export function splitMergeInputs(paths: readonly string[]): { snapshots: string[]; reports: string[] } {
  const snapshots = paths.filter(isSnapshot);
  return { snapshots, reports: paths.filter((p) => !snapshots.includes(p)) };
}

/** True when every input is an audit snapshot (those are merged by linting them together). */
export function allSnapshots(paths: readonly string[]): boolean {
  return paths.length > 0 && paths.every(isSnapshot);
}

/** `snapshotReport`: the JSON report of the snapshots given beside the reports (linted together). */
export function mergeReports(paths: readonly string[], snapshotReport?: string): { results: Result[]; files: number; skipped: number; resources: number; checks: Record<string, CheckCounts> } {
  if (paths.length === 0) throw new MergeError('merge needs at least one JSON report (flowlog-lint --format json … --output FILE)');
  const seen = new Set<string>();
  const results: Result[] = [];
  const checks: Record<string, CheckCounts> = {};
  let files = 0;
  let skipped = 0;
  let resources = 0;
  const inputs = [...paths, ...(snapshotReport !== undefined ? ['(snapshots)'] : [])];
  for (const p of inputs) {
    let rep: JsonReport;
    try {
      rep = JSON.parse(p === '(snapshots)' && snapshotReport !== undefined ? snapshotReport : readFileSync(p, 'utf8')) as JsonReport;
    } catch (e) {
      throw new MergeError(`${p}: not a readable JSON report (${(e as Error).message})`);
    }
    if (rep.version !== 1 || !Array.isArray(rep.results) || typeof rep.summary !== 'object') {
      throw new MergeError(`${p}: not a flowlog-lint JSON report (version 1)`);
    }
    files += rep.summary.files ?? 0;
    skipped += rep.summary.skipped ?? 0;
    resources += rep.summary.resources ?? 0;
    for (const [id, c] of Object.entries(rep.summary.checks ?? {})) {
      const t = (checks[id] ??= { pass: 0, fail: 0, unverifiable: 0 });
      t.pass += c.pass;
      t.fail += c.fail;
      t.unverifiable += c.unverifiable;
    }
    for (const r of rep.results) {
      const key = JSON.stringify(r);
      if (seen.has(key)) continue;
      seen.add(key);
      results.push(r);
    }
  }
  return { results: sortResults(results), files, skipped, resources, checks };
}
