const CALL_PATH = /[^\s`]+ → (?:module\.[^.\s`]+\.)+/g;
const LABEL = / \[when [^\]]*\]$/;
function key(r) {
    const msg = r.message.replace(LABEL, '').replace(CALL_PATH, '');
    return [r.ruleId, r.file, r.line, r.column, r.status, (r.resource ?? '').replace(CALL_PATH, ''), msg].join('|');
}
export function dropCallerDuplicates(results, checks) {
    const own = new Set(results.filter((r) => !r.resource?.includes(' → ')).map(key));
    return results.filter((r) => {
        if (!r.resource?.includes(' → ') || !own.has(key(r)))
            return true;
        const c = checks[r.ruleId];
        if (c && c[r.status] > 0)
            c[r.status]--;
        return false;
    });
}
