// Adding one model's records to another: the pipeline builds each world's model from the part
// loaded once and the parts loaded per world.
import { mergeFacts } from '../model/facts.js';
/** Adds the resources of one model to another (both world-independent at this point). */
export function mergeInto(into, from) {
    into.flowLogs.push(...from.flowLogs);
    into.buckets.push(...from.buckets);
    into.bucketPolicies.push(...from.bucketPolicies);
    into.keys.push(...from.keys);
    into.roles.push(...from.roles);
    into.identityPolicies.push(...from.identityPolicies);
    into.logGroups.push(...from.logGroups);
    into.metricFilters.push(...from.metricFilters);
    into.vpcs.push(...from.vpcs);
    into.policies.push(...from.policies);
    into.suppressions.push(...from.suppressions);
    into.spans.push(...from.spans);
    into.readErrors.push(...from.readErrors);
    if (from.unreadModules?.length)
        (into.unreadModules ??= []).push(...from.unreadModules);
    mergeFacts(into, from);
    if (from.deliveryStreams?.length)
        (into.deliveryStreams ??= []).push(...from.deliveryStreams);
}
