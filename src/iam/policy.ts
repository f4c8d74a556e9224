// IAM policy documents as the evaluator sees them: statements whose elements keep their values
// (and so their positions). Grammar errors are policy/syntax's business; here a statement that is
// malformed simply contributes what it can.
import { asList, field, fieldEntry, literal, type Val } from '../model/value.js';
import type { PolicyDoc, PolicyKind, Statement } from '../model/policy.js';

// The document types live in the model (model/ must not import iam/); re-exported for the evaluator.
export type { PolicyDoc, PolicyKind, Statement };

export function statementsOf(doc: Val): Statement[] {
  const st = field(doc, 'Statement');
  return asList(st).map((s, index) => {
    const effV = field(s, 'Effect');
    const eff = literal(effV);
    const sid = literal(field(s, 'Sid'));
    const opt = (k: string): Val | undefined => fieldEntry(s, k)?.value;
    const out: Statement = {
      index,
      effect: eff === 'Allow' || eff === 'Deny' ? eff : 'invalid',
      node: s,
      ...(sid !== undefined ? { sid } : {}),
      ...pick('principal', opt('Principal')),
      ...pick('notPrincipal', opt('NotPrincipal')),
      ...pick('action', opt('Action')),
      ...pick('notAction', opt('NotAction')),
      ...pick('resource', opt('Resource')),
      ...pick('notResource', opt('NotResource')),
      ...pick('condition', opt('Condition')),
    };
    return out;
  });
}

function pick<K extends string>(k: K, v: Val | undefined): Partial<Record<K, Val>> {
  return v === undefined ? {} : ({ [k]: v } as Record<K, Val>);
}

export function makePolicy(kind: PolicyKind, node: Val): PolicyDoc {
  const version = literal(field(node, 'Version'));
  return {
    kind,
    node,
    statements: statementsOf(node),
    ...(version !== undefined ? { version } : {}),
    ...(node.pos ? { pos: node.pos } : {}),
  };
}

/** "Statement 2 (Sid `AWSLogDeliveryWrite`)" for messages. */
export function describeStatement(s: Statement): string {
  return s.sid ? `statement \`${s.sid}\`` : `statement #${s.index + 1}`;
}
