export function normalizeContext(ctx) {
    const m = new Map();
    for (const [k, v] of Object.entries(ctx))
        m.set(k.toLowerCase(), v);
    return m;
}
