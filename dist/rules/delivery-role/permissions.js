import { concatParts, display, evaluate, fresh, isInputSym, logGroupNameOf, substituteSym } from '../../src/engine/rule-api.js';
import { blamePos, unknownReason } from '../_shared.js';
import { roleArnOf, roleUses } from './_roles.js';
/** The actions CloudWatch Logs delivery needs on a log group given by its ARN (without `:*`). */
function needsFor(group) {
    const stream = concatParts(group, [':log-stream:'], [fresh('log stream')]);
    return [
        { action: 'logs:CreateLogStream', resources: [stream, concatParts(group, [':*'])] },
        { action: 'logs:PutLogEvents', resources: [stream] },
        { action: 'logs:DescribeLogStreams', resources: [group, concatParts(group, [':*'])] },
    ];
}
/** The input symbol a value is made of, when it is nothing else (`var.log_destination`). */
function wholeInput(v) {
    const p = v?.kind === 'str' && v.parts.length === 1 ? v.parts[0] : undefined;
    return p && typeof p !== 'string' && isInputSym(p) ? p : undefined;
}
export const permissions = {
    meta: {
        id: 'delivery-role/permissions',
        severity: 'error',
        description: 'The delivery role must allow logs:CreateLogStream, logs:PutLogEvents and logs:DescribeLogStreams on the log group (and logs:CreateLogGroup when the group is not declared).',
        source: 'AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs", section "IAM role for publishing flow logs to CloudWatch Logs".',
        messages: {
            managedPolicies: 'Role {{role}} has attached policies outside the scanned set ({{policies}}), so its permissions cannot be fully checked. Add their documents to the scan.',
            logGroupUnresolved: 'The log group name cannot be resolved ({{reason}}).',
            policiesUnknown: 'The permission policies of role {{role}} are not (all) in the scanned set, and those found do not allow {{actions}}{{where}}. Add the role\'s policies (`aws iam list-role-policies` / `get-role-policy` outputs or its template), or audit the account.',
            missing: 'Role {{role}} does not allow {{actions}}{{where}}: the flow-logs service cannot publish records.{{createNote}}',
            unknown: 'Cannot tell whether role {{role}} allows {{unknowns}}.',
            inputUnknown: 'Cannot tell whether role {{role}} allows {{unknowns}} on the log group `{{input}}` names.',
            inputPoliciesUnknown: 'The permission policies of role {{role}} are not (all) in the scanned set, and those found do not allow {{actions}} on the log group `{{input}}` names.',
            inputMissing: 'Role {{role}} does not allow {{actions}} on the log group `{{input}}` names, for any value of `{{input}}`: the flow-logs service cannot publish records.',
            inputNeedsStar: "Role {{role}}'s permissions on the log group of `{{input}}` depend on its value: it passes only if `{{input}}` ends in `:*` (the log-group ARN in its `arn:…:log-group:NAME:*` form); a Terraform `aws_cloudwatch_log_group` `arn` does not, and with it the role does not allow {{actions}}.",
            inputNeedsPlain: "Role {{role}}'s permissions on the log group of `{{input}}` depend on its value: it passes only if `{{input}}` is given without the trailing `:*`; in its `:*` form the role does not allow {{actions}}.",
        },
    },
    check(ctx) {
        for (const u of roleUses(ctx.model, ctx.links, ctx.options.accountIds)) {
            const r = u.role;
            const anchor = { resource: r.name, origin: r.origin, ...(r.pos ? { pos: r.pos } : {}) };
            if (r.managedPolicyArns.length) {
                ctx.report({
                    ...anchor,
                    ...(r.managedPolicyArns[0]?.pos ? { pos: r.managedPolicyArns[0].pos } : {}),
                    status: 'unverifiable',
                    messageId: 'managedPolicies',
                    data: { role: r.name, policies: r.managedPolicyArns.map((v) => display(v)).join(', ') },
                });
                continue;
            }
            const targets = u.flowLogs.length ? u.flowLogs : [undefined];
            for (const l of targets) {
                // The whole destination is an input (`log_destination = var.log_destination`): ask the
                // question for both forms a log-group ARN is written in (RULES.md, "How rules decide").
                const input = l ? wholeInput(l.flowLog.destination) : undefined;
                if (l && input) {
                    const name = [fresh('log group')];
                    for (const a of l.accounts) {
                        const group = concatParts(['arn:'], u.partition, [':logs:'], u.region, [':'], a, [':log-group:'], name);
                        const who = { kind: 'aws', arn: roleArnOf(u), account: a };
                        const judge = (by) => {
                            const policies = r.policies.map((p) => substituteSym(p, input.sym, by));
                            const missing = [];
                            const unknowns = [];
                            let denied;
                            for (const n of needsFor(group)) {
                                const ds = n.resources.map((res) => evaluate(policies, { principal: who, action: n.action, resource: res, context: {} }));
                                if (ds.some((d) => d.verdict === 'allow'))
                                    continue;
                                const unk = ds.find((d) => d.verdict === 'unknown');
                                if (unk)
                                    unknowns.push(`${n.action} (${unknownReason(unk, [group])})`);
                                else {
                                    missing.push(n.action);
                                    denied = ds[0];
                                }
                            }
                            return { missing, unknowns, denied };
                        };
                        const plain = judge(group);
                        const star = judge(concatParts(group, [':*']));
                        const data = { role: r.name, input: input.label };
                        if (plain.unknowns.length || star.unknowns.length) {
                            ctx.report({ ...anchor, status: 'unverifiable', messageId: 'inputUnknown', data, detail: { unknowns: [...plain.unknowns, ...star.unknowns].join('; ') } });
                        }
                        else if (!plain.missing.length && !star.missing.length)
                            ctx.pass();
                        else if (!r.policiesKnown) {
                            ctx.report({ ...anchor, status: 'unverifiable', messageId: 'inputPoliciesUnknown', data: { ...data, actions: [...new Set([...plain.missing, ...star.missing])].join(', ') } });
                        }
                        else if (plain.missing.length && star.missing.length) {
                            const pos = plain.denied ? blamePos(plain.denied, r.policies[0]) : undefined;
                            ctx.report({ ...anchor, ...(pos ? { pos } : {}), status: 'fail', messageId: 'inputMissing', data: { ...data, actions: plain.missing.join(', ') } });
                        }
                        else {
                            const denied = plain.denied ?? star.denied;
                            const pos = denied ? blamePos(denied, r.policies[0]) : undefined;
                            ctx.report({
                                ...anchor,
                                ...(pos ? { pos } : {}),
                                status: 'unverifiable',
                                ...(plain.missing.length
                                    ? { messageId: 'inputNeedsStar', data: { ...data, actions: plain.missing.join(', ') } }
                                    : { messageId: 'inputNeedsPlain', data: { ...data, actions: star.missing.join(', ') } }),
                            });
                        }
                    }
                    continue;
                }
                const lg = l ? logGroupNameOf(l.flowLog) : undefined;
                if (lg && 'unknown' in lg) {
                    ctx.report({ ...anchor, status: 'unverifiable', messageId: 'logGroupUnresolved', detail: { reason: lg.unknown } });
                    continue;
                }
                const name = lg?.name ?? [fresh('log group')];
                const region = lg?.arnRegion ?? u.region;
                for (const a of l ? l.accounts : u.accounts) {
                    const account = lg?.arnAccount ?? a;
                    const group = concatParts(['arn:'], u.partition, [':logs:'], region, [':'], account, [':log-group:'], name);
                    const needs = needsFor(group);
                    const declared = l?.logGroup !== undefined;
                    if (!declared)
                        needs.push({ action: 'logs:CreateLogGroup', resources: [group, concatParts(group, [':*'])] });
                    const who = { kind: 'aws', arn: roleArnOf(u), account };
                    const missing = [];
                    const unknowns = [];
                    let lastDenied;
                    for (const n of needs) {
                        const ds = n.resources.map((res) => evaluate(r.policies, { principal: who, action: n.action, resource: res, context: {} }));
                        if (ds.some((d) => d.verdict === 'allow'))
                            continue;
                        const unk = ds.find((d) => d.verdict === 'unknown');
                        if (unk)
                            unknowns.push(`${n.action} (${unknownReason(unk, [group])})`);
                        else {
                            missing.push(n.action);
                            lastDenied = ds[0];
                        }
                    }
                    const where = l ? ` for the log group ${display(name)}` : '';
                    // The log group identifies the finding; `where` is only its wording.
                    const key = { role: r.name, logGroup: l ? display(name) : '', account: display(account) };
                    if (missing.length && !r.policiesKnown) {
                        ctx.report({
                            ...anchor,
                            status: 'unverifiable',
                            messageId: 'policiesUnknown',
                            data: { ...key, actions: missing.join(', ') },
                            detail: { where },
                        });
                    }
                    else if (missing.length) {
                        const pos = lastDenied ? blamePos(lastDenied, r.policies[0]) : undefined;
                        ctx.report({
                            ...anchor,
                            ...(pos ? { pos } : {}),
                            status: 'fail',
                            messageId: 'missing',
                            data: { ...key, actions: missing.join(', ') },
                            detail: { where, createNote: declared ? '' : ' (logs:CreateLogGroup is needed because the log group is not declared in the scanned set.)' },
                        });
                    }
                    else if (unknowns.length) {
                        ctx.report({ ...anchor, status: 'unverifiable', messageId: 'unknown', data: key, detail: { unknowns: unknowns.join('; ') } });
                    }
                    else
                        ctx.pass();
                }
            }
        }
    },
};
