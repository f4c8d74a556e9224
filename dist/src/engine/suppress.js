import { lineCol, pos } from '../parse/source.js';
const DIRECTIVE = /(?:#|\/\/)\s*flowlog-lint-disable-next-line\s+([^\n]*?)\s*$/;
/** Scans a file's comments for suppressions. `resourceEnd(line)` gives, for a line that starts a
 * resource, the offset where that resource ends. */
export function scanCommentSuppressions(src, resourceEnd, out) {
    if (!src.text.includes('flowlog-lint-disable'))
        return;
    const text = src.text;
    const lines = text.split(/\r\n|\r|\n/);
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
            if (c === 13 && text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
    }
    for (let n = 0; n < lines.length; n++) {
        const m = DIRECTIVE.exec(lines[n] ?? '');
        if (!m)
            continue;
        const body = m[1] ?? '';
        const [rulesText, ...reasonParts] = body.split(' -- ');
        const rules = (rulesText ?? '').split(/[\s,]+/).filter(Boolean);
        const reason = reasonParts.join(' -- ').trim();
        const at = pos(src, (starts[n] ?? 0) + (m.index ?? 0), (starts[n] ?? 0) + (lines[n] ?? '').length);
        // The next line that is not blank or a comment.
        let k = n + 1;
        while (k < lines.length && /^\s*(#.*)?$/.test(lines[k] ?? ''))
            k++;
        const lineStart = (starts[k] ?? text.length) + ((lines[k] ?? '').length - (lines[k] ?? '').trimStart().length);
        const lineEnd = (starts[k] ?? text.length) + (lines[k] ?? '').length;
        const end = resourceEnd(lineStart) ?? lineEnd;
        out.push({ rules, reason, at, scope: pos(src, lineStart, Math.max(end, lineEnd)), kind: 'comment', used: false });
    }
}
/** Marks results covered by a suppression; returns the suppressions that need reporting. */
export function applySuppressions(results, model, positions) {
    const extra = [];
    for (const s of model.suppressions) {
        if (!s.reason) {
            const lc = lineCol(s.at.src, s.at.start);
            extra.push({
                ruleId: 'suppression/reason',
                severity: 'error',
                status: 'fail',
                message: `Suppression of ${s.rules.join(', ')} has no reason: write \`-- why\` after the rule ID (suppressions without a reason are ignored).`,
                file: s.at.src.path,
                line: lc.line,
                column: lc.column,
            });
            continue;
        }
    }
    for (let i = 0; i < results.length; i++) {
        const r = results[i];
        const p = positions.get(r);
        if (!p)
            continue;
        const s = model.suppressions.find((x) => x.reason && x.scope.src === p.src && p.start >= x.scope.start && p.start <= x.scope.end && (x.rules.includes(r.ruleId) || x.rules.includes('all')));
        if (s) {
            s.used = true;
            results[i] = { ...r, suppressed: { kind: s.kind === 'comment' ? 'inSource' : 'inSource', justification: s.reason } };
        }
    }
    for (const s of model.suppressions) {
        if (s.used || !s.reason)
            continue;
        const lc = lineCol(s.at.src, s.at.start);
        extra.push({
            ruleId: 'suppression/unused',
            severity: 'warning',
            status: 'fail',
            message: `This suppression of ${s.rules.join(', ')} matches no result: remove it.`,
            file: s.at.src.path,
            line: lc.line,
            column: lc.column,
        });
    }
    return extra;
}
