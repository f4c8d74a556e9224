import { describeStatement, FLOW_LOGS_SERVICE, statementCoversAction, statementPrincipalMatches, YES } from '../../src/engine/rule-api.js';
import { hasSourceCondition } from '../_conditions.js';
import { roleUses } from './_roles.js';
export const trustConditions = {
    meta: {
        id: 'delivery-role/trust-conditions',
        severity: 'warning',
        description: 'The delivery role trust policy should limit the flow-logs service with aws:SourceAccount / aws:SourceArn.',
        source: 'AWS VPC User Guide (current), "IAM role for publishing flow logs to CloudWatch Logs" and IAM User Guide, "The confused deputy problem" — newer than the seed documents.',
        messages: {
            noSourceCondition: 'The trust policy of {{role}} ({{statement}}) lets vpc-flow-logs.amazonaws.com assume the role with no aws:SourceAccount or aws:SourceArn condition (confused deputy). Add "StringEquals": {"aws:SourceAccount": "ACCOUNT"} and "ArnLike": {"aws:SourceArn": "arn:aws:ec2:REGION:ACCOUNT:vpc-flow-log/*"}.',
        },
    },
    check(ctx) {
        for (const u of roleUses(ctx.model, ctx.links, ctx.options.accountIds)) {
            const t = u.role.trust;
            if (!t)
                continue;
            const svc = { kind: 'service', service: FLOW_LOGS_SERVICE };
            const grants = t.statements.filter((s) => s.effect === 'Allow' && statementPrincipalMatches(s, svc) === YES && statementCoversAction(s, 'sts:AssumeRole') === YES);
            if (grants.length === 0)
                continue; // delivery-role/trust reports it
            const bare = grants.filter((s) => !hasSourceCondition(s));
            if (bare.length === 0)
                ctx.pass();
            for (const s of bare) {
                ctx.report({
                    status: 'fail',
                    messageId: 'noSourceCondition',
                    data: { role: u.role.name, statement: describeStatement(s) },
                    ...(s.node.pos ? { pos: s.node.pos } : {}),
                    resource: u.role.name,
                    origin: u.role.origin,
                });
            }
        }
    },
};
