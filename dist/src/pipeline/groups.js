// Linked groups (issue 15): which files must be linted together. After a batch of files is linted,
// the names it can link on are read from its model with the linker's own key function
// (`partsKey`), from the same fields the linker indexes and looks up. Batches that share a key are
// linted again together. Anything this cannot bound is not guessed at: the run is declared unfit
// for splitting and stays single-threaded.
import { statementCoversAction } from '../iam/evaluate.js';
import { YES } from '../iam/tri.js';
import { logGroupNameOf, s3Destination } from '../link/destination.js';
import { partsKey } from '../link/links.js';
import { partsOf, splitFirst } from '../link/parts.js';
import { literal } from '../model/value.js';
/** The resource names of a model and those its results look up by name alone (mirrors
 * `sayForAnyValue`, over-approximating: any failing result naming a resource its file lacks). */
export function nameUse(m, results) {
    const all = [...m.flowLogs, ...m.buckets, ...m.bucketPolicies, ...m.keys, ...m.roles, ...m.identityPolicies, ...m.logGroups, ...m.metricFilters];
    const inFile = new Set(all.map((r) => `${r.pos?.src.path ?? ''}\0${r.name}`));
    const looked = new Set();
    for (const r of results)
        if (r.status === 'fail' && r.resource && !inFile.has(`${r.file ?? ''}\0${r.resource}`))
            looked.add(r.resource);
    return { has: [...new Set(all.map((r) => r.name))], looked: [...looked] };
}
/** The link keys of a batch's model: every value `buildLinks` and `attachPolicies` index or look
 * up, and the ones rules compare across resources (metric filters, VPC ids). */
export function modelKeys(m) {
    if (m.readErrors.length)
        return { kind: 'unsplittable', reason: 'live-read errors' };
    if (m.unreadModules?.length)
        return { kind: 'unsplittable', reason: 'unread modules' };
    for (const list of [m.flowLogs, m.buckets, m.roles])
        for (const r of list)
            if (r.env.org)
                return { kind: 'unsplittable', reason: 'live organisation facts' };
    // creator/* rules match identity policies against every role and flow log by wildcard.
    for (const ip of m.identityPolicies) {
        if (ip.doc.statements.some((s) => s.effect === 'Allow' && statementCoversAction(s, 'ec2:CreateFlowLogs') === YES))
            return { kind: 'unsplittable', reason: 'flow-log creator policies' };
    }
    const keys = new Set();
    const add = (tag, p) => {
        if (p && p.length)
            keys.add(`${tag}:${partsKey(p)}`);
    };
    let lost = false;
    for (const b of m.buckets) {
        add('b', b.bucketName);
        const ref = partsOf(b.encryption?.kmsKeyId);
        add('k', ref);
        if (ref)
            add('ka', splitFirst(ref, ':alias/')?.[1]);
    }
    for (const bp of m.bucketPolicies)
        add('b', partsOf(bp.bucketName));
    for (const fl of m.flowLogs) {
        const d = s3Destination(fl);
        if (d && !('unknown' in d))
            add('b', d.bucket);
        add('r', partsOf(fl.deliverLogsPermissionArn));
        const lg = logGroupNameOf(fl);
        if (lg && 'name' in lg)
            add('g', lg.name);
        const rt = literal(fl.resourceType);
        for (const id of fl.resourceIds) {
            const p = partsOf(id);
            if (p)
                add('v', p);
            else if (rt === undefined || rt === 'VPC')
                lost = true;
        }
    }
    for (const r of m.roles) {
        add('r', r.arn);
        add('rn', r.roleName);
        for (const a of r.managedPolicyArns)
            add('pa', partsOf(a));
    }
    for (const ip of m.identityPolicies) {
        keys.add(`ip:${ip.principalKey ?? ip.uid}`);
        add('pa', ip.arn);
        for (const a of ip.attachedRoles)
            add('rn', partsOf(a));
    }
    for (const k of m.keys) {
        add('k', k.arn);
        add('k', k.keyId);
        for (const a of k.aliases) {
            add('k', a);
            add('ka', splitFirst(a, 'alias/')?.[1]);
        }
    }
    for (const g of m.logGroups)
        add('g', g.logGroupName);
    for (const mf of m.metricFilters)
        add('g', partsOf(mf.logGroupName));
    for (const v of m.vpcs)
        add('v', v.vpcId);
    // Records that name no file cannot be placed; links then may cross anything.
    for (const list of [m.flowLogs, m.buckets, m.bucketPolicies, m.keys, m.roles, m.identityPolicies, m.logGroups, m.metricFilters, m.vpcs]) {
        for (const r of list)
            if (!r.origin.file || r.origin.source !== undefined)
                return { kind: 'unsplittable', reason: 'a record read live or without a file' };
    }
    return { kind: 'keys', keys: [...keys], lost, vpc: m.vpcs.length > 0 };
}
/** Connected components of batches over shared keys (and vpc/flow-logs-enabled's coupling): each
 * component lists its batch indexes in order; components are in order of their first batch. */
export function batchComponents(batches) {
    const parent = batches.map((_, i) => i);
    const find = (x) => {
        while (parent[x] !== x) {
            const up = parent[parent[x]];
            parent[x] = up;
            x = up;
        }
        return x;
    };
    const union = (a, b) => {
        const x = find(a);
        const y = find(b);
        if (x !== y)
            parent[Math.max(x, y)] = Math.min(x, y);
    };
    const owner = new Map();
    let coupled;
    const anyLost = batches.some((b) => b.lost);
    batches.forEach((b, i) => {
        // A flow log that may cover any VPC makes every VPC's verdict (and message) depend on it.
        if (anyLost && (b.lost || b.vpc)) {
            if (coupled === undefined)
                coupled = i;
            else
                union(coupled, i);
        }
        for (const k of b.keys) {
            const o = owner.get(k);
            if (o === undefined)
                owner.set(k, i);
            else
                union(o, i);
        }
    });
    // A name looked up by name alone joins every batch holding a resource of that name.
    const looked = new Set(batches.flatMap((b) => b.names?.looked ?? []));
    if (looked.size) {
        const holder = new Map();
        batches.forEach((b, i) => {
            for (const n of [...(b.names?.has ?? []), ...(b.names?.looked ?? [])]) {
                if (!looked.has(n))
                    continue;
                const o = holder.get(n);
                if (o === undefined)
                    holder.set(n, i);
                else
                    union(o, i);
            }
        });
    }
    const byRoot = new Map();
    batches.forEach((_, i) => {
        const r = find(i);
        byRoot.set(r, [...(byRoot.get(r) ?? []), i]);
    });
    return [...byRoot.values()];
}
