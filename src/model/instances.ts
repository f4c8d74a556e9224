// Resources that may not exist at all: an input that cannot tell whether (or how often) it
// creates a resource — Terraform's count/for_each that cannot be resolved statically — marks the
// record here, with the name of what is counted. What fails on such a record is unverifiable,
// not a failure (engine/run.ts). Marks are kept per record object, so they follow the record
// into every world's model.
import type { Model } from './model.js';

/** A record: anything the model lists with a display name. */
type Named = { readonly name: string } | { readonly owner: string };

const marks = new WeakMap<object, string>();

/** Marks a record as maybe absent; `counted`: what is counted (the address before the instance key). */
export function markMaybeAbsent(record: Named, counted: string): void {
  marks.set(record, counted);
}

export const nameOf = (r: Named): string => ('name' in r ? r.name : r.owner);

/** The model's records that may not exist, by display name → what is counted. */
export function maybeAbsentNames(m: Model): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of recordsOf(m)) {
    const counted = marks.get(r);
    if (counted !== undefined) out.set(nameOf(r), counted);
  }
  return out;
}

/** Every record of a model (for inputs that mark them). */
export function recordsOf(m: Model): readonly Named[] {
  return [m.flowLogs, m.buckets, m.bucketPolicies, m.keys, m.roles, m.identityPolicies, m.logGroups, m.metricFilters, m.vpcs, m.policies, m.deliveryStreams ?? []].flat();
}
