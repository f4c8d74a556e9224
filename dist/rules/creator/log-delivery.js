import { evaluate } from '../../src/engine/rule-api.js';
import { blamePos, unknownReason } from '../_shared.js';
import { creators } from './_creators.js';
const ACTIONS = ['logs:CreateLogDelivery', 'logs:DeleteLogDelivery'];
export const logDelivery = {
    meta: {
        id: 'creator/log-delivery',
        severity: 'error',
        description: 'An identity that creates S3 or Firehose flow logs must be allowed logs:CreateLogDelivery and logs:DeleteLogDelivery.',
        source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "IAM policies for IAM principals that publish flow logs to Amazon S3".',
        messages: {
            missing: 'This policy allows ec2:CreateFlowLogs but not {{actions}} (on Resource "*"), which publishing flow logs to S3 or Firehose needs: CreateFlowLogs fails with an access error.',
            unknown: 'Cannot tell whether this policy allows logs:CreateLogDelivery: {{reason}}.',
        },
    },
    check(ctx) {
        const fls = ctx.links.flowLogs;
        const applies = fls.length === 0 || fls.some((l) => l.type === 's3' || l.type === 'kinesis-data-firehose');
        if (!applies)
            return;
        for (const c of creators(ctx.model)) {
            const docs = c.policies.map((p) => p.doc);
            const first = c.policies[0];
            if (!first)
                continue;
            const missing = [];
            let unknown;
            for (const action of ACTIONS) {
                // These actions have no resource type: IAM evaluates them against "*".
                const d = evaluate(docs, { principal: { kind: 'aws', arn: [], account: [] }, action, resource: ['*'], context: {} });
                if (d.verdict === 'unknown')
                    unknown = unknownReason(d, []);
                else if (d.verdict !== 'allow')
                    missing.push(action);
            }
            const base = { resource: first.name, origin: first.origin };
            if (missing.length) {
                const d = evaluate(docs, { principal: { kind: 'aws', arn: [], account: [] }, action: missing[0] ?? '', resource: ['*'], context: {} });
                const pos = blamePos(d, first.doc);
                ctx.report({
                    ...base,
                    ...(pos ? { pos } : {}),
                    status: 'fail',
                    messageId: 'missing',
                    data: { actions: missing.join(' and ') },
                });
            }
            else if (unknown)
                ctx.report({ ...base, status: 'unverifiable', messageId: 'unknown', detail: { reason: unknown } });
            else
                ctx.pass();
        }
    },
};
