import { display } from '../../src/engine/rule-api.js';
import { blamePos, denialAdvice, denialReason, unknownReason } from '../_shared.js';
import { deliveryWriteQuestions, objectPath, scopeAnchor, scopeName, unresolvedPolicy } from './_scope.js';
const DRIFT = ' Note: when the bucket policy lacks these permissions, AWS may add or rewrite the bucket policy itself when the flow log is created (the documentation says in one place that it overwrites and in another that it appends), which makes your infrastructure code drift.';
export const deliveryWrite = {
    meta: {
        id: 'bucket-policy/delivery-write',
        severity: 'error',
        description: 'The bucket policy must let delivery.logs.amazonaws.com write log objects for every source account.',
        source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs".',
        messages: {
            unresolved: 'The bucket policy of {{bucket}} is not known ({{reason}}), so delivery cannot be checked.',
            noPolicy: 'Bucket {{bucket}} has no bucket policy, so delivery.logs.amazonaws.com may not write flow logs to it.{{drift}}',
            notScanned: 'Bucket `{{bucket}}` is not in the scanned set, so its bucket policy (and encryption) cannot be checked. Add its bucket policy file (e.g. `aws s3api get-bucket-policy --bucket {{bucket}}` output) or audit the account.',
            unknown: 'Cannot tell whether delivery.logs.amazonaws.com may write to {{path}}: {{reason}}.',
            denied: 'delivery.logs.amazonaws.com may not s3:PutObject to {{path}} (source account {{account}}): {{reason}}. {{advice}}{{drift}}',
        },
    },
    check(ctx) {
        for (const scope of ctx.links.buckets) {
            const anchor = scopeAnchor(scope);
            const unresolved = unresolvedPolicy(scope);
            if (unresolved) {
                ctx.report({ ...anchor, status: 'unverifiable', messageId: 'unresolved', data: { bucket: scopeName(scope) }, detail: { reason: unresolved } });
                continue;
            }
            if (scope.policies.length === 0) {
                if (scope.bucket) {
                    ctx.report({
                        ...anchor,
                        status: 'fail',
                        messageId: 'noPolicy',
                        data: { bucket: scopeName(scope) },
                        detail: { drift: DRIFT },
                    });
                }
                else {
                    ctx.report({
                        ...anchor,
                        status: 'unverifiable',
                        messageId: 'notScanned',
                        data: { bucket: scopeName(scope) },
                    });
                }
                continue;
            }
            for (const q of deliveryWriteQuestions(scope)) {
                const path = objectPath(scope, q.target, q.account);
                const v = q.decision.verdict;
                if (v === 'allow')
                    ctx.pass();
                else if (v === 'unknown') {
                    ctx.report({
                        ...anchor,
                        status: 'unverifiable',
                        messageId: 'unknown',
                        data: { path },
                        detail: { reason: unknownReason(q.decision, [q.account, q.target.region]) },
                    });
                }
                else {
                    const pos = blamePos(q.decision, scope.policies[0]?.doc);
                    ctx.report({
                        ...anchor,
                        ...(pos ? { pos } : {}),
                        status: 'fail',
                        messageId: 'denied',
                        data: { path, account: display(q.account) },
                        detail: { reason: denialReason(q.decision), advice: denialAdvice(q.decision, 'Add the AWSLogDeliveryWrite statement from the flow-logs documentation.'), drift: v === 'implicit-deny' ? DRIFT : '' },
                    });
                }
            }
        }
    },
};
