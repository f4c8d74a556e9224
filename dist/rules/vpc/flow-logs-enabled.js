import { partsOf } from '../../src/link/parts.js';
import { partsKey } from '../../src/link/links.js';
import { literal } from '../../src/model/value.js';
export const flowLogsEnabled = {
    meta: {
        id: 'vpc/flow-logs-enabled',
        severity: 'warning',
        description: 'Every VPC in the scanned set should have a flow log attached to it.',
        source: 'AWS VPC User Guide, "Working with flow logs"; AWS Security Hub control EC2.6 (VPC flow logging should be enabled in all VPCs).',
    },
    check(ctx) {
        const logged = new Set();
        for (const fl of ctx.model.flowLogs) {
            const rt = literal(fl.resourceType);
            if (rt !== undefined && rt !== 'VPC')
                continue;
            for (const id of fl.resourceIds) {
                const p = partsOf(id);
                if (p)
                    logged.add(partsKey(p));
            }
        }
        for (const vpc of ctx.model.vpcs) {
            const covered = logged.has(partsKey(vpc.vpcId));
            if (covered)
                ctx.pass();
            else {
                ctx.report({
                    status: 'fail',
                    message: `VPC ${vpc.name} has no flow log: its traffic is not recorded. Add a flow log with ResourceType VPC for it (subnet or network-interface flow logs do not cover the whole VPC).`,
                    ...(vpc.pos ? { pos: vpc.pos } : {}),
                    resource: vpc.name,
                    origin: vpc.origin,
                });
            }
        }
    },
};
