import { addArnLiterals, arnLiteralsIn, factsOf, orderNode, siteKey } from '../model/facts.js';
import { get, str } from '../parse/pnode.js';
import { pos } from '../parse/source.js';
/** Which property of a policy resource names what it attaches to. */
const GRANT_PROPS = {
    'AWS::S3::BucketPolicy': 'Bucket',
    'AWS::IAM::Policy': 'Roles',
    'AWS::IAM::ManagedPolicy': 'Roles',
    'AWS::IAM::RolePolicy': 'RoleName',
};
/** `holds(condition)`: false when a resource's Condition is false in this scenario (the resource,
 * and whatever it would order, does not exist). */
export function cfnFacts(m, src, root, holds) {
    const resNode = get(root, 'Resources');
    if (resNode?.kind !== 'object')
        return;
    const f = factsOf(m);
    const unit = src.path;
    const keys = new Map();
    for (const e of resNode.entries)
        keys.set(e.key, siteKey(e.keyPos));
    for (const e of resNode.entries) {
        const cond = str(get(e.value, 'Condition'));
        if (cond && !holds(cond))
            continue;
        const node = orderNode(f, siteKey(e.keyPos), unit, e.key, true);
        const type = str(get(e.value, 'Type')) ?? '';
        for (const id of dependsOn(get(e.value, 'DependsOn'))) {
            const k = keys.get(id);
            if (k)
                node.deps.add(k);
        }
        for (const id of references(e.value)) {
            const k = keys.get(id);
            if (k && id !== e.key)
                node.deps.add(k);
        }
        const props = get(e.value, 'Properties');
        const grantProp = GRANT_PROPS[type];
        if (grantProp) {
            const target = get(props, grantProp);
            for (const id of target ? references(target) : []) {
                const k = keys.get(id);
                if (k)
                    node.grants.add(k);
            }
        }
        if (type === 'AWS::IAM::Role') {
            const inline = get(props, 'Policies');
            if (inline?.kind === 'array' && inline.items.length)
                node.inlineGrant = true;
        }
        if (props)
            addArnLiterals(f, siteKey(e.keyPos), scalarArnLiterals(props, unit));
    }
    const derived = partitionUse(root);
    if (derived)
        f.derivesPartition.set(unit, derived);
}
function dependsOn(n) {
    if (!n)
        return [];
    if (n.kind === 'scalar')
        return typeof n.value === 'string' ? [n.value] : [];
    if (n.kind === 'array')
        return n.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [i.value] : []));
    return [];
}
/** Logical IDs named by `Ref`, `Fn::GetAtt` and `Fn::Sub` anywhere under a node. */
function references(n, out = new Set()) {
    if (n.kind === 'array')
        for (const i of n.items)
            references(i, out);
    if (n.kind !== 'object')
        return out;
    for (const e of n.entries) {
        const v = e.value;
        if (e.key === 'Ref' && v.kind === 'scalar' && typeof v.value === 'string')
            out.add(v.value);
        else if (e.key === 'Fn::GetAtt') {
            const first = v.kind === 'array' ? v.items[0] : v;
            const s = str(first);
            if (s)
                out.add(v.kind === 'array' ? s : (s.split('.')[0] ?? s));
        }
        else if (e.key === 'Fn::Sub') {
            const text = str(v.kind === 'array' ? v.items[0] : v);
            const local = new Set();
            const vars = v.kind === 'array' ? v.items[1] : undefined;
            if (vars?.kind === 'object')
                for (const x of vars.entries)
                    local.add(x.key);
            for (const mm of (text ?? '').matchAll(/\$\{([^!}][^}]*)\}/g)) {
                const name = (mm[1] ?? '').trim().split('.')[0] ?? '';
                if (!local.has(name))
                    out.add(name);
            }
        }
        references(v, out);
    }
    return out;
}
/** ARN literals in every string scalar under a node (JSON policy strings included). Collected
 * into one array; scalars without `arn:` (nearly all) cost one indexOf. */
function scalarArnLiterals(n, scope, out = []) {
    if (n.kind === 'array') {
        for (const i of n.items)
            scalarArnLiterals(i, scope, out);
        return out;
    }
    if (n.kind === 'object') {
        for (const e of n.entries)
            scalarArnLiterals(e.value, scope, out);
        return out;
    }
    const lit = n.value;
    if (typeof lit !== 'string' || !lit.includes('arn:'))
        return out;
    const p = n.pos;
    // Point at the literal inside the scalar when the source spells it as the value does (no
    // escapes before it), else at the whole scalar.
    const raw = p.src.text.slice(p.start, p.end);
    for (const l of arnLiteralsIn(lit, (s, e) => {
        const i = raw.indexOf(lit.slice(s, e), s);
        return i >= 0 ? pos(p.src, p.start + i, p.start + i + (e - s)) : p;
    }, scope))
        out.push(l);
    return out;
}
/** The first place the template reads `AWS::Partition` (a `Ref` or `${AWS::Partition}`). */
function partitionUse(n) {
    if (n.kind === 'scalar') {
        return typeof n.value === 'string' && (n.value === 'AWS::Partition' || n.value.includes('${AWS::Partition}')) ? n.pos : undefined;
    }
    if (n.kind === 'array') {
        for (const k of n.items) {
            const p = partitionUse(k);
            if (p)
                return p;
        }
        return undefined;
    }
    for (const e of n.entries) {
        const p = partitionUse(e.value);
        if (p)
            return p;
    }
    return undefined;
}
