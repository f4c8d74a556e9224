export function dedupeConsumed(results, consumed) {
    if (!consumed.size)
        return results;
    const key = (r) => `${r.ruleId}|${r.file}|${r.line}|${r.column}|${r.status}|${r.message}`;
    const underTerraform = new Set();
    for (const r of results)
        if (r.file !== null && consumed.has(r.file) && r.resource !== r.file)
            underTerraform.add(key(r));
    return results.filter((r) => !(r.file !== null && consumed.has(r.file) && r.resource === r.file && underTerraform.has(key(r))));
}
