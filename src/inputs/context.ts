// What an input's loader receives: the model it adds to, the file, and the run's options. A
// neutral module: the inputs (src/inputs/*), the loaders and src/cfn, src/terraform all import it,
// and it imports none of them.
import type { Model } from '../model/model.js';
import type { SourceFile } from '../parse/source.js';
import type { Val } from '../model/value.js';
import type { PolicyKind } from '../iam/policy.js';

export interface LoadOptions {
  debug: (msg: string) => void;
  /** Pseudo parameters bound to literals (`AWS::AccountId` when one --account-id is given). */
  bindings?: ReadonlyMap<string, string>;
  /** Assumed values of CloudFormation conditions that cannot be decided (one "world"). */
  assume?: ReadonlyMap<string, boolean>;
  /** Filled with the names of conditions found undecidable. */
  undecided?: Set<string>;
  /** Config classification override for standalone policy files. */
  classify?: (path: string) => PolicyKind | undefined;
  /** Per template file: parameter values passed by a parent stack in the same run. */
  paramOverrides?: ReadonlyMap<string, ReadonlyMap<string, Val>>;
  /** Per template file: parameters that take "another value" in this scenario (cfn/scenarios.ts). */
  otherParams?: ReadonlyMap<string, ReadonlySet<string>>;
  /** `--parameters` values, for every template that declares the parameter. */
  parameterValues?: ReadonlyMap<string, string>;
}

export interface LoadTarget {
  model: Model;
  src: SourceFile;
  opts: LoadOptions;
}
