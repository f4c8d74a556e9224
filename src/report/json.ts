// `--format json` (version 1), exactly as ../shared/spec/CLI.md specifies.
import type { CheckCounts, Result } from '../engine/types.js';
import { jsonSafe } from './escape.js';

export interface Report {
  results: Result[];
  files: number;
  resources: number;
  checks: Record<string, CheckCounts>;
  toolVersion: string;
}

export function counts(results: Result[]): { errors: number; warnings: number; suppressed: number } {
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  for (const r of results) {
    if (r.suppressed) suppressed++;
    else if (r.severity === 'error') errors++;
    else if (r.severity === 'warning') warnings++;
  }
  return { errors, warnings, suppressed };
}

export function formatJson(rep: Report): string {
  const c = counts(rep.results);
  const sortedChecks: Record<string, CheckCounts> = {};
  for (const k of Object.keys(rep.checks).sort()) sortedChecks[k] = rep.checks[k] as CheckCounts;
  const out = {
    version: 1,
    tool: { name: 'flowlog-lint', version: rep.toolVersion },
    results: rep.results.map((r) => ({
      ruleId: r.ruleId,
      severity: r.severity,
      status: r.status,
      message: r.message,
      file: r.file,
      ...(r.source ? { source: r.source } : {}),
      ...(r.line !== undefined ? { line: r.line, column: r.column, endLine: r.endLine ?? r.line, endColumn: r.endColumn ?? r.column } : {}),
      ...(r.resource ? { resource: r.resource } : {}),
      ...(r.suppressed ? { suppressed: r.suppressed } : {}),
    })),
    summary: { files: rep.files, resources: rep.resources, ...c, checks: sortedChecks },
  };
  return `${jsonSafe(JSON.stringify(out, null, 2))}\n`;
}
