// Values that know where they came from (trivy's idea): a model value is known (with its
// location), symbolic (the stack's own account, region, partition, or another resource's
// generated name: equal only to itself), or unknown (with the reason).
import type { Pos } from '../parse/source.js';

/** An opaque symbol: `AWS::AccountId`, or `<file>#LogBucket` for a generated bucket name. */
export interface Sym {
  readonly sym: string;
  /** Human name for messages, e.g. `${AWS::AccountId}` or `LogBucket`. */
  readonly label: string;
}

/** A string made of literal text and symbols. All-literal strings have one string part. */
export type Part = string | Sym;

export type Val = VStr | VNum | VBool | VNull | VObj | VArr | VUnknown;

export interface VStr {
  readonly kind: 'str';
  readonly parts: readonly Part[];
  readonly pos?: Pos;
}
export interface VNum {
  readonly kind: 'num';
  readonly value: number;
  /** Source text, e.g. `012345678912` from YAML. */
  readonly text: string;
  readonly pos?: Pos;
}
export interface VBool {
  readonly kind: 'bool';
  readonly value: boolean;
  readonly pos?: Pos;
}
export interface VNull {
  readonly kind: 'null';
  readonly pos?: Pos;
}
export interface VObj {
  readonly kind: 'obj';
  readonly entries: readonly { key: string; keyPos?: Pos; value: Val }[];
  readonly pos?: Pos;
}
export interface VArr {
  readonly kind: 'arr';
  readonly items: readonly Val[];
  readonly pos?: Pos;
}
export interface VUnknown {
  readonly kind: 'unknown';
  /** What could not be resolved, e.g. "parameter DestinationArn has no default". */
  readonly reason: string;
  readonly pos?: Pos;
}

export const lit = (s: string, p?: Pos): VStr => ({ kind: 'str', parts: s === '' ? [] : [s], ...(p ? { pos: p } : {}) });
export const unknown = (reason: string, p?: Pos): VUnknown => ({ kind: 'unknown', reason, ...(p ? { pos: p } : {}) });

/** Joins parts, merging adjacent literal text. */
export function concatParts(...lists: readonly (readonly Part[])[]): Part[] {
  const out: Part[] = [];
  for (const list of lists) {
    for (const p of list) {
      const last = out[out.length - 1];
      if (typeof p === 'string') {
        if (p === '') continue;
        if (typeof last === 'string') out[out.length - 1] = last + p;
        else out.push(p);
      } else out.push(p);
    }
  }
  return out;
}

export function strVal(parts: readonly Part[], p?: Pos): VStr {
  return { kind: 'str', parts: concatParts(parts), ...(p ? { pos: p } : {}) };
}

/** The literal text of a fully known string, else undefined. */
export function literal(v: Val | undefined): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'str') {
    if (v.parts.length === 0) return '';
    if (v.parts.length === 1 && typeof v.parts[0] === 'string') return v.parts[0];
    return undefined;
  }
  if (v.kind === 'num') return v.text;
  if (v.kind === 'bool') return String(v.value);
  return undefined;
}

/** Literal text with every symbol replaced by one placeholder character (for shape checks such
 * as "ends with alias/aws/s3" that hold whatever the symbols are). */
export function shapeText(parts: readonly Part[], placeholder = '\u0001'): string {
  return parts.map((p) => (typeof p === 'string' ? p : placeholder)).join('');
}

/** Display form: symbols as `${label}`. */
export function display(v: Val | readonly Part[] | undefined): string {
  if (!v) return '';
  if (Array.isArray(v)) return (v as readonly Part[]).map((p) => (typeof p === 'string' ? p : p.label.startsWith('<') ? p.label : `\${${p.label}}`)).join('');
  const val = v as Val;
  switch (val.kind) {
    case 'str':
      return display(val.parts);
    case 'num':
      return val.text;
    case 'bool':
      return String(val.value);
    case 'null':
      return 'null';
    case 'unknown':
      return `<${val.reason}>`;
    case 'arr':
      return `[${val.items.map((i) => display(i)).join(', ')}]`;
    case 'obj':
      return '{…}';
  }
}

export function field(v: Val | undefined, key: string): Val | undefined {
  if (!v || v.kind !== 'obj') return undefined;
  for (let i = v.entries.length - 1; i >= 0; i--) {
    const e = v.entries[i];
    if (e && e.key === key) return e.value;
  }
  return undefined;
}

/** Field lookup ignoring case (CloudFormation accepts `hiveCompatiblePartitions` as CDK writes it). */
export function fieldCI(v: Val | undefined, key: string): Val | undefined {
  if (!v || v.kind !== 'obj') return undefined;
  const k = key.toLowerCase();
  for (let i = v.entries.length - 1; i >= 0; i--) {
    const e = v.entries[i];
    if (e && e.key.toLowerCase() === k) return e.value;
  }
  return undefined;
}

export function fieldEntry(v: Val | undefined, key: string): { key: string; keyPos?: Pos; value: Val } | undefined {
  if (!v || v.kind !== 'obj') return undefined;
  for (let i = v.entries.length - 1; i >= 0; i--) {
    const e = v.entries[i];
    if (e && e.key === key) return e;
  }
  return undefined;
}

/** A value or list of values as a list (IAM's "string or array" elements). */
export function asList(v: Val | undefined): Val[] {
  if (!v) return [];
  if (v.kind === 'arr') return [...v.items];
  return [v];
}

export function isStrLike(v: Val): v is VStr {
  return v.kind === 'str';
}

/** Converts a positioned document node into a value with only literal strings (raw JSON/YAML). */
import type { PNode } from '../parse/pnode.js';
export function fromPNode(n: PNode): Val {
  switch (n.kind) {
    case 'scalar':
      if (typeof n.value === 'string') return lit(n.value, n.pos);
      if (typeof n.value === 'number') return { kind: 'num', value: n.value, text: n.text, pos: n.pos };
      if (typeof n.value === 'boolean') return { kind: 'bool', value: n.value, pos: n.pos };
      return { kind: 'null', pos: n.pos };
    case 'array':
      return { kind: 'arr', items: n.items.map(fromPNode), pos: n.pos };
    case 'object':
      return { kind: 'obj', entries: n.entries.map((e) => ({ key: e.key, keyPos: e.keyPos, value: fromPNode(e.value) })), pos: n.pos };
  }
}

/** Plain JS form for schema validation; symbols and unknowns become placeholder strings. */
export function toPlainVal(v: Val): unknown {
  switch (v.kind) {
    case 'str':
      return display(v.parts);
    case 'num':
      return v.value;
    case 'bool':
      return v.value;
    case 'null':
      return null;
    case 'unknown':
      return `<unknown>`;
    case 'arr':
      return v.items.map(toPlainVal);
    case 'obj': {
      const o = Object.create(null) as Record<string, unknown>;
      for (const e of v.entries) o[e.key] = toPlainVal(e.value);
      return o;
    }
  }
}

/** A plain JSON value as a value without positions (live resources and snapshots have none). */
export function plainToVal(x: unknown): Val {
  if (x === null || x === undefined) return { kind: 'null' };
  if (typeof x === 'string') return lit(x);
  if (typeof x === 'number') return { kind: 'num', value: x, text: String(x) };
  if (typeof x === 'boolean') return { kind: 'bool', value: x };
  if (Array.isArray(x)) return { kind: 'arr', items: x.map(plainToVal) };
  if (typeof x === 'object') return { kind: 'obj', entries: Object.entries(x as Record<string, unknown>).map(([key, v]) => ({ key, value: plainToVal(v) })) };
  return unknown('unsupported value');
}
