// The requests AWS makes when it delivers flow logs, as RULES.md ("The request that is asked
// about") describes them. Rules ask the evaluator exactly these questions.
import { concatParts } from '../model/value.js';
import { orgConditionContext, UNSTATED_ORG } from '../model/org.js';
import { DELIVERY_SERVICE, FLOW_LOGS_SERVICE } from './links.js';
export function bucketArn(scope) {
    return concatParts(['arn:'], scope.partition, [':s3:::'], scope.bucketName);
}
/** The key of a log object as the delivery service writes it (a realistic path, so policies that
 * narrow to `AWSLogs/ACCOUNT/vpcflowlogs/*` are judged right). */
export function logObjectArn(scope, t, account) {
    const prefix = t.prefix.length ? concatParts(t.prefix, ['/']) : [];
    const path = t.hive
        ? concatParts(['AWSLogs/aws-account-id='], account, ['/aws-service=vpcflowlogs/aws-region='], t.region, ['/year=2026/month=01/day=01/'])
        : concatParts(['AWSLogs/'], account, ['/vpcflowlogs/'], t.region, ['/2026/01/01/']);
    return concatParts(bucketArn(scope), ['/'], prefix, path, account, ['_vpcflowlogs_'], t.region, ['_fl-0123456789abcdef0_20260101T0000Z_0a1b2c3d.log.gz']);
}
export function deliveryContext(scope, t, account) {
    return {
        'aws:SourceAccount': [[...account]],
        'aws:SourceArn': [concatParts(['arn:'], scope.partition, [':logs:'], t.region, [':'], account, [':*'])],
        'aws:SecureTransport': [['true']],
        'aws:PrincipalIsAWSService': [['true']],
        'aws:PrincipalServiceName': [[DELIVERY_SERVICE]],
        ...orgConditionContext(scope.orgOf?.(account) ?? UNSTATED_ORG),
    };
}
const service = { kind: 'service', service: DELIVERY_SERVICE };
/** PutObject of a log object; `acl` undefined leaves `s3:x-amz-acl` out of the request. */
export function putObjectRequest(scope, t, account, acl) {
    const ctx = deliveryContext(scope, t, account);
    if (acl !== undefined)
        ctx['s3:x-amz-acl'] = [[acl]];
    return { principal: service, action: 's3:PutObject', resource: logObjectArn(scope, t, account), context: ctx };
}
export function aclCheckRequest(scope, t, account) {
    return { principal: service, action: 's3:GetBucketAcl', resource: bucketArn(scope), context: deliveryContext(scope, t, account) };
}
/** The flow-logs service assuming the delivery role. */
export function assumeRoleRequest(roleArn, partition, region, account, flowLogId, org = UNSTATED_ORG) {
    return {
        principal: { kind: 'service', service: FLOW_LOGS_SERVICE },
        action: 'sts:AssumeRole',
        resource: roleArn,
        context: {
            'aws:SourceAccount': [[...account]],
            'aws:SourceArn': [concatParts(['arn:'], partition, [':ec2:'], region, [':'], account, [':vpc-flow-log/'], flowLogId)],
            'aws:PrincipalIsAWSService': [['true']],
            'aws:PrincipalServiceName': [[FLOW_LOGS_SERVICE]],
            ...orgConditionContext(org),
        },
    };
}
