// Runs rules over the linked model and collects results, with per-rule check counts.
import { capQuotedValues } from './cap.js';
import { maybeAbsentNames } from '../model/instances.js';
import { lineCol } from '../parse/source.js';
import { releasedWording, renderMessage } from './messages.js';
/** `internal-error` is not a rule but a result: a rule that threw (RULES.md, fail closed). */
export const INTERNAL_ERROR = {
    id: 'internal-error',
    severity: 'error',
    description: 'A rule failed with an internal error, so its checks did not run (the run exits 2).',
    source: 'flowlog-lint',
};
function describeError(err) {
    const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    // One line, bounded: the message may quote input data.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
/** A report as a result; `message` is the rendered template (see renderMessage). */
export function toResult(ruleId, severity, r, message) {
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
        message,
        file,
        ...(file === null && r.origin?.source ? { source: r.origin.source } : {}),
        ...loc,
        ...(r.resource ? { resource: r.resource } : {}),
        messageId: r.messageId,
        ...(r.data ? { data: r.data } : {}),
    };
}
export function runRules(rules, model, links, opts) {
    const results = [];
    const positions = [];
    const checks = {};
    const maybeAbsent = maybeAbsentNames(model);
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
                    const rendered = renderMessage(id, rule.meta.messages, r0.messageId, { ...r0.detail, ...r0.data });
                    let message = rendered;
                    // A resource the input marked as maybe absent (model/instances.ts: a count/for_each that
                    // cannot be resolved) may not exist at all: what fails on it is unverifiable, not a failure.
                    let r = r0;
                    const counted = r0.resource === undefined ? undefined : maybeAbsent.get(r0.resource);
                    if (r0.status === 'fail' && counted !== undefined) {
                        r = { ...r0, status: 'unverifiable' };
                        message = `${message} (Unverifiable: whether and how often ${counted} is created depends on a count/for_each that cannot be resolved statically.)`;
                    }
                    counts()[r.status]++;
                    // Unverifiable results are warnings: never a silent pass, never a hard failure.
                    const sev = r.status === 'unverifiable' ? 'warning' : override ?? r.severity ?? severity;
                    const wordedBefore = releasedWording(id, rule.meta.messages, r0, rendered);
                    results.push({ ...toResult(id, sev, r, capQuotedValues(message)), ...(wordedBefore ? { wordedBefore } : {}) });
                    positions.push(r.pos ? { src: r.pos.src, start: r.pos.start } : undefined);
                },
            });
        }
        catch (err) {
            // Fail closed: a rule that throws has not checked what it was meant to check. That is never
            // a silent pass — it is an error result, and the run exits 2 (like an unparsable input).
            opts.onError?.(id, err);
            counts().fail++;
            results.push({
                ruleId: INTERNAL_ERROR.id,
                severity: 'error',
                status: 'fail',
                message: `Rule ${id} failed while checking this input (${describeError(err)}); its checks did not run. Run with --debug for the stack, and please report it.`,
                file: null,
            });
            positions.push(undefined);
        }
    }
    return { results, checks, positions };
}
