// The state one file-mode run carries between its steps (lint.ts): the errors found so far, the
// part of the model loaded once, the documents loaded again per world, and each input kind's
// session.
import { PARSE_ERROR } from '../../rules/index.js';
import type { Result } from '../engine/types.js';
import type { LoadOptions } from '../inputs/context.js';
import type { FileState } from '../inputs/labels.js';
import { INPUTS } from '../inputs/registry.js';
import { linkDeclaredApart } from '../link/apart.js';
import type { ErrorAt, InputSession, ParsedDoc, RunContext } from '../inputs/types.js';
import { emptyModel, type Model } from '../model/model.js';
import { lineCol, type SourceFile } from '../parse/source.js';
import type { WalkResult } from '../walk.js';
import type { LintOptions } from './options.js';

export interface RunState {
  readonly opts: LintOptions;
  readonly debug: (msg: string) => void;
  readonly walked: WalkResult;
  readonly errors: Result[];
  readonly errorAt: ErrorAt;
  readonly sessions: readonly InputSession[];
  /** Options every document load gets (the world's are added to them). */
  readonly loadOpts: LoadOptions;
  /** Conditions the first loads found undecidable (the worlds assign them). */
  readonly undecided: Set<string>;
  /** What is loaded once: in every world. */
  readonly base: Model;
  /** Documents loaded again in every world (CloudFormation conditions, scenarios, nested stacks). */
  readonly perWorld: ParsedDoc[];
  /** YAML sources loaded once (their comments may hold suppressions). */
  readonly yamlSources: SourceFile[];
  /** Per world: each file's label state. */
  readonly worldStates: Map<string, FileState>[];
  bindingsFor(path: string): ReadonlyMap<string, string>;
  /** Counts a file that is not a flow-log input, named with --debug. */
  skip(display: string, why: string): void;
  skipped: number;
  /** Snapshots read (not source files: not counted in summary.files). */
  snapshotFiles: number;
}

/** Starts a run: the walk's errors, the bindings, one session per input kind. */
export function startRun(opts: LintOptions, walked: WalkResult): RunState {
  const debug = opts.debug ?? (() => {});
  const errors: Result[] = [];
  const errorAt: ErrorAt = (message, src, file, offset) => {
    const lc = src && offset !== undefined ? lineCol(src, offset) : { line: 1, column: 1 };
    if (errors.some((x) => x.file === file && x.message === message && x.line === lc.line)) return;
    errors.push({ ruleId: PARSE_ERROR.id, severity: 'error', status: 'fail', message, file, line: lc.line, column: lc.column });
  };
  for (const m of walked.missing) errors.push({ ruleId: PARSE_ERROR.id, severity: 'error', status: 'fail', message: `No such file or folder: ${m}`, file: m.split('\\').join('/') });
  for (const u of walked.unreadable) errorAt(`Cannot read folder: ${u.reason}`, undefined, u.path);
  const bindings = runBindings(opts);
  const sessions: InputSession[] = [];
  const bindingsFor = (path: string) => sessions.reduce<ReadonlyMap<string, string>>((b, s) => s.bindingsFor?.(path, b) ?? b, bindings);
  const state: RunState = {
    opts, debug, walked, errors, errorAt, sessions, loadOpts: { debug }, undecided: new Set(), base: emptyModel(), perWorld: [], yamlSources: [], worldStates: [], bindingsFor, skipped: 0, snapshotFiles: 0,
    skip(display, why) {
      state.skipped++;
      debug(`${display}: skipped: ${why}`);
    },
  };
  const ctx: RunContext = {
    paths: opts.paths, cwd: opts.cwd, files: walked.files, bindings, varFiles: opts.varFiles ?? [], parameters: opts.parameters ?? new Map(), parameterFiles: opts.parameterFiles ?? [],
    debug, warn: opts.warn ?? debug, errorAt, bindingsFor, skip: (display, why) => state.skip(display, why), linkLoaded: linkDeclaredApart,
  };
  for (const k of INPUTS) if (k.session) sessions.push(k.session(ctx));
  const sessionOpts = Object.assign({}, ...sessions.map((s) => s.loadOptions?.() ?? {})) as Partial<LoadOptions>;
  Object.assign(state.loadOpts, { undecided: state.undecided, ...sessionOpts, ...(opts.classify ? { classify: opts.classify } : {}) });
  return state;
}

function runBindings(opts: LintOptions): Map<string, string> {
  const bindings = new Map<string, string>();
  if (opts.accountIds.length === 1) bindings.set('AWS::AccountId', opts.accountIds[0] as string);
  // Symbols for the partition resolve to the one the user deploys to (default aws), so a literal
  // `arn:aws:…` in a policy compares with `!GetAtt Bucket.Arn` instead of being undecidable.
  bindings.set('AWS::Partition', opts.partition ?? 'aws');
  return bindings;
}
