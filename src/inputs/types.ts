// The contract between the pipeline (src/lint.ts) and the input kinds (src/inputs/<kind>/). The
// pipeline reads files, asks the registry which kind each is, loads it, and builds one model per
// "world"; it names no kind. A kind whose files are read as a whole set (Terraform), or whose
// documents are loaded again per world (CloudFormation conditions and parameter scenarios), does
// that through a session: one object per run, holding that kind's state between the steps.
import type { CheckCounts, Result } from '../engine/types.js';
import type { Model } from '../model/model.js';
import type { ParseIssue } from '../parse/errors.js';
import type { PNode } from '../parse/pnode.js';
import type { SourceFile } from '../parse/source.js';
import type { FileState } from './labels.js';
import type { LoadOptions, LoadTarget } from './context.js';

/** Reports an input error at a position (or at 1:1). */
export type ErrorAt = (message: string, src: SourceFile | undefined, file: string, offset?: number) => void;

/** A JSON/YAML document, parsed. */
export interface ParsedDoc {
  readonly src: SourceFile;
  readonly root: PNode;
  readonly issues: ParseIssue[];
  readonly syntax: 'json' | 'yaml';
}

/** What a session sees of the run. */
export interface RunContext {
  readonly paths: readonly string[];
  readonly cwd: string;
  /** Every file the walk found (absolute). */
  readonly files: readonly string[];
  /** Pseudo-parameter bindings of the run (account, partition). */
  readonly bindings: ReadonlyMap<string, string>;
  readonly varFiles: readonly string[];
  readonly parameters: ReadonlyMap<string, string>;
  readonly parameterFiles: readonly string[];
  readonly debug: (msg: string) => void;
  readonly warn: (msg: string) => void;
  readonly errorAt: ErrorAt;
  /** Counts a file as skipped, with the reason under --debug. */
  readonly skip: (display: string, why: string) => void;
  /** The bindings a file is read with (the run's, plus what sessions add). */
  readonly bindingsFor: (path: string) => ReadonlyMap<string, string>;
  /** The link step's first part, for a model a session loads itself: joins what its loader
   * declared apart (link/apart.ts; inputs do not import link/). */
  readonly linkLoaded: (model: Model) => void;
}

/** One world: an assignment of the undecidable conditions and a parameter-scenario index. */
export interface World {
  readonly assume: ReadonlyMap<string, boolean>;
  readonly scenario: number;
  /** Filled with the conditions this world's loads find undecidable. */
  readonly undecided: Set<string>;
}

/** A scenario plan of one file, for the `[when …]` label's "n of m scenarios explored". */
export interface PlanNote {
  readonly explored: number;
  readonly cappedFrom?: number;
  /** What each scenario varies: 'parameter' (CloudFormation) or 'input' (Terraform). */
  readonly noun: string;
}

/** Per-run state of one input kind. Every hook is optional; the pipeline calls them in order. */
export interface InputSession {
  /** Files the kind reads itself, beyond the walk (Terraform's --var-file). */
  extraFiles?(): readonly string[];
  /** Claims a file by its path: the kind reads it (the pipeline does not parse it). */
  claimsFile?(abs: string): boolean;
  /** A claimed file's text. */
  addFile?(abs: string, src: SourceFile, display: string): void;
  /** Bindings for a file (CDK environments add the stack's account and region). */
  bindingsFor?(path: string, base: ReadonlyMap<string, string>): ReadonlyMap<string, string>;
  /** Options every document load gets (CloudFormation `--parameters` values). */
  loadOptions?(): Partial<LoadOptions>;
  /** Sees every parsed document before it is loaded. */
  onDocument?(doc: ParsedDoc): void;
  /** True when the document must be loaded in every world rather than once. */
  perWorld?(doc: ParsedDoc): boolean;
  /** After every file is read: `perWorld` holds the documents loaded per world. */
  prepare?(perWorld: readonly ParsedDoc[], base: Model): void;
  /** Parameter scenarios this kind explores (1 when none). */
  scenarios?(): number;
  /** Starts a world: options for its per-world documents; `states` receives the label state. */
  beginWorld?(world: World, states: Map<string, FileState>): Partial<LoadOptions>;
  /** Adds this kind's part of a world to its model (after the per-world documents). */
  addToWorld?(model: Model, world: World, states: Map<string, FileState>): void;
  /** Whether later worlds may re-run only the files they touch (engine/worlds.ts). */
  splittable?(): boolean;
  planOf?(file: string): PlanNote | undefined;
  /** Sources whose comments may hold suppressions. */
  commentSources?(): readonly SourceFile[];
  /** Drops findings the kind makes twice (a module's own and its caller's copy), keeping the
   * check counts right; before findings are merged across inputs. */
  dropDuplicates?(results: Result[], checks: Record<string, CheckCounts>): Result[];
  /** Files the kind read as data of another (Terraform file()): their findings de-duplicated. */
  consumed?(): ReadonlySet<string>;
  dispose?(): void;
}

/** One input kind. */
export interface InputKind {
  readonly name: string;
  /** A parsed JSON/YAML document of this kind. */
  detect?(root: PNode): boolean;
  /** Loads a detected document into `t.model`; false when it holds nothing this kind reads. */
  load?(t: LoadTarget, root: PNode): boolean;
  /** What an audit read, not a source file: not counted in summary.files. */
  readonly notASource?: boolean;
  /** Work before the (synchronous) run: e.g. the HCL parser's wasm, loaded only when needed. */
  prepareAsync?(files: readonly string[], varFiles: readonly string[]): Promise<void>;
  session?(ctx: RunContext): InputSession;
  /** Why the run must be linted as one whole rather than in batches of files (parallel linting,
   * pipeline/parallel.ts), or undefined: a kind whose files share run-wide state (Terraform
   * modules, CloudFormation conditions and nested stacks, a CDK manifest) says so. `text` reads a
   * file (undefined when it cannot or is over the size limit). */
  keepsRunWhole?(files: readonly string[], cwd: string, text: (file: string) => string | undefined): string | undefined;
}
