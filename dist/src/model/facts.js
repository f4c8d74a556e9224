/** How a message names a scope: Terraform loaders key their modules `tf:…`, templates are keyed by
 * file. Rules ask this instead of reading the key's format. */
export function scopeName(scope) {
    return scope.startsWith('tf:') ? 'Terraform module' : 'template';
}
export function factsOf(m) {
    m.facts ??= { nodes: new Map(), arnLiterals: new Map(), derivesPartition: new Map() };
    return m.facts;
}
/** The node key of a resource (or other declaration) starting at this position. */
export function siteKey(p) {
    return `${p.src.path}@${p.start}`;
}
/** Gets or creates a node. */
export function orderNode(f, key, unit, name, resource) {
    let n = f.nodes.get(key);
    if (!n) {
        n = { unit, name, resource, deps: new Set(), grants: new Set(), inlineGrant: false };
        f.nodes.set(key, n);
    }
    return n;
}
/** Is `to` reachable from `from` through dependencies? */
export function reaches(f, from, to) {
    const seen = new Set([from]);
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
        for (const d of f.nodes.get(queue[i])?.deps ?? []) {
            if (to.has(d))
                return d;
            if (!seen.has(d)) {
                seen.add(d);
                queue.push(d);
            }
        }
    }
    return undefined;
}
const ARN_PARTITION = /arn:(aws(?:-[a-z]+)*):/g;
/** Literal partitions of ARNs in a piece of text whose first character is at `offset` of `src`'s
 * text; positions cover `arn:PARTITION`. */
export function arnLiteralsIn(text, at, scope) {
    const out = [];
    for (const m of text.matchAll(ARN_PARTITION)) {
        const i = m.index ?? 0;
        out.push({ pos: at(i, i + m[0].length - 1), partition: m[1] ?? 'aws', scope });
    }
    return out;
}
export function addArnLiterals(f, key, lits) {
    if (!lits.length)
        return;
    // A template loaded once per scenario, or a module called twice, yields the same literals again.
    const have = f.arnLiterals.get(key) ?? [];
    const seen = new Set(have.map((l) => l.pos.start));
    f.arnLiterals.set(key, [...have, ...lits.filter((l) => !seen.has(l.pos.start))]);
}
/** Adds one model's facts to another's (the pipeline loads files into scratch models and merges
 * them). */
export function mergeFacts(into, from) {
    const src = from.facts;
    if (!src || src === into.facts)
        return;
    const dst = factsOf(into);
    for (const [k, n] of src.nodes) {
        const d = orderNode(dst, k, n.unit, n.name, n.resource);
        for (const x of n.deps)
            d.deps.add(x);
        for (const x of n.grants)
            d.grants.add(x);
        d.inlineGrant ||= n.inlineGrant;
    }
    for (const [k, l] of src.arnLiterals)
        addArnLiterals(dst, k, l);
    for (const [k, p] of src.derivesPartition)
        if (!dst.derivesPartition.has(k))
            dst.derivesPartition.set(k, p);
}
/** The policy nodes that attach to each bucket or role node (the reverse of `grants`). */
export function grantsByTarget(f) {
    const out = new Map();
    for (const [k, n] of f.nodes)
        for (const g of n.grants)
            out.set(g, [...(out.get(g) ?? []), k]);
    return out;
}
