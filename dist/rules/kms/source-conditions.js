import { DELIVERY_SERVICE, describeStatement, statementPrincipalMatches, YES } from '../../src/engine/rule-api.js';
import { hasSourceCondition } from '../_conditions.js';
import { bucketKeys } from './_keys.js';
export const kmsSourceConditions = {
    meta: {
        id: 'kms/source-conditions',
        severity: 'warning',
        description: 'The key-policy statement for delivery.logs.amazonaws.com should carry aws:SourceAccount / aws:SourceArn conditions.',
        source: 'AWS VPC User Guide (current), "Required key policy for use with SSE-KMS"; IAM User Guide, "The confused deputy problem" — newer than the seed documents.',
        messages: {
            noSourceCondition: 'Key policy {{statement}} of {{key}} lets delivery.logs.amazonaws.com use the key with no aws:SourceAccount or aws:SourceArn condition (confused deputy).',
        },
    },
    check(ctx) {
        const seen = new Set();
        for (const k of bucketKeys(ctx.links)) {
            const key = k.link?.key;
            if (!key?.policy || seen.has(key))
                continue;
            seen.add(key);
            const who = { kind: 'service', service: DELIVERY_SERVICE };
            const grants = key.policy.statements.filter((s) => s.effect === 'Allow' && (s.principal || s.notPrincipal) && statementPrincipalMatches(s, who) === YES);
            if (grants.length === 0)
                continue;
            const bare = grants.filter((s) => !hasSourceCondition(s));
            if (bare.length === 0)
                ctx.pass();
            for (const s of bare) {
                ctx.report({
                    status: 'fail',
                    messageId: 'noSourceCondition',
                    data: { statement: describeStatement(s), key: key.name },
                    ...(s.node.pos ? { pos: s.node.pos } : {}),
                    resource: key.name,
                    origin: key.origin,
                });
            }
        }
    },
};
