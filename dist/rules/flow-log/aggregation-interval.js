import { isTransitGateway, literal, releasedSpell, spell } from '../../src/engine/rule-api.js';
export const aggregationInterval = {
    meta: {
        id: 'flow-log/aggregation-interval',
        severity: 'error',
        description: 'MaxAggregationInterval must be 60 or 600 seconds (60 for transit gateway flow logs).',
        source: 'Amazon EC2 API Reference, CreateFlowLogs (MaxAggregationInterval); AWS VPC User Guide, "Flow logs basics".',
        messages: {
            unresolved: 'The aggregation interval cannot be resolved ({{reason}}).',
            transitGateway: 'Transit gateway flow logs support only a 60-second aggregation interval, not `{{value}}`.',
            invalid: '`{{maxAggregationInterval}}` must be 60 or 600 seconds, not `{{value}}`.',
        },
    },
    check(ctx) {
        for (const fl of ctx.model.flowLogs) {
            const v = fl.maxAggregationInterval;
            const base = { resource: fl.name, origin: fl.origin, ...(v?.pos ? { pos: v.pos } : {}) };
            if (!v) {
                ctx.pass();
                continue;
            }
            if (v.kind === 'unknown') {
                ctx.report({ ...base, status: 'unverifiable', messageId: 'unresolved', detail: { reason: v.reason } });
                continue;
            }
            const t = literal(v);
            const tgw = isTransitGateway(literal(fl.resourceType));
            if (tgw && t !== '60') {
                ctx.report({ ...base, status: 'fail', messageId: 'transitGateway', data: { value: t ?? '?' } });
            }
            else if (t !== '60' && t !== '600') {
                ctx.report({ ...base, status: 'fail', messageId: 'invalid', data: { value: t ?? '?' }, detail: { maxAggregationInterval: spell(fl, 'maxAggregationInterval') }, released: { maxAggregationInterval: releasedSpell('maxAggregationInterval') } });
            }
            else
                ctx.pass();
        }
    },
};
