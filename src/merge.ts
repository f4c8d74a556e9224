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

/** True when every input is an audit snapshot (those are merged by linting them together). */
export function allSnapshots(paths: readonly string[]): boolean {
  return (
    paths.length > 0 &&
    paths.every((p) => {
      try {
        return 'flowlogLintSnapshot' in (JSON.parse(readFileSync(p, 'utf8')) as object);
      } catch {
        return false;
      }
    })
  );
}

export function mergeReports(paths: readonly string[]): { results: Result[]; files: number; skipped: number; resources: number; checks: Record<string, CheckCounts> } {
  if (paths.length === 0) throw new MergeError('merge needs at least one JSON report (flowlog-lint --format json … --output FILE)');
  const seen = new Set<string>();
  const results: Result[] = [];
  const checks: Record<string, CheckCounts> = {};
  let files = 0;
  let skipped = 0;
  let resources = 0;
  for (const p of paths) {
    let rep: JsonReport;
    try {
      rep = JSON.parse(readFileSync(p, 'utf8')) as JsonReport;
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
