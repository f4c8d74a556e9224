// The organisation of audited accounts, for `aws:SourceOrgID` / `aws:SourceOrgPaths` conditions
// (RULES.md "Organisations"). Read-only: organizations:DescribeOrganization, and in `--org`
// audits organizations:ListParents from the account up to the root, which gives the path
// `o-…/r-…/ou-…/` AWS puts in aws:SourceOrgPaths. Written to the snapshot as each account's
// `organization` (docs/snapshot.md): an object when read, `null` when the account is in no
// organisation, absent when it could not be read (then the keys stay unknown, never a guess).
import type { Clients } from './clients.js';
import { codeOf } from './read.js';

type J = Record<string, unknown>;
type Send = { send(c: unknown): Promise<J> };

export interface OrgRead {
  /** `{ Id, Paths? }`, null for "not in an organisation", undefined when unknown. */
  organization?: { Id: string; Paths?: string[] } | null;
  /** The call that failed, for the snapshot's account errors. */
  organizationError?: { action: string; code: string };
}

/** DescribeOrganization as the account itself sees it (any member account may call it). */
export async function describeOrganization(clients: Clients): Promise<OrgRead> {
  const { DescribeOrganizationCommand } = await import('@aws-sdk/client-organizations');
  try {
    const org = (await clients.organizations()) as Send;
    const r = await org.send(new DescribeOrganizationCommand({}));
    const id = (r.Organization as J | undefined)?.Id;
    return typeof id === 'string' ? { organization: { Id: id } } : {};
  } catch (e) {
    const code = codeOf(e);
    if (code === 'AWSOrganizationsNotInUseException') return { organization: null };
    return { organizationError: { action: 'organizations:DescribeOrganization', code } };
  }
}

/** The account's path: its parents up to the root (ListParents is answered by the management
 * account), or the call that failed. */
export async function orgPath(clients: Clients, orgId: string, accountId: string): Promise<string | { error: { action: string; code: string } }> {
  const { ListParentsCommand } = await import('@aws-sdk/client-organizations');
  const org = (await clients.organizations()) as Send;
  const chain: string[] = [];
  let child = accountId;
  // An organisation is at most five OUs deep under its root; the bound guards against a loop.
  for (let depth = 0; depth < 10; depth++) {
    let r: J;
    try {
      r = await org.send(new ListParentsCommand({ ChildId: child }));
    } catch (e) {
      return { error: { action: 'organizations:ListParents', code: codeOf(e) } };
    }
    const p = ((r.Parents as J[] | undefined) ?? [])[0];
    if (!p || typeof p.Id !== 'string') break;
    chain.unshift(p.Id);
    if (p.Type === 'ROOT') return `${orgId}/${chain.join('/')}/`;
    child = p.Id;
  }
  return { error: { action: 'organizations:ListParents', code: 'NoRootFound' } };
}

/** The organisation of each audited account. `org`: the accounts came from ListAccounts, so the
 * caller is the management account and may read every path. */
export async function readOrganizations(clients: Clients, accountIds: readonly string[], org: boolean): Promise<Map<string, OrgRead>> {
  const out = new Map<string, OrgRead>();
  const head = await describeOrganization(clients);
  for (const id of accountIds) {
    if (!org || !head.organization) {
      out.set(id, head);
      continue;
    }
    const path = await orgPath(clients, head.organization.Id, id);
    out.set(id, typeof path === 'string' ? { organization: { Id: head.organization.Id, Paths: [path] } } : { organization: { Id: head.organization.Id }, organizationError: path.error });
  }
  return out;
}
