import { allowedByStatement, asList, bucketArn, concatParts, display, shapeText, statementCoversAction, statementPrincipalMatches, YES } from '../../src/engine/rule-api.js';
import { stmtName } from '../_shared.js';
import { docsOf, scopeName, unresolvedPolicy } from './_scope.js';
const CALLER_CHOSEN = [
    { key: 's3:x-amz-acl', absent: true },
    { key: 'aws:SecureTransport', absent: true },
];
export const publicWrite = {
    meta: {
        id: 'bucket-policy/public-write',
        severity: 'error',
        description: 'Anyone may write objects into the log bucket: log integrity is lost.',
        source: 'Amazon S3 User Guide, "Blocking public access to your Amazon S3 storage"; AWS Security Hub control S3.3.',
        messages: {
            publicWrite: '{{statement}} lets anyone s3:PutObject into {{bucket}} ({{key}}) with no restricting condition: anyone can forge or overwrite flow-log records. Restrict the principal to delivery.logs.amazonaws.com.',
        },
    },
    check(ctx) {
        for (const scope of ctx.links.buckets) {
            if (unresolvedPolicy(scope))
                continue; // reported once by bucket-policy/delivery-write
            if (scope.policies.length === 0)
                continue;
            const docs = docsOf(scope);
            const anonymous = { kind: 'anonymous' };
            let flagged = false;
            for (const bp of scope.policies) {
                for (const s of bp.doc.statements) {
                    if (s.effect !== 'Allow' || statementPrincipalMatches(s, anonymous) !== YES || statementCoversAction(s, 's3:PutObject') !== YES)
                        continue;
                    // Try an object key inside each resource pattern of the statement, as a stranger with no
                    // request context: allowed means no condition restricts who may write.
                    for (const r of asList(s.resource)) {
                        if (r.kind !== 'str')
                            continue;
                        // An object inside the pattern: wildcards become ordinary characters, symbols stay.
                        const resource = concatParts(r.parts.map((p) => (typeof p === 'string' ? p.replace(/[*?]/g, 'x') : p)));
                        if (!shapeText(resource).startsWith('arn:'))
                            resource.splice(0, resource.length, ...concatParts(bucketArn(scope), ['/x']));
                        const key = display(resource);
                        // Conditions on values any caller chooses (its own ACL header, TLS) do not restrict who:
                        // every value of those closed sets is tried, and their absence.
                        // Asked of this statement and the Deny statements only: linear in the policy's size.
                        const a = allowedByStatement(docs, bp.doc, s, { principal: anonymous, action: 's3:PutObject', resource, context: {} }, CALLER_CHOSEN);
                        if (a.verdict === 'allow' && a.by) {
                            flagged = true;
                            ctx.report({
                                status: 'fail',
                                messageId: 'publicWrite',
                                data: { bucket: scopeName(scope), key, statement: stmtName(a.by) },
                                ...(s.principal?.pos ? { pos: s.principal.pos } : s.node.pos ? { pos: s.node.pos } : {}),
                                resource: bp.name,
                                origin: bp.origin,
                            });
                            break;
                        }
                    }
                }
            }
            if (!flagged)
                ctx.pass();
        }
    },
};
