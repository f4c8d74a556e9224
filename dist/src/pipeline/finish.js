// Steps 6–7 of a run: comment suppressions, the de-duplications across inputs, and the output.
import { PARSE_ERROR } from '../../rules/index.js';
import { dedupeConsumed } from '../engine/consumed-dedupe.js';
import { sayForAnyValue } from '../engine/any-value.js';
import { INTERNAL_ERROR } from '../engine/run.js';
import { applySuppressions, scanCommentSuppressions } from '../engine/suppress.js';
import { resourceCount } from '../model/model.js';
/** Applies inline suppressions and returns the findings, input errors first. */
export function suppressAndDedupe(run, out) {
    const { model } = out;
    // Inline comment suppressions (YAML; HCL through the same mechanism).
    const commented = [...run.yamlSources, ...run.perWorld.filter((p) => p.syntax === 'yaml').map((p) => p.src), ...run.sessions.flatMap((s) => s.commentSources?.() ?? [])];
    for (const src of commented) {
        scanCommentSuppressions(src, (offset) => model.spans.find((s) => s.src === src && s.start === offset)?.end, model.suppressions);
    }
    for (const s of run.sessions)
        s.dispose?.();
    const extra = applySuppressions(out.results, model, out.positions);
    // Files read as data of another input keep their own findings; one both readings make is listed once.
    const consumed = new Set(run.sessions.flatMap((s) => [...(s.consumed?.() ?? [])]));
    const own = run.sessions.reduce((rs, s) => s.dropDuplicates?.(rs, out.checks) ?? rs, out.results);
    return [...run.errors, ...dedupeConsumed(sayForAnyValue(own, model), consumed), ...extra];
}
/** The run's output: sorted results and the summary counts. */
export function runOutput(run, all, out) {
    const { checks, model } = out;
    const { files } = run.walked;
    if (run.errors.length)
        checks[PARSE_ERROR.id] = { pass: run.perWorld.length, fail: run.errors.length, unverifiable: 0 };
    return {
        results: sortResults(all),
        files: files.length - run.snapshotFiles - run.skipped,
        resources: resourceCount(model),
        checks,
        inputErrors: run.errors.length > 0 || all.some((r) => r.ruleId === INTERNAL_ERROR.id),
        skipped: run.skipped,
        empty: files.length - run.skipped === 0,
        model,
    };
}
export function sortResults(rs) {
    const cmp = (a, b) => {
        if (a === b)
            return 0;
        if (a === null || a === undefined)
            return 1;
        if (b === null || b === undefined)
            return -1;
        return a < b ? -1 : 1;
    };
    return [...rs].sort((a, b) => cmp(a.file, b.file) || cmp(a.source, b.source) || cmp(a.line, b.line) || cmp(a.column, b.column) || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message));
}
