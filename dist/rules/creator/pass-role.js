import { display, evaluate, FLOW_LOGS_SERVICE, partsKey } from '../../src/engine/rule-api.js';
import { blamePos, denialReason, unknownReason } from '../_shared.js';
import { creators } from './_creators.js';
export const passRole = {
    meta: {
        id: 'creator/pass-role',
        severity: 'error',
        description: 'An identity that creates CloudWatch Logs flow logs must be allowed iam:PassRole on the delivery role.',
        source: 'AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs", section "IAM role for publishing flow logs to CloudWatch Logs" / "Permissions for IAM users to pass a role".',
        messages: {
            unknown: 'Cannot tell whether this identity may iam:PassRole {{role}}: {{reason}}.',
            denied: 'This policy allows ec2:CreateFlowLogs but not iam:PassRole on the delivery role {{role}} ({{reason}}): creating the CloudWatch Logs flow log fails. Allow iam:PassRole on that role (optionally with iam:PassedToService = {{service}}).',
        },
    },
    check(ctx) {
        const roles = new Map();
        for (const l of ctx.links.flowLogs) {
            if (l.roleArn && (l.type === 'cloud-watch-logs' || l.type === 'kinesis-data-firehose'))
                roles.set(partsKey(l.roleArn), l.roleArn);
        }
        if (roles.size === 0)
            return;
        for (const c of creators(ctx.model)) {
            const docs = c.policies.map((p) => p.doc);
            const first = c.policies[0];
            if (!first)
                continue;
            for (const role of roles.values()) {
                const d = evaluate(docs, {
                    principal: { kind: 'aws', arn: [], account: [] },
                    action: 'iam:PassRole',
                    resource: role,
                    context: { 'iam:PassedToService': [[FLOW_LOGS_SERVICE]] },
                });
                const base = { resource: first.name, origin: first.origin };
                if (d.verdict === 'allow')
                    ctx.pass();
                else if (d.verdict === 'unknown')
                    ctx.report({ ...base, ...(first.doc.pos ? { pos: first.doc.pos } : {}), status: 'unverifiable', messageId: 'unknown', data: { role: display(role) }, detail: { reason: unknownReason(d, [role]) } });
                else {
                    const pos = blamePos(d, first.doc);
                    ctx.report({
                        ...base,
                        ...(pos ? { pos } : {}),
                        status: 'fail',
                        messageId: 'denied',
                        data: { role: display(role) },
                        detail: { reason: denialReason(d), service: FLOW_LOGS_SERVICE },
                    });
                }
            }
        }
    },
};
