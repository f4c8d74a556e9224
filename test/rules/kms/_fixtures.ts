// CloudFormation stacks for the kms rule tests. Line numbers that tests assert are noted here.

/** The key-policy statement the seeds require for delivery.logs.amazonaws.com, with the current
 * guidance's source conditions. In `s3KmsStack` it spans lines 36-51. */
export const DELIVERY_KEY_STATEMENT = `          - Sid: AllowFlowLogsDelivery
            Effect: Allow
            Principal:
              Service: delivery.logs.amazonaws.com
            Action:
              - kms:Encrypt
              - kms:Decrypt
              - kms:ReEncrypt*
              - kms:GenerateDataKey*
              - kms:DescribeKey
            Resource: '*'
            Condition:
              StringEquals:
                aws:SourceAccount: !Ref AWS::AccountId
              ArnLike:
                aws:SourceArn: !Sub 'arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:*'
`;

export interface S3KmsStack {
  /** The lines under ServerSideEncryptionByDefault (line 13 on), indented 14. */
  encryption?: string;
  /** Key-policy statements after the Admin statement (line 36 on), indented 10. */
  keyStatements?: string;
  /** Extra resources at the end of the template, indented 2. */
  extra?: string;
}

/** A flow log to `${LogBucket.Arn}/flow/`, the bucket encrypted with SSE-KMS (lines 12-14: the
 * ServerSideEncryptionByDefault entry, SSEAlgorithm on 13, KMSMasterKeyID on 14), a bucket policy
 * granting delivery, and the customer managed key LogKey (logical ID on line 23; KeyPolicy on
 * line 27, its mapping from line 28; Admin statement lines 30-35). */
export function s3KmsStack(o: S3KmsStack = {}): string {
  const encryption = o.encryption ?? `              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt LogKey.Arn
`;
  const keyStatements = o.keyStatements ?? DELIVERY_KEY_STATEMENT;
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
  LogBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
${encryption}  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !Sub '\${LogBucket.Arn}/flow/'
  LogKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Sid: Admin
            Effect: Allow
            Principal:
              AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root'
            Action: 'kms:*'
            Resource: '*'
${keyStatements}  LogBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref LogBucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: AWSLogDeliveryWrite
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
${o.extra ?? ''}`;
}

/** The statement CloudWatch Logs needs in a log group's key policy (lines 34-47 in `cwlKeyStack`). */
export const LOGS_KEY_STATEMENT = `          - Sid: AllowCloudWatchLogs
            Effect: Allow
            Principal:
              Service: !Sub 'logs.\${AWS::Region}.amazonaws.com'
            Action:
              - kms:Encrypt*
              - kms:Decrypt*
              - kms:ReEncrypt*
              - kms:GenerateDataKey*
              - kms:Describe*
            Resource: '*'
            Condition:
              ArnLike:
                kms:EncryptionContext:aws:logs:arn: !Sub 'arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:*'
`;

/** A flow log to CloudWatch Logs whose log group (logical ID line 7, KmsKeyId on line 11) is
 * encrypted with the key GroupKey (logical ID line 21, KeyPolicy on line 25, its mapping from
 * line 26, Admin statement 28-33, `keyStatements` from line 34). */
export function cwlKeyStack(keyStatements = LOGS_KEY_STATEMENT, kmsKeyId = '!GetAtt GroupKey.Arn'): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  FlowLogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: vpc-flow-logs
      KmsKeyId: ${kmsKeyId}
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: cloud-watch-logs
      LogGroupName: !Ref FlowLogGroup
      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn
  GroupKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Sid: Admin
            Effect: Allow
            Principal:
              AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root'
            Action: 'kms:*'
            Resource: '*'
${keyStatements}  FlowLogRole:
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
                  - logs:CreateLogStream
                  - logs:PutLogEvents
                  - logs:DescribeLogStreams
                Resource: '*'
`;
}
