// Positioned document tree: the common shape JSON and YAML parse into. Loaders read values from
// it; every node remembers where it came from so a finding can point at it.
import type { Pos } from './source.js';

export type PNode = PScalar | PObject | PArray;

export interface PScalar {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
  /** The scalar's source text (YAML reads `012345678912` as a number; account IDs need the text). */
  readonly text: string;
  readonly pos: Pos;
  /** YAML tag, e.g. `!Ref`, when the scalar carried one. */
  readonly tag?: string;
}

export interface PEntry {
  readonly key: string;
  readonly keyPos: Pos;
  readonly value: PNode;
}

export interface PObject {
  readonly kind: 'object';
  readonly entries: PEntry[];
  readonly pos: Pos;
  readonly tag?: string;
}

export interface PArray {
  readonly kind: 'array';
  readonly items: PNode[];
  readonly pos: Pos;
  readonly tag?: string;
}

/** Entry lookup; the last of duplicate keys wins, as in JSON.parse and CloudFormation. */
export function getEntry(obj: PObject, key: string): PEntry | undefined {
  for (let i = obj.entries.length - 1; i >= 0; i--) {
    const e = obj.entries[i];
    if (e && e.key === key) return e;
  }
  return undefined;
}

export function get(node: PNode | undefined, key: string): PNode | undefined {
  if (!node || node.kind !== 'object') return undefined;
  return getEntry(node, key)?.value;
}

/** Case-insensitive key lookup (IAM element names such as `Statement` are case-sensitive, but
 * condition keys are not). */
export function getEntryCI(obj: PObject, key: string): PEntry | undefined {
  const k = key.toLowerCase();
  for (let i = obj.entries.length - 1; i >= 0; i--) {
    const e = obj.entries[i];
    if (e && e.key.toLowerCase() === k) return e;
  }
  return undefined;
}

export function str(node: PNode | undefined): string | undefined {
  if (!node || node.kind !== 'scalar') return undefined;
  if (typeof node.value === 'string') return node.value;
  return undefined;
}

/** Scalar as a string, using the source text for numbers (account IDs, intervals). */
export function scalarText(node: PNode | undefined): string | undefined {
  if (!node || node.kind !== 'scalar' || node.value === null) return undefined;
  if (typeof node.value === 'string') return node.value;
  return node.text;
}

/** Plain JavaScript value of a node (for schema validation and hashing). */
export function toPlain(node: PNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'array':
      return node.items.map(toPlain);
    case 'object': {
      // A null-prototype object: `__proto__` keys in input stay data, never prototypes.
      const o: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const e of node.entries) o[e.key] = toPlain(e.value);
      return o;
    }
  }
}
