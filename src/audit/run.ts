// `flowlog-lint audit`: reads the caller's account (read-only) into a snapshot, which the normal
// pipeline then lints, so an audit and a later lint of its saved snapshot give the same results.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clients } from './clients.js';
import { readAccount } from './read.js';

export class AuditError extends Error {}

export interface AuditOptions {
  profile?: string;
  regions: readonly string[];
  allRegions: boolean;
  endpoint?: string;
  save?: string;
  toolVersion: string;
  progress?: (msg: string) => void;
}

type J = Record<string, unknown>;

function describe(e: unknown): string {
  const x = e as { name?: string; message?: string };
  return `${x.name ?? 'Error'}: ${(x.message ?? String(e)).split('\n')[0]}`;
}

/** Runs the audit; returns the path of the snapshot it wrote. */
export async function runAudit(opts: AuditOptions): Promise<string> {
  const clients = new Clients({ ...(opts.profile ? { profile: opts.profile } : {}), ...(opts.endpoint ? { endpoint: opts.endpoint } : {}) });
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
  const read = await readAccount(clients, account, partition, regions, (n) => opts.progress?.(`account ${account}: ${regions.length} region(s), ${n} resource read(s)`));
  const snapshot = { flowlogLintSnapshot: 1, tool: { name: 'flowlog-lint', version: opts.toolVersion }, accounts: [read] };
  const path = opts.save ?? join(mkdtempSync(join(tmpdir(), 'flowlog-audit-')), 'snapshot.json');
  writeFileSync(path, `${JSON.stringify(snapshot, null, 2)}\n`);
  return path;
}
