// What a file-mode run is asked to do (the CLI and the tests build it).
import type { SeverityOverride } from '../engine/run.js';
import type { Rule } from '../engine/types.js';
import type { PolicyKind } from '../iam/policy.js';
import type { OrgContext } from '../model/org.js';

export interface LintOptions {
  paths: readonly string[];
  /** Terraform variable files given with --var-file. */
  varFiles?: readonly string[];
  /** CloudFormation parameter values: fixed for every template declaring them (over the files). */
  parameters?: ReadonlyMap<string, string>;
  /** `--parameters FILE` (CLI.md, "CloudFormation parameters"). */
  parameterFiles?: readonly string[];
  /** Warnings about the run itself (a given parameter no template declares). */
  warn?: (msg: string) => void;
  /** The partition symbols resolve to (default aws). */
  partition?: string;
  cwd: string;
  accountIds: readonly string[];
  /** The source accounts' organisation (`--org-id` / `--org-path`); default: unknown symbols. */
  organization?: OrgContext;
  severities: ReadonlyMap<string, SeverityOverride>;
  ignores?: readonly string[];
  /** Config: policy kind by path for standalone policy files. */
  classify?: (path: string) => PolicyKind | undefined;
  /** Files larger than this are not read (bytes). */
  maxFileSize?: number;
  debug?: (msg: string) => void;
  /** The rules to run (default: every rule). */
  rules?: readonly Rule[];
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
