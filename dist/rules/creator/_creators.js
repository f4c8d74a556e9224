import { statementCoversAction, YES } from '../../src/engine/rule-api.js';
export function creators(model) {
    const groups = new Map();
    for (const p of model.identityPolicies) {
        const k = p.principalKey ?? p.uid;
        groups.set(k, [...(groups.get(k) ?? []), p]);
    }
    const out = [];
    for (const [key, policies] of groups) {
        const creates = policies.some((p) => p.doc.statements.some((s) => s.effect === 'Allow' && statementCoversAction(s, 'ec2:CreateFlowLogs') === YES));
        if (creates)
            out.push({ key, policies });
    }
    return out;
}
