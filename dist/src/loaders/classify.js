// Which kind of policy a standalone document is, from its content: who it names as principal
// and what it grants. Config can override it per file.
import { asList, literal } from '../model/value.js';
import { statementsOf } from '../iam/policy.js';
const TRUST_ACTIONS = /^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext|\*)$/i;
export function classifyPolicy(doc) {
    const statements = statementsOf(doc);
    const withPrincipal = statements.filter((s) => s.principal || s.notPrincipal);
    if (withPrincipal.length === 0)
        return 'identity';
    const actions = withPrincipal.flatMap((s) => asList(s.action ?? s.notAction)).map((v) => literal(v) ?? '');
    const resources = withPrincipal.flatMap((s) => asList(s.resource ?? s.notResource)).map((v) => literal(v) ?? '');
    if (actions.length > 0 && actions.every((a) => TRUST_ACTIONS.test(a)))
        return 'trust';
    if (actions.some((a) => a.toLowerCase().startsWith('kms:')))
        return 'key';
    if (actions.some((a) => a.toLowerCase().startsWith('s3:')) || resources.some((r) => /^arn:[^:]+:s3:::/.test(r))) {
        return 'bucket';
    }
    if (statements.every((s) => !s.resource && !s.notResource))
        return 'trust';
    return 'resource';
}
/** The bucket a standalone bucket policy governs, from its statements' S3 resources. */
export function bucketOfPolicy(doc) {
    const counts = new Map();
    for (const s of statementsOf(doc)) {
        for (const r of [...asList(s.resource), ...asList(s.notResource)]) {
            const t = literal(r);
            const m = t ? /^arn:[^:]+:s3:::([^/*?]+)/.exec(t) : null;
            if (m?.[1]) {
                const c = counts.get(m[1]) ?? { n: 0, at: r };
                c.n++;
                counts.set(m[1], c);
            }
        }
    }
    let best;
    let bestN = 0;
    for (const [name, c] of counts) {
        if (c.n > bestN) {
            best = { name, at: c.at };
            bestN = c.n;
        }
    }
    return best;
}
