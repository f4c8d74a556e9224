import { isTransitGateway, literal, releasedSpell, spell } from '../../src/engine/rule-api.js';
export const trafficType = {
    meta: {
        id: 'flow-log/traffic-type',
        severity: 'error',
        description: 'Traffic type must be ACCEPT, REJECT or ALL (and absent for transit gateway flow logs).',
        source: 'Amazon EC2 API Reference, CreateFlowLogs (TrafficType); AWS VPC User Guide, "Working with flow logs".',
        messages: {
            unresolved: 'The traffic type cannot be resolved ({{reason}}).',
            transitGateway: 'Transit gateway flow logs take no traffic type (the API rejects `{{trafficType}}` for {{resourceType}}); remove it.',
            missing: 'The traffic type is missing: set `{{trafficType}}` to ALL, ACCEPT or REJECT.',
            invalid: '`{{value}}` is not a traffic type; use ALL, ACCEPT or REJECT (upper case).',
        },
    },
    check(ctx) {
        for (const fl of ctx.model.flowLogs) {
            const rt = literal(fl.resourceType);
            const tt = fl.trafficType;
            const base = { resource: fl.name, origin: fl.origin };
            // The setting's name as the input spells it (`TrafficType`, `traffic_type`); not identity.
            const named = { detail: { trafficType: spell(fl, 'trafficType') }, released: { trafficType: releasedSpell('trafficType') } };
            if (tt?.kind === 'unknown') {
                ctx.report({ ...base, status: 'unverifiable', messageId: 'unresolved', detail: { reason: tt.reason }, ...(tt.pos ? { pos: tt.pos } : {}) });
                continue;
            }
            if (isTransitGateway(rt)) {
                if (tt)
                    ctx.report({ ...base, status: 'fail', messageId: 'transitGateway', data: { resourceType: String(rt) }, ...named, ...(tt.pos ? { pos: tt.pos } : {}) });
                else
                    ctx.pass();
                continue;
            }
            const t = literal(tt);
            if (!tt) {
                // describe-flow-logs output always carries it; a request without it is rejected.
                ctx.report({ ...base, status: 'fail', messageId: 'missing', ...named, ...(fl.pos ? { pos: fl.pos } : {}) });
            }
            else if (t !== 'ACCEPT' && t !== 'REJECT' && t !== 'ALL') {
                ctx.report({ ...base, status: 'fail', messageId: 'invalid', data: { value: t ?? '?' }, ...(tt.pos ? { pos: tt.pos } : {}) });
            }
            else
                ctx.pass();
        }
    },
};
