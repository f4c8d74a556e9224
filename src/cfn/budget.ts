// Budgets and memoisation for the CloudFormation resolver (issue 16, "budgets, not hangs"). A few
// kilobytes of template can describe exponential work: conditions that name a condition twice,
// mappings whose entries join two copies of the previous entry, a 5 MB CommaDelimitedList default
// read by hundreds of resources. The resolver memoises what a name evaluates to (once per template
// and world) and refuses values larger than the caps below; a refusal is an unknown that names the
// budget, so every rule reading the value reports it unverifiable — never a hang, never a pass.
import type { Val } from '../model/value.js';
import type { Tri } from '../iam/tri.js';

/** Characters of literal text in one resolved string (CloudFormation templates are ≤ 1 MB). */
export const MAX_EXPANDED_CHARS = 1_000_000;
/** Nodes (strings, numbers, list items, object entries) in one resolved value. */
export const MAX_EXPANDED_NODES = 100_000;
/** Items of one list parameter (CommaDelimitedList, List<…>); CloudFormation allows 4 KB values. */
export const MAX_LIST_ITEMS = 10_000;

export const budgetReason = {
  chars: (what: string, n: number) => `${what} expands to ${n} characters, over the expanded-size budget (${MAX_EXPANDED_CHARS} characters)`,
  nodes: (what: string) => `${what} expands to more than ${MAX_EXPANDED_NODES} values, over the expanded-size budget`,
  list: (what: string, n: number) => `${what} is a list of ${n} items, over the expanded-list budget (${MAX_LIST_ITEMS} items)`,
};

/** Per-template memo tables (a template's info is made once per world, so they are per world).
 * Values cut short by a cycle or by the nesting limit are remembered too: they are unknowns either
 * way, and forgetting them would make a chain of cut-short names exponential again. */
export interface Memo {
  readonly conditions: Map<string, Tri>;
  readonly mappings: Map<string, Val>;
  readonly params: Map<string, Val | string[]>;
  readonly refs: Map<string, Val>;
  /** Names being resolved right now: a Ref back to one of them is a cycle. */
  readonly resolving: Set<string>;
}

const memos = new WeakMap<object, Memo>();

export function memoOf(t: object): Memo {
  let m = memos.get(t);
  if (!m) memos.set(t, (m = { conditions: new Map(), mappings: new Map(), params: new Map(), refs: new Map(), resolving: new Set() }));
  return m;
}

/** Runs `f` once per `key`; later calls get the remembered value. */
export function remember<V>(table: Map<string, V>, key: string, f: () => V): V {
  const hit = table.get(key);
  if (hit !== undefined) return hit;
  const v = f();
  table.set(key, v);
  return v;
}

const sizes = new WeakMap<object, number>();

/** Nodes in a value counted as a tree (shared sub-values count each time they occur), memoised
 * per object so a value built by doubling is measured in linear time. Stops counting past the cap. */
export function nodeCount(v: Val): number {
  if (v.kind !== 'arr' && v.kind !== 'obj') return 1;
  const known = sizes.get(v);
  if (known !== undefined) return known;
  let n = 1;
  if (v.kind === 'arr') for (const i of v.items) n = Math.min(n + nodeCount(i), MAX_EXPANDED_NODES + 1);
  else for (const e of v.entries) n = Math.min(n + nodeCount(e.value), MAX_EXPANDED_NODES + 1);
  sizes.set(v, n);
  return n;
}

/** Characters of literal text in a string value's parts. */
export function charCount(parts: readonly unknown[]): number {
  let n = 0;
  for (const p of parts) if (typeof p === 'string') n += p.length;
  return n;
}
