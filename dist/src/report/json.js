import { jsonSafe } from './escape.js';
/** The summary line of a run that recognised nothing: never "no problems" about nothing. */
export const NO_INPUTS = 'no flow-log inputs found';
/** Whether the report is about nothing: no input recognised and nothing reported. */
export function isEmptyRun(rep) {
    return (rep.empty ?? (rep.files === 0 && rep.resources === 0)) && rep.results.length === 0;
}
export function counts(results) {
    let errors = 0;
    let warnings = 0;
    let suppressed = 0;
    for (const r of results) {
        if (r.suppressed)
            suppressed++;
        else if (r.severity === 'error')
            errors++;
        else if (r.severity === 'warning')
            warnings++;
    }
    return { errors, warnings, suppressed };
}
export function formatJson(rep) {
    const c = counts(rep.results);
    const sortedChecks = {};
    for (const k of Object.keys(rep.checks).sort())
        sortedChecks[k] = rep.checks[k];
    const out = {
        version: 1,
        tool: { name: 'flowlog-lint', version: rep.toolVersion },
        results: rep.results.map((r) => ({
            ruleId: r.ruleId,
            severity: r.severity,
            status: r.status,
            message: r.message,
            file: r.file,
            ...(r.source ? { source: r.source } : {}),
            ...(r.line !== undefined ? { line: r.line, column: r.column, endLine: r.endLine ?? r.line, endColumn: r.endColumn ?? r.column } : {}),
            ...(r.resource ? { resource: r.resource } : {}),
            ...(r.suppressed ? { suppressed: r.suppressed } : {}),
        })),
        summary: { files: rep.files, skipped: rep.skipped ?? 0, resources: rep.resources, ...c, checks: sortedChecks },
    };
    return `${jsonSafe(JSON.stringify(out, null, 2))}\n`;
}
