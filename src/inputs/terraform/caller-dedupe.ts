// A module folder checked both on its own and under a caller (`examples/complete → module.x`)
// can raise the same finding twice: at the same place, for the same reason, naming the resource
// once by its own address and once by the call path. Reported once: the module's own finding
// holds for any caller, so the caller's copy adds nothing.
import type { CheckCounts, Result } from '../../engine/types.js';

const CALL_PATH = /[^\s`]+ → (?:module\.[^.\s`]+\.)+/g;
const LABEL = / \[when [^\]]*\]$/;

function key(r: Result): string {
  const msg = r.message.replace(LABEL, '').replace(CALL_PATH, '');
  return [r.ruleId, r.file, r.line, r.column, r.status, (r.resource ?? '').replace(CALL_PATH, ''), msg].join('|');
}

export function dropCallerDuplicates(results: readonly Result[], checks: Record<string, CheckCounts>): Result[] {
  const own = new Set(results.filter((r) => !r.resource?.includes(' → ')).map(key));
  return results.filter((r) => {
    if (!r.resource?.includes(' → ') || !own.has(key(r))) return true;
    const c = checks[r.ruleId];
    if (c && c[r.status] > 0) c[r.status]--;
    return false;
  });
}
