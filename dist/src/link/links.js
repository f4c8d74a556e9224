// Resolution and linking: which bucket, bucket policies, key, role and log group each flow log
// depends on, computed once for all rules. Rules ask questions of these links; they never look up
// resources by themselves.
import { statementPrincipalMatches } from '../iam/evaluate.js';
import { YES } from '../iam/tri.js';
import { UNSTATED_ACCOUNT, UNSTATED_PARTITION, UNSTATED_REGION, isInputSym } from '../model/symbols.js';
import { UNSTATED_ORG, withStatedPaths } from '../model/org.js';
import { asList, concatParts, fieldCI, literal, shapeText } from '../model/value.js';
import { destinationType, logGroupNameOf, s3Destination } from './destination.js';
import { partsEqual, partsOf, splitFirst, trimEnd } from './parts.js';
export const DELIVERY_SERVICE = 'delivery.logs.amazonaws.com';
export const FLOW_LOGS_SERVICE = 'vpc-flow-logs.amazonaws.com';
export function partsKey(p) {
    return concatParts(p)
        .map((x) => (typeof x === 'string' ? x : `\u0000${x.sym}\u0000`))
        .join('');
}
/** Does a bucket policy have any Allow statement for the log delivery service? */
export function grantsDeliveryService(doc) {
    const who = { kind: 'service', service: DELIVERY_SERVICE };
    return doc.statements.some((s) => s.effect === 'Allow' && (s.principal || s.notPrincipal) && statementPrincipalMatches(s, who) === YES);
}
/** Prefixes a bucket policy's own delivery statements name before `AWSLogs/` (for a policy
 * checked without a flow log). */
function prefixesFromPolicy(docs, bucketName) {
    const out = [];
    const seen = new Set();
    for (const doc of docs) {
        for (const s of doc.statements) {
            if (s.effect !== 'Allow' || !s.resource)
                continue;
            for (const r of asList(s.resource)) {
                const p = partsOf(r);
                if (!p)
                    continue;
                const afterBucket = splitFirst(p, ':::');
                if (!afterBucket)
                    continue;
                const rest = afterBucket[1];
                const slash = splitFirst(rest, '/');
                if (!slash || !partsEqual(slash[0], bucketName))
                    continue;
                const path = slash[1];
                const logs = splitFirst(path, 'AWSLogs/');
                if (!logs)
                    continue;
                const prefix = trimEnd(logs[0], '/');
                const hive = typeof logs[1][0] === 'string' && logs[1][0].startsWith('aws-account-id=');
                const k = partsKey(prefix) + (hive ? '#h' : '');
                if (!seen.has(k)) {
                    seen.add(k);
                    out.push({ prefix, hive });
                }
            }
        }
    }
    return out;
}
export function buildLinks(model, accountIds, org = UNSTATED_ORG) {
    const defaultAccounts = accountIds.length ? accountIds.map((a) => [a]) : [[UNSTATED_ACCOUNT]];
    const orgOf = accountOrgs(model, org);
    const scopes = bucketScopes(model, orgOf);
    const rolesByArn = index(model.roles, (r) => [r.arn]);
    const roleByArn = (arn) => rolesByArn.get(partsKey(arn));
    const logGroupByName = logGroupIndex(model);
    const flowLogs = model.flowLogs.map((fl) => linkFlowLog(fl, { defaultAccounts, scopes, roleByArn, logGroupByName }));
    addPolicyOnlyScopes(model, scopes, defaultAccounts);
    const keyByRef = keyIndex(model);
    return {
        flowLogs,
        buckets: [...scopes.all.values()],
        keyOf(bucket) {
            const ref = bucket.encryption?.kmsKeyId;
            return ref ? keyByRef(ref) : undefined;
        },
        keyByRef,
        roleByArn,
        logGroupByName,
        orgOf,
    };
}
/** An index by value (first item wins), so linking stays linear in the number of resources. */
function index(items, keysOf) {
    const m = new Map();
    for (const it of items)
        for (const k of keysOf(it))
            if (k.length && !m.has(partsKey(k)))
                m.set(partsKey(k), it);
    return m;
}
function bucketScopes(model, orgOf) {
    const all = new Map();
    const bucketByName = new Map();
    for (const b of model.buckets)
        if (b.bucketName.length)
            bucketByName.set(partsKey(b.bucketName), b);
    const policiesByName = new Map();
    for (const bp of model.bucketPolicies) {
        const n = partsOf(bp.bucketName);
        if (!n)
            continue;
        const k = partsKey(n);
        policiesByName.set(k, [...(policiesByName.get(k) ?? []), bp]);
    }
    const scopeFor = (name, partition) => {
        const k = partsKey(name);
        let s = all.get(k);
        if (!s) {
            const bucket = bucketByName.get(k);
            const policies = [...(policiesByName.get(k) ?? [])];
            if (bucket?.inlinePolicy) {
                policies.push({ ...bucket, kind: 'bucket-policy', doc: bucket.inlinePolicy, bucketName: { kind: 'str', parts: bucket.bucketName } });
            }
            s = { key: k, bucketName: name, partition, policies, targets: [], flowLogs: [], orgOf, ...(bucket ? { bucket } : {}) };
            all.set(k, s);
        }
        return s;
    };
    return { all, scopeFor };
}
/** Log groups by name, account and region; inputs that do not state account and region (raw
 * files) match by name alone. */
function logGroupIndex(model) {
    const groupKey = (name, account, region) => `${partsKey(name)}|${partsKey(account ?? [])}|${partsKey(region)}`;
    const groupsByName = new Map();
    const groupsByNameOnly = new Map();
    for (const g of model.logGroups) {
        const k = groupKey(g.logGroupName, g.env.account, g.env.region);
        if (!groupsByName.has(k))
            groupsByName.set(k, g);
        const n = partsKey(g.logGroupName);
        groupsByNameOnly.set(n, [...(groupsByNameOnly.get(n) ?? []), g]);
    }
    return (name, account, region) => {
        const exact = region ? groupsByName.get(groupKey(name, account, region)) : undefined;
        if (exact)
            return exact;
        const byName = groupsByNameOnly.get(partsKey(name)) ?? [];
        return byName.length === 1 ? byName[0] : undefined;
    };
}
function linkFlowLog(fl, x) {
    const type = destinationType(fl);
    const accounts = fl.env.account ? [fl.env.account] : x.defaultAccounts;
    const base = { flowLog: fl, type, accounts, region: fl.env.region, partition: fl.env.partition };
    if (type === 's3') {
        const d = s3Destination(fl);
        if (!d)
            return base;
        if ('unknown' in d)
            return { ...base, s3Unknown: { reason: d.unknown, ...(d.at ? { at: d.at } : {}) } };
        const partition = d.partition.length ? d.partition : [UNSTATED_PARTITION];
        const scope = x.scopes.scopeFor(d.bucket, partition);
        const hive = literal(fieldCI(fl.destinationOptions, 'HiveCompatiblePartitions')) === 'true';
        scope.targets.push({ prefix: d.prefix, accounts, region: fl.env.region, hive, flowLog: fl });
        scope.flowLogs.push(fl);
        return { ...base, s3: d, bucketScope: scope, partition };
    }
    if (type === 'cloud-watch-logs' || type === 'kinesis-data-firehose') {
        const rolePartsV = fl.deliverLogsPermissionArn ? partsOf(fl.deliverLogsPermissionArn) : undefined;
        const role = rolePartsV ? x.roleByArn(rolePartsV) : undefined;
        const lg = type === 'cloud-watch-logs' ? logGroupNameOf(fl) : undefined;
        const lgName = lg && 'name' in lg ? lg.name : undefined;
        const logGroup = lgName && lg && 'name' in lg ? x.logGroupByName(lgName, lg.arnAccount ?? fl.env.account, lg.arnRegion ?? fl.env.region) : undefined;
        return {
            ...base,
            ...(role ? { role } : {}),
            ...(rolePartsV ? { roleArn: rolePartsV } : {}),
            ...(lgName ? { logGroupName: lgName } : {}),
            ...(logGroup ? { logGroup } : {}),
        };
    }
    return base;
}
/** Bucket policies that grant the delivery service something, with no flow log in the scan. */
function addPolicyOnlyScopes(model, scopes, defaultAccounts) {
    for (const bp of model.bucketPolicies) {
        const n = partsOf(bp.bucketName);
        if (!n || scopes.all.has(partsKey(n)))
            continue;
        if (!grantsDeliveryService(bp.doc))
            continue;
        // The policy's own stack says where the bucket is (RULES.md, "A bucket with no flow log in the
        // scan"): its partition (bound to --partition) and its region symbol, so a policy naming
        // `arn:aws:s3:::NAME-${AWS::Region}` is judged for every region rather than left undecided.
        const stated = (ps, unstated) => (ps.length && !ps.some((x) => x === unstated) ? [...ps] : undefined);
        const partition = stated(bp.env.partition, UNSTATED_PARTITION) ?? partitionOfPolicy(bp.doc) ?? [UNSTATED_PARTITION];
        const region = stated(bp.env.region, UNSTATED_REGION) ?? [UNSTATED_REGION];
        const scope = scopes.scopeFor(n, partition);
        const prefixes = prefixesFromPolicy(scope.policies.map((p) => p.doc), n);
        for (const { prefix, hive } of prefixes.length ? prefixes : [{ prefix: [], hive: false }]) {
            scope.targets.push({ prefix, accounts: defaultAccounts, region, hive });
        }
    }
}
/** Keys by ARN, ID or alias (memoised per reference value). */
function keyIndex(model) {
    const keysByRef = index(model.keys, (k) => [k.arn, k.keyId, ...k.aliases]);
    const keysByAliasName = index(model.keys, (k) => k.aliases.map((a) => splitFirst(a, 'alias/')?.[1] ?? []));
    const keyCache = new Map();
    const uncached = (ref) => {
        const p = partsOf(ref);
        // A deploy-time input may be an ARN, an alias or an ID: its kind is not known.
        if (!p || isInputSym(p[0]))
            return { ref, refKind: 'unknown' };
        const text = shapeText(p);
        let refKind = 'id';
        if (text.startsWith('arn:'))
            refKind = /:alias\//.test(text) ? 'alias' : 'arn';
        else if (text.startsWith('alias/'))
            refKind = 'alias';
        const aliasName = splitFirst(p, ':alias/')?.[1];
        const key = keysByRef.get(partsKey(p)) ?? (aliasName ? keysByAliasName.get(partsKey(aliasName)) : undefined);
        return { ref, refKind, ...(key ? { key } : {}) };
    };
    return (ref) => {
        const hit = keyCache.get(ref);
        if (hit)
            return hit;
        const r = uncached(ref);
        keyCache.set(ref, r);
        return r;
    };
}
/** Organisations by account, as live reads recorded them on the account's resources. */
function accountOrgs(model, fallback) {
    const byAccount = new Map();
    for (const list of [model.flowLogs, model.buckets, model.roles]) {
        for (const r of list)
            if (r.env.account && r.env.org)
                byAccount.set(partsKey(r.env.account), r.env.org);
    }
    return (account) => {
        const live = byAccount.get(partsKey(account));
        return live ? withStatedPaths(live, fallback) : fallback;
    };
}
function partitionOfPolicy(doc) {
    for (const s of doc.statements) {
        for (const r of asList(s.resource)) {
            const t = literal(r);
            const m = t ? /^arn:([^:]+):s3:::/.exec(t) : null;
            if (m?.[1])
                return [m[1]];
        }
    }
    return undefined;
}
