import type { Rule } from '../../src/engine/rule-api.js';
import { addVpcFlowLog, literal, partsKey, partsOf } from '../../src/engine/rule-api.js';

export const flowLogsEnabled: Rule = {
  meta: {
    id: 'vpc/flow-logs-enabled',
    severity: 'warning',
    description: 'Every VPC in the scanned set should have a flow log attached to it.',
    source: 'AWS VPC User Guide, "Working with flow logs"; AWS Security Hub control EC2.6 (VPC flow logging should be enabled in all VPCs).',
    messages: {
      unlisted: 'Cannot tell whether VPC {{vpc}} has a flow log: {{action}} failed ({{code}}), so the flow logs of {{source}} are not known.',
      lost: 'Cannot tell whether VPC {{vpc}} has a flow log: {{reasons}}.',
      noFlowLog: 'VPC {{vpc}} has no flow log: its traffic is not recorded. {{addFlowLog}} (subnet or network-interface flow logs do not cover the whole VPC).',
    },
  },
  check(ctx) {
    const logged = new Set<string>();
    // Flow logs whose resource cannot be resolved may cover any VPC: never a false "no flow log".
    const lost: string[] = [];
    for (const fl of ctx.model.flowLogs) {
      const rt = literal(fl.resourceType);
      if (rt !== undefined && rt !== 'VPC') continue;
      for (const id of fl.resourceIds) {
        const p = partsOf(id);
        if (p) logged.add(partsKey(p));
        else lost.push(`the resource of ${fl.name} cannot be resolved statically (${id.kind === 'unknown' ? id.reason : 'its resource id is not a string'})`);
      }
    }
    // A module that could not be read may declare the flow log.
    for (const m of ctx.model.unreadModules ?? []) lost.push(`${m.name} may declare one and cannot be read (${m.reason})`);
    // Regions whose flow logs could not be listed (denied, throttled, cut off): a VPC there with no
    // flow log seen may well have one, so it is unverifiable, never "has no flow log".
    const unlisted = new Map(ctx.model.readErrors.filter((e) => /DescribeFlowLogs|AssumeRole/.test(e.action)).map((e) => [e.source, e]));
    for (const vpc of ctx.model.vpcs) {
      const covered = logged.has(partsKey(vpc.vpcId));
      const err = vpc.origin.source !== undefined ? unlisted.get(vpc.origin.source) : undefined;
      if (covered) ctx.pass();
      else if (err) {
        ctx.report({
          status: 'unverifiable',
          messageId: 'unlisted',
          data: { vpc: vpc.name, action: err.action, source: err.source.replace(/^aws:/, '') },
          detail: { code: err.code },
          resource: vpc.name,
          origin: vpc.origin,
        });
      } else if (lost.length) {
        ctx.report({
          status: 'unverifiable',
          messageId: 'lost',
          data: { vpc: vpc.name },
          detail: { reasons: lost.join('; ') },
          ...(vpc.pos ? { pos: vpc.pos } : {}),
          resource: vpc.name,
          origin: vpc.origin,
        });
      } else {
        // The advice in the VPC's own input's terms (not hashed: detail); the released wording
        // keeps version-1 baselines matching.
        const advice = addVpcFlowLog(vpc);
        ctx.report({
          status: 'fail',
          messageId: 'noFlowLog',
          data: { vpc: vpc.name },
          detail: { addFlowLog: advice.now },
          released: { addFlowLog: advice.released },
          ...(vpc.pos ? { pos: vpc.pos } : {}),
          resource: vpc.name,
          origin: vpc.origin,
        });
      }
    }
  },
};
