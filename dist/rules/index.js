import { INTERNAL_ERROR } from '../src/engine/rule-api.js';
import { reservedSubfolder } from './flow-log/reserved-subfolder.js';
import { destinationArn } from './flow-log/destination-arn.js';
import { destinationSettings } from './flow-log/destination-settings.js';
import { trafficType } from './flow-log/traffic-type.js';
import { aggregationInterval } from './flow-log/aggregation-interval.js';
import { logFormat } from './flow-log/log-format.js';
import { acceptOnly } from './flow-log/accept-only.js';
import { deliveryStatus } from './flow-log/delivery-status.js';
import { dependencyOrder } from './flow-log/dependency-order.js';
import { flowLogsEnabled } from './vpc/flow-logs-enabled.js';
import { deliveryWrite } from './bucket-policy/delivery-write.js';
import { aclCheck } from './bucket-policy/acl-check.js';
import { ownerFullControl } from './bucket-policy/owner-full-control.js';
import { deliveryPrincipal } from './bucket-policy/delivery-principal.js';
import { publicWrite } from './bucket-policy/public-write.js';
import { sizeLimit } from './bucket-policy/size-limit.js';
import { sourceConditions } from './bucket-policy/source-conditions.js';
import { customerManagedKey } from './kms/customer-managed-key.js';
import { keyArn } from './kms/key-arn.js';
import { deliveryKeyAccess } from './kms/delivery-key-access.js';
import { logGroupKeyAccess } from './kms/log-group-key-access.js';
import { kmsSourceConditions } from './kms/source-conditions.js';
import { trust } from './delivery-role/trust.js';
import { permissions } from './delivery-role/permissions.js';
import { trustConditions } from './delivery-role/trust-conditions.js';
import { overbroadTrust } from './delivery-role/overbroad-trust.js';
import { passRole } from './creator/pass-role.js';
import { logDelivery } from './creator/log-delivery.js';
import { syntax } from './policy/syntax.js';
import { unknownAction } from './policy/unknown-action.js';
import { arnSyntax } from './arn/syntax.js';
import { partitionMismatch } from './arn/partition-mismatch.js';
import { hardCodedPartition } from './arn/hard-coded-partition.js';
import { flowLogFields } from './metric-filter/flow-log-fields.js';
import { duplicateKey } from './input/duplicate-key.js';
import { readError } from './audit/read-error.js';
export const RULES = [
    reservedSubfolder,
    destinationArn,
    destinationSettings,
    trafficType,
    aggregationInterval,
    logFormat,
    acceptOnly,
    deliveryStatus,
    dependencyOrder,
    flowLogsEnabled,
    deliveryWrite,
    aclCheck,
    ownerFullControl,
    deliveryPrincipal,
    publicWrite,
    sizeLimit,
    sourceConditions,
    customerManagedKey,
    keyArn,
    deliveryKeyAccess,
    logGroupKeyAccess,
    kmsSourceConditions,
    trust,
    permissions,
    trustConditions,
    overbroadTrust,
    passRole,
    logDelivery,
    syntax,
    unknownAction,
    arnSyntax,
    partitionMismatch,
    hardCodedPartition,
    flowLogFields,
    duplicateKey,
    readError,
];
/** `parse-error` is not a rule but a result with this ID (RULES.md). */
export const PARSE_ERROR = {
    id: 'parse-error',
    severity: 'error',
    description: 'An input could not be read or parsed (the message has the reason and position).',
    source: 'flowlog-lint',
};
export { INTERNAL_ERROR };
/** Results that are not rules: about suppressions themselves (reported by the shared suppression
 * mechanism) and a rule that failed (fail closed). */
export const SUPPRESSION_RESULTS = [
    INTERNAL_ERROR,
    { id: 'suppression/reason', severity: 'error', description: 'An inline suppression has no reason, so it is ignored.', source: 'flowlog-lint' },
    { id: 'suppression/unused', severity: 'warning', description: 'An inline suppression matches no result.', source: 'flowlog-lint' },
    { id: 'baseline/stale', severity: 'info', description: 'A baseline entry no longer matches any finding (refresh it with --update-baseline).', source: 'flowlog-lint' },
];
