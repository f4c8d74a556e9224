import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  DELIVERY_SERVICE,
  FLOW_LOGS_SERVICE,
  concatParts
} from "./chunk-NC6JVQ5I.mjs";
import {
  UNSTATED_ORG,
  orgConditionContext
} from "./chunk-SJ5DMC32.mjs";

// dist/src/link/requests.js
function bucketArn(scope) {
  return concatParts(["arn:"], scope.partition, [":s3:::"], scope.bucketName);
}
function logObjectArn(scope, t, account) {
  const prefix = t.prefix.length ? concatParts(t.prefix, ["/"]) : [];
  const path = t.hive ? concatParts(["AWSLogs/aws-account-id="], account, ["/aws-service=vpcflowlogs/aws-region="], t.region, ["/year=2026/month=01/day=01/"]) : concatParts(["AWSLogs/"], account, ["/vpcflowlogs/"], t.region, ["/2026/01/01/"]);
  return concatParts(bucketArn(scope), ["/"], prefix, path, account, ["_vpcflowlogs_"], t.region, ["_fl-0123456789abcdef0_20260101T0000Z_0a1b2c3d.log.gz"]);
}
function deliveryContext(scope, t, account) {
  return {
    "aws:SourceAccount": [[...account]],
    "aws:SourceArn": [concatParts(["arn:"], scope.partition, [":logs:"], t.region, [":"], account, [":*"])],
    "aws:SecureTransport": [["true"]],
    "aws:PrincipalIsAWSService": [["true"]],
    "aws:PrincipalServiceName": [[DELIVERY_SERVICE]],
    ...orgConditionContext(scope.orgOf?.(account) ?? UNSTATED_ORG)
  };
}
var service = { kind: "service", service: DELIVERY_SERVICE };
function putObjectRequest(scope, t, account, acl) {
  const ctx = deliveryContext(scope, t, account);
  if (acl !== void 0)
    ctx["s3:x-amz-acl"] = [[acl]];
  return { principal: service, action: "s3:PutObject", resource: logObjectArn(scope, t, account), context: ctx };
}
function aclCheckRequest(scope, t, account) {
  return { principal: service, action: "s3:GetBucketAcl", resource: bucketArn(scope), context: deliveryContext(scope, t, account) };
}
function assumeRoleRequest(roleArn, partition, region, account, flowLogId, org = UNSTATED_ORG) {
  return {
    principal: { kind: "service", service: FLOW_LOGS_SERVICE },
    action: "sts:AssumeRole",
    resource: roleArn,
    context: {
      "aws:SourceAccount": [[...account]],
      "aws:SourceArn": [concatParts(["arn:"], partition, [":ec2:"], region, [":"], account, [":vpc-flow-log/"], flowLogId)],
      "aws:PrincipalIsAWSService": [["true"]],
      "aws:PrincipalServiceName": [[FLOW_LOGS_SERVICE]],
      ...orgConditionContext(org)
    }
  };
}

export {
  bucketArn,
  deliveryContext,
  putObjectRequest,
  aclCheckRequest,
  assumeRoleRequest
};
