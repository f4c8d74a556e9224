import type { Decision, Pos, Rule, Val } from '../../src/engine/rule-api.js';
import { assumeRoleRequest, display, evaluate, fresh, inputHead, literal, statementCoversAction, YES } from '../../src/engine/rule-api.js';
import { denialReason, stmtName, unknownReason } from '../_shared.js';
import { missingRoles, roleArnOf, roleUses } from './_roles.js';

/** Points at the principal that was granted instead of the flow-logs service. */
function blame(d: Decision): Pos | undefined {
  if (d.deniedBy[0]) return d.deniedBy[0].statement.node.pos;
  const wrong = d.trace.find((r) => r.statement.effect === 'Allow' && r.element === 'principal' && statementCoversAction(r.statement, 'sts:AssumeRole') === YES);
  if (wrong) {
    const p = wrong.statement.principal;
    if (p?.kind === 'obj') {
      const svc = p.entries.find((e) => e.key === 'Service')?.value ?? p.entries[0]?.value;
      const first: Val | undefined = svc?.kind === 'arr' ? svc.items[0] : svc;
      return first?.pos ?? p.pos;
    }
    return p?.pos ?? wrong.statement.node.pos;
  }
  const cond = d.trace.find((r) => r.statement.effect === 'Allow' && r.element === 'condition');
  return cond?.at?.pos ?? cond?.statement.node.pos;
}

export const trust: Rule = {
  meta: {
    id: 'delivery-role/trust',
    severity: 'error',
    description: "The delivery role's trust policy must let vpc-flow-logs.amazonaws.com assume it.",
    source: 'AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs", section "IAM role for publishing flow logs to CloudWatch Logs" (trust relationship).',
    messages: {
      roleFromInput:
        'The delivery role is `{{role}}`, an input its caller gives, so its trust policy and permissions cannot be checked here; they are checked where a scanned caller passes a role of the scan.',
      roleNotScanned: 'The delivery role `{{role}}` is not in the scanned set, so its trust policy and permissions cannot be checked. Add its template or `aws iam get-role` output, or audit the account.',
      trustUnknown: 'The trust policy of role {{role}} is not in the scanned set or cannot be resolved statically.',
      unknown: 'Cannot tell whether vpc-flow-logs.amazonaws.com may assume {{role}}: {{reason}}.',
      denied: `vpc-flow-logs.amazonaws.com may not sts:AssumeRole on {{role}} (source account {{account}}): {{reason}}. The trust policy must name {"Service": "vpc-flow-logs.amazonaws.com"} (the console's EC2 use case puts ec2.amazonaws.com there, which cannot deliver flow logs).`,
    },
  },
  check(ctx) {
    for (const l of missingRoles(ctx.links)) {
      const v = l.flowLog.deliverLogsPermissionArn;
      // A role an input names (`iam_role_arn = var.iam_role_arn`) is whatever each caller passes.
      const input = inputHead(v?.kind === 'str' ? v.parts : undefined);
      ctx.report({
        status: 'unverifiable',
        ...(input ? { messageId: 'roleFromInput', data: { role: input } } : { messageId: 'roleNotScanned', data: { role: display(v) } }),
        ...(v?.pos ? { pos: v.pos } : {}),
        resource: l.flowLog.name,
        origin: l.flowLog.origin,
      });
    }
    for (const u of roleUses(ctx.model, ctx.links, ctx.options.accountIds)) {
      const r = u.role;
      const anchor = { resource: r.name, origin: r.origin, ...(r.trust?.pos ? { pos: r.trust.pos } : r.pos ? { pos: r.pos } : {}) };
      if (!r.trust) {
        ctx.report({ ...anchor, status: 'unverifiable', messageId: 'trustUnknown', data: { role: r.name } });
        continue;
      }
      for (const a of u.accounts) {
        const id = literal(u.flowLogs[0]?.flowLog.flowLogId);
        const req = assumeRoleRequest(roleArnOf(u), u.partition, u.region, a, id ? [id] : [fresh('flow-log-id')], ctx.links.orgOf(a));
        const d = evaluate([r.trust], req);
        if (d.verdict === 'allow') ctx.pass();
        else if (d.verdict === 'unknown') ctx.report({ ...anchor, status: 'unverifiable', messageId: 'unknown', data: { role: r.name, account: display(a) }, detail: { reason: unknownReason(d, [a]) } });
        else {
          const pos = blame(d);
          const wrong = d.trace.find((t) => t.element === 'principal' && t.statement.effect === 'Allow');
          ctx.report({
            ...anchor,
            ...(pos ? { pos } : {}),
            status: 'fail',
            messageId: 'denied',
            data: { role: r.name, account: display(a) },
            detail: { reason: wrong ? `${stmtName(wrong)} trusts another principal` : denialReason(d) },
          });
        }
      }
    }
  },
};
