// Fingerprints of results, by meaning: the rule, the message ID, the file (or live source), the
// resource and the key data — not the message text, so rewording a message keeps a user's baseline
// and GitHub's alert identity. Stable when lines are inserted above a finding. Used by SARIF
// partialFingerprints and by baselines.
import { createHash } from 'node:crypto';
import { unspellSymbols } from '../model/symbols.js';
import { messageAsReleased } from './messages.js';
/** Text without positions that move when lines are inserted above: `(policy.json:12)` references,
 * `at line 3, column 5`, byte offsets. */
export function stableMessage(m) {
    // The input's own spelling of a symbol is wording, not identity.
    return unspellSymbols(m)
        .replace(/([^\s():,]+\.[A-Za-z0-9]+):\d+(?::\d+)?(?=[)\s,;\]]|$)/g, '$1')
        .replace(/\b(at )?line \d+(,? column \d+)?/gi, 'line')
        .replace(/\boffset \d+/gi, 'offset');
}
const sha256 = (parts) => createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex');
const place = (r) => [r.file ?? '', r.file === null ? (r.source ?? '') : '', r.resource ?? ''];
/** The fingerprint before message IDs (baseline files up to 0.1): sha256 over rule, file (or live
 * source), resource and the position-free message. Still computed so old baselines keep matching. */
export function legacyFingerprintBase(r) {
    return sha256([r.ruleId, ...place(r), stableMessage(messageAsReleased(r))]);
}
/** sha256 over rule, message ID, file (or live source), resource and the key data (sorted by name,
 * positions removed). Results without a message ID (parse errors, internal errors, results read
 * back from JSON) fall back to the message text. */
export function fingerprintBase(r) {
    if (r.messageId === undefined)
        return legacyFingerprintBase(r);
    const data = Object.entries(r.data ?? {})
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${k}=${stableMessage(String(v))}`);
    return sha256(['id', r.ruleId, r.messageId, ...place(r), ...data]);
}
/** Numbers repeats of one base in order (`base`, `base:2`…): equal findings are told apart by their
 * order, which inserting lines above them does not change. */
function numbered(results, base) {
    const seen = new Map();
    return results.map((r) => {
        const b = base(r);
        const n = (seen.get(b) ?? 0) + 1;
        seen.set(b, n);
        return n === 1 ? b : `${b}:${n}`;
    });
}
/** Fingerprints for a list of results. */
export function fingerprints(results) {
    return numbered(results, fingerprintBase);
}
/** The old, message-text fingerprints of a list of results (for matching old baselines). */
export function legacyFingerprints(results) {
    return numbered(results, legacyFingerprintBase);
}
