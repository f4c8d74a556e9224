import { literal } from '../../src/engine/rule-api.js';
export const acceptOnly = {
    meta: {
        id: 'flow-log/accept-only',
        severity: 'warning',
        description: 'A flow log capturing only ACCEPT traffic misses rejected traffic, the signal most audits rely on.',
        source: 'AWS VPC User Guide, "Working with flow logs" (CloudWatch alarm for rejected SSH traffic example).',
        messages: {
            acceptOnly: 'Traffic type ACCEPT captures only accepted traffic: rejected connection attempts (scans, blocked SSH) are not recorded. Use ALL, or add a REJECT flow log.',
        },
    },
    check(ctx) {
        for (const fl of ctx.model.flowLogs) {
            const t = literal(fl.trafficType);
            if (t === undefined)
                continue;
            if (t === 'ACCEPT') {
                ctx.report({
                    status: 'fail',
                    messageId: 'acceptOnly',
                    ...(fl.trafficType?.pos ? { pos: fl.trafficType.pos } : {}),
                    resource: fl.name,
                    origin: fl.origin,
                });
            }
            else
                ctx.pass();
        }
    },
};
