import { arnProblems, asList, display, field, literal, PARTITIONS, partsOf } from '../../src/engine/rule-api.js';
/** Light check for ARN patterns in policies: wildcards are allowed anywhere but the partition. */
function patternProblems(text) {
    const f = text.split(':');
    if (f.length < 6)
        return [`has ${f.length} colon-separated fields; an ARN has at least 6`];
    const partition = f[1] ?? '';
    if (!/[*?]/.test(partition) && !PARTITIONS.includes(partition) && !partition.includes('${')) {
        return [`unknown partition \`${partition}\``];
    }
    const service = f[2] ?? '';
    if (!/[*?$]/.test(service) && !/^[a-z0-9-]+$/.test(service))
        return [`invalid service \`${service}\``];
    const problems = [];
    const region = f[3] ?? '';
    const account = f[4] ?? '';
    if (region !== '' && !/[*?$]/.test(region) && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
        problems.push(`invalid region \`${region}\``);
    if (account !== '' && !/[*?$]/.test(account) && account !== 'aws' && !/^\d{12}$/.test(account))
        problems.push(`invalid account ID \`${account}\` (12 digits)`);
    return problems;
}
export const arnSyntax = {
    meta: {
        id: 'arn/syntax',
        severity: 'error',
        description: 'A value used as an ARN (policy resources and principals, delivery roles) must be well-formed.',
        source: 'IAM User Guide, "IAM identifiers" (ARN format); AWS General Reference, "Amazon Resource Names (ARNs)".',
        messages: {
            invalid: '`{{arn}}` is not a valid ARN: {{problems}}.',
        },
    },
    check(ctx) {
        const report = (v, problems, resource, origin) => {
            if (problems.length === 0)
                ctx.pass();
            else
                ctx.report({ status: 'fail', messageId: 'invalid', data: { arn: display(v) }, detail: { problems: problems.join('; ') }, ...(v.pos ? { pos: v.pos } : {}), resource, origin });
        };
        for (const fl of ctx.model.flowLogs) {
            for (const [v, service] of [
                [fl.deliverLogsPermissionArn, 'iam'],
                [fl.deliverCrossAccountRole, 'iam'],
            ]) {
                const p = partsOf(v);
                if (!v || !p)
                    continue;
                const problems = arnProblems(p, { service });
                const text = literal(v);
                if (problems.length === 0 && text !== undefined && !/:role\//.test(text))
                    problems.push('a delivery role ARN names a role (`arn:aws:iam::ACCOUNT:role/NAME`)');
                report(v, problems, fl.name, fl.origin);
            }
        }
        for (const rec of ctx.model.policies) {
            for (const s of rec.doc.statements) {
                const values = [...asList(s.resource), ...asList(s.notResource)];
                for (const pr of [s.principal, s.notPrincipal])
                    values.push(...asList(field(pr, 'AWS')));
                const cond = s.condition;
                if (cond?.kind === 'obj') {
                    for (const op of cond.entries) {
                        if (!/^(ForAnyValue:|ForAllValues:)?Arn/.test(op.key) || op.value.kind !== 'obj')
                            continue;
                        for (const k of op.value.entries)
                            values.push(...asList(k.value));
                    }
                }
                for (const v of values) {
                    const t = literal(v);
                    if (t === undefined || !t.startsWith('arn:'))
                        continue;
                    report(v, patternProblems(t), rec.owner, rec.origin);
                }
            }
        }
    },
};
