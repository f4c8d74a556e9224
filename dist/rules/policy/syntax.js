import { toPlainVal, validatePolicy } from '../../src/engine/rule-api.js';
/** The value at a JSON-pointer path, and whether anything on the way is unresolved. */
function at(v, path) {
    let cur = v;
    for (const seg of path) {
        if (cur.kind === 'unknown')
            return { val: cur, unknown: true };
        let next;
        if (cur.kind === 'obj')
            next = [...cur.entries].reverse().find((e) => e.key === seg)?.value;
        else if (cur.kind === 'arr')
            next = cur.items[Number(seg)];
        if (!next)
            break;
        cur = next;
    }
    return { val: cur, unknown: cur.kind === 'unknown' };
}
export const syntax = {
    meta: {
        id: 'policy/syntax',
        severity: 'error',
        description: 'A policy document must follow the IAM policy grammar (checked against schemas/iam-policy.schema.json).',
        source: 'IAM User Guide, "IAM JSON policy element reference" and "Grammar of the IAM JSON policy language".',
        messages: {
            invalid: 'Invalid {{kind}} policy: {{where}}{{problem}}.',
        },
    },
    check(ctx) {
        for (const rec of ctx.model.policies) {
            const problems = validatePolicy(rec.doc.kind, toPlainVal(rec.doc.node));
            let reported = false;
            for (const p of problems) {
                const { val, unknown } = at(rec.doc.node, p.path);
                // A value IaC could not resolve is not a grammar error (it is reported where it matters).
                if (unknown)
                    continue;
                reported = true;
                const where = p.path.length ? `${p.path.join('.')}: ` : '';
                const keyPos = p.key && val.kind === 'obj' ? val.entries.find((e) => e.key === p.key)?.keyPos : undefined;
                const pos = keyPos ?? val.pos ?? rec.doc.pos;
                ctx.report({
                    status: 'fail',
                    messageId: 'invalid',
                    data: { kind: rec.doc.kind, path: p.path.join('.') },
                    detail: { where, problem: p.message },
                    ...(pos ? { pos } : {}),
                    resource: rec.owner,
                    origin: rec.origin,
                });
            }
            if (!reported)
                ctx.pass();
        }
    },
};
