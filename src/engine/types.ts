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
  /** Message templates by message ID (ESLint style): `{{name}}` is replaced by the report's
   * `data` or `detail` value of that name. Rewording a template keeps fingerprints and baselines. */
  readonly messages?: Readonly<Record<string, string>>;
}

/** Values filled into a message template. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface Report {
  readonly status: Status;
  /** A key of the rule's `meta.messages`. */
  readonly messageId: string;
  /** The facts that identify the finding (bucket, role, account, action…): filled into the template
   * and hashed into the fingerprint. Keep positions and explanations out (use `detail`). */
  readonly data?: MessageData;
  /** Explanations filled into the template but not part of the finding's identity (why a request
   * is denied, a hint, a cited line). */
  readonly detail?: MessageData;
  /** Placeholder values that give the wording released before messages used the input's own
   * spelling (`DeliverLogsPermissionArn` where a Terraform input now reads `iam_role_arn`).
   * Version-1 baselines fingerprint the message text, so the run keeps that text to match them. */
  readonly released?: MessageData;
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
  /** Internal (never in `--format json`): the message template's ID and the key data, which the
   * fingerprints hash instead of the message text. Absent for results not produced by a rule. */
  readonly messageId?: string;
  readonly data?: MessageData;
  /** Internal: the rendered message (`now`) and the same template rendered in the released
   * wording (`before`), when they differ; version-1 baseline fingerprints read the message with
   * `now` replaced by `before` (messages.ts `messageAsReleased`). */
  readonly wordedBefore?: { readonly now: string; readonly before: string };
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
