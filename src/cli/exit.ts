// The exit codes (../shared/spec/CLI.md, "Exit codes"), decided here only.
import type { Result } from '../engine/types.js';
import type { Io } from './options.js';

export interface Outcome {
  readonly results: readonly Result[];
  /** An input could not be read or parsed. */
  readonly inputErrors: boolean;
  /** No flow-log input was found, and --fail-on-empty (or the config) asks to fail on that. */
  readonly emptyFails?: boolean;
  readonly maxWarnings?: number | undefined;
}

/** 2 when the run could not do its job, 1 for an unsuppressed error or too many warnings, else 0.
 * Commands that do not judge findings (graph, --update-baseline) pass no results. */
export function exitCode(o: Outcome, io: Io): number {
  if (o.inputErrors) return 2;
  if (o.emptyFails) {
    io.stderr('flowlog-lint: no flow-log inputs found (--fail-on-empty)\n');
    return 2;
  }
  const active = o.results.filter((r) => !r.suppressed);
  const errors = active.filter((r) => r.severity === 'error').length;
  const warnings = active.filter((r) => r.severity === 'warning').length;
  if (errors > 0) return 1;
  if (o.maxWarnings !== undefined && warnings > o.maxWarnings) {
    io.stderr(`flowlog-lint: ${warnings} warning(s), more than --max-warnings ${o.maxWarnings} allows\n`);
    return 1;
  }
  return 0;
}

/** A merged report's input errors: its unsuppressed parse errors. */
export function hasParseErrors(results: readonly Result[]): boolean {
  return results.some((r) => !r.suppressed && r.ruleId === 'parse-error');
}
