import { stmtName } from '../_shared.js';
import { aclCheckQuestions, deliveryWriteQuestions, scopeName, unresolvedPolicy } from './_scope.js';
import { hasSourceCondition } from '../_conditions.js';
export const sourceConditions = {
    meta: {
        id: 'bucket-policy/source-conditions',
        severity: 'warning',
        description: 'Delivery statements should carry aws:SourceAccount or aws:SourceArn conditions (confused-deputy protection).',
        source: 'AWS VPC User Guide (current), "Amazon S3 bucket permissions for flow logs" and IAM User Guide, "The confused deputy problem" — newer than the seed documents.',
        messages: {
            noSourceCondition: `{{statement}} grants delivery.logs.amazonaws.com access to {{bucket}} without an aws:SourceAccount or aws:SourceArn condition: any account's log deliveries could use it (confused deputy). Add "StringEquals": {"aws:SourceAccount": [...]} and "ArnLike": {"aws:SourceArn": "arn:aws:logs:REGION:ACCOUNT:*"}.`,
        },
    },
    check(ctx) {
        for (const scope of ctx.links.buckets) {
            if (unresolvedPolicy(scope))
                continue; // reported once by bucket-policy/delivery-write
            if (scope.policies.length === 0)
                continue;
            const granting = new Map();
            for (const q of [...deliveryWriteQuestions(scope), ...aclCheckQuestions(scope)]) {
                for (const r of q.decision.allowedBy)
                    granting.set(r.statement, r);
            }
            if (granting.size === 0)
                continue;
            let bad = false;
            for (const r of granting.values()) {
                if (hasSourceCondition(r.statement))
                    continue;
                bad = true;
                const owner = scope.policies.find((p) => p.doc === r.policy);
                ctx.report({
                    status: 'fail',
                    messageId: 'noSourceCondition',
                    data: { statement: stmtName(r), bucket: scopeName(scope) },
                    ...(r.statement.node.pos ? { pos: r.statement.node.pos } : {}),
                    ...(owner ? { resource: owner.name, origin: owner.origin } : {}),
                });
            }
            if (!bad)
                ctx.pass();
        }
    },
};
