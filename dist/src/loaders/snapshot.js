// Snapshots of live accounts (`flowlog-lint audit --save FILE`, format in docs/snapshot.md): the
// API responses an audit read, per account and region, and the reads that failed. Linting a
// snapshot gives the same results as the audit that wrote it: resources carry no file positions,
// only their source `aws:ACCOUNT:REGION` and ARN, and a failed read makes what depends on it
// unknown, naming the denied action.
import { makePolicy } from '../iam/policy.js';
import { lit, plainToVal, unknown } from '../model/value.js';
import { toPlain } from '../parse/pnode.js';
import { get } from '../parse/pnode.js';
import { InputError } from '../parse/errors.js';
import { orgFromSnapshot } from '../model/org.js';
export const SNAPSHOT_VERSION = 1;
export function looksLikeSnapshot(root) {
    return root.kind === 'object' && get(root, 'flowlogLintSnapshot') !== undefined;
}
const obj = (x) => (x && typeof x === 'object' && !Array.isArray(x) ? x : {});
const arr = (x) => (Array.isArray(x) ? x : []);
const str = (x) => (typeof x === 'string' ? x : undefined);
/** A JSON value as text: scalars as themselves, anything else as its JSON (never "[object Object]"). */
const text = (x) => (typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : (JSON.stringify(x) ?? ''));
/** A policy document from an API response: a JSON string (IAM's may be URL-encoded) or object. */
function policyVal(x) {
    if (x === null || x === undefined)
        return undefined;
    if (typeof x === 'object')
        return plainToVal(x);
    if (typeof x !== 'string')
        return undefined;
    let text = x;
    if (/^%7B/i.test(text.trim()))
        text = decodeURIComponent(text);
    try {
        return plainToVal(JSON.parse(text));
    }
    catch {
        return unknown('the policy returned by AWS is not valid JSON');
    }
}
function deniedReason(errors, action) {
    const e = errors.find((x) => x.action === action);
    return e ? `${e.action} failed (${e.code})` : undefined;
}
export function loadSnapshot(t, root) {
    const data = obj(toPlain(root));
    checkSnapshot(root, data);
    for (const account of arr(data.accounts).map(obj))
        loadAccount(t.model, account);
}
/** Fail closed: a snapshot this version cannot read is an input error (exit 2), never an empty,
 * clean run. */
function checkSnapshot(root, data) {
    if (data.flowlogLintSnapshot !== SNAPSHOT_VERSION) {
        const at = get(root, 'flowlogLintSnapshot')?.pos ?? root.pos;
        throw new InputError(`Snapshot format version ${JSON.stringify(data.flowlogLintSnapshot) ?? 'undefined'} is not supported (this flowlog-lint reads version ${SNAPSHOT_VERSION}); re-run the audit with this version, or lint it with the version that wrote it`, at);
    }
    if (!Array.isArray(data.accounts))
        throw new InputError('Snapshot has no "accounts" list: it is not a flowlog-lint snapshot', root.pos);
}
function loadAccount(m, account) {
    // The organisation the audit read (absent: unknown, the run's --org-id applies).
    const org = orgFromSnapshot(account.organization);
    const a = {
        m,
        accountId: str(account.accountId) ?? '',
        partition: str(account.partition) ?? 'aws',
        orgEnv: org ? { org } : {},
        addPolicy: (kind, v, owner, origin) => {
            if (!v || v.kind === 'unknown')
                return undefined;
            const doc = makePolicy(kind, v);
            m.policies.push({ doc, owner, origin });
            return doc;
        },
    };
    // Buckets are global (their region is recorded).
    for (const b of arr(account.buckets).map(obj))
        loadBucket(a, b);
    for (const r of arr(account.roles).map(obj))
        loadRole(a, r);
    for (const reg of arr(account.regions).map(obj))
        loadRegion(a, reg);
}
function loadBucket(a, b) {
    const { m, accountId, partition, orgEnv, addPolicy } = a;
    const name = str(b.Name) ?? '';
    const region = str(b.Region) ?? 'us-east-1';
    const origin = { source: `aws:${accountId}:${region}` };
    const env = { partition: [partition], region: [region], account: [accountId], ...orgEnv };
    const errors = arr(b.errors).map(obj);
    const arn = `arn:${partition}:s3:::${name}`;
    const enc = obj(b.Encryption);
    const rule = obj(arr(obj(enc.ServerSideEncryptionConfiguration).Rules)[0]);
    const def = obj(rule.ApplyServerSideEncryptionByDefault);
    const encDenied = deniedReason(errors, 's3:GetEncryptionConfiguration');
    m.buckets.push({
        uid: `aws:${arn}`,
        kind: 'bucket',
        name: arn,
        origin,
        env,
        bucketName: [name],
        ...(encDenied
            ? { encryption: { algorithm: unknown(encDenied) } }
            : def.SSEAlgorithm
                ? { encryption: { algorithm: lit(text(def.SSEAlgorithm)), ...(def.KMSMasterKeyID ? { kmsKeyId: lit(text(def.KMSMasterKeyID)) } : {}) } }
                : {}),
    });
    const polDenied = deniedReason(errors, 's3:GetBucketPolicy');
    const pv = policyVal(b.Policy);
    if (polDenied || pv) {
        const doc = polDenied ? undefined : addPolicy('bucket', pv, arn, origin);
        m.bucketPolicies.push({
            uid: `aws:${arn}/policy`,
            kind: 'bucket-policy',
            name: arn,
            origin,
            env,
            bucketName: lit(name),
            doc: doc ?? makePolicy('bucket', { kind: 'obj', entries: [] }),
            ...(doc ? {} : { unresolved: polDenied ?? 'the bucket policy could not be read' }),
        });
    }
}
function loadRole(a, r) {
    const { m, accountId, partition, orgEnv, addPolicy } = a;
    const arn = str(r.Arn) ?? '';
    const origin = { source: `aws:${accountId}:global` };
    const errors = arr(r.errors).map(obj);
    const trust = addPolicy('trust', policyVal(r.AssumeRolePolicyDocument), arn, origin);
    const role = {
        uid: `aws:${arn}`,
        kind: 'role',
        name: arn,
        origin,
        env: { partition: [partition], region: ['us-east-1'], account: [accountId], ...orgEnv },
        arn: [arn],
        roleName: [str(r.RoleName) ?? ''],
        ...(trust ? { trust } : {}),
        policies: [],
        managedPolicyArns: [],
        policiesKnown: !errors.some((e) => /ListRolePolicies|GetRolePolicy|ListAttachedRolePolicies|GetPolicyVersion/.test(e.action)),
    };
    for (const p of arr(r.InlinePolicies).map(obj)) {
        const doc = addPolicy('identity', policyVal(p.PolicyDocument), `${arn}/${str(p.PolicyName) ?? ''}`, origin);
        if (doc)
            role.policies.push(doc);
    }
    for (const p of arr(r.AttachedPolicies).map(obj)) {
        const doc = addPolicy('identity', policyVal(p.Document), str(p.PolicyArn) ?? arn, origin);
        if (doc)
            role.policies.push(doc);
        else
            role.managedPolicyArns.push(unknown(`attached policy ${str(p.PolicyArn) ?? '?'} could not be read`));
    }
    for (const e of errors)
        if (/GetPolicyVersion/.test(e.action))
            role.managedPolicyArns.push(unknown(`${e.action} failed (${e.code})${e.resource ? ` for ${e.resource}` : ''}`));
    m.roles.push(role);
}
function loadRegion(a, reg) {
    const { m, accountId, partition, orgEnv } = a;
    const region = str(reg.region) ?? '';
    const origin = { source: `aws:${accountId}:${region}` };
    // Region-level list calls that failed: the resources they would have listed are unknown.
    for (const e of arr(reg.errors).map(obj)) {
        if (/DescribeFlowLogs|DescribeVpcs|AssumeRole/.test(String(e.action))) {
            m.readErrors.push({ source: `aws:${accountId}:${region}`, action: String(e.action), code: String(e.code), ...(e.resource ? { resource: text(e.resource) } : {}) });
        }
    }
    const env = { partition: [partition], region: [region], account: [accountId], ...orgEnv };
    for (const v of arr(reg.vpcs).map(obj)) {
        const id = str(v.VpcId) ?? '';
        m.vpcs.push({ uid: `aws:${accountId}:${region}:${id}`, kind: 'vpc', name: `arn:${partition}:ec2:${region}:${accountId}:vpc/${id}`, origin, env, vpcId: [id] });
    }
    for (const f of arr(reg.flowLogs).map(obj))
        loadFlowLog(a, region, f);
    for (const g of arr(reg.logGroups).map(obj)) {
        const name = str(g.logGroupName) ?? '';
        m.logGroups.push({ uid: `aws:${accountId}:${region}:lg:${name}`, kind: 'log-group', name: `arn:${partition}:logs:${region}:${accountId}:log-group:${name}`, origin, env, logGroupName: [name], ...(g.kmsKeyId ? { kmsKeyId: lit(text(g.kmsKeyId)) } : {}) });
    }
    for (const f of arr(reg.metricFilters).map(obj)) {
        m.metricFilters.push({ uid: `aws:${accountId}:${region}:mf:${str(f.filterName) ?? ''}`, kind: 'metric-filter', name: str(f.filterName) ?? '', origin, env, logGroupName: lit(str(f.logGroupName) ?? ''), pattern: lit(str(f.filterPattern) ?? '') });
    }
    for (const k of arr(reg.keys).map(obj))
        loadKey(a, region, k);
}
function loadFlowLog(a, region, f) {
    const { m, accountId, partition, orgEnv } = a;
    const origin = { source: `aws:${accountId}:${region}` };
    const env = { partition: [partition], region: [region], account: [accountId], ...orgEnv };
    const id = str(f.FlowLogId) ?? '';
    const rid = str(f.ResourceId);
    const opt = (k, x) => (x === undefined || x === null ? {} : { [k]: plainToVal(x) });
    const rtype = rid?.startsWith('vpc-') ? 'VPC' : rid?.startsWith('subnet-') ? 'Subnet' : rid?.startsWith('eni-') ? 'NetworkInterface' : rid?.startsWith('tgw-attach-') ? 'TransitGatewayAttachment' : rid?.startsWith('tgw-') ? 'TransitGateway' : undefined;
    m.flowLogs.push({
        uid: `aws:${accountId}:${region}:${id}`,
        kind: 'flow-log',
        format: 'live',
        name: `arn:${partition}:ec2:${region}:${accountId}:vpc-flow-log/${id}`,
        origin,
        env,
        resourceIds: rid ? [lit(rid)] : [],
        ...(rtype ? { resourceType: lit(rtype) } : {}),
        flowLogId: lit(id),
        ...opt('trafficType', f.TrafficType),
        ...opt('destinationType', f.LogDestinationType),
        ...opt('destination', f.LogDestination),
        // DescribeFlowLogs echoes LogGroupName next to LogDestination (the group's ARN) for a
        // CloudWatch Logs flow log; the ARN says more (region, account). "Not both" is a rule
        // about CreateFlowLogs requests, not about what AWS describes.
        ...opt('logGroupName', /:log-group:/.test(text(f.LogDestination ?? '')) ? undefined : f.LogGroupName),
        ...opt('deliverLogsPermissionArn', f.DeliverLogsPermissionArn),
        ...opt('deliverCrossAccountRole', f.DeliverCrossAccountRole),
        ...opt('maxAggregationInterval', f.MaxAggregationInterval),
        ...opt('logFormat', f.LogFormat),
        ...opt('destinationOptions', f.DestinationOptions),
        ...opt('deliveryStatus', f.DeliverLogsStatus),
        ...opt('deliveryError', f.DeliverLogsErrorMessage),
    });
}
function loadKey(a, region, k) {
    const { m, accountId, partition, orgEnv, addPolicy } = a;
    const origin = { source: `aws:${accountId}:${region}` };
    const env = { partition: [partition], region: [region], account: [accountId], ...orgEnv };
    const arn = str(k.Arn) ?? '';
    const errors = arr(k.errors).map(obj);
    const denied = deniedReason(errors, 'kms:GetKeyPolicy');
    const policy = denied ? undefined : addPolicy('key', policyVal(k.Policy), arn, origin);
    m.keys.push({
        uid: `aws:${arn}`,
        kind: 'kms-key',
        name: arn,
        origin,
        env,
        keyId: [str(k.KeyId) ?? ''],
        arn: [arn],
        aliases: arr(k.Aliases).map((a) => [String(a)]),
        managedBy: k.KeyManager === 'AWS' ? 'AWS' : 'CUSTOMER',
        ...(policy ? { policy } : {}),
        ...(k.KeySpec ? { keySpec: lit(text(k.KeySpec)) } : {}),
    });
}
