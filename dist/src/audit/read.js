import { limiter } from './limit.js';
import { PageGuard } from './paginate.js';
const NOT_FOUND = new Set(['NoSuchBucketPolicy', 'ServerSideEncryptionConfigurationNotFoundError', 'OwnershipControlsNotFoundError', 'NoSuchEntity', 'NotFoundException']);
export function codeOf(e) {
    const x = e;
    return x.name ?? x.Code ?? x.code ?? 'Error';
}
/** Runs one read; failures are recorded and give undefined, "not found" gives null. */
async function attempt(errors, action, resource, f) {
    try {
        return await f();
    }
    catch (e) {
        const code = codeOf(e);
        if (NOT_FOUND.has(code))
            return null;
        errors.push({ action, code, ...(resource ? { resource } : {}) });
        return undefined;
    }
}
/** The next page token if the guard lets it be followed; else the listing is recorded as failed
 * (`PaginationLoop` / `PaginationLimit`) and undefined ends it. */
function guarded(errors, action, resource, guard, token) {
    const t = typeof token === 'string' ? token : undefined;
    const problem = guard.check(t);
    if (!problem)
        return t;
    errors.push({ action, code: problem, ...(resource ? { resource } : {}) });
    return undefined;
}
function bucketOf(dest) {
    const m = dest ? /^arn:[^:]+:s3:::([^/]+)/.exec(dest) : null;
    return m?.[1];
}
function regionOfArn(arn) {
    const m = arn ? /^arn:[^:]+:[^:]+:([^:]*):/.exec(arn) : null;
    return m?.[1] || undefined;
}
/** Follows a paginated listing, handing each page to `each`: stops at a failed page (recorded by
 * attempt) or when the guard stops it (recorded by guarded). */
async function listPages(errors, action, resource, fetch, nextOf, each) {
    let token;
    const guard = new PageGuard();
    do {
        const page = await attempt(errors, action, resource, () => fetch(token));
        if (!page)
            break;
        const pending = each(page);
        if (pending)
            await pending;
        token = guarded(errors, action, resource, guard, nextOf(page));
    } while (token);
}
export async function readAccount(clients, accountId, partition, regions, progress) {
    let count = 0;
    const r = {
        clients,
        accountId,
        partition,
        limits: { ec2: limiter(8), s3: limiter(8), kms: limiter(8), iam: limiter(4), logs: limiter(8) },
        bucketNames: new Map(),
        roleArns: new Set(),
        keyRefs: new Map(),
        regions: [],
        tick: () => progress(++count),
    };
    await Promise.all(regions.map((region) => readRegion(r, region)));
    // Buckets, once each.
    const s3Mod = await (r.bucketNames.size ? import('@aws-sdk/client-s3') : Promise.resolve(undefined));
    const buckets = await Promise.all([...r.bucketNames].map(([name, near]) => readBucket(r, s3Mod, name, near)));
    // Keys, once each, in their own region.
    if (r.keyRefs.size) {
        const k = await import('@aws-sdk/client-kms');
        await Promise.all([...r.keyRefs].map(([ref, region]) => readKey(r, k, ref, region)));
    }
    // Delivery roles, once each.
    const roles = [];
    if (r.roleArns.size) {
        const i = await import('@aws-sdk/client-iam');
        const iam = (await clients.iam());
        await Promise.all([...r.roleArns].map(async (arn) => {
            const role = await readRole(r, i, iam, arn);
            if (role)
                roles.push(role);
        }));
    }
    const byName = (xs, k) => xs.sort((a, b) => String(a[k]).localeCompare(String(b[k])));
    return { accountId, partition, buckets: byName(buckets, 'Name'), roles: byName(roles, 'Arn'), regions: byName(r.regions, 'region') };
}
/** A region's VPCs and flow logs, and the log groups they deliver to; notes the buckets, roles
 * and keys they name. */
async function readRegion(r, region) {
    const errors = [];
    const ec2 = (await r.clients.ec2(region));
    const { DescribeFlowLogsCommand, DescribeVpcsCommand } = await import('@aws-sdk/client-ec2');
    const flowLogs = [];
    const page = (token) => ({ MaxResults: 1000, ...(token ? { NextToken: token } : {}) });
    await listPages(errors, 'ec2:DescribeFlowLogs', undefined, (t) => r.limits.ec2(() => ec2.send(new DescribeFlowLogsCommand(page(t)))), (p) => p.NextToken, (p) => {
        flowLogs.push(...(p.FlowLogs ?? []));
    });
    const vpcs = [];
    await listPages(errors, 'ec2:DescribeVpcs', undefined, (t) => r.limits.ec2(() => ec2.send(new DescribeVpcsCommand(page(t)))), (p) => p.NextToken, (p) => {
        vpcs.push(...(p.Vpcs ?? []).map((v) => ({ VpcId: v.VpcId })));
    });
    r.tick();
    const groups = new Set();
    for (const f of flowLogs) {
        const b = f.LogDestinationType === 's3' ? bucketOf(f.LogDestination) : undefined;
        if (b && !r.bucketNames.has(b))
            r.bucketNames.set(b, region);
        if (typeof f.DeliverLogsPermissionArn === 'string')
            r.roleArns.add(f.DeliverLogsPermissionArn);
        if (f.LogDestinationType === 'cloud-watch-logs' || f.LogDestinationType === undefined) {
            const name = f.LogGroupName ?? (/:log-group:([^:]+)/.exec(typeof f.LogDestination === 'string' ? f.LogDestination : '')?.[1]);
            if (name)
                groups.add(name);
        }
    }
    const logGroups = [];
    const metricFilters = [];
    if (groups.size) {
        const logs = (await r.clients.logs(region));
        const cwl = await import('@aws-sdk/client-cloudwatch-logs');
        await Promise.all([...groups].map((name) => readLogGroup(r, cwl, logs, region, name, { errors, logGroups, metricFilters })));
    }
    r.regions.push({ region, vpcs, flowLogs, logGroups, metricFilters, keys: [], ...(errors.length ? { errors } : {}) });
}
/** A log group (its key) and its metric filters, into the region's lists. */
async function readLogGroup(r, cwl, logs, region, name, into) {
    const { errors } = into;
    const after = (next) => (next ? { nextToken: next } : {});
    await listPages(errors, 'logs:DescribeLogGroups', name, (t) => r.limits.logs(() => logs.send(new cwl.DescribeLogGroupsCommand({ logGroupNamePrefix: name, ...after(t) }))), (p) => p.nextToken, (p) => {
        for (const g of p.logGroups ?? []) {
            if (g.logGroupName !== name)
                continue;
            into.logGroups.push({ logGroupName: name, ...(g.kmsKeyId ? { kmsKeyId: g.kmsKeyId } : {}) });
            if (typeof g.kmsKeyId === 'string')
                r.keyRefs.set(g.kmsKeyId, regionOfArn(g.kmsKeyId) ?? region);
        }
    });
    await listPages(errors, 'logs:DescribeMetricFilters', name, (t) => r.limits.logs(() => logs.send(new cwl.DescribeMetricFiltersCommand({ logGroupName: name, ...after(t) }))), (p) => p.nextToken, (p) => {
        for (const mf of p.metricFilters ?? [])
            into.metricFilters.push({ filterName: mf.filterName, logGroupName: mf.logGroupName, filterPattern: mf.filterPattern });
    });
    r.tick();
}
/** A bucket, read in its own region (found with GetBucketLocation from `near`); notes its key. */
async function readBucket(r, m, name, near) {
    const errors = [];
    const s3 = (await r.clients.s3(near));
    const loc = await attempt(errors, 's3:GetBucketLocation', name, () => r.limits.s3(() => s3.send(new m.GetBucketLocationCommand({ Bucket: name }))));
    const region = loc?.LocationConstraint || 'us-east-1';
    const s3r = (await r.clients.s3(region));
    const [policy, enc, own] = await Promise.all([
        attempt(errors, 's3:GetBucketPolicy', name, () => r.limits.s3(() => s3r.send(new m.GetBucketPolicyCommand({ Bucket: name })))),
        attempt(errors, 's3:GetEncryptionConfiguration', name, () => r.limits.s3(() => s3r.send(new m.GetBucketEncryptionCommand({ Bucket: name })))),
        attempt(errors, 's3:GetBucketOwnershipControls', name, () => r.limits.s3(() => s3r.send(new m.GetBucketOwnershipControlsCommand({ Bucket: name })))),
    ]);
    const sse = enc?.ServerSideEncryptionConfiguration;
    const rule = (sse?.Rules ?? [])[0];
    const keyId = rule?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID;
    if (keyId)
        r.keyRefs.set(keyId, regionOfArn(keyId) ?? region);
    r.tick();
    return {
        Name: name,
        Region: region,
        Policy: policy === undefined ? null : (policy?.Policy ?? null),
        Encryption: enc ? { ServerSideEncryptionConfiguration: sse } : null,
        ...(own ? { OwnershipControls: own.OwnershipControls } : {}),
        ...(errors.length ? { errors } : {}),
    };
}
/** A KMS key, its policy and aliases, into its region's keys (a region of its own when no flow
 * log was read there). */
async function readKey(r, k, ref, region) {
    const errors = [];
    const kms = (await r.clients.kms(region));
    const desc = await attempt(errors, 'kms:DescribeKey', ref, () => r.limits.kms(() => kms.send(new k.DescribeKeyCommand({ KeyId: ref }))));
    const meta = desc?.KeyMetadata ?? {};
    const keyId = meta.KeyId ?? ref;
    const policy = desc ? await attempt(errors, 'kms:GetKeyPolicy', keyId, () => r.limits.kms(() => kms.send(new k.GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' })))) : undefined;
    const aliases = desc ? await attempt(errors, 'kms:ListAliases', keyId, () => r.limits.kms(() => kms.send(new k.ListAliasesCommand({ KeyId: keyId })))) : undefined;
    if (!desc && !errors.some((e) => e.action === 'kms:GetKeyPolicy'))
        errors.push({ action: 'kms:GetKeyPolicy', code: 'NotRead', resource: ref });
    const out = {
        KeyId: keyId,
        Arn: meta.Arn ?? (ref.startsWith('arn:') ? ref : `arn:${r.partition}:kms:${region}:${r.accountId}:key/${keyId}`),
        KeyManager: meta.KeyManager ?? 'CUSTOMER',
        ...(meta.KeySpec ? { KeySpec: meta.KeySpec } : {}),
        Policy: policy?.Policy ?? null,
        Aliases: (aliases?.Aliases ?? []).map((a) => a.AliasName),
        ...(errors.length ? { errors } : {}),
    };
    const target = r.regions.find((x) => x.region === region);
    if (target)
        target.keys.push(out);
    else
        r.regions.push({ region, vpcs: [], flowLogs: [], logGroups: [], metricFilters: [], keys: [out] });
    r.tick();
}
/** A delivery role with its inline and attached policies; undefined when it does not exist (the
 * flow log names a role that does not exist). */
async function readRole(r, i, iam, arn) {
    const errors = [];
    const name = arn.slice(arn.lastIndexOf('/') + 1);
    const got = await attempt(errors, 'iam:GetRole', name, () => r.limits.iam(() => iam.send(new i.GetRoleCommand({ RoleName: name }))));
    if (got === null)
        return undefined;
    const role = got?.Role ?? {};
    const after = (marker) => (marker ? { Marker: marker } : {});
    const nextOf = (p) => (p.IsTruncated ? p.Marker : undefined);
    const inline = [];
    await listPages(errors, 'iam:ListRolePolicies', name, (t) => r.limits.iam(() => iam.send(new i.ListRolePoliciesCommand({ RoleName: name, ...after(t) }))), nextOf, async (page) => {
        for (const pn of page.PolicyNames ?? []) {
            const p = await attempt(errors, 'iam:GetRolePolicy', `${name}/${pn}`, () => r.limits.iam(() => iam.send(new i.GetRolePolicyCommand({ RoleName: name, PolicyName: pn }))));
            if (p)
                inline.push({ PolicyName: pn, PolicyDocument: p.PolicyDocument });
        }
    });
    const attached = [];
    await listPages(errors, 'iam:ListAttachedRolePolicies', name, (t) => r.limits.iam(() => iam.send(new i.ListAttachedRolePoliciesCommand({ RoleName: name, ...after(t) }))), nextOf, async (page) => {
        for (const ap of page.AttachedPolicies ?? []) {
            const pa = String(ap.PolicyArn);
            const pol = await attempt(errors, 'iam:GetPolicy', pa, () => r.limits.iam(() => iam.send(new i.GetPolicyCommand({ PolicyArn: pa }))));
            const v = pol?.Policy?.DefaultVersionId;
            const ver = v ? await attempt(errors, 'iam:GetPolicyVersion', pa, () => r.limits.iam(() => iam.send(new i.GetPolicyVersionCommand({ PolicyArn: pa, VersionId: v })))) : undefined;
            attached.push({ PolicyArn: pa, Document: ver?.PolicyVersion?.Document ?? null });
        }
    });
    r.tick();
    return { Arn: role.Arn ?? arn, RoleName: name, AssumeRolePolicyDocument: role.AssumeRolePolicyDocument ?? null, InlinePolicies: inline, AttachedPolicies: attached, ...(errors.length ? { errors } : {}) };
}
