import { evaluate, evaluateStatement, statementCoversAction, statementPrincipalMatches } from './evaluate.js';
import { normalizeContext } from './request.js';
import { NO, UNKNOWN, YES } from './tri.js';
/** The canned ACLs of Amazon S3 (S3 User Guide, "Canned ACL"). */
export const CANNED_ACLS = [
    'private',
    'public-read',
    'public-read-write',
    'authenticated-read',
    'aws-exec-read',
    'bucket-owner-read',
    'bucket-owner-full-control',
    'log-delivery-write',
];
const BOOL = ['true', 'false'];
// Keys in lower case (condition keys are case-insensitive). Bool keys from the IAM User Guide,
// "AWS global condition context keys".
const CLOSED = new Map([
    ['s3:x-amz-acl', CANNED_ACLS],
    ['aws:securetransport', BOOL],
    ['aws:multifactorauthpresent', BOOL],
    ['aws:principalisawsservice', BOOL],
    ['aws:viaawsservice', BOOL],
]);
/** The values of a closed-set key, or undefined for an open key. */
export function closedSetValues(key) {
    return CLOSED.get(key.toLowerCase());
}
/** Does any statement name the key: as a condition key, or as a policy variable (`${key}`)? A key
 * no statement names cannot change any answer, so one variant of it is enough. */
function mentioned(policies, key) {
    const k = key.toLowerCase();
    const walk = (v, depth) => {
        if (!v || depth > 64)
            return depth > 64; // absurd nesting: assume it does (never skip a value)
        switch (v.kind) {
            case 'obj':
                return v.entries.some((e) => e.key.toLowerCase() === k || walk(e.value, depth + 1));
            case 'arr':
                return v.items.some((x) => walk(x, depth + 1));
            case 'str':
                return v.parts.some((p) => typeof p === 'string' && p.includes('${') && p.toLowerCase().includes(k));
            default:
                return false;
        }
    };
    return policies.some((d) => d.statements.some((st) => walk(st.node, 0)));
}
/** Every request that differs from `req` only in the given closed-set keys (the cross product);
 * a key no policy names gets one variant only. */
export function requestVariants(req, keys, named) {
    let out = [{ request: req, choice: {} }];
    for (const k of keys) {
        const values = closedSetValues(k.key);
        if (!values)
            throw new Error(`${k.key} is not a closed-set condition key`);
        const except = new Set((k.except ?? []).map((x) => x.toLowerCase()));
        let options = [...(k.absent ? [undefined] : []), ...values.filter((v) => !except.has(v))];
        if (named && !named(k.key))
            options = options.slice(0, 1);
        const next = [];
        for (const { request, choice } of out) {
            for (const v of options) {
                const context = {};
                const lower = k.key.toLowerCase();
                for (const [ck, cv] of Object.entries(request.context))
                    if (ck.toLowerCase() !== lower)
                        context[ck] = cv;
                if (v !== undefined)
                    context[k.key] = [[v]];
                next.push({ request: { ...request, context }, choice: { ...choice, [k.key]: v } });
            }
        }
        out = next;
    }
    return out;
}
// Per policy set (the rules pass the same array for every question about one bucket) and per
// principal and action: computed once, so asking about each statement of a policy stays linear.
const preparedBySet = new WeakMap();
function prepare(policies, req) {
    const who = req.principal.kind === 'service' ? `s:${JSON.stringify(req.principal.service)}` : req.principal.kind === 'aws' ? `a:${JSON.stringify(req.principal.arn)}` : 'anon';
    const key = `${who}|${req.action}`;
    let bySet = preparedBySet.get(policies);
    if (!bySet) {
        bySet = new Map();
        preparedBySet.set(policies, bySet);
    }
    const hit = bySet.get(key);
    if (hit)
        return hit;
    const docs = policies.map((d) => ({
        ...d,
        statements: d.statements.filter((st) => statementPrincipalMatches(st, req.principal) !== NO && statementCoversAction(st, req.action) !== NO),
    }));
    const namedCache = new Map();
    const p = {
        docs,
        denies: docs.flatMap((d) => d.statements.filter((st) => st.effect === 'Deny').map((st) => ({ d, st }))),
        named: (k) => {
            let v = namedCache.get(k);
            if (v === undefined)
                namedCache.set(k, (v = mentioned(docs, k)));
            return v;
        },
        denyCache: new Map(),
    };
    bySet.set(key, p);
    return p;
}
/** Evaluates every variant; the answer is the first that is allowed, else the first unknown, else
 * the first (all refused). `choice` says which values that variant carried. */
export function evaluateClosedSets(policies, req, keys) {
    const { docs, named } = prepare(policies, req);
    let unknown;
    let first;
    for (const { request, choice } of requestVariants(req, keys, named)) {
        const decision = evaluate(docs, request);
        if (decision.verdict === 'allow')
            return { decision, choice };
        if (decision.verdict === 'unknown')
            unknown ??= { decision, choice };
        first ??= { decision, choice };
    }
    // requestVariants yields at least one variant unless every value is excepted and absent is off.
    const r = unknown ?? first;
    if (!r)
        return { decision: evaluate(docs, req), choice: {} };
    return r;
}
/** Is the request allowed, for some variant, by this one Allow statement with no Deny in the way?
 * The same verdict evaluate() gives when `statement` is among the allowing ones, but it costs one
 * statement per variant plus the Deny statements — not the whole policy — so asking it for each
 * statement of a large policy stays linear in the number of Allow statements. */
export function allowedByStatement(policies, policy, statement, req, keys) {
    if (statement.effect !== 'Allow')
        return { verdict: 'no' };
    const { denies, named, denyCache } = prepare(policies, req);
    const resourceKey = JSON.stringify([req.resource, req.context]);
    let unknown = false;
    for (const { request, choice } of requestVariants(req, keys, named)) {
        const ctx = normalizeContext(request.context);
        const by = evaluateStatement(policy, statement, request, ctx);
        if (by.applies === NO)
            continue;
        const ck = `${JSON.stringify(choice)}|${resourceKey}`;
        let deny = denyCache.get(ck);
        if (deny === undefined) {
            deny = 'clear';
            for (const { d, st } of denies) {
                const r = evaluateStatement(d, st, request, ctx);
                if (r.applies === YES) {
                    deny = 'denied';
                    break;
                }
                if (r.applies === UNKNOWN)
                    deny = 'maybe';
            }
            denyCache.set(ck, deny);
        }
        if (deny === 'denied')
            continue;
        if (deny === 'clear' && by.applies === YES)
            return { verdict: 'allow', by, choice };
        unknown = true;
    }
    return { verdict: unknown ? 'unknown' : 'no' };
}
