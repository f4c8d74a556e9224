// Rendering of ESLint-style message templates: `{{name}}` placeholders filled from a report's data.
import { capQuotedValues } from './cap.js';
/** Thrown for a programming error in a rule (unknown message ID, missing value): the run turns it
 * into an `internal-error` result, never a silent pass. */
export class MessageError extends Error {
}
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
export function renderMessage(ruleId, messages, messageId, values) {
    const template = messages && Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
    if (template === undefined)
        throw new MessageError(`rule ${ruleId} has no message "${messageId}"`);
    // One pass: a value that itself contains `{{x}}` is not expanded again.
    return template.replace(PLACEHOLDER, (_m, name) => {
        if (!Object.hasOwn(values, name))
            throw new MessageError(`message "${messageId}" of rule ${ruleId} needs a value for {{${name}}}`);
        return String(values[name]);
    });
}
/** The message rendered with the report's `released` values (the wording before input spellings),
 * paired with the message as rendered now; undefined when the two read the same. */
export function releasedWording(ruleId, messages, r, now) {
    if (!r.released)
        return undefined;
    const before = renderMessage(ruleId, messages, r.messageId, { ...r.detail, ...r.released, ...r.data });
    return before === now ? undefined : { now: capQuotedValues(now), before: capQuotedValues(before) };
}
/** The message text as the released wording had it: what version-1 baseline fingerprints hashed.
 * Suffixes added after rendering (`[when …]`, `(for any value of …)`) are kept. */
export function messageAsReleased(r) {
    const w = r.wordedBefore;
    return w && r.message.startsWith(w.now) ? w.before + r.message.slice(w.now.length) : r.message;
}
