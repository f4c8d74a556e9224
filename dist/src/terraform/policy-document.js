// data "aws_iam_policy_document": statements, principals, conditions, and the
// source_policy_documents / override_policy_documents merge, as the AWS provider builds it.
import { asList, literal, lit, unknown } from '../model/value.js';
function obj(entries, pos) {
    return { kind: 'obj', entries, ...(pos ? { pos } : {}) };
}
class Unresolved extends Error {
}
function expand(ctx, parent, type) {
    const r = ctx.blocks(parent, type);
    if ('unknown' in r)
        throw new Unresolved(r.unknown);
    return r;
}
function statementOf(bc, ctx) {
    const b = bc.block;
    const ev = (name, x = bc) => ctx.ev(name, x);
    const e = [];
    const put = (key, v, keyPos) => {
        if (v && !(v.kind === 'arr' && v.items.length === 0) && v.kind !== 'null')
            e.push({ key, value: v, ...(keyPos ? { keyPos } : {}) });
    };
    const attrPos = (n) => b.body.attributes.get(n)?.namePos;
    put('Sid', ev('sid'), attrPos('sid'));
    put('Effect', ev('effect') ?? lit('Allow', b.typePos), attrPos('effect'));
    for (const [tf, iam] of [
        ['actions', 'Action'],
        ['not_actions', 'NotAction'],
        ['resources', 'Resource'],
        ['not_resources', 'NotResource'],
    ])
        put(iam, ev(tf), attrPos(tf));
    for (const [tf, iam] of [
        ['principals', 'Principal'],
        ['not_principals', 'NotPrincipal'],
    ]) {
        const found = expand(ctx, bc, tf);
        if (!found.length)
            continue;
        const blocks = found.map((x) => x.block);
        const byType = [];
        let star;
        for (const pc of found) {
            const pb = pc.block;
            const type = literal(ev('type', pc));
            const ids = ev('identifiers', pc) ?? unknown('principals without identifiers', pb.pos);
            if (type === '*') {
                star = lit('*', pb.pos);
                continue;
            }
            if (type === undefined)
                return unknown('a principal type cannot be resolved', pb.pos);
            const prev = byType.find((x) => x.key === type);
            if (prev)
                prev.value = { kind: 'arr', items: [...asList(prev.value), ...asList(ids)], ...(prev.value.pos ? { pos: prev.value.pos } : {}) };
            else
                byType.push({ key: type, value: ids });
        }
        put(iam, star ?? obj(byType, blocks[0]?.pos), blocks[0]?.typePos);
    }
    const condCtx = expand(ctx, bc, 'condition');
    const conds = condCtx.map((x) => x.block);
    if (conds.length) {
        const ops = [];
        for (const cc of condCtx) {
            const c = cc.block;
            const test = literal(ev('test', cc));
            const variable = literal(ev('variable', cc));
            const values = ev('values', cc) ?? unknown('condition without values', c.pos);
            if (test === undefined || variable === undefined) {
                ops.push({ key: test ?? 'Unknown', value: unknown('a condition test or variable cannot be resolved', c.pos) });
                continue;
            }
            let op = ops.find((x) => x.key === test);
            if (!op) {
                op = { key: test, value: obj([], c.pos) };
                ops.push(op);
            }
            const prev = op.value.kind === 'obj' ? op.value.entries : [];
            op.value = obj([...prev, { key: variable, value: values }], op.value.pos);
        }
        put('Condition', obj(ops, conds[0]?.pos), conds[0]?.typePos);
    }
    return obj(e, b.pos);
}
function statementsOf(doc) {
    if (!doc || doc.kind !== 'obj')
        return [];
    const st = [...doc.entries].reverse().find((e) => e.key === 'Statement')?.value;
    return asList(st);
}
function sidOf(s) {
    return s.kind === 'obj' ? literal([...s.entries].reverse().find((e) => e.key === 'Sid')?.value) : undefined;
}
/** Builds the policy JSON (as a value) of an aws_iam_policy_document block. `parse` turns a
 * source/override document (a JSON string or an object) into a value. */
export function policyDocument(root, ctx, parse) {
    const block = root.block;
    const ev = (name) => ctx.ev(name, root);
    const sources = asList(ev('source_policy_documents') ?? ev('source_json'));
    const overrides = asList(ev('override_policy_documents') ?? ev('override_json'));
    const badDoc = [...sources, ...overrides].find((d) => d.kind === 'unknown');
    if (badDoc && badDoc.kind === 'unknown')
        return unknown(`a source or override policy document cannot be resolved (${badDoc.reason})`, badDoc.pos ?? block.pos);
    let statements = [];
    const merge = (incoming) => {
        for (const s of incoming) {
            const sid = sidOf(s);
            const i = sid ? statements.findIndex((x) => sidOf(x) === sid) : -1;
            if (i >= 0)
                statements[i] = s;
            else
                statements.push(s);
        }
    };
    for (const d of sources)
        merge(statementsOf(parse(d)));
    try {
        merge(expand(ctx, root, 'statement').map((b) => statementOf(b, ctx)));
    }
    catch (e) {
        if (e instanceof Unresolved)
            return unknown(`the policy document cannot be built statically: ${e.message}`, block.pos);
        throw e;
    }
    for (const d of overrides)
        merge(statementsOf(parse(d)));
    statements = statements.filter(Boolean);
    const entries = [{ key: 'Version', value: ev('version') ?? lit('2012-10-17', block.pos) }];
    const id = ev('policy_id');
    if (id)
        entries.push({ key: 'Id', value: id });
    entries.push({ key: 'Statement', value: { kind: 'arr', items: statements, pos: block.pos } });
    return obj(entries, block.pos);
}
