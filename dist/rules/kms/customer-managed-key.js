import { display } from '../../src/engine/rule-api.js';
import { bucketKeys } from './_keys.js';
export const customerManagedKey = {
    meta: {
        id: 'kms/customer-managed-key',
        severity: 'error',
        description: 'An SSE-KMS flow-log bucket must use a customer managed key, not the AWS managed key (alias/aws/s3).',
        source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs" / SSE-KMS (AWS managed keys cannot be used for cross-account delivery).',
        messages: {
            awsManaged: `Bucket {{bucket}} encrypts with the AWS managed key ({{key}}): flow logs are delivered from the log delivery account, and an AWS managed key's policy cannot grant it. Use a customer managed key whose policy allows delivery.logs.amazonaws.com.`,
        },
    },
    check(ctx) {
        for (const k of bucketKeys(ctx.links)) {
            if (!k.awsManaged) {
                ctx.pass();
                continue;
            }
            const at = k.link?.ref.pos ?? k.algorithmVal?.pos ?? k.bucket.pos;
            ctx.report({
                status: 'fail',
                messageId: 'awsManaged',
                data: { bucket: display(k.scope.bucketName), key: k.link ? display(k.link.ref) : 'aws:kms with no key given' },
                ...(at ? { pos: at } : {}),
                resource: k.bucket.name,
                origin: k.bucket.origin,
            });
        }
    },
};
