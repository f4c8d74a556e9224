// Inputs shared by the bucket-policy rule tests. Texts are written out (not JSON.stringify'd from
// objects) wherever a test asserts the line a finding points at.

/** Pretty JSON text of an object (for inputs whose lines are not asserted). */
export function json(o: unknown): string {
  return JSON.stringify(o, null, 2) + '\n';
}

/** A CreateFlowLogs request delivering to `destination`, as the acceptance cases write it. */
export function flowLogText(destination = 'arn:aws:s3:::flow-logs-central/vpc/', extra = ''): string {
  return `{
  "ResourceIds": [
    "vpc-0a1b2c3d4e5f67890"
  ],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "${destination}",
  "MaxAggregationInterval": 600${extra}
}
`;
}

/** The AWSLogDeliveryAclCheck statement for one account (16 lines, indented as a statement). */
export const ACL_STATEMENT = `    {
      "Sid": "AWSLogDeliveryAclCheck",
      "Effect": "Allow",
      "Principal": {
        "Service": "delivery.logs.amazonaws.com"
      },
      "Action": "s3:GetBucketAcl",
      "Resource": "arn:aws:s3:::flow-logs-central",
      "Condition": {
        "StringEquals": {
          "aws:SourceAccount": "111122223333"
        },
        "ArnLike": {
          "aws:SourceArn": "arn:aws:logs:*:111122223333:*"
        }
      }
    }`;

/** The seeds' bucket policy (with the current guidance's source conditions) for account
 * 111122223333 and prefix `vpc/`: the statement AWSLogDeliveryWrite spans lines 3-20. */
export const SEED_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AWSLogDeliveryWrite",
      "Effect": "Allow",
      "Principal": {
        "Service": "delivery.logs.amazonaws.com"
      },
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::flow-logs-central/vpc/AWSLogs/111122223333/*",
      "Condition": {
        "StringEquals": {
          "aws:SourceAccount": "111122223333",
          "s3:x-amz-acl": "bucket-owner-full-control"
        },
        "ArnLike": {
          "aws:SourceArn": "arn:aws:logs:*:111122223333:*"
        }
      }
    },
${ACL_STATEMENT}
  ]
}
`;

/** A bucket policy whose first statement is `statement` (text, indented 4) followed by the seeds'
 * two delivery statements. `statement` starts on line 4. */
export function seedPolicyWith(statement: string): string {
  return SEED_POLICY.replace('  "Statement": [\n', `  "Statement": [\n${statement},\n`);
}

/** A CloudFormation stack: a flow log to LogBucket (prefix `flow/`), and a bucket policy whose
 * first statement is `statement` (indented 10, starting on line 23), followed by the delivery
 * statements written with the stack's symbols. */
export function cfnStackWith(statement: string): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
  LogBucket:
    Type: AWS::S3::Bucket
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !Sub '\${LogBucket.Arn}/flow/'
  LogBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref LogBucket
      PolicyDocument:
        Statement:
${statement}          - Sid: AWSLogDeliveryWrite
            Effect: Allow
            Principal:
              Service: delivery.logs.amazonaws.com
            Action: s3:PutObject
            Resource: !Sub '\${LogBucket.Arn}/flow/AWSLogs/\${AWS::AccountId}/*'
            Condition:
              StringEquals:
                s3:x-amz-acl: bucket-owner-full-control
                aws:SourceAccount: !Ref AWS::AccountId
          - Sid: AWSLogDeliveryAclCheck
            Effect: Allow
            Principal:
              Service: delivery.logs.amazonaws.com
            Action: s3:GetBucketAcl
            Resource: !GetAtt LogBucket.Arn
            Condition:
              StringEquals:
                aws:SourceAccount: !Ref AWS::AccountId
        Version: '2012-10-17'
`;
}
