import type { Decision, Part, PolicyDoc } from '../../src/engine/rule-api.js';
import { evaluate } from '../../src/engine/rule-api.js';

/** Key actions the seeds' key-policy statement grants (ReEncrypt* covers both directions). */
export const KEY_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey', 'kms:DescribeKey'];

export function keyAccess(
  policy: PolicyDoc,
  service: string | readonly Part[],
  keyArn: readonly Part[],
  context: Record<string, Part[][]>,
): { missing: string[]; unknown: Decision | undefined; denied: Decision | undefined; allowed: Decision[] } {
  const missing: string[] = [];
  let unknown: Decision | undefined;
  let denied: Decision | undefined;
  const allowed: Decision[] = [];
  for (const action of KEY_ACTIONS) {
    const d = evaluate([policy], { principal: { kind: 'service', service }, action, resource: keyArn, context });
    if (d.verdict === 'allow') allowed.push(d);
    else if (d.verdict === 'unknown') unknown ??= d;
    else {
      missing.push(action);
      denied ??= d;
    }
  }
  return { missing, unknown, denied, allowed };
}
