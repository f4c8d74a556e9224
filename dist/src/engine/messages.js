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
