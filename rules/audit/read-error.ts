import type { Rule } from '../../src/engine/rule-api.js';

export const readError: Rule = {
  meta: {
    id: 'audit/read-error',
    severity: 'warning',
    description: 'A live audit could not list the flow logs or VPCs of a region: nothing there was checked.',
    source: 'flowlog-lint live audits (read-only calls; a denied or failed call is reported, never taken as "nothing there").',
  },
  check(ctx) {
    for (const e of ctx.model.readErrors) {
      if (e.action === 'sts:AssumeRole') {
        ctx.report({
          status: 'unverifiable',
          message: `The audit role could not be assumed in ${e.source.replace(/^aws:/, '')} (sts:AssumeRole: ${e.code}): nothing in this account and region was checked. Check the role name, its trust policy and the external ID.`,
          origin: { source: e.source },
          resource: e.source,
        });
        continue;
      }
      ctx.report({
        status: 'unverifiable',
        message: `${e.action} failed in ${e.source.replace(/^aws:/, '')} (${e.code}): the flow logs and VPCs of this region were not checked. Grant the audit role ${e.action} (docs/audit-policy.json) or audit the region separately.`,
        origin: { source: e.source },
        resource: e.source,
      });
    }
  },
};
