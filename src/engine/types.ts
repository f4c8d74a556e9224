// The rule interface (ESLint-style: metadata plus a check) and the results rules produce.
import type { Model, Origin } from '../model/model.js';
import type { Pos } from '../parse/source.js';
import type { Links } from '../link/links.js';

export type Severity = 'error' | 'warning' | 'info';
export type Status = 'fail' | 'unverifiable';

export interface RuleMeta {
  /** `group/short-name`. */
  readonly id: string;
  readonly severity: Severity;
  /** One line, shown by `flowlog-lint rules`. */
  readonly description: string;
  /** Where the requirement comes from: a seed document section or an AWS page. */
  readonly source: string;
}

export interface Report {
  readonly status: Status;
  readonly message: string;
  /** The offending value (or the nearest value standing in for a missing one). */
  readonly pos?: Pos;
  /** Resource name: logical ID, Terraform address, ARN. */
  readonly resource?: string;
  readonly origin?: Origin;
  /** Overrides the rule's severity for this result (e.g. a size close to the limit). */
  readonly severity?: Severity;
}

export interface RuleOptions {
  /** Source accounts for inputs that do not state theirs. */
  readonly accountIds: readonly string[];
}

export interface RuleContext {
  readonly model: Model;
  readonly links: Links;
  readonly options: RuleOptions;
  /** Records a subject that was checked and held. */
  pass(): void;
  report(r: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** A result as the reporters see it. */
export interface Result {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly status: Status;
  readonly message: string;
  readonly file: string | null;
  readonly source?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly resource?: string;
  readonly suppressed?: { readonly kind: string; readonly justification: string };
}

export interface CheckCounts {
  pass: number;
  fail: number;
  unverifiable: number;
}

export interface RunOutput {
  results: Result[];
  files: number;
  resources: number;
  checks: Record<string, CheckCounts>;
  /** True when an input could not be read (exit 2). */
  inputErrors: boolean;
  /** Files found that are not flow-log inputs (CLI.md: `summary.skipped`). */
  skipped: number;
  /** No input was recognised at all (every file skipped, or none found). */
  empty: boolean;
}
