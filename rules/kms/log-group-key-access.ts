import type { Rule } from '../../src/engine/rule-api.js';
import { concatParts, display, fresh } from '../../src/engine/rule-api.js';
import { blamePos, unknownReason } from '../_shared.js';
import { keyAccess } from './_access.js';

export const logGroupKeyAccess: Rule = {
  meta: {
    id: 'kms/log-group-key-access',
    severity: 'error',
    description: "A flow-log log group's KMS key must let logs.REGION.amazonaws.com use it.",
    source: 'Amazon CloudWatch Logs User Guide, "Encrypt log data in CloudWatch Logs using AWS KMS" (key policy for logs.REGION.amazonaws.com).',
  },
  check(ctx) {
    const seen = new Set<object>();
    for (const l of ctx.links.flowLogs) {
      const g = l.logGroup;
      if (!g?.kmsKeyId || seen.has(g)) continue;
      seen.add(g);
      const link = ctx.links.keyByRef(g.kmsKeyId);
      const key = link.key;
      const base = { resource: g.name, origin: g.origin };
      if (!key?.policy) {
        ctx.report({ ...base, ...(g.kmsKeyId.pos ? { pos: g.kmsKeyId.pos } : {}), status: 'unverifiable', message: `The KMS key \`${display(g.kmsKeyId)}\` of log group ${g.name} is not in the scanned set; its key policy cannot be checked.` });
        continue;
      }
      const service = concatParts(['logs.'], l.region, ['.amazonaws.com']);
      const groupArn = concatParts(['arn:'], l.partition, [':logs:'], l.region, [':'], l.accounts[0] ?? [], [':log-group:'], g.logGroupName);
      const r = keyAccess(key.policy, service, key.arn.length ? key.arn : [fresh('key ARN')], { 'kms:EncryptionContext:aws:logs:arn': [groupArn] });
      const anchor = { resource: key.name, origin: key.origin, ...(key.policy.pos ? { pos: key.policy.pos } : {}) };
      if (r.missing.length) {
        const pos = r.denied ? blamePos(r.denied, key.policy) : undefined;
        ctx.report({ ...anchor, ...(pos ? { pos } : {}), status: 'fail', message: `The key policy of ${key.name} does not let logs.${display(l.region)}.amazonaws.com ${r.missing.join(', ')}: CloudWatch Logs cannot encrypt the flow-log group ${g.name}.` });
      } else if (r.unknown) ctx.report({ ...anchor, status: 'unverifiable', message: `Cannot tell whether CloudWatch Logs may use key ${key.name}: ${unknownReason(r.unknown, [])}.` });
      else ctx.pass();
    }
  },
};
