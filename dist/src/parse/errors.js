/** A problem reading an input, with the place it was found. Becomes a `parse-error` result. */
export class InputError extends Error {
    pos;
    constructor(message, pos) {
        super(message);
        this.pos = pos;
        this.name = 'InputError';
    }
}
/** Documents nested deeper than this are rejected: no real policy or template comes close, and it
 * keeps the recursive tree conversion far from the stack limit. */
export const MAX_DEPTH = 500;
