import { evaluate, type Decision } from '../../src/iam/evaluate.js';
import type { Rule } from '../../src/engine/types.js';
import { fresh, isInputSym } from '../../src/model/symbols.js';
import { concatParts, display, type Part, type Sym, type Val } from '../../src/model/value.js';
import { substituteSym } from '../../src/iam/substitute.js';
import { blamePos, unknownReason } from '../_shared.js';
import { roleArnOf, roleUses } from './_roles.js';
import { logGroupNameOf } from '../../src/link/destination.js';

interface Need {
  action: string;
  /** Resources any one of which, when allowed, satisfies the need (log-group ARNs are written
   * both with and without the trailing `:*`; AWS's own roles use the latter). */
  resources: Part[][];
}

/** The actions CloudWatch Logs delivery needs on a log group given by its ARN (without `:*`). */
function needsFor(group: Part[]): Need[] {
  const stream = concatParts(group, [':log-stream:'], [fresh('log stream')]);
  return [
    { action: 'logs:CreateLogStream', resources: [stream, concatParts(group, [':*'])] },
    { action: 'logs:PutLogEvents', resources: [stream] },
    { action: 'logs:DescribeLogStreams', resources: [group, concatParts(group, [':*'])] },
  ];
}

/** The input symbol a value is made of, when it is nothing else (`var.log_destination`). */
function wholeInput(v: Val | undefined): Sym | undefined {
  const p = v?.kind === 'str' && v.parts.length === 1 ? v.parts[0] : undefined;
  return p && typeof p !== 'string' && isInputSym(p) ? p : undefined;
}

export const permissions: Rule = {
  meta: {
    id: 'delivery-role/permissions',
    severity: 'error',
    description: 'The delivery role must allow logs:CreateLogStream, logs:PutLogEvents and logs:DescribeLogStreams on the log group (and logs:CreateLogGroup when the group is not declared).',
    source: 'AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs", section "IAM role for publishing flow logs to CloudWatch Logs".',
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
          message: `Role ${r.name} has attached policies outside the scanned set (${r.managedPolicyArns.map((v) => display(v)).join(', ')}), so its permissions cannot be fully checked. Add their documents to the scan.`,
        });
        continue;
      }
      const targets = u.flowLogs.length ? u.flowLogs : [undefined];
      for (const l of targets) {
        // The whole destination is an input (`log_destination = var.log_destination`): ask the
        // question for both forms a log-group ARN is written in (RULES.md, "How rules decide").
        const input = l ? wholeInput(l.flowLog.destination) : undefined;
        if (l && input) {
          const name = [fresh('log group')];
          for (const a of l.accounts) {
            const group = concatParts(['arn:'], u.partition, [':logs:'], u.region, [':'], a, [':log-group:'], name);
            const who = { kind: 'aws' as const, arn: roleArnOf(u), account: a };
            const judge = (by: readonly Part[]) => {
              const policies = r.policies.map((p) => substituteSym(p, input.sym, by));
              const missing: string[] = [];
              const unknowns: string[] = [];
              let denied: Decision | undefined;
              for (const n of needsFor(group)) {
                const ds = n.resources.map((res) => evaluate(policies, { principal: who, action: n.action, resource: res, context: {} }));
                if (ds.some((d) => d.verdict === 'allow')) continue;
                const unk = ds.find((d) => d.verdict === 'unknown');
                if (unk) unknowns.push(`${n.action} (${unknownReason(unk, [group])})`);
                else {
                  missing.push(n.action);
                  denied = ds[0];
                }
              }
              return { missing, unknowns, denied };
            };
            const plain = judge(group);
            const star = judge(concatParts(group, [':*']));
            const v = `\`${input.label}\``;
            if (plain.unknowns.length || star.unknowns.length) {
              ctx.report({ ...anchor, status: 'unverifiable', message: `Cannot tell whether role ${r.name} allows ${[...plain.unknowns, ...star.unknowns].join('; ')} on the log group ${v} names.` });
            } else if (!plain.missing.length && !star.missing.length) ctx.pass();
            else if (!r.policiesKnown) {
              ctx.report({ ...anchor, status: 'unverifiable', message: `The permission policies of role ${r.name} are not (all) in the scanned set, and those found do not allow ${[...new Set([...plain.missing, ...star.missing])].join(', ')} on the log group ${v} names.` });
            } else if (plain.missing.length && star.missing.length) {
              const pos = plain.denied ? blamePos(plain.denied, r.policies[0]) : undefined;
              ctx.report({ ...anchor, ...(pos ? { pos } : {}), status: 'fail', message: `Role ${r.name} does not allow ${plain.missing.join(', ')} on the log group ${v} names, for any value of ${v}: the flow-logs service cannot publish records.` });
            } else {
              const pos = (plain.denied ?? star.denied) ? blamePos((plain.denied ?? star.denied) as Decision, r.policies[0]) : undefined;
              const need = plain.missing.length
                ? `passes only if ${v} ends in \`:*\` (the log-group ARN in its \`arn:…:log-group:NAME:*\` form); a Terraform \`aws_cloudwatch_log_group\` \`arn\` does not, and with it the role does not allow ${plain.missing.join(', ')}`
                : `passes only if ${v} is given without the trailing \`:*\`; in its \`:*\` form the role does not allow ${star.missing.join(', ')}`;
              ctx.report({ ...anchor, ...(pos ? { pos } : {}), status: 'unverifiable', message: `Role ${r.name}'s permissions on the log group of ${v} depend on its value: it ${need}.` });
            }
          }
          continue;
        }
        const lg = l ? logGroupNameOf(l.flowLog) : undefined;
        if (lg && 'unknown' in lg) {
          ctx.report({ ...anchor, status: 'unverifiable', message: `The log group name cannot be resolved (${lg.unknown}).` });
          continue;
        }
        const name: readonly Part[] = lg?.name ?? [fresh('log group')];
        const region = lg?.arnRegion ?? u.region;
        for (const a of l ? l.accounts : u.accounts) {
          const account = lg?.arnAccount ?? a;
          const group = concatParts(['arn:'], u.partition, [':logs:'], region, [':'], account, [':log-group:'], name);
          const needs: Need[] = needsFor(group);
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
          if (missing.length && !r.policiesKnown) {
            ctx.report({
              ...anchor,
              status: 'unverifiable',
              message: `The permission policies of role ${r.name} are not (all) in the scanned set, and those found do not allow ${missing.join(', ')}${where}. Add the role's policies (\`aws iam list-role-policies\` / \`get-role-policy\` outputs or its template), or audit the account.`,
            });
          } else if (missing.length) {
            const pos = lastDenied ? blamePos(lastDenied, r.policies[0]) : undefined;
            ctx.report({
              ...anchor,
              ...(pos ? { pos } : {}),
              status: 'fail',
              message: `Role ${r.name} does not allow ${missing.join(', ')}${where}: the flow-logs service cannot publish records.${declared ? '' : ' (logs:CreateLogGroup is needed because the log group is not declared in the scanned set.)'}`,
            });
          } else if (unknowns.length) {
            ctx.report({ ...anchor, status: 'unverifiable', message: `Cannot tell whether role ${r.name} allows ${unknowns.join('; ')}.` });
          } else ctx.pass();
        }
      }
    }
  },
};
