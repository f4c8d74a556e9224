const marks = new WeakMap();
/** Marks a record as maybe absent; `counted`: what is counted (the address before the instance key). */
export function markMaybeAbsent(record, counted) {
    marks.set(record, counted);
}
export const nameOf = (r) => ('name' in r ? r.name : r.owner);
/** The model's records that may not exist, by display name → what is counted. */
export function maybeAbsentNames(m) {
    const out = new Map();
    for (const r of recordsOf(m)) {
        const counted = marks.get(r);
        if (counted !== undefined)
            out.set(nameOf(r), counted);
    }
    return out;
}
/** Every record of a model (for inputs that mark them). */
export function recordsOf(m) {
    return [m.flowLogs, m.buckets, m.bucketPolicies, m.keys, m.roles, m.identityPolicies, m.logGroups, m.metricFilters, m.vpcs, m.policies, m.deliveryStreams ?? []].flat();
}
