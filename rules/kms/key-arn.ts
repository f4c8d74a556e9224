import type { Rule } from '../../src/engine/rule-api.js';
import { display, keyArnAdvice } from '../../src/engine/rule-api.js';
import { bucketKeys } from './_keys.js';

export const keyArn: Rule = {
  meta: {
    id: 'kms/key-arn',
    severity: 'error',
    description: 'The bucket default encryption must name the customer managed key by its key ARN, not its ID or alias.',
    source: 'AWS VPC User Guide, "Troubleshoot VPC Flow Logs" (LogDestination … is undeliverable when the bucket names the key by ID or alias).',
    messages: {
      notArn: 'Bucket {{bucket}} names its KMS key by {{refKind}} (`{{key}}`{{example}}): flow-log delivery fails with "LogDestination … is undeliverable". {{useArn}}.',
    },
  },
  check(ctx) {
    for (const k of bucketKeys(ctx.links)) {
      if (k.awsManaged || !k.link) continue;
      if (k.link.refKind === 'arn') {
        ctx.pass();
        continue;
      }
      // An unresolvable key reference is one missing link, reported by kms/delivery-key-access.
      if (k.link.refKind === 'unknown') continue;
      const advice = keyArnAdvice(k.bucket);
      ctx.report({
        status: 'fail',
        messageId: 'notArn',
        data: { bucket: display(k.scope.bucketName), refKind: k.link.refKind === 'alias' ? 'alias' : 'key ID', key: display(k.link.ref) },
        // The advice in the bucket's input's terms (detail: not hashed); the released wording keeps
        // version-1 baselines matching.
        detail: { example: k.link.refKind === 'id' ? advice.now.idExample : '', useArn: advice.now.useArn },
        released: { example: k.link.refKind === 'id' ? advice.released.idExample : '', useArn: advice.released.useArn },
        ...(k.link.ref.pos ? { pos: k.link.ref.pos } : {}),
        resource: k.bucket.name,
        origin: k.bucket.origin,
      });
    }
  },
};
