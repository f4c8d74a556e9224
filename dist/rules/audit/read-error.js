export const readError = {
    meta: {
        id: 'audit/read-error',
        severity: 'warning',
        description: 'A live audit could not list the flow logs or VPCs of a region: nothing there was checked.',
        source: 'flowlog-lint live audits (read-only calls; a denied or failed call is reported, never taken as "nothing there").',
        messages: {
            assumeRole: 'The audit role could not be assumed in {{source}} (sts:AssumeRole: {{code}}): nothing in this account and region was checked. Check the role name, its trust policy and the external ID.',
            readFailed: '{{action}} failed in {{source}} ({{code}}): the flow logs and VPCs of this region were not checked. Grant the audit role {{action}} (docs/audit-policy.json) or audit the region separately.',
        },
    },
    check(ctx) {
        for (const e of ctx.model.readErrors) {
            if (e.action === 'sts:AssumeRole') {
                ctx.report({
                    status: 'unverifiable',
                    messageId: 'assumeRole',
                    data: { source: e.source.replace(/^aws:/, '') },
                    detail: { code: e.code },
                    origin: { source: e.source },
                    resource: e.source,
                });
                continue;
            }
            ctx.report({
                status: 'unverifiable',
                messageId: 'readFailed',
                data: { action: e.action, source: e.source.replace(/^aws:/, '') },
                detail: { code: e.code },
                origin: { source: e.source },
                resource: e.source,
            });
        }
    },
};
