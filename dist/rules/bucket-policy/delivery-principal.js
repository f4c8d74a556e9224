import { asList, describeStatement, display, field, shapeText, statementCoversAction, YES } from '../../src/engine/rule-api.js';
import { stmtName } from '../_shared.js';
import { scopeName, unresolvedPolicy } from './_scope.js';
/** `123456789012` or `arn:PARTITION:iam::123456789012:root` (fields may be symbols). */
function isAccountPrincipal(v) {
    if (v.kind !== 'str')
        return false;
    // Symbols (the stack's account) stand as `#`, which no literal account ID contains.
    const text = shapeText(v.parts, '#');
    return /^(\d{12}|#)$/.test(text) || /^arn:[^:]+:iam::(\d{12}|#):root$/.test(text);
}
export const deliveryPrincipal = {
    meta: {
        id: 'bucket-policy/delivery-principal',
        severity: 'warning',
        description: 'Grant log-delivery writes to the service principal delivery.logs.amazonaws.com, not to account principals.',
        source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs".',
        messages: {
            accountPrincipal: '{{statement}} grants log writes on {{bucket}} to account principal{{plural}} {{accounts}}; AWS recommends the service principal `{"Service": "delivery.logs.amazonaws.com"}` with aws:SourceAccount/aws:SourceArn conditions.',
        },
    },
    check(ctx) {
        for (const scope of ctx.links.buckets) {
            if (unresolvedPolicy(scope))
                continue; // reported once by bucket-policy/delivery-write
            let found = false;
            for (const bp of scope.policies) {
                for (const s of bp.doc.statements) {
                    if (s.effect !== 'Allow' || !s.principal || statementCoversAction(s, 's3:PutObject') !== YES)
                        continue;
                    const aws = asList(field(s.principal, 'AWS'));
                    const accounts = aws.filter((v) => isAccountPrincipal(v));
                    const logsPath = asList(s.resource).some((r) => r.kind === 'str' && shapeText(r.parts).includes('AWSLogs'));
                    if (accounts.length && logsPath) {
                        found = true;
                        ctx.report({
                            status: 'fail',
                            messageId: 'accountPrincipal',
                            data: { bucket: scopeName(scope), accounts: accounts.map((a) => display(a)).join(', ') },
                            detail: { statement: stmtName({ statement: s }), plural: accounts.length > 1 ? 's' : '' },
                            ...(accounts[0]?.pos ? { pos: accounts[0].pos } : {}),
                            resource: bp.name,
                            origin: bp.origin,
                        });
                        void describeStatement;
                    }
                }
            }
            if (!found && scope.policies.length)
                ctx.pass();
        }
    },
};
