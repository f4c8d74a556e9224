import { lineCol } from '../parse/source.js';
export function toResult(ruleId, severity, r) {
    const p = r.pos;
    const file = p ? p.src.path : (r.origin?.file?.path ?? null);
    let loc = {};
    if (p) {
        const s = lineCol(p.src, p.start);
        const e = lineCol(p.src, Math.max(p.start, p.end));
        loc = { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    }
    return {
        ruleId,
        severity,
        status: r.status,
        message: r.message,
        file,
        ...(file === null && r.origin?.source ? { source: r.origin.source } : {}),
        ...loc,
        ...(r.resource ? { resource: r.resource } : {}),
    };
}
export function runRules(rules, model, links, opts) {
    const results = [];
    const positions = [];
    const checks = {};
    for (const rule of rules) {
        const id = rule.meta.id;
        const override = opts.severities.get(id);
        if (override === 'off')
            continue;
        const severity = override ?? rule.meta.severity;
        const counts = () => (checks[id] ??= { pass: 0, fail: 0, unverifiable: 0 });
        try {
            rule.check({
                model,
                links,
                options: opts,
                pass: () => {
                    counts().pass++;
                },
                report: (r0) => {
                    // A resource whose count/for_each cannot be resolved may not exist at all: what fails on
                    // it is unverifiable, not a failure.
                    const r = r0.status === 'fail' && r0.resource?.includes('[?]')
                        ? { ...r0, status: 'unverifiable', message: `${r0.message} (Unverifiable: whether and how often ${r0.resource.replace(/\[\?\].*/, '')} is created depends on a count/for_each that cannot be resolved statically.)` }
                        : r0;
                    counts()[r.status]++;
                    // Unverifiable results are warnings: never a silent pass, never a hard failure.
                    const sev = r.status === 'unverifiable' ? 'warning' : override ?? r.severity ?? severity;
                    results.push(toResult(id, sev, r));
                    positions.push(r.pos ? { src: r.pos.src, start: r.pos.start } : undefined);
                },
            });
        }
        catch (err) {
            opts.onError?.(id, err);
        }
    }
    return { results, checks, positions };
}
