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
export function sayForAnyValue(results, model) {
    const byName = new Map();
    const all = [...model.flowLogs, ...model.buckets, ...model.bucketPolicies, ...model.keys, ...model.roles, ...model.identityPolicies, ...model.logGroups, ...model.metricFilters];
    for (const r of all)
        byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
    return results.map((r) => {
        if (r.status !== 'fail' || !r.resource || r.message.includes('for any value'))
            return r;
        const labels = new Set();
        for (const res of byName.get(r.resource) ?? [])
            inputLabels(res, labels, new Set());
        if (!labels.size)
            return r;
        const names = [...labels].sort().map((l) => `\`${l}\``).join(', ');
        const m = / \[when [^\]]*\]$/.exec(r.message);
        const head = m ? r.message.slice(0, m.index) : r.message;
        return { ...r, message: `${head} (for any value of ${names})${m ? m[0] : ''}` };
    });
}
