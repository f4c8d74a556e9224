import { display } from '../../src/engine/rule-api.js';
import { blamePos, denialAdvice, denialReason, unknownReason } from '../_shared.js';
import { aclCheckQuestions, scopeAnchor, scopeName, unresolvedPolicy } from './_scope.js';
export const aclCheck = {
    meta: {
        id: 'bucket-policy/acl-check',
        severity: 'error',
        description: 'The bucket policy must let delivery.logs.amazonaws.com call s3:GetBucketAcl on the bucket.',
        source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs" (AWSLogDeliveryAclCheck).',
        messages: {
            unknown: 'Cannot tell whether delivery.logs.amazonaws.com may s3:GetBucketAcl on {{bucket}}: {{reason}}.',
            denied: 'delivery.logs.amazonaws.com may not s3:GetBucketAcl on arn:{{partition}}:s3:::{{bucket}} (source account {{account}}): {{reason}}. {{advice}}',
        },
    },
    check(ctx) {
        for (const scope of ctx.links.buckets) {
            if (unresolvedPolicy(scope))
                continue; // reported once by bucket-policy/delivery-write
            if (scope.policies.length === 0)
                continue; // reported once by bucket-policy/delivery-write
            const anchor = scopeAnchor(scope);
            for (const q of aclCheckQuestions(scope)) {
                const v = q.decision.verdict;
                if (v === 'allow')
                    ctx.pass();
                else if (v === 'unknown') {
                    ctx.report({ ...anchor, status: 'unverifiable', messageId: 'unknown', data: { bucket: scopeName(scope), account: display(q.account) }, detail: { reason: unknownReason(q.decision, [q.account, q.target.region]) } });
                }
                else {
                    const pos = blamePos(q.decision, scope.policies[0]?.doc);
                    ctx.report({
                        ...anchor,
                        ...(pos ? { pos } : {}),
                        status: 'fail',
                        messageId: 'denied',
                        data: { partition: display(scope.partition), bucket: scopeName(scope), account: display(q.account) },
                        detail: { reason: denialReason(q.decision), advice: denialAdvice(q.decision, 'Add the AWSLogDeliveryAclCheck statement: delivery checks the bucket ACL before writing.') },
                    });
                }
            }
        }
    },
};
