/** The destination options, by the key the model stores them under (the API's name, whatever the
 * input wrote: loaders normalize `file_format` to `FileFormat`). */
export const DESTINATION_OPTIONS = [
    { field: 'fileFormat', modelKey: 'FileFormat' },
    { field: 'hiveCompatiblePartitions', modelKey: 'HiveCompatiblePartitions' },
    { field: 'perHourPartition', modelKey: 'PerHourPartition' },
];
/** The EC2 API's names (CreateFlowLogs, DescribeFlowLogs), which CloudFormation shares. */
const API_FIELDS = {
    trafficType: 'TrafficType',
    destinationType: 'LogDestinationType',
    destination: 'LogDestination',
    logGroupName: 'LogGroupName',
    deliverLogsPermissionArn: 'DeliverLogsPermissionArn',
    deliverCrossAccountRole: 'DeliverCrossAccountRole',
    maxAggregationInterval: 'MaxAggregationInterval',
    logFormat: 'LogFormat',
    destinationOptions: 'DestinationOptions',
    fileFormat: 'FileFormat',
    hiveCompatiblePartitions: 'HiveCompatiblePartitions',
    perHourPartition: 'PerHourPartition',
};
/** The Terraform AWS provider's `aws_flow_log` arguments. */
const TERRAFORM_FIELDS = {
    trafficType: 'traffic_type',
    destinationType: 'log_destination_type',
    destination: 'log_destination',
    logGroupName: 'log_group_name',
    deliverLogsPermissionArn: 'iam_role_arn',
    deliverCrossAccountRole: 'deliver_cross_account_role',
    maxAggregationInterval: 'max_aggregation_interval',
    logFormat: 'log_format',
    destinationOptions: 'destination_options',
    fileFormat: 'file_format',
    hiveCompatiblePartitions: 'hive_compatible_partitions',
    perHourPartition: 'per_hour_partition',
};
const API = (inputName, reportsDeliveryStatus) => ({
    inputName,
    fields: API_FIELDS,
    // Requests and live reads are not deployed in an order the input could state.
    dependsOn: 'an ordering',
    requiredDestinationOptions: [],
    reportsDeliveryStatus,
});
const SPELLINGS = {
    cloudformation: {
        inputName: 'CloudFormation',
        fields: API_FIELDS,
        dependsOn: 'DependsOn',
        requiredDestinationOptions: ['fileFormat', 'hiveCompatiblePartitions', 'perHourPartition'],
        reportsDeliveryStatus: false,
    },
    terraform: {
        inputName: 'Terraform',
        fields: TERRAFORM_FIELDS,
        dependsOn: 'depends_on',
        requiredDestinationOptions: [],
        reportsDeliveryStatus: false,
    },
    request: API('CreateFlowLogs', false),
    describe: API('DescribeFlowLogs', true),
    live: API('DescribeFlowLogs', true),
};
/** The wording messages had before they used the input's spelling: the API's (CloudFormation's)
 * names for every input. Version-1 baselines fingerprint message text, so reports also carry
 * this wording (`released`) to keep matching them. */
const RELEASED = { ...SPELLINGS.cloudformation, dependsOn: 'DependsOn (CloudFormation) or depends_on (Terraform)' };
const table = (s) => ({ ...s.fields, dependsOn: s.dependsOn });
/** The input's own name for a flow-log setting. */
export function spell(fl, field) {
    return SPELLINGS[fl.format].fields[field];
}
/** The name of a setting in the released wording (see RELEASED). */
export function releasedSpell(field) {
    return RELEASED.fields[field];
}
/** Every setting's name as the input spells it (and its ordering advice), keyed by field: spread
 * into a report's `detail` so message templates can say `{{deliverLogsPermissionArn}}` (detail is
 * not hashed into fingerprints, so the spelling never changes a finding's identity). */
export function spellings(fl) {
    return table(SPELLINGS[fl.format]);
}
/** The same names in the released wording: a report's `released` values. */
export function releasedSpellings() {
    return table(RELEASED);
}
/** How to add a VPC-wide flow log, in the VPC's input's own terms (the API's by default: live
 * reads and describe output name it that way). */
const ADD_VPC_FLOW_LOG = {
    cloudformation: 'Add a flow log with ResourceType VPC for it',
    terraform: 'Add an `aws_flow_log` with `vpc_id` set to its id',
    request: 'Add a flow log with ResourceType VPC for it',
    describe: 'Add a flow log with ResourceType VPC for it',
    live: 'Add a flow log with ResourceType VPC for it',
};
/** The advice to add a VPC-wide flow log for `vpc`, and the released wording (for v1 baselines). */
export function addVpcFlowLog(vpc) {
    return { now: ADD_VPC_FLOW_LOG[vpc.format ?? 'live'], released: ADD_VPC_FLOW_LOG.cloudformation };
}
/** How a bucket's input names a KMS key by ID and by ARN, for kms/key-arn's advice. The released
 * wording named both IaC spellings; inputs that are neither (a policy file, a live read) keep it. */
const RELEASED_KEY_ADVICE = { idExample: ', e.g. CloudFormation `!Ref` of an AWS::KMS::Key', useArn: 'Use the key ARN (`!GetAtt Key.Arn`, `aws_kms_key.x.arn`)' };
const KEY_ADVICE = {
    cloudformation: { idExample: ', e.g. `!Ref` of an AWS::KMS::Key', useArn: 'Use the key ARN (`!GetAtt Key.Arn`)' },
    terraform: { idExample: ', e.g. `aws_kms_key.x.key_id` or `.id`', useArn: 'Use the key ARN (`aws_kms_key.x.arn`)' },
};
/** kms/key-arn's advice in the bucket's input's terms, and the released wording. */
export function keyArnAdvice(bucket) {
    return { now: (bucket.format && KEY_ADVICE[bucket.format]) ?? RELEASED_KEY_ADVICE, released: RELEASED_KEY_ADVICE };
}
/** What the flow log's input kind implies (required options, live status, ordering advice). */
export function inputFacts(fl) {
    return SPELLINGS[fl.format];
}
