import { limiter } from './limit.js';
import { PageGuard } from './paginate.js';
const NOT_FOUND = new Set(['NoSuchBucketPolicy', 'ServerSideEncryptionConfigurationNotFoundError', 'OwnershipControlsNotFoundError', 'NoSuchEntity', 'NotFoundException']);
function codeOf(e) {
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
export async function readAccount(clients, accountId, partition, regions, progress) {
    const limits = { ec2: limiter(8), s3: limiter(8), kms: limiter(8), iam: limiter(4), logs: limiter(8) };
    const bucketNames = new Map(); // name → region of the flow log that names it
    const roleArns = new Set();
    const keyRefs = new Map(); // key ref → region
    const regionOut = [];
    let count = 0;
    const tick = () => progress(++count);
    await Promise.all(regions.map(async (region) => {
        const errors = [];
        const ec2 = (await clients.ec2(region));
        const { DescribeFlowLogsCommand, DescribeVpcsCommand } = await import('@aws-sdk/client-ec2');
        const flowLogs = [];
        let token;
        let guard = new PageGuard();
        do {
            const page = await attempt(errors, 'ec2:DescribeFlowLogs', undefined, () => limits.ec2(() => ec2.send(new DescribeFlowLogsCommand({ MaxResults: 1000, ...(token ? { NextToken: token } : {}) }))));
            if (!page)
                break;
            flowLogs.push(...(page.FlowLogs ?? []));
            token = guarded(errors, 'ec2:DescribeFlowLogs', undefined, guard, page.NextToken);
        } while (token);
        const vpcs = [];
        token = undefined;
        guard = new PageGuard();
        do {
            const page = await attempt(errors, 'ec2:DescribeVpcs', undefined, () => limits.ec2(() => ec2.send(new DescribeVpcsCommand({ MaxResults: 1000, ...(token ? { NextToken: token } : {}) }))));
            if (!page)
                break;
            vpcs.push(...(page.Vpcs ?? []).map((v) => ({ VpcId: v.VpcId })));
            token = guarded(errors, 'ec2:DescribeVpcs', undefined, guard, page.NextToken);
        } while (token);
        tick();
        const groups = new Set();
        for (const f of flowLogs) {
            const b = f.LogDestinationType === 's3' ? bucketOf(f.LogDestination) : undefined;
            if (b && !bucketNames.has(b))
                bucketNames.set(b, region);
            if (typeof f.DeliverLogsPermissionArn === 'string')
                roleArns.add(f.DeliverLogsPermissionArn);
            if (f.LogDestinationType === 'cloud-watch-logs' || f.LogDestinationType === undefined) {
                const name = f.LogGroupName ?? (/:log-group:([^:]+)/.exec(String(f.LogDestination ?? ''))?.[1]);
                if (name)
                    groups.add(name);
            }
        }
        const logGroups = [];
        const metricFilters = [];
        if (groups.size) {
            const logs = (await clients.logs(region));
            const { DescribeLogGroupsCommand, DescribeMetricFiltersCommand } = await import('@aws-sdk/client-cloudwatch-logs');
            await Promise.all([...groups].map(async (name) => {
                let next;
                let guard = new PageGuard();
                do {
                    const page = await attempt(errors, 'logs:DescribeLogGroups', name, () => limits.logs(() => logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name, ...(next ? { nextToken: next } : {}) }))));
                    if (!page)
                        break;
                    for (const g of page.logGroups ?? []) {
                        if (g.logGroupName !== name)
                            continue;
                        logGroups.push({ logGroupName: name, ...(g.kmsKeyId ? { kmsKeyId: g.kmsKeyId } : {}) });
                        if (typeof g.kmsKeyId === 'string')
                            keyRefs.set(g.kmsKeyId, regionOfArn(g.kmsKeyId) ?? region);
                    }
                    next = guarded(errors, 'logs:DescribeLogGroups', name, guard, page.nextToken);
                } while (next);
                next = undefined;
                guard = new PageGuard();
                do {
                    const page = await attempt(errors, 'logs:DescribeMetricFilters', name, () => limits.logs(() => logs.send(new DescribeMetricFiltersCommand({ logGroupName: name, ...(next ? { nextToken: next } : {}) }))));
                    if (!page)
                        break;
                    for (const mf of page.metricFilters ?? [])
                        metricFilters.push({ filterName: mf.filterName, logGroupName: mf.logGroupName, filterPattern: mf.filterPattern });
                    next = guarded(errors, 'logs:DescribeMetricFilters', name, guard, page.nextToken);
                } while (next);
                tick();
            }));
        }
        regionOut.push({ region, vpcs, flowLogs, logGroups, metricFilters, keys: [], ...(errors.length ? { errors } : {}) });
    }));
    // Buckets, once each.
    const s3Mod = await (bucketNames.size ? import('@aws-sdk/client-s3') : Promise.resolve(undefined));
    const buckets = await Promise.all([...bucketNames].map(async ([name, near]) => {
        const errors = [];
        const s3 = (await clients.s3(near));
        const m = s3Mod;
        const loc = await attempt(errors, 's3:GetBucketLocation', name, () => limits.s3(() => s3.send(new m.GetBucketLocationCommand({ Bucket: name }))));
        const region = loc?.LocationConstraint || 'us-east-1';
        const s3r = (await clients.s3(region));
        const [policy, enc, own] = await Promise.all([
            attempt(errors, 's3:GetBucketPolicy', name, () => limits.s3(() => s3r.send(new m.GetBucketPolicyCommand({ Bucket: name })))),
            attempt(errors, 's3:GetEncryptionConfiguration', name, () => limits.s3(() => s3r.send(new m.GetBucketEncryptionCommand({ Bucket: name })))),
            attempt(errors, 's3:GetBucketOwnershipControls', name, () => limits.s3(() => s3r.send(new m.GetBucketOwnershipControlsCommand({ Bucket: name })))),
        ]);
        const sse = enc?.ServerSideEncryptionConfiguration;
        const rule = (sse?.Rules ?? [])[0];
        const keyId = rule?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID;
        if (keyId)
            keyRefs.set(keyId, regionOfArn(keyId) ?? region);
        tick();
        return {
            Name: name,
            Region: region,
            Policy: policy === undefined ? null : (policy?.Policy ?? null),
            Encryption: enc ? { ServerSideEncryptionConfiguration: sse } : null,
            ...(own ? { OwnershipControls: own.OwnershipControls } : {}),
            ...(errors.length ? { errors } : {}),
        };
    }));
    // Keys, once each, in their own region.
    if (keyRefs.size) {
        const k = await import('@aws-sdk/client-kms');
        await Promise.all([...keyRefs].map(async ([ref, region]) => {
            const errors = [];
            const kms = (await clients.kms(region));
            const desc = await attempt(errors, 'kms:DescribeKey', ref, () => limits.kms(() => kms.send(new k.DescribeKeyCommand({ KeyId: ref }))));
            const meta = desc?.KeyMetadata ?? {};
            const keyId = meta.KeyId ?? ref;
            const policy = desc ? await attempt(errors, 'kms:GetKeyPolicy', keyId, () => limits.kms(() => kms.send(new k.GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' })))) : undefined;
            const aliases = desc ? await attempt(errors, 'kms:ListAliases', keyId, () => limits.kms(() => kms.send(new k.ListAliasesCommand({ KeyId: keyId })))) : undefined;
            if (!desc && !errors.some((e) => e.action === 'kms:GetKeyPolicy'))
                errors.push({ action: 'kms:GetKeyPolicy', code: 'NotRead', resource: ref });
            const out = {
                KeyId: keyId,
                Arn: meta.Arn ?? (ref.startsWith('arn:') ? ref : `arn:${partition}:kms:${region}:${accountId}:key/${keyId}`),
                KeyManager: meta.KeyManager ?? 'CUSTOMER',
                ...(meta.KeySpec ? { KeySpec: meta.KeySpec } : {}),
                Policy: policy?.Policy ?? null,
                Aliases: (aliases?.Aliases ?? []).map((a) => a.AliasName),
                ...(errors.length ? { errors } : {}),
            };
            const target = regionOut.find((r) => r.region === region);
            if (target)
                target.keys.push(out);
            else
                regionOut.push({ region, vpcs: [], flowLogs: [], logGroups: [], metricFilters: [], keys: [out] });
            tick();
        }));
    }
    // Delivery roles, once each.
    const roles = [];
    if (roleArns.size) {
        const i = await import('@aws-sdk/client-iam');
        const iam = (await clients.iam());
        await Promise.all([...roleArns].map(async (arn) => {
            const errors = [];
            const name = arn.slice(arn.lastIndexOf('/') + 1);
            const got = await attempt(errors, 'iam:GetRole', name, () => limits.iam(() => iam.send(new i.GetRoleCommand({ RoleName: name }))));
            if (got === null)
                return; // no such role: the flow log names a role that does not exist
            const role = got?.Role ?? {};
            const inline = [];
            let marker;
            let guard = new PageGuard();
            do {
                const page = await attempt(errors, 'iam:ListRolePolicies', name, () => limits.iam(() => iam.send(new i.ListRolePoliciesCommand({ RoleName: name, ...(marker ? { Marker: marker } : {}) }))));
                if (!page)
                    break;
                for (const pn of page.PolicyNames ?? []) {
                    const p = await attempt(errors, 'iam:GetRolePolicy', `${name}/${pn}`, () => limits.iam(() => iam.send(new i.GetRolePolicyCommand({ RoleName: name, PolicyName: pn }))));
                    if (p)
                        inline.push({ PolicyName: pn, PolicyDocument: p.PolicyDocument });
                }
                marker = guarded(errors, 'iam:ListRolePolicies', name, guard, page.IsTruncated ? page.Marker : undefined);
            } while (marker);
            const attached = [];
            marker = undefined;
            guard = new PageGuard();
            do {
                const page = await attempt(errors, 'iam:ListAttachedRolePolicies', name, () => limits.iam(() => iam.send(new i.ListAttachedRolePoliciesCommand({ RoleName: name, ...(marker ? { Marker: marker } : {}) }))));
                if (!page)
                    break;
                for (const ap of page.AttachedPolicies ?? []) {
                    const pa = String(ap.PolicyArn);
                    const pol = await attempt(errors, 'iam:GetPolicy', pa, () => limits.iam(() => iam.send(new i.GetPolicyCommand({ PolicyArn: pa }))));
                    const v = pol?.Policy?.DefaultVersionId;
                    const ver = v ? await attempt(errors, 'iam:GetPolicyVersion', pa, () => limits.iam(() => iam.send(new i.GetPolicyVersionCommand({ PolicyArn: pa, VersionId: v })))) : undefined;
                    attached.push({ PolicyArn: pa, Document: ver?.PolicyVersion?.Document ?? null });
                }
                marker = guarded(errors, 'iam:ListAttachedRolePolicies', name, guard, page.IsTruncated ? page.Marker : undefined);
            } while (marker);
            roles.push({ Arn: role.Arn ?? arn, RoleName: name, AssumeRolePolicyDocument: role.AssumeRolePolicyDocument ?? null, InlinePolicies: inline, AttachedPolicies: attached, ...(errors.length ? { errors } : {}) });
            tick();
        }));
    }
    const byName = (xs, k) => xs.sort((a, b) => String(a[k]).localeCompare(String(b[k])));
    return { accountId, partition, buckets: byName(buckets, 'Name'), roles: byName(roles, 'Arn'), regions: byName(regionOut, 'region') };
}
