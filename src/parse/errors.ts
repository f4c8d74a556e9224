import type { Pos } from './source.js';

/** A problem reading an input, with the place it was found. Becomes a `parse-error` result. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly pos: Pos | undefined,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** A non-fatal finding made while parsing (duplicate keys); reported by a rule, not as parse-error. */
export interface ParseIssue {
  readonly code: 'duplicate-key';
  readonly message: string;
  readonly pos: Pos;
}

/** Documents nested deeper than this are rejected: no real policy or template comes close, and it
 * keeps the recursive tree conversion far from the stack limit. */
export const MAX_DEPTH = 500;
