import { display, FLOW_LOGS_SERVICE, fresh, toPlainVal, UNSTATED_ACCOUNT, UNSTATED_PARTITION, UNSTATED_REGION } from '../../src/engine/rule-api.js';
export function roleUses(model, links, accountIds) {
    const uses = new Map();
    for (const l of links.flowLogs) {
        if (!l.role)
            continue;
        const u = uses.get(l.role) ?? { role: l.role, accounts: [], region: l.region, partition: l.partition, flowLogs: [] };
        const accounts = [...u.accounts];
        for (const a of l.accounts)
            if (!accounts.some((x) => display(x) === display(a)))
                accounts.push(a);
        uses.set(l.role, { ...u, accounts, flowLogs: [...u.flowLogs, l] });
    }
    const defaults = accountIds.length ? accountIds.map((a) => [a]) : [[UNSTATED_ACCOUNT]];
    for (const r of model.roles) {
        if (uses.has(r) || !r.trust)
            continue;
        if (!JSON.stringify(toPlainVal(r.trust.node)).includes(FLOW_LOGS_SERVICE))
            continue;
        uses.set(r, { role: r, accounts: r.env.account ? [r.env.account] : defaults, region: r.env.region.length ? r.env.region : [UNSTATED_REGION], partition: r.env.partition.length ? r.env.partition : [UNSTATED_PARTITION], flowLogs: [] });
    }
    return [...uses.values()];
}
export function roleArnOf(u) {
    return u.role.arn.length ? u.role.arn : [fresh('role ARN')];
}
/** Flow logs whose role is named but not in the scanned set. */
export function missingRoles(links) {
    return links.flowLogs.filter((l) => (l.type === 'cloud-watch-logs' || l.type === 'kinesis-data-firehose') && l.roleArn && !l.role);
}
