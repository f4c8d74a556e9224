// CloudFormation stacks and CLI outputs for the delivery-role rule tests.

/** The trust statement the seeds give (lines 22-25 in `roleStack`). */
export const TRUST = `          - Effect: Allow
            Principal:
              Service: vpc-flow-logs.amazonaws.com
            Action: sts:AssumeRole
`;

/** The trust statement with the current guidance's confused-deputy conditions (lines 22-30). */
export const TRUST_WITH_CONDITIONS = `${TRUST}            Condition:
              StringEquals:
                aws:SourceAccount: !Ref AWS::AccountId
              ArnLike:
                aws:SourceArn: !Sub 'arn:\${AWS::Partition}:ec2:\${AWS::Region}:\${AWS::AccountId}:vpc-flow-log/*'
`;

/** The permissions statement the seeds give, minus logs:DescribeLogGroups (which AWS's own CDK
 * role omits). With the default trust it starts on line 31. */
export const PERMISSIONS = `              - Effect: Allow
                Action:
                  - logs:CreateLogGroup
                  - logs:CreateLogStream
                  - logs:PutLogEvents
                  - logs:DescribeLogStreams
                Resource: '*'
`;

export const LOG_GROUP = `  FlowLogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: vpc-flow-logs
      RetentionInDays: 90
`;

export interface RoleStack {
  /** Trust-policy statements from line 22, indented 10. */
  trust?: string;
  /** Statements of the role's inline policy, indented 14; none: no inline policy. */
  permissions?: string | null;
  /** Lines after the inline policies, indented 6 (e.g. ManagedPolicyArns). */
  roleExtra?: string;
  /** The flow log's LogGroupName (line 14). */
  logGroupName?: string;
  /** Declare the log group FlowLogGroup at the end of the template. */
  declareLogGroup?: boolean;
}

/** A flow log (lines 7-15) to CloudWatch Logs through the role FlowLogRole (logical ID line 16,
 * trust policy mapping from line 20, statements from 22). With the default trust, the inline
 * policy's document mapping starts on line 29 and its statements on line 31. */
export function roleStack(o: RoleStack = {}): string {
  const permissions = o.permissions === undefined ? PERMISSIONS : o.permissions;
  const policies =
    permissions === null
      ? ''
      : `      Policies:
        - PolicyName: flow-logs
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
${permissions}`;
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: cloud-watch-logs
      LogGroupName: ${o.logGroupName ?? '!Ref FlowLogGroup'}
      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn
  FlowLogRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
${o.trust ?? TRUST}${policies}${o.roleExtra ?? ''}${o.declareLogGroup === false ? '' : LOG_GROUP}`;
}

export const ROLE_ARN = 'arn:aws:iam::111122223333:role/flow-logs-role';

/** A CreateFlowLogs request to CloudWatch Logs through ROLE_ARN (DeliverLogsPermissionArn on line 9). */
export const CWL_REQUEST = `{
  "ResourceIds": [
    "vpc-0a1b2c3d4e5f67890"
  ],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "cloud-watch-logs",
  "LogGroupName": "vpc-flow-logs",
  "DeliverLogsPermissionArn": "${ROLE_ARN}"
}
`;

/** \`aws iam get-role\` output for ROLE_ARN with the given trust statements (JSON text, indented 10;
 * statements start on line 9). */
export function getRole(statements: string): string {
  return `{
  "Role": {
    "Path": "/",
    "RoleName": "flow-logs-role",
    "Arn": "${ROLE_ARN}",
    "AssumeRolePolicyDocument": {
      "Version": "2012-10-17",
      "Statement": [
${statements}
      ]
    }
  }
}
`;
}

export const TRUST_JSON = `        {
          "Effect": "Allow",
          "Principal": { "Service": "vpc-flow-logs.amazonaws.com" },
          "Action": "sts:AssumeRole"
        }`;
