import { addArnLiterals, arnLiteralsIn, factsOf, orderNode, siteKey } from '../model/facts.js';
import { pos } from '../parse/source.js';
/** Which argument of a policy resource names the bucket or role it attaches to. */
const GRANT_ARGS = {
    aws_s3_bucket_policy: 'bucket',
    aws_iam_role_policy: 'role',
    aws_iam_role_policy_attachment: 'role',
    aws_iam_policy_attachment: 'roles',
};
const REF = /(?<![\w.$-])(data\.[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*|module\.[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)?|[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)/g;
export function terraformFacts(m, mi) {
    const f = factsOf(m);
    const def = mi.def;
    const unit = `tf:${[...mi.ancestors][0] ?? def.absDir}`;
    const scope = `tf:${def.absDir}`;
    const modKey = (name) => {
        const call = def.modules.get(name);
        return call ? siteKey(call.block.pos) : undefined;
    };
    const resolveRef = (r) => {
        const [a, b, c] = r.split('.');
        if (!a || !b)
            return undefined;
        if (a === 'data') {
            const d = c ? def.data.get(`${b}.${c}`) : undefined;
            return d ? siteKey(d.block.pos) : undefined;
        }
        if (a === 'local') {
            const l = def.locals.get(b);
            const attr = l?.block.body.attributes.get(b);
            return attr ? siteKey(attr.pos) : undefined;
        }
        if (a === 'var') {
            const v = def.variables.get(b);
            return v ? siteKey(v.pos) : undefined;
        }
        if (a === 'module') {
            const k = modKey(b);
            if (!k)
                return undefined;
            const key = `${k}#${c ?? '*'}`;
            const node = orderNode(f, key, unit, `module.${b}${c ? `.${c}` : ''}`, false);
            node.deps.add(k);
            for (const child of mi.childInstances(b)) {
                if (c) {
                    const out = child.def.outputs.get(c);
                    if (out)
                        node.deps.add(siteKey(out.block.pos));
                }
                else {
                    for (const d of child.def.resources.values())
                        node.deps.add(siteKey(d.block.pos));
                    for (const o of child.def.outputs.values())
                        node.deps.add(siteKey(o.block.pos));
                }
            }
            return key;
        }
        const res = def.resources.get(`${a}.${b}`);
        return res ? siteKey(res.block.pos) : undefined;
    };
    let derived;
    const addRefs = (node, src, exprs) => {
        for (const e of exprs) {
            for (const r of refsIn(e)) {
                if (!derived && (/^data\.aws_partition\./.test(r.text) || /^var\.[\w-]*partition/i.test(r.text)))
                    derived = pos(src, r.start, r.end);
                const k = resolveRef(r.text);
                if (k)
                    node.deps.add(k);
            }
        }
    };
    // Resources and data sources.
    for (const d of [...def.resources.values(), ...def.data.values()]) {
        // A resource whose count or for_each is decidably empty does not exist, nor do its edges.
        if (d.mode === 'managed' && mi.instances(d).length === 0)
            continue;
        const key = siteKey(d.block.pos);
        const name = `${mi.prefix}${d.mode === 'data' ? 'data.' : ''}${d.type}.${d.name}`;
        const node = orderNode(f, key, unit, name, d.mode === 'managed');
        addRefs(node, d.file.src, exprsOf(d.block));
        const grantArg = d.mode === 'managed' ? GRANT_ARGS[d.type] : undefined;
        const g = grantArg ? d.block.body.attributes.get(grantArg) : undefined;
        if (g) {
            for (const r of refsIn(g.expr)) {
                // Only a direct reference to the bucket or role resource names the target for sure.
                const res = /^data\.|^module\.|^local\.|^var\./.test(r.text) ? undefined : resolveRef(r.text);
                if (res)
                    node.grants.add(res);
            }
        }
        if (d.mode === 'managed' && d.type === 'aws_s3_bucket' && d.block.body.attributes.has('policy'))
            node.inlineGrant = true;
        if (d.mode === 'managed' && d.type === 'aws_iam_role' && d.block.body.blocks.some((b) => b.type === 'inline_policy'))
            node.inlineGrant = true;
        addArnLiterals(f, key, literalsOf(d.block, d.file.src, scope));
    }
    // Locals, outputs, variables and module calls.
    for (const [name, l] of def.locals) {
        const attr = l.block.body.attributes.get(name);
        if (!attr)
            continue;
        const key = siteKey(attr.pos);
        addRefs(orderNode(f, key, unit, `${mi.prefix}local.${name}`, false), l.file.src, [attr.expr]);
        addArnLiterals(f, key, literalsIn(attr.expr, l.file.src, scope));
    }
    for (const [name, o] of def.outputs)
        addRefs(orderNode(f, siteKey(o.block.pos), unit, `${mi.prefix}output.${name}`, false), o.file.src, exprsOf(o.block));
    for (const [name, v] of def.variables) {
        orderNode(f, siteKey(v.pos), unit, `${mi.prefix}var.${name}`, false);
        if (!derived && /partition/i.test(name))
            derived = v.pos;
    }
    for (const [name, c] of def.modules) {
        const key = siteKey(c.block.pos);
        addRefs(orderNode(f, key, unit, `${mi.prefix}module.${name}`, false), c.file.src, exprsOf(c.block));
        // A child's inputs come from the call's arguments.
        for (const child of mi.childInstances(name)) {
            for (const [vn, v] of child.def.variables)
                orderNode(f, siteKey(v.pos), unit, `${child.prefix}var.${vn}`, false).deps.add(key);
        }
    }
    if (derived && !f.derivesPartition.has(scope))
        f.derivesPartition.set(scope, derived);
}
/** Every expression of a block, nested blocks included. */
function exprsOf(b) {
    return [...[...b.body.attributes.values()].map((a) => a.expr), ...b.body.blocks.flatMap(exprsOf)];
}
/** References in an expression, with source offsets; comments are skipped. */
function refsIn(expr) {
    let text = expr.text;
    for (const c of expr.descendantsOfType('comment')) {
        if (!c)
            continue;
        const s = c.startIndex - expr.startIndex;
        const e = c.endIndex - expr.startIndex;
        text = text.slice(0, s) + ' '.repeat(Math.max(0, e - s)) + text.slice(e);
    }
    const out = [];
    for (const mm of text.matchAll(REF)) {
        const start = expr.startIndex + (mm.index ?? 0);
        out.push({ text: mm[0], start, end: start + mm[0].length });
    }
    return out;
}
function literalsIn(expr, src, scope) {
    const out = [];
    for (const t of expr.descendantsOfType('template_literal')) {
        if (!t)
            continue;
        const base = t.startIndex;
        out.push(...arnLiteralsIn(t.text, (s, e) => pos(src, base + s, base + e), scope));
    }
    return out;
}
function literalsOf(b, src, scope) {
    return exprsOf(b).flatMap((e) => literalsIn(e, src, scope));
}
