// `flowlog-lint audit`: reads the caller's account (read-only) into a snapshot, which the normal
// pipeline then lints, so an audit and a later lint of its saved snapshot give the same results.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clients } from './clients.js';
import { quietSdkNodeWarning } from './sdk-warning.js';
import { readAccount } from './read.js';
export class AuditError extends Error {
}
function describe(e) {
    const x = e;
    return `${x.name ?? 'Error'}: ${(x.message ?? String(e)).split('\n')[0]}`;
}
/** The shard of an account: a hash of its ID, so it does not depend on the order or the set of
 * accounts listed (FNV-1a). */
export function shardOf(accountId, count) {
    let h = 0x811c9dc5;
    for (let i = 0; i < accountId.length; i++) {
        h ^= accountId.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h % count;
}
async function listAccounts(clients) {
    const org = (await clients.organizations());
    const { ListAccountsCommand } = await import('@aws-sdk/client-organizations');
    const ids = [];
    let token;
    try {
        do {
            const page = await org.send(new ListAccountsCommand({ ...(token ? { NextToken: token } : {}) }));
            for (const a of page.Accounts ?? [])
                if (a.Status === undefined || a.Status === 'ACTIVE')
                    ids.push(String(a.Id));
            token = page.NextToken;
        } while (token);
    }
    catch (e) {
        throw new AuditError(`cannot list the organisation's accounts (organizations:ListAccounts): ${describe(e)}`);
    }
    return ids.sort();
}
async function assumeInto(clients, opts, region, partition, accountId) {
    const roleName = opts.roleName ?? 'OrganizationAccountAccessRole';
    const sts = (await clients.sts(region));
    const { AssumeRoleCommand } = await import('@aws-sdk/client-sts');
    try {
        const r = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:${partition}:iam::${accountId}:role/${roleName}`, RoleSessionName: 'flowlog-lint-audit', ...(opts.externalId ? { ExternalId: opts.externalId } : {}) }));
        const c = r.Credentials ?? {};
        return new Clients({
            ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
            credentials: { accessKeyId: String(c.AccessKeyId), secretAccessKey: String(c.SecretAccessKey), ...(c.SessionToken ? { sessionToken: String(c.SessionToken) } : {}) },
        });
    }
    catch (e) {
        throw new AuditError(`cannot assume ${roleName} in account ${accountId} (sts:AssumeRole): ${describe(e)}`);
    }
}
/** Runs the audit; returns the path of the snapshot it wrote. */
export async function runAudit(opts) {
    quietSdkNodeWarning();
    const clients = new Clients({ ...(opts.profile ? { profile: opts.profile } : {}), ...(opts.endpoint ? { endpoint: opts.endpoint } : {}) });
    const home = opts.regions[0] ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
    let account;
    let partition;
    try {
        const sts = (await clients.sts(home));
        const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
        const id = await sts.send(new GetCallerIdentityCommand({}));
        account = String(id.Account);
        partition = /^arn:([^:]+):/.exec(String(id.Arn))?.[1] ?? 'aws';
    }
    catch (e) {
        // Secrets never reach the message: only the error's name and first line.
        throw new AuditError(`cannot identify the caller (sts:GetCallerIdentity): ${describe(e)}`);
    }
    let regions = [...opts.regions];
    if (opts.allRegions) {
        try {
            const ec2 = (await clients.ec2(home));
            const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
            const r = await ec2.send(new DescribeRegionsCommand({}));
            regions = (r.Regions ?? []).map((x) => String(x.RegionName)).sort();
        }
        catch (e) {
            throw new AuditError(`cannot list regions (ec2:DescribeRegions): ${describe(e)}`);
        }
    }
    if (regions.length === 0)
        regions = [home];
    let targets = [{ id: account, clients }];
    if (opts.org) {
        const ids = await listAccounts(clients);
        targets = [];
        for (const id of ids) {
            if (id === account) {
                targets.push({ id, clients });
                continue;
            }
            targets.push({ id, clients: await assumeInto(clients, opts, home, partition, id) });
        }
    }
    if (opts.accounts?.length)
        targets = targets.filter((t) => opts.accounts?.includes(t.id));
    if (opts.shard)
        targets = targets.filter((t) => shardOf(t.id, opts.shard?.count ?? 1) === (opts.shard?.index ?? 1) - 1);
    const reads = [];
    for (const t of targets) {
        reads.push(await readAccount(t.clients, t.id, partition, regions, (n) => opts.progress?.(`account ${t.id} (${reads.length + 1}/${targets.length}): ${regions.length} region(s), ${n} resource read(s)`)));
    }
    reads.sort((a, b) => a.accountId.localeCompare(b.accountId));
    const snapshot = { flowlogLintSnapshot: 1, tool: { name: 'flowlog-lint', version: opts.toolVersion }, accounts: reads };
    const path = opts.save ?? join(mkdtempSync(join(tmpdir(), 'flowlog-audit-')), 'snapshot.json');
    writeFileSync(path, `${JSON.stringify(snapshot, null, 2)}\n`);
    return path;
}
