export function emptyModel() {
    return {
        flowLogs: [],
        buckets: [],
        bucketPolicies: [],
        keys: [],
        roles: [],
        identityPolicies: [],
        logGroups: [],
        metricFilters: [],
        vpcs: [],
        policies: [],
        parseIssues: [],
        suppressions: [],
        spans: [],
        sources: [],
        readErrors: [],
        files: 0,
    };
}
export function resourceCount(m) {
    return (m.flowLogs.length +
        m.buckets.length +
        m.bucketPolicies.length +
        m.keys.length +
        m.roles.length +
        m.identityPolicies.length +
        m.logGroups.length +
        m.metricFilters.length +
        m.vpcs.length);
}
