// A policy with one symbol replaced by given parts: used to ask a question "for each shape an
// input may take" (a log-group ARN with and without the trailing `:*`), the policy being written
// with that same input.
import { concatParts, type Part, type Val } from '../model/value.js';
import { makePolicy, type PolicyDoc } from './policy.js';

function subst(v: Val, sym: string, by: readonly Part[]): Val {
  switch (v.kind) {
    case 'str':
      if (!v.parts.some((p) => typeof p !== 'string' && p.sym === sym)) return v;
      return { ...v, parts: concatParts(...v.parts.map((p) => (typeof p !== 'string' && p.sym === sym ? by : [p]))) };
    case 'arr':
      return { ...v, items: v.items.map((i) => subst(i, sym, by)) };
    case 'obj':
      return { ...v, entries: v.entries.map((e) => ({ ...e, value: subst(e.value, sym, by) })) };
    default:
      return v;
  }
}

export function substituteSym(doc: PolicyDoc, sym: string, by: readonly Part[]): PolicyDoc {
  return makePolicy(doc.kind, subst(doc.node, sym, by));
}
