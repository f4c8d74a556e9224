// How a value is quoted in a message: loaders quote what they read (Terraform budgets), the engine
// caps what rules quote (engine/cap.ts), with the same length.
/** Characters of a value quoted in a message. */
export const QUOTE_CHARS = 120;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** A value as quoted in a message: at most QUOTE_CHARS characters, control characters escaped. */
export function quoteValue(s) {
    const cut = s.length > QUOTE_CHARS ? `${s.slice(0, QUOTE_CHARS)}… (${s.length} characters)` : s;
    return cut.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
