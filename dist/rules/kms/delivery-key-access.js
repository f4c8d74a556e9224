import { concatParts, DELIVERY_SERVICE, deliveryContext, display, fresh } from '../../src/engine/rule-api.js';
import { blamePos, unknownReason } from '../_shared.js';
import { bucketKeys } from './_keys.js';
import { keyAccess } from './_access.js';
export const deliveryKeyAccess = {
    meta: {
        id: 'kms/delivery-key-access',
        severity: 'error',
        description: "The destination bucket's customer managed key must let delivery.logs.amazonaws.com use it.",
        source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Required key policy for use with SSE-KMS".',
        messages: {
            keyNotScanned: 'The KMS key `{{key}}` of bucket {{bucket}} is not in the scanned set, so its key policy cannot be checked. Add its template or `aws kms get-key-policy` output, or audit the account.',
            denied: 'The key policy of {{key}} does not let delivery.logs.amazonaws.com {{actions}} (source account {{account}}): log objects cannot be encrypted, so delivery to {{bucket}} fails. Add the statement allowing kms:Encrypt, kms:Decrypt, kms:ReEncrypt*, kms:GenerateDataKey* and kms:DescribeKey to delivery.logs.amazonaws.com.',
            unknown: 'Cannot tell whether delivery.logs.amazonaws.com may use key {{key}}: {{reason}}.',
        },
    },
    check(ctx) {
        for (const k of bucketKeys(ctx.links)) {
            if (k.awsManaged || !k.link)
                continue;
            const key = k.link.key;
            const base = { resource: key?.name ?? k.bucket.name, origin: key?.origin ?? k.bucket.origin };
            if (!key || !key.policy) {
                ctx.report({
                    ...base,
                    ...(k.link.ref.pos ? { pos: k.link.ref.pos } : {}),
                    status: 'unverifiable',
                    messageId: 'keyNotScanned',
                    data: { key: display(k.link.ref), bucket: display(k.scope.bucketName) },
                });
                continue;
            }
            const keyArn = key.arn.length ? key.arn : [fresh('key ARN')];
            for (const t of k.scope.targets) {
                for (const a of t.accounts) {
                    const ctxVals = {
                        ...deliveryContext(k.scope, t, a),
                        'kms:ViaService': [concatParts(['s3.'], t.region, ['.amazonaws.com'])],
                        'kms:CallerAccount': [[...a]],
                    };
                    const r = keyAccess(key.policy, DELIVERY_SERVICE, keyArn, ctxVals);
                    const anchor = { ...base, ...(key.policy.pos ? { pos: key.policy.pos } : {}) };
                    if (r.missing.length) {
                        const pos = r.denied ? blamePos(r.denied, key.policy) : undefined;
                        ctx.report({
                            ...anchor,
                            ...(pos ? { pos } : {}),
                            status: 'fail',
                            messageId: 'denied',
                            data: { key: key.name, actions: r.missing.join(', '), account: display(a), bucket: display(k.scope.bucketName) },
                        });
                    }
                    else if (r.unknown) {
                        ctx.report({ ...anchor, status: 'unverifiable', messageId: 'unknown', data: { key: key.name, account: display(a) }, detail: { reason: unknownReason(r.unknown, [a]) } });
                    }
                    else
                        ctx.pass();
                }
            }
        }
    },
};
