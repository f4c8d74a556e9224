// What a loader receives and returns.
import type { Model } from '../model/model.js';
import type { ParseIssue } from '../parse/errors.js';
import type { SourceFile } from '../parse/source.js';

export interface LoadOptions {
  debug: (msg: string) => void;
}

export interface LoadResult {
  /** True when the file was recognised as an input flowlog-lint reads. */
  recognised: boolean;
  issues: ParseIssue[];
}

export interface LoadTarget {
  model: Model;
  src: SourceFile;
  opts: LoadOptions;
}
