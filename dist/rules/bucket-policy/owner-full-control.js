import { display, evaluateClosedSets, putObjectRequest } from '../../src/engine/rule-api.js';
import { stmtName, unknownReason } from '../_shared.js';
import { docsOf, scopeAnchor, scopeName, unresolvedPolicy } from './_scope.js';
export const ownerFullControl = {
    meta: {
        id: 'bucket-policy/owner-full-control',
        severity: 'error',
        description: 'Log-delivery writes must be allowed only with s3:x-amz-acl = bucket-owner-full-control.',
        source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs" (condition on s3:x-amz-acl).',
        messages: {
            withoutAcl: '{{statement}} lets delivery.logs.amazonaws.com write to {{bucket}} without `s3:x-amz-acl = bucket-owner-full-control`. Add the condition `"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}` so the bucket owner keeps control of log objects.',
            otherAcl: '{{statement}} lets delivery.logs.amazonaws.com write to {{bucket}} with an ACL other than `s3:x-amz-acl = bucket-owner-full-control` (`{{acl}}` is allowed). Add the condition `"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}` so the bucket owner keeps control of log objects.',
            unknown: 'Cannot tell whether writes without bucket-owner-full-control are refused: {{reason}}.',
        },
    },
    check(ctx) {
        for (const scope of ctx.links.buckets) {
            if (unresolvedPolicy(scope))
                continue; // reported once by bucket-policy/delivery-write
            if (scope.policies.length === 0)
                continue;
            const anchor = scopeAnchor(scope);
            const docs = docsOf(scope);
            for (const t of scope.targets) {
                for (const a of t.accounts) {
                    // Ask whether a write WITHOUT the ACL, or with ANY other canned ACL, is also allowed (the
                    // ACLs are a closed set: each is tried, so `bucket-owner-*` patterns are caught).
                    const { decision: d, choice } = evaluateClosedSets(docs, putObjectRequest(scope, t, a, undefined), [
                        { key: 's3:x-amz-acl', except: ['bucket-owner-full-control'], absent: true },
                    ]);
                    const acl = choice['s3:x-amz-acl'];
                    if (d.verdict === 'allow') {
                        const by = d.allowedBy[0];
                        ctx.report({
                            ...anchor,
                            ...(by?.statement.node.pos ? { pos: by.statement.node.pos } : {}),
                            status: 'fail',
                            ...(acl === undefined ? { messageId: 'withoutAcl', data: { bucket: scopeName(scope), account: display(a) } } : { messageId: 'otherAcl', data: { bucket: scopeName(scope), account: display(a), acl } }),
                            detail: { statement: by ? stmtName(by) : 'The policy' },
                        });
                    }
                    else if (d.verdict === 'unknown') {
                        ctx.report({ ...anchor, status: 'unverifiable', messageId: 'unknown', data: { bucket: scopeName(scope), account: display(a) }, detail: { reason: unknownReason(d, [a]) } });
                    }
                    else
                        ctx.pass();
                }
            }
        }
    },
};
