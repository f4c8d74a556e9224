// Content fingerprints of results: stable when lines are inserted above a finding (used by SARIF
// partialFingerprints and by baselines).
import { createHash } from 'node:crypto';
/** The message without positions that move when lines are inserted above: `(policy.json:12)`
 * references, `at line 3, column 5`, byte offsets. */
export function stableMessage(m) {
    return m
        .replace(/([^\s():,]+\.[A-Za-z0-9]+):\d+(?::\d+)?(?=[)\s,;\]]|$)/g, '$1')
        .replace(/\b(at )?line \d+(,? column \d+)?/gi, 'line')
        .replace(/\boffset \d+/gi, 'offset');
}
/** sha256 over rule, file (or live source), resource and the position-free message. */
export function fingerprintBase(r) {
    const text = [r.ruleId, r.file ?? '', r.file === null ? (r.source ?? '') : '', r.resource ?? '', stableMessage(r.message)].join('\u0000');
    return createHash('sha256').update(text, 'utf8').digest('hex');
}
/** Fingerprints for a list of results; equal findings are told apart by their order. */
export function fingerprints(results) {
    const seen = new Map();
    return results.map((r) => {
        const base = fingerprintBase(r);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n === 1 ? base : `${base}:${n}`;
    });
}
