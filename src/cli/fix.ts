// `--fix` / `--fix-dry-run`: plan the bucket-policy fixes on a linted model, then print them as a
// diff or write them, and print the statements it cannot write for a person to add.
import type { Model } from '../model/model.js';
import type { OrgContext } from '../model/org.js';
import type { Io } from './options.js';

export interface FixRequest {
  readonly model: Model;
  readonly accountIds: readonly string[];
  readonly organization: OrgContext;
  readonly dryRun: boolean;
  /** The paths given: fixes are never written outside them. */
  readonly roots: readonly string[];
}

/** `exit`: the run ends here (a dry run, or writing failed); else how many files were fixed. */
export async function fixStep(req: FixRequest, io: Io): Promise<{ exit: number } | { fixed: number }> {
  const { planBucketPolicyFixes } = await import('../fix/bucket-policy.js');
  const { withoutDuplicateKeyFiles, writeFixes } = await import('../fix/write.js');
  const say = (m: string) => io.stderr(`flowlog-lint: ${m}\n`);
  const fixes = withoutDuplicateKeyFiles(planBucketPolicyFixes(req.model, req.accountIds, req.organization), req.model, say);
  if (req.dryRun) {
    const { createTwoFilesPatch } = await import('diff');
    for (const f of fixes) io.stdout(createTwoFilesPatch(`a/${f.path}`, `b/${f.path}`, f.before, f.after, undefined, undefined, { context: 3 }));
    await printSnippets(req, io, fixes.length);
    return { exit: 0 };
  }
  await printSnippets(req, io, fixes.length);
  // All or nothing, never through a link or outside the paths given (src/fix/write.ts).
  if (!writeFixes(fixes, { cwd: process.cwd(), roots: req.roots }, say)) return { exit: 2 };
  return { fixed: fixes.length };
}

/** Statements --fix cannot write (policies in YAML/HCL), printed for a person to add. */
async function printSnippets(req: FixRequest, io: Io, fixed: number): Promise<void> {
  const { suggestSnippets } = await import('../fix/snippet.js');
  const snippets = suggestSnippets(req.model, req.accountIds, req.organization);
  for (const sn of snippets) io.stderr(`flowlog-lint: ${sn.where}: --fix edits standalone JSON policy files only; ${sn.what}:\n${sn.text.replace(/^/gm, '    ')}\n`);
  if (!fixed && !snippets.length) io.stderr('flowlog-lint: nothing to fix\n');
}
