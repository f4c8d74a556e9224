// A policy file that Terraform reads with file() is linted twice: as a standalone document and as
// the policy of the Terraform resource. Both readings stay (dropping the standalone one let a
// .tf file hide the file's own findings); a finding both readings make at the same place with
// the same message is the same finding, kept once under the Terraform resource's name.
import type { Result } from './types.js';

export function dedupeConsumed(results: Result[], consumed: ReadonlySet<string>): Result[] {
  if (!consumed.size) return results;
  const key = (r: Result) => `${r.ruleId}|${r.file}|${r.line}|${r.column}|${r.status}|${r.message}`;
  const underTerraform = new Set<string>();
  for (const r of results) if (r.file !== null && consumed.has(r.file) && r.resource !== r.file) underTerraform.add(key(r));
  return results.filter((r) => !(r.file !== null && consumed.has(r.file) && r.resource === r.file && underTerraform.has(key(r))));
}
