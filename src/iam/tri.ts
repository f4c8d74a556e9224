// Three-valued logic for questions about values that may be symbolic: a symbol compared with
// literal text (or another symbol) gives "unknown", never a guess.
export const NO = 0;
export const UNKNOWN = 1;
export const YES = 2;
export type Tri = 0 | 1 | 2;

export const and = (a: Tri, b: Tri): Tri => (a < b ? a : b);
export const or = (a: Tri, b: Tri): Tri => (a > b ? a : b);
export const not = (a: Tri): Tri => (2 - a) as Tri;
export const triOf = (b: boolean): Tri => (b ? YES : NO);
