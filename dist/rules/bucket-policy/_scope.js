import { aclCheckRequest, display, evaluate, putObjectRequest } from '../../src/engine/rule-api.js';
/** Why a bucket's policy cannot be read (a Terraform policy built at apply time), if so. */
export function unresolvedPolicy(scope) {
    return scope.policies.find((p) => p.unresolved)?.unresolved;
}
export function docsOf(scope) {
    return scope.policies.map((p) => p.doc);
}
export function scopeName(scope) {
    return display(scope.bucketName);
}
/** Where findings about a bucket point when no statement stands in: its policy, else the bucket. */
export function scopeAnchor(scope) {
    const p = scope.policies[0];
    if (p)
        return { ...(p.doc.pos ? { pos: p.doc.pos } : p.pos ? { pos: p.pos } : {}), resource: p.name, origin: p.origin };
    const b = scope.bucket;
    if (b)
        return { ...(b.pos ? { pos: b.pos } : {}), resource: b.name, origin: b.origin };
    const fl = scope.flowLogs[0];
    return { ...(fl?.destination?.pos ? { pos: fl.destination.pos } : {}), resource: fl?.name ?? scopeName(scope), ...(fl ? { origin: fl.origin } : {}) };
}
// Several rules ask the same delivery questions of a bucket: answer each once per run.
const writeCache = new WeakMap();
const aclCache = new WeakMap();
export function deliveryWriteQuestions(scope) {
    const hit = writeCache.get(scope);
    if (hit)
        return hit;
    const out = [];
    writeCache.set(scope, out);
    const docs = docsOf(scope);
    for (const t of scope.targets) {
        for (const a of t.accounts) {
            const req = putObjectRequest(scope, t, a, 'bucket-owner-full-control');
            out.push({ target: t, account: a, decision: evaluate(docs, req), resource: req.resource });
        }
    }
    return out;
}
export function aclCheckQuestions(scope) {
    const hit = aclCache.get(scope);
    if (hit)
        return hit;
    const out = [];
    aclCache.set(scope, out);
    const docs = docsOf(scope);
    const seen = new Set();
    for (const t of scope.targets) {
        for (const a of t.accounts) {
            const k = display(a) + '|' + display(t.region);
            if (seen.has(k))
                continue;
            seen.add(k);
            const req = aclCheckRequest(scope, t, a);
            out.push({ target: t, account: a, decision: evaluate(docs, req), resource: req.resource });
        }
    }
    return out;
}
/** The text of the object path for messages: `prefix/AWSLogs/ACCOUNT/*`. */
export function objectPath(scope, t, account) {
    const prefix = t.prefix.length ? `${display(t.prefix)}/` : '';
    return `arn:${display(scope.partition)}:s3:::${scopeName(scope)}/${prefix}AWSLogs/${t.hive ? 'aws-account-id=' : ''}${display(account)}/*`;
}
