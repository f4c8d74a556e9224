/** Characters of literal text in one resolved string (CloudFormation templates are ≤ 1 MB). */
export const MAX_EXPANDED_CHARS = 1_000_000;
/** Nodes (strings, numbers, list items, object entries) in one resolved value. */
export const MAX_EXPANDED_NODES = 100_000;
/** Items of one list parameter (CommaDelimitedList, List<…>); CloudFormation allows 4 KB values. */
export const MAX_LIST_ITEMS = 10_000;
export const budgetReason = {
    chars: (what, n) => `${what} expands to ${n} characters, over the expanded-size budget (${MAX_EXPANDED_CHARS} characters)`,
    nodes: (what) => `${what} expands to more than ${MAX_EXPANDED_NODES} values, over the expanded-size budget`,
    list: (what, n) => `${what} is a list of ${n} items, over the expanded-list budget (${MAX_LIST_ITEMS} items)`,
};
const memos = new WeakMap();
export function memoOf(t) {
    let m = memos.get(t);
    if (!m)
        memos.set(t, (m = { conditions: new Map(), mappings: new Map(), params: new Map(), refs: new Map(), resolving: new Set() }));
    return m;
}
/** Runs `f` once per `key`; later calls get the remembered value. */
export function remember(table, key, f) {
    const hit = table.get(key);
    if (hit !== undefined)
        return hit;
    const v = f();
    table.set(key, v);
    return v;
}
const sizes = new WeakMap();
/** Nodes in a value counted as a tree (shared sub-values count each time they occur), memoised
 * per object so a value built by doubling is measured in linear time. Stops counting past the cap. */
export function nodeCount(v) {
    if (v.kind !== 'arr' && v.kind !== 'obj')
        return 1;
    const known = sizes.get(v);
    if (known !== undefined)
        return known;
    let n = 1;
    if (v.kind === 'arr')
        for (const i of v.items)
            n = Math.min(n + nodeCount(i), MAX_EXPANDED_NODES + 1);
    else
        for (const e of v.entries)
            n = Math.min(n + nodeCount(e.value), MAX_EXPANDED_NODES + 1);
    sizes.set(v, n);
    return n;
}
/** Characters of literal text in a string value's parts. */
export function charCount(parts) {
    let n = 0;
    for (const p of parts)
        if (typeof p === 'string')
            n += p.length;
    return n;
}
