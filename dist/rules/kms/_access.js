import { evaluate } from '../../src/engine/rule-api.js';
/** Key actions the seeds' key-policy statement grants (ReEncrypt* covers both directions). */
export const KEY_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey', 'kms:DescribeKey'];
export function keyAccess(policy, service, keyArn, context) {
    const missing = [];
    let unknown;
    let denied;
    const allowed = [];
    for (const action of KEY_ACTIONS) {
        const d = evaluate([policy], { principal: { kind: 'service', service }, action, resource: keyArn, context });
        if (d.verdict === 'allow')
            allowed.push(d);
        else if (d.verdict === 'unknown')
            unknown ??= d;
        else {
            missing.push(action);
            denied ??= d;
        }
    }
    return { missing, unknown, denied, allowed };
}
