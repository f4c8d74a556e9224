import { display } from '../../src/engine/rule-api.js';
import { bucketKeys } from './_keys.js';
export const keyArn = {
    meta: {
        id: 'kms/key-arn',
        severity: 'error',
        description: 'The bucket default encryption must name the customer managed key by its key ARN, not its ID or alias.',
        source: 'AWS VPC User Guide, "Troubleshoot VPC Flow Logs" (LogDestination … is undeliverable when the bucket names the key by ID or alias).',
        messages: {
            notArn: 'Bucket {{bucket}} names its KMS key by {{refKind}} (`{{key}}`{{example}}): flow-log delivery fails with "LogDestination … is undeliverable". Use the key ARN (`!GetAtt Key.Arn`, `aws_kms_key.x.arn`).',
        },
    },
    check(ctx) {
        for (const k of bucketKeys(ctx.links)) {
            if (k.awsManaged || !k.link)
                continue;
            if (k.link.refKind === 'arn') {
                ctx.pass();
                continue;
            }
            // An unresolvable key reference is one missing link, reported by kms/delivery-key-access.
            if (k.link.refKind === 'unknown')
                continue;
            ctx.report({
                status: 'fail',
                messageId: 'notArn',
                data: { bucket: display(k.scope.bucketName), refKind: k.link.refKind === 'alias' ? 'alias' : 'key ID', key: display(k.link.ref) },
                detail: { example: k.link.refKind === 'id' ? ', e.g. CloudFormation `!Ref` of an AWS::KMS::Key' : '' },
                ...(k.link.ref.pos ? { pos: k.link.ref.pos } : {}),
                resource: k.bucket.name,
                origin: k.bucket.origin,
            });
        }
    },
};
