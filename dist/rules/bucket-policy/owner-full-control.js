import { evaluate } from '../../src/iam/evaluate.js';
import { putObjectRequest } from '../../src/link/requests.js';
import { stmtName, unknownReason } from '../_shared.js';
import { docsOf, scopeAnchor, scopeName, unresolvedPolicy } from './_scope.js';
export const ownerFullControl = {
    meta: {
        id: 'bucket-policy/owner-full-control',
        severity: 'error',
        description: 'Log-delivery writes must be allowed only with s3:x-amz-acl = bucket-owner-full-control.',
        source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs" (condition on s3:x-amz-acl).',
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
                    // Ask whether a write WITHOUT the ACL, or with another ACL, is also allowed.
                    const without = evaluate(docs, putObjectRequest(scope, t, a, undefined));
                    const other = evaluate(docs, putObjectRequest(scope, t, a, 'public-read'));
                    const bad = [without, other].find((d) => d.verdict === 'allow');
                    if (bad) {
                        const by = bad.allowedBy[0];
                        ctx.report({
                            ...anchor,
                            ...(by?.statement.node.pos ? { pos: by.statement.node.pos } : {}),
                            status: 'fail',
                            message: `${by ? stmtName(by) : 'The policy'} lets delivery.logs.amazonaws.com write to ${scopeName(scope)} ${bad === without ? 'without' : 'with an ACL other than'} \`s3:x-amz-acl = bucket-owner-full-control\`. Add the condition \`"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}\` so the bucket owner keeps control of log objects.`,
                        });
                    }
                    else if (without.verdict === 'unknown' || other.verdict === 'unknown') {
                        const d = without.verdict === 'unknown' ? without : other;
                        ctx.report({ ...anchor, status: 'unverifiable', message: `Cannot tell whether writes without bucket-owner-full-control are refused: ${unknownReason(d, [a])}.` });
                    }
                    else
                        ctx.pass();
                }
            }
        }
    },
};
