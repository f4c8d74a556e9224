// `flowlog-lint audit`: reads the caller's account (read-only) into a snapshot, which the normal
// pipeline then lints, so an audit and a later lint of its saved snapshot give the same results.
import { mkdtempSync } from 'node:fs';
import { LinkRefused, writeFileNoFollow } from '../write-file.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clients } from './clients.js';
import { PageGuard } from './paginate.js';
import { readAccount, type AccountRead } from './read.js';
import { readOrganizations } from './org.js';
import type { Snapshot } from './snapshot.js';
import { quietSdkNodeWarning } from './sdk-warning.js';

export class AuditError extends Error {
  /** The AWS error code behind it, when there is one. */
  code?: string;
}

/** An account whose role could not be assumed: every requested region carries the failed
 * sts:AssumeRole, so nothing there is taken as "no flow logs" (audit/read-error). */
function unreadAccount(accountId: string, partition: string, regions: readonly string[], code: string): AccountRead {
  return {
    accountId,
    partition,
    buckets: [],
    roles: [],
    regions: regions.map((region) => ({ region, vpcs: [], flowLogs: [], logGroups: [], metricFilters: [], keys: [], errors: [{ action: 'sts:AssumeRole', code }] })),
  };
}

export interface AuditOptions {
  profile?: string;
  /** Audit every member account of the organisation, assuming `roleName` in each. */
  org?: boolean;
  roleName?: string;
  externalId?: string;
  /** Only these account IDs. */
  accounts?: readonly string[];
  /** `I/N`: only the accounts of shard I of N (1-based). */
  shard?: { index: number; count: number };
  regions: readonly string[];
  allRegions: boolean;
  endpoint?: string;
  /** Per-request timeout in ms (clients.ts timeouts()). */
  timeoutMs?: number;
  save?: string;
  toolVersion: string;
  progress?: (msg: string) => void;
}

type J = Record<string, unknown>;

function describe(e: unknown): string {
  const x = e as { name?: string; message?: string };
  return `${x.name ?? 'Error'}: ${(x.message ?? String(e)).split('\n')[0]}`;
}

/** The shard of an account: a hash of its ID, so it does not depend on the order or the set of
 * accounts listed (FNV-1a). */
export function shardOf(accountId: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < accountId.length; i++) {
    h ^= accountId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % count;
}

async function listAccounts(clients: Clients): Promise<string[]> {
  const org = (await clients.organizations()) as { send(c: unknown): Promise<J> };
  const { ListAccountsCommand } = await import('@aws-sdk/client-organizations');
  const ids: string[] = [];
  let token: string | undefined;
  const guard = new PageGuard();
  try {
    do {
      const page = await org.send(new ListAccountsCommand({ ...(token ? { NextToken: token } : {}) }));
      for (const a of (page.Accounts as J[] | undefined) ?? []) if (a.Status === undefined || a.Status === 'ACTIVE') ids.push(String(a.Id));
      token = page.NextToken as string | undefined;
      const problem = guard.check(token);
      if (problem) throw Object.assign(new Error(`the service kept returning page tokens (${problem})`), { name: problem });
    } while (token);
  } catch (e) {
    throw new AuditError(`cannot list the organisation's accounts (organizations:ListAccounts): ${describe(e)}`);
  }
  return [...new Set(ids)].sort();
}

async function assumeInto(clients: Clients, opts: AuditOptions, region: string, partition: string, accountId: string): Promise<Clients> {
  const roleName = opts.roleName ?? 'OrganizationAccountAccessRole';
  const sts = (await clients.sts(region)) as { send(c: unknown): Promise<J> };
  const { AssumeRoleCommand } = await import('@aws-sdk/client-sts');
  try {
    const r = await sts.send(
      new AssumeRoleCommand({ RoleArn: `arn:${partition}:iam::${accountId}:role/${roleName}`, RoleSessionName: 'flowlog-lint-audit', ...(opts.externalId ? { ExternalId: opts.externalId } : {}) }),
    );
    const c = (r.Credentials as J | undefined) ?? {};
    return new Clients({
      ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
      ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
      credentials: { accessKeyId: String(c.AccessKeyId), secretAccessKey: String(c.SecretAccessKey), ...(c.SessionToken ? { sessionToken: typeof c.SessionToken === 'string' ? c.SessionToken : JSON.stringify(c.SessionToken) } : {}) },
    });
  } catch (e) {
    const err = new AuditError(`cannot assume ${roleName} in account ${accountId} (sts:AssumeRole): ${describe(e)}`);
    err.code = (e as { name?: string }).name ?? 'Error';
    throw err;
  }
}

/** Runs the audit; returns the path of the snapshot it wrote. */
export async function runAudit(opts: AuditOptions): Promise<string> {
  quietSdkNodeWarning();
  const clients = new Clients({
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
  });
  const home = opts.regions[0] ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  let account: string;
  let partition: string;
  try {
    const sts = (await clients.sts(home)) as { send(c: unknown): Promise<J> };
    const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    const id = await sts.send(new GetCallerIdentityCommand({}));
    account = String(id.Account);
    partition = /^arn:([^:]+):/.exec(String(id.Arn))?.[1] ?? 'aws';
  } catch (e) {
    // Secrets never reach the message: only the error's name and first line.
    throw new AuditError(`cannot identify the caller (sts:GetCallerIdentity): ${describe(e)}`);
  }
  let regions = [...opts.regions];
  if (opts.allRegions) {
    try {
      const ec2 = (await clients.ec2(home)) as { send(c: unknown): Promise<J> };
      const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
      const r = await ec2.send(new DescribeRegionsCommand({}));
      regions = ((r.Regions as J[] | undefined) ?? []).map((x) => String(x.RegionName)).sort();
    } catch (e) {
      throw new AuditError(`cannot list regions (ec2:DescribeRegions): ${describe(e)}`);
    }
  }
  if (regions.length === 0) regions = [home];
  // Filter the accounts BEFORE assuming any role: --accounts and --shard must not touch (or be
  // stopped by) the accounts they leave out.
  let ids = opts.org ? await listAccounts(clients) : [account];
  if (opts.accounts?.length) ids = ids.filter((id) => opts.accounts?.includes(id));
  if (opts.shard) ids = ids.filter((id) => shardOf(id, opts.shard?.count ?? 1) === (opts.shard?.index ?? 1) - 1);
  const reads: AccountRead[] = [];
  for (const id of ids) {
    let target: Clients;
    try {
      target = id === account ? clients : await assumeInto(clients, opts, home, partition, id);
    } catch (e) {
      // One member that cannot be assumed is a read error for that account; the others go on.
      if (!(e instanceof AuditError)) throw e;
      opts.progress?.(e.message);
      reads.push(unreadAccount(id, partition, regions, (e as AuditError & { code?: string }).code ?? 'Error'));
      continue;
    }
    reads.push(await readAccount(target, id, partition, regions, (n) => opts.progress?.(`account ${id} (${reads.length + 1}/${ids.length}): ${regions.length} region(s), ${n} resource read(s)`)));
  }
  reads.sort((a, b) => a.accountId.localeCompare(b.accountId));
  const orgs = await readOrganizations(clients, reads.map((r) => r.accountId), opts.org === true);
  const accounts = reads.map((r) => ({ ...r, ...orgs.get(r.accountId) }));
  const snapshot: Snapshot = { flowlogLintSnapshot: 1, tool: { name: 'flowlog-lint', version: opts.toolVersion }, accounts };
  const path = opts.save ?? join(mkdtempSync(join(tmpdir(), 'flowlog-audit-')), 'snapshot.json');
  try {
    writeFileNoFollow(path, `${JSON.stringify(snapshot, null, 2)}\n`);
  } catch (e) {
    throw new AuditError(`--save ${e instanceof LinkRefused ? e.message : `${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`}`);
  }
  return path;
}
