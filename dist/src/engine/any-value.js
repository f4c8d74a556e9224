const SKIP = new Set(['src', 'pos', 'origin', 'env', 'keyPos']);
function inputLabels(x, out, seen, depth = 0) {
    if (depth > 40 || typeof x !== 'object' || x === null || seen.has(x))
        return;
    seen.add(x);
    if (Array.isArray(x)) {
        for (const i of x)
            inputLabels(i, out, seen, depth + 1);
        return;
    }
    const o = x;
    if (typeof o.sym === 'string' && typeof o.label === 'string') {
        if (o.sym.startsWith('input:'))
            out.add(o.label);
        return;
    }
    for (const [k, v] of Object.entries(o))
        if (!SKIP.has(k))
            inputLabels(v, out, seen, depth + 1);
}
/** Resources by name and file: results name a resource of their own file, and logical names
 * repeat across stacks (every stack has its `LogBucket`), so a name alone would make this
 * quadratic in the number of files. */
function keyOf(name, file) {
    return `${file ?? ''}\0${name}`;
}
export function sayForAnyValue(results, model) {
    const byKey = new Map();
    const byName = new Map();
    const all = [...model.flowLogs, ...model.buckets, ...model.bucketPolicies, ...model.keys, ...model.roles, ...model.identityPolicies, ...model.logGroups, ...model.metricFilters];
    for (const r of all) {
        const k = keyOf(r.name, r.pos?.src.path);
        const list = byKey.get(k);
        if (list)
            list.push(r);
        else
            byKey.set(k, [r]);
        const named = byName.get(r.name);
        if (named)
            named.push(r);
        else
            byName.set(r.name, [r]);
    }
    // Each resource is walked once, however many results name it.
    const labelsOf = new Map();
    const labelsFor = (res) => {
        let got = labelsOf.get(res);
        if (!got) {
            got = new Set();
            inputLabels(res, got, new Set());
            labelsOf.set(res, got);
        }
        return got;
    };
    return results.map((r) => {
        if (r.status !== 'fail' || !r.resource || r.message.includes('for any value'))
            return r;
        const labels = new Set();
        // A result reported in another file than its resource's (rare) falls back to the name.
        const candidates = byKey.get(keyOf(r.resource, r.file)) ?? byName.get(r.resource) ?? [];
        for (const res of candidates)
            for (const l of labelsFor(res))
                labels.add(l);
        if (!labels.size)
            return r;
        const names = [...labels].sort().map((l) => `\`${l}\``).join(', ');
        const m = / \[when [^\]]*\]$/.exec(r.message);
        const head = m ? r.message.slice(0, m.index) : r.message;
        return { ...r, message: `${head} (for any value of ${names})${m ? m[0] : ''}` };
    });
}
