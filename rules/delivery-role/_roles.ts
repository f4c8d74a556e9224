// The delivery roles in scope: roles named by flow logs, and roles whose trust policy mentions the
// flow-logs service (checked on their own), with the source accounts to ask about.
import type { FlowLogLink, Links, Model, Part, Role } from '../../src/engine/rule-api.js';
import { display, FLOW_LOGS_SERVICE, fresh, toPlainVal, UNSTATED_ACCOUNT, UNSTATED_PARTITION, UNSTATED_REGION } from '../../src/engine/rule-api.js';

export interface RoleUse {
  role: Role;
  accounts: readonly (readonly Part[])[];
  region: readonly Part[];
  partition: readonly Part[];
  flowLogs: FlowLogLink[];
}

export function roleUses(model: Model, links: Links, accountIds: readonly string[]): RoleUse[] {
  const uses = new Map<Role, RoleUse>();
  for (const l of links.flowLogs) {
    if (!l.role) continue;
    const u = uses.get(l.role) ?? { role: l.role, accounts: [], region: l.region, partition: l.partition, flowLogs: [] };
    const accounts = [...u.accounts];
    for (const a of l.accounts) if (!accounts.some((x) => display(x) === display(a))) accounts.push(a);
    uses.set(l.role, { ...u, accounts, flowLogs: [...u.flowLogs, l] });
  }
  const defaults: Part[][] = accountIds.length ? accountIds.map((a) => [a]) : [[UNSTATED_ACCOUNT]];
  for (const r of model.roles) {
    if (uses.has(r) || !r.trust) continue;
    if (!JSON.stringify(toPlainVal(r.trust.node)).includes(FLOW_LOGS_SERVICE)) continue;
    uses.set(r, { role: r, accounts: r.env.account ? [r.env.account] : defaults, region: r.env.region.length ? r.env.region : [UNSTATED_REGION], partition: r.env.partition.length ? r.env.partition : [UNSTATED_PARTITION], flowLogs: [] });
  }
  return [...uses.values()];
}

export function roleArnOf(u: RoleUse): readonly Part[] {
  return u.role.arn.length ? u.role.arn : [fresh('role ARN')];
}

/** Flow logs whose role is named but not in the scanned set. */
export function missingRoles(links: Links): FlowLogLink[] {
  return links.flowLogs.filter((l) => (l.type === 'cloud-watch-logs' || l.type === 'kinesis-data-firehose') && l.roleArn && !l.role);
}
