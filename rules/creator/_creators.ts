// Identities that create flow logs: identity policies (grouped by the principal they belong to)
// with an Allow statement whose actions cover ec2:CreateFlowLogs.
import type { IdentityPolicy, Model } from '../../src/engine/rule-api.js';
import { statementCoversAction, YES } from '../../src/engine/rule-api.js';

export interface Creator {
  key: string;
  policies: IdentityPolicy[];
}

export function creators(model: Model): Creator[] {
  const groups = new Map<string, IdentityPolicy[]>();
  for (const p of model.identityPolicies) {
    const k = p.principalKey ?? p.uid;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const out: Creator[] = [];
  for (const [key, policies] of groups) {
    const creates = policies.some((p) => p.doc.statements.some((s) => s.effect === 'Allow' && statementCoversAction(s, 'ec2:CreateFlowLogs') === YES));
    if (creates) out.push({ key, policies });
  }
  return out;
}
