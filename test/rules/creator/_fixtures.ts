// Inputs for the creator rule tests: flow logs of each destination type and deployer policies.
/** The acceptance case creator-missing-pass-role's stack: a flow log to CloudWatch Logs
 * delivering through FlowLogRole. */
export const CWL_STACK = `AWSTemplateFormatVersion: '2010-09-09'
Description: Flow log to CloudWatch Logs through a delivery role
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  FlowLogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: vpc-flow-logs
      RetentionInDays: 90
  FlowLogRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: vpc-flow-logs.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: flow-logs
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action:
                  - logs:CreateLogGroup
                  - logs:CreateLogStream
                  - logs:PutLogEvents
                  - logs:DescribeLogGroups
                  - logs:DescribeLogStreams
                Resource: '*'
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: cloud-watch-logs
      LogGroupName: !Ref FlowLogGroup
      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn
`;

export const ROLE_ARN = 'arn:aws:iam::111122223333:role/flow-logs-role';

/** A CreateFlowLogs request to CloudWatch Logs through ROLE_ARN. */
export const CWL_REQUEST = {
  ResourceIds: ['vpc-0a1b2c3d4e5f67890'],
  ResourceType: 'VPC',
  TrafficType: 'ALL',
  LogDestinationType: 'cloud-watch-logs',
  LogGroupName: 'vpc-flow-logs',
  DeliverLogsPermissionArn: ROLE_ARN,
};

/** An identity policy: `ec2:CreateFlowLogs` and friends (lines 4-12), then `statements` (text,
 * indented 4, starting on line 13). */
export function deployerPolicy(statements = '', extraActions: string[] = []): string {
  return `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "ec2:CreateFlowLogs",
        "ec2:DescribeFlowLogs",
        "ec2:DeleteFlowLogs"${extraActions.map((a) => `,\n        "${a}"`).join('')}
      ],
      "Resource": "*"
    }${statements ? `,\n${statements}` : ''}
  ]
}
`;
}
