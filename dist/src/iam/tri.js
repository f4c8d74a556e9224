// Three-valued logic for questions about values that may be symbolic: a symbol compared with
// literal text (or another symbol) gives "unknown", never a guess.
export const NO = 0;
export const UNKNOWN = 1;
export const YES = 2;
export const and = (a, b) => (a < b ? a : b);
export const or = (a, b) => (a > b ? a : b);
export const not = (a) => (2 - a);
export const triOf = (b) => (b ? YES : NO);
