/** Entry lookup; the last of duplicate keys wins, as in JSON.parse and CloudFormation. */
export function getEntry(obj, key) {
    for (let i = obj.entries.length - 1; i >= 0; i--) {
        const e = obj.entries[i];
        if (e && e.key === key)
            return e;
    }
    return undefined;
}
export function get(node, key) {
    if (!node || node.kind !== 'object')
        return undefined;
    return getEntry(node, key)?.value;
}
/** Case-insensitive key lookup (IAM element names such as `Statement` are case-sensitive, but
 * condition keys are not). */
export function getEntryCI(obj, key) {
    const k = key.toLowerCase();
    for (let i = obj.entries.length - 1; i >= 0; i--) {
        const e = obj.entries[i];
        if (e && e.key.toLowerCase() === k)
            return e;
    }
    return undefined;
}
export function str(node) {
    if (!node || node.kind !== 'scalar')
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    return undefined;
}
/** Scalar as a string, using the source text for numbers (account IDs, intervals). */
export function scalarText(node) {
    if (!node || node.kind !== 'scalar' || node.value === null)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    return node.text;
}
/** Plain JavaScript value of a node (for schema validation and hashing). */
export function toPlain(node) {
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'array':
            return node.items.map(toPlain);
        case 'object': {
            // A null-prototype object: `__proto__` keys in input stay data, never prototypes.
            const o = Object.create(null);
            for (const e of node.entries)
                o[e.key] = toPlain(e.value);
            return o;
        }
    }
}
