import { asList, display, FLOW_LOGS_SERVICE, literal, NO, statementCoversAction } from '../../src/engine/rule-api.js';
import { roleUses } from './_roles.js';
export const overbroadTrust = {
    meta: {
        id: 'delivery-role/overbroad-trust',
        severity: 'warning',
        description: 'The delivery role trust policy should let only the flow-logs service assume the role.',
        source: 'AWS VPC User Guide, "IAM role for publishing flow logs to CloudWatch Logs"; IAM User Guide, least privilege.',
        messages: {
            unknown: 'Cannot tell whether the trust policy of {{role}} lets only vpc-flow-logs.amazonaws.com assume the delivery role: a principal ({{principal}}) cannot be resolved statically.',
            overbroad: 'The trust policy of {{role}} also lets `{{principal}}` assume the delivery role; only vpc-flow-logs.amazonaws.com needs to.',
        },
    },
    check(ctx) {
        for (const u of roleUses(ctx.model, ctx.links, ctx.options.accountIds)) {
            const t = u.role.trust;
            if (!t)
                continue;
            const others = [];
            for (const s of t.statements) {
                if (s.effect !== 'Allow' || statementCoversAction(s, 'sts:AssumeRole') === NO)
                    continue;
                if (s.notPrincipal) {
                    others.push(s.notPrincipal);
                    continue;
                }
                const p = s.principal;
                if (!p)
                    continue;
                if (p.kind === 'str') {
                    others.push(p);
                    continue;
                }
                if (p.kind !== 'obj')
                    continue;
                for (const e of p.entries) {
                    for (const v of asList(e.value)) {
                        if (!(e.key === 'Service' && literal(v)?.toLowerCase() === FLOW_LOGS_SERVICE))
                            others.push(v);
                    }
                }
            }
            if (others.length === 0)
                ctx.pass();
            for (const v of others) {
                // A principal that cannot be resolved may well be the flow-logs service: not a failure.
                if (v.kind === 'unknown' || (v.kind === 'str' && literal(v) === undefined)) {
                    ctx.report({
                        status: 'unverifiable',
                        messageId: 'unknown',
                        data: { role: u.role.name, principal: display(v) },
                        ...(v.pos ? { pos: v.pos } : {}),
                        resource: u.role.name,
                        origin: u.role.origin,
                    });
                    continue;
                }
                ctx.report({
                    status: 'fail',
                    messageId: 'overbroad',
                    data: { role: u.role.name, principal: display(v) },
                    ...(v.pos ? { pos: v.pos } : {}),
                    resource: u.role.name,
                    origin: u.role.origin,
                });
            }
        }
    },
};
