import type { Decision, Part, Rule } from '../../src/engine/rule-api.js';
import { concatParts, display, evaluate, fresh, logGroupNameOf } from '../../src/engine/rule-api.js';
import { blamePos, unknownReason } from '../_shared.js';
import { roleArnOf, roleUses } from './_roles.js';

interface Need {
  action: string;
  /** Resources any one of which, when allowed, satisfies the need (log-group ARNs are written
   * both with and without the trailing `:*`; AWS's own roles use the latter). */
  resources: Part[][];
}

export const permissions: Rule = {
  meta: {
    id: 'delivery-role/permissions',
    severity: 'error',
    description: 'The delivery role must allow logs:CreateLogStream, logs:PutLogEvents and logs:DescribeLogStreams on the log group (and logs:CreateLogGroup when the group is not declared).',
    source: 'AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs", section "IAM role for publishing flow logs to CloudWatch Logs".',
    messages: {
      managedPolicies: 'Role {{role}} has attached policies outside the scanned set ({{policies}}), so its permissions cannot be fully checked. Add their documents to the scan.',
      logGroupUnresolved: 'The log group name cannot be resolved ({{reason}}).',
      policiesUnknown: 'The permission policies of role {{role}} are not (all) in the scanned set, and those found do not allow {{actions}}{{where}}. Add the role\'s policies (`aws iam list-role-policies` / `get-role-policy` outputs or its template), or audit the account.',
      missing: 'Role {{role}} does not allow {{actions}}{{where}}: the flow-logs service cannot publish records.{{createNote}}',
      unknown: 'Cannot tell whether role {{role}} allows {{unknowns}}.',
    },
  },
  check(ctx) {
    for (const u of roleUses(ctx.model, ctx.links, ctx.options.accountIds)) {
      const r = u.role;
      const anchor = { resource: r.name, origin: r.origin, ...(r.pos ? { pos: r.pos } : {}) };
      if (r.managedPolicyArns.length) {
        ctx.report({
          ...anchor,
          ...(r.managedPolicyArns[0]?.pos ? { pos: r.managedPolicyArns[0].pos } : {}),
          status: 'unverifiable',
          messageId: 'managedPolicies',
          data: { role: r.name, policies: r.managedPolicyArns.map((v) => display(v)).join(', ') },
        });
        continue;
      }
      const targets = u.flowLogs.length ? u.flowLogs : [undefined];
      for (const l of targets) {
        const lg = l ? logGroupNameOf(l.flowLog) : undefined;
        if (lg && 'unknown' in lg) {
          ctx.report({ ...anchor, status: 'unverifiable', messageId: 'logGroupUnresolved', detail: { reason: lg.unknown } });
          continue;
        }
        const name: readonly Part[] = lg?.name ?? [fresh('log group')];
        const region = lg?.arnRegion ?? u.region;
        for (const a of l ? l.accounts : u.accounts) {
          const account = lg?.arnAccount ?? a;
          const group = concatParts(['arn:'], u.partition, [':logs:'], region, [':'], account, [':log-group:'], name);
          const stream = concatParts(group, [':log-stream:'], [fresh('log stream')]);
          const needs: Need[] = [
            { action: 'logs:CreateLogStream', resources: [stream, concatParts(group, [':*'])] },
            { action: 'logs:PutLogEvents', resources: [stream] },
            { action: 'logs:DescribeLogStreams', resources: [group, concatParts(group, [':*'])] },
          ];
          const declared = l?.logGroup !== undefined;
          if (!declared) needs.push({ action: 'logs:CreateLogGroup', resources: [group, concatParts(group, [':*'])] });
          const who = { kind: 'aws' as const, arn: roleArnOf(u), account };
          const missing: string[] = [];
          const unknowns: string[] = [];
          let lastDenied: Decision | undefined;
          for (const n of needs) {
            const ds = n.resources.map((res) => evaluate(r.policies, { principal: who, action: n.action, resource: res, context: {} }));
            if (ds.some((d) => d.verdict === 'allow')) continue;
            const unk = ds.find((d) => d.verdict === 'unknown');
            if (unk) unknowns.push(`${n.action} (${unknownReason(unk, [group])})`);
            else {
              missing.push(n.action);
              lastDenied = ds[0];
            }
          }
          const where = l ? ` for the log group ${display(name)}` : '';
          // The log group identifies the finding; `where` is only its wording.
          const key = { role: r.name, logGroup: l ? display(name) : '', account: display(account) };
          if (missing.length && !r.policiesKnown) {
            ctx.report({
              ...anchor,
              status: 'unverifiable',
              messageId: 'policiesUnknown',
              data: { ...key, actions: missing.join(', ') },
              detail: { where },
            });
          } else if (missing.length) {
            const pos = lastDenied ? blamePos(lastDenied, r.policies[0]) : undefined;
            ctx.report({
              ...anchor,
              ...(pos ? { pos } : {}),
              status: 'fail',
              messageId: 'missing',
              data: { ...key, actions: missing.join(', ') },
              detail: { where, createNote: declared ? '' : ' (logs:CreateLogGroup is needed because the log group is not declared in the scanned set.)' },
            });
          } else if (unknowns.length) {
            ctx.report({ ...anchor, status: 'unverifiable', messageId: 'unknown', data: key, detail: { unknowns: unknowns.join('; ') } });
          } else ctx.pass();
        }
      }
    }
  },
};
