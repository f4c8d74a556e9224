import { concatParts, display, fresh } from '../../src/engine/rule-api.js';
import { blamePos, unknownReason } from '../_shared.js';
import { keyAccess } from './_access.js';
export const logGroupKeyAccess = {
    meta: {
        id: 'kms/log-group-key-access',
        severity: 'error',
        description: "A flow-log log group's KMS key must let logs.REGION.amazonaws.com use it.",
        source: 'Amazon CloudWatch Logs User Guide, "Encrypt log data in CloudWatch Logs using AWS KMS" (key policy for logs.REGION.amazonaws.com).',
        messages: {
            keyNotScanned: 'The KMS key `{{key}}` of log group {{logGroup}} is not in the scanned set; its key policy cannot be checked.',
            denied: 'The key policy of {{key}} does not let logs.{{region}}.amazonaws.com {{actions}}: CloudWatch Logs cannot encrypt the flow-log group {{logGroup}}.',
            unknown: 'Cannot tell whether CloudWatch Logs may use key {{key}}: {{reason}}.',
        },
    },
    check(ctx) {
        const seen = new Set();
        for (const l of ctx.links.flowLogs) {
            const g = l.logGroup;
            if (!g?.kmsKeyId || seen.has(g))
                continue;
            seen.add(g);
            const link = ctx.links.keyByRef(g.kmsKeyId);
            const key = link.key;
            const base = { resource: g.name, origin: g.origin };
            if (!key?.policy) {
                ctx.report({ ...base, ...(g.kmsKeyId.pos ? { pos: g.kmsKeyId.pos } : {}), status: 'unverifiable', messageId: 'keyNotScanned', data: { key: display(g.kmsKeyId), logGroup: g.name } });
                continue;
            }
            const service = concatParts(['logs.'], l.region, ['.amazonaws.com']);
            const groupArn = concatParts(['arn:'], l.partition, [':logs:'], l.region, [':'], l.accounts[0] ?? [], [':log-group:'], g.logGroupName);
            const r = keyAccess(key.policy, service, key.arn.length ? key.arn : [fresh('key ARN')], { 'kms:EncryptionContext:aws:logs:arn': [groupArn] });
            const anchor = { resource: key.name, origin: key.origin, ...(key.policy.pos ? { pos: key.policy.pos } : {}) };
            if (r.missing.length) {
                const pos = r.denied ? blamePos(r.denied, key.policy) : undefined;
                ctx.report({ ...anchor, ...(pos ? { pos } : {}), status: 'fail', messageId: 'denied', data: { key: key.name, region: display(l.region), actions: r.missing.join(', '), logGroup: g.name } });
            }
            else if (r.unknown)
                ctx.report({ ...anchor, status: 'unverifiable', messageId: 'unknown', data: { key: key.name }, detail: { reason: unknownReason(r.unknown, []) } });
            else
                ctx.pass();
        }
    },
};
