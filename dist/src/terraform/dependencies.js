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
    const def = mi.def;
    const w = { f: factsOf(m), mi, unit: `tf:${[...mi.ancestors][0] ?? def.absDir}`, scope: `tf:${def.absDir}`, derived: undefined };
    for (const d of [...def.resources.values(), ...def.data.values()])
        addDeclNode(w, d);
    addLocalNodes(w);
    for (const [name, o] of def.outputs)
        addRefs(w, orderNode(w.f, siteKey(o.block.pos), w.unit, `${mi.prefix}output.${name}`, false), o.file.src, exprsOf(o.block));
    addVariableNodes(w);
    addModuleCallNodes(w);
    if (w.derived && !w.f.derivesPartition.has(w.scope))
        w.f.derivesPartition.set(w.scope, w.derived);
}
/** A resource or data source: its references, the bucket or role it grants on, its ARN literals. */
function addDeclNode(w, d) {
    // A resource whose count or for_each is decidably empty does not exist, nor do its edges.
    if (d.mode === 'managed' && w.mi.instances(d).length === 0)
        return;
    const key = siteKey(d.block.pos);
    const name = `${w.mi.prefix}${d.mode === 'data' ? 'data.' : ''}${d.type}.${d.name}`;
    const node = orderNode(w.f, key, w.unit, name, d.mode === 'managed');
    addRefs(w, node, d.file.src, exprsOf(d.block));
    const grantArg = d.mode === 'managed' ? GRANT_ARGS[d.type] : undefined;
    const g = grantArg ? d.block.body.attributes.get(grantArg) : undefined;
    if (g) {
        for (const r of refsIn(g.expr)) {
            // Only a direct reference to the bucket or role resource names the target for sure.
            const res = /^data\.|^module\.|^local\.|^var\./.test(r.text) ? undefined : resolveRef(w, r.text);
            if (res)
                node.grants.add(res);
        }
    }
    if (d.mode === 'managed' && d.type === 'aws_s3_bucket' && d.block.body.attributes.has('policy'))
        node.inlineGrant = true;
    if (d.mode === 'managed' && d.type === 'aws_iam_role' && d.block.body.blocks.some((b) => b.type === 'inline_policy'))
        node.inlineGrant = true;
    addArnLiterals(w.f, key, literalsOf(d.block, d.file.src, w.scope));
}
function addLocalNodes(w) {
    for (const [name, l] of w.mi.def.locals) {
        const attr = l.block.body.attributes.get(name);
        if (!attr)
            continue;
        const key = siteKey(attr.pos);
        addRefs(w, orderNode(w.f, key, w.unit, `${w.mi.prefix}local.${name}`, false), l.file.src, [attr.expr]);
        addArnLiterals(w.f, key, literalsIn(attr.expr, l.file.src, w.scope));
    }
}
function addVariableNodes(w) {
    for (const [name, v] of w.mi.def.variables) {
        orderNode(w.f, siteKey(v.pos), w.unit, `${w.mi.prefix}var.${name}`, false);
        if (!w.derived && /partition/i.test(name))
            w.derived = v.pos;
    }
}
function addModuleCallNodes(w) {
    for (const [name, c] of w.mi.def.modules) {
        const key = siteKey(c.block.pos);
        addRefs(w, orderNode(w.f, key, w.unit, `${w.mi.prefix}module.${name}`, false), c.file.src, exprsOf(c.block));
        // A child's inputs come from the call's arguments.
        for (const child of w.mi.childInstances(name)) {
            for (const [vn, v] of child.def.variables)
                orderNode(w.f, siteKey(v.pos), w.unit, `${child.prefix}var.${vn}`, false).deps.add(key);
        }
    }
}
/** Adds an edge from `node` to everything the expressions reference (and notes a derived partition). */
function addRefs(w, node, src, exprs) {
    for (const e of exprs) {
        for (const r of refsIn(e)) {
            if (!w.derived && (/^data\.aws_partition\./.test(r.text) || /^var\.[\w-]*partition/i.test(r.text)))
                w.derived = pos(src, r.start, r.end);
            const k = resolveRef(w, r.text);
            if (k)
                node.deps.add(k);
        }
    }
}
/** The order-node key a reference (`aws_s3_bucket.b`, `local.x`, `module.m.out`…) stands for. */
function resolveRef(w, r) {
    const def = w.mi.def;
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
    if (a === 'module')
        return moduleOutputRef(w, b, c);
    const res = def.resources.get(`${a}.${b}`);
    return res ? siteKey(res.block.pos) : undefined;
}
/** `module.m.out` (or `module.m`): a node of its own that depends on the call and on the child's
 * output (or, for the whole module, on all its resources and outputs). */
function moduleOutputRef(w, name, output) {
    const call = w.mi.def.modules.get(name);
    if (!call)
        return undefined;
    const k = siteKey(call.block.pos);
    const key = `${k}#${output ?? '*'}`;
    const node = orderNode(w.f, key, w.unit, `module.${name}${output ? `.${output}` : ''}`, false);
    node.deps.add(k);
    for (const child of w.mi.childInstances(name)) {
        if (output) {
            const out = child.def.outputs.get(output);
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
