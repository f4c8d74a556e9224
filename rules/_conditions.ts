import type { Statement } from '../src/engine/rule-api.js';

/** Does the statement's Condition name aws:SourceAccount, aws:SourceArn, aws:SourceOrgID or
 * aws:SourceOrgPaths under any operator? */
export function hasSourceCondition(s: Statement): boolean {
  const c = s.condition;
  if (!c || c.kind !== 'obj') return false;
  return c.entries.some(
    (op) => op.value.kind === 'obj' && op.value.entries.some((k) => /^aws:source(account|arn|orgid|orgpaths)$/i.test(k.key)),
  );
}
