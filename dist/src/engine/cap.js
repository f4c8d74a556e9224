// Values quoted in messages are capped here, in one place for every rule: a bucket name or ARN
// read from a file can be megabytes (or a secret the file happens to hold), and findings are
// uploaded (SARIF) and printed (annotations). A value in a message is one run of non-blank
// characters; a run longer than CAP_TRIGGER keeps its first QUOTE_CHARS characters and says how
// long it was. Control characters are escaped by every reporter (src/report/escape.ts).
import { QUOTE_CHARS } from '../model/quote.js';
/** Runs longer than this are cut (a little slack over QUOTE_CHARS keeps ordinary long ARNs whole). */
const CAP_TRIGGER = 160;
const LONG_RUN = new RegExp(`\\S{${CAP_TRIGGER + 1},}`, 'g');
export function capQuotedValues(message) {
    if (message.length <= CAP_TRIGGER)
        return message;
    return message.replace(LONG_RUN, (run) => `${run.slice(0, QUOTE_CHARS)}… (${run.length} characters)`);
}
