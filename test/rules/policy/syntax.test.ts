import { ruleTester, seedBucketPolicy } from '../../helpers/rule-tester.js';

/** An identity policy with one statement starting on line 4, column 5; its elements from line 5. */
const identity = (...elements: string[]): string => `{
  "Version": "2012-10-17",
  "Statement": [
    {
${elements.map((e) => `      ${e}`).join(',\n')}
    }
  ]
}
`;

/** A bucket policy whose statement elements start on line 5. */
const bucket = (...elements: string[]): string => `{
  "Version": "2012-10-17",
  "Statement": [
    {
${elements.map((e) => `      ${e}`).join(',\n')}
    }
  ]
}
`;

const DELIVERY = '"Principal": { "Service": "delivery.logs.amazonaws.com" }';

/** Trust-policy Sid on line 9 (column 18); the inline policy's statement on line 19 (column 17),
 * its extra lines inserted after Effect. */
const roleTemplate = (trustSid: string, inlineExtra = ''): string => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  FlowLogRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: ${trustSid}
            Effect: Allow
            Principal:
              Service: vpc-flow-logs.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: flow-logs
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
${inlineExtra}                Action:
                  - logs:CreateLogStream
                  - logs:PutLogEvents
                Resource: '*'
  LogKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Sid: Enable IAM User Permissions
            Effect: Allow
            Principal:
              AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root'
            Action: 'kms:*'
            Resource: '*'
          - Sid: Allow VPC Flow Logs to use the key
            Effect: Allow
            Principal:
              Service: delivery.logs.amazonaws.com
            Action:
              - kms:Encrypt
              - kms:GenerateDataKey*
            Resource: '*'
`;

const BAD_EFFECT_BUCKET_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allows', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::flow-logs-central' }],
};

ruleTester('policy/syntax', {
  valid: [
    { name: 'seed bucket policy', files: { 'bucket-policy.json': seedBucketPolicy() } },
    {
      name: 'identity policy with a letters-and-digits Sid',
      files: { 'deployer-policy.json': identity('"Sid": "CreateFlowLogs2"', '"Effect": "Allow"', '"Action": ["ec2:CreateFlowLogs", "logs:CreateLogDelivery"]', '"Resource": "*"') },
    },
    {
      name: 'free-text Sid in a bucket policy',
      files: { 'bucket-policy.json': bucket('"Sid": "Allow VPC Flow Logs: ACL check"', '"Effect": "Allow"', DELIVERY, '"Action": "s3:GetBucketAcl"', '"Resource": "arn:aws:s3:::flow-logs-central"') },
    },
    {
      name: 'NotAction, NotResource and IfExists/ForAnyValue operators',
      files: {
        'deny-policy.json': identity(
          '"Effect": "Deny"',
          '"NotAction": "logs:*"',
          '"NotResource": ["arn:aws:logs:*:111122223333:log-group:vpc-flow-logs:*"]',
          '"Condition": { "StringEqualsIfExists": { "aws:RequestedRegion": "us-east-1" }, "ForAnyValue:StringLike": { "aws:TagKeys": ["flow*"] }, "Bool": { "aws:SecureTransport": false } }',
        ),
      },
    },
    {
      name: 'legacy Version 2008-10-17 and a single statement object',
      files: { 'trust-policy.json': { Version: '2008-10-17', Statement: { Effect: 'Allow', Principal: { Service: 'vpc-flow-logs.amazonaws.com' }, Action: 'sts:AssumeRole' } } },
    },
    { name: 'CloudFormation role and key policies (free-text Sids in the key policy)', files: { 'template.yaml': roleTemplate('TrustVpcFlowLogs') } },
  ],
  invalid: [
    {
      name: 'bad Effect (shared acceptance case)',
      files: {
        'bucket-policy.json': `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allows",
      "Principal": {
        "Service": "delivery.logs.amazonaws.com"
      },
      "Action": "s3:GetBucketAcl",
      "Resource": "arn:aws:s3:::flow-logs-central"
    }
  ]
}
`,
      },
      errors: [{ message: /Effect must be "Allow" or "Deny"/, file: 'bucket-policy.json', line: 5, column: 17, severity: 'error' }],
    },
    {
      name: 'missing Action (points at the statement)',
      files: { 'policy.json': identity('"Effect": "Allow"', '"Resource": "*"') },
      errors: [{ message: /exactly one of Action or NotAction/, line: 4, column: 5 }],
    },
    {
      name: 'both Action and NotAction',
      files: { 'policy.json': identity('"Effect": "Allow"', '"Action": "logs:PutLogEvents"', '"NotAction": "logs:DeleteLogGroup"', '"Resource": "*"') },
      errors: [{ message: /exactly one of Action or NotAction/, line: 4, column: 5 }],
    },
    {
      name: 'missing Resource in an identity policy',
      files: { 'policy.json': identity('"Effect": "Allow"', '"Action": "logs:PutLogEvents"') },
      errors: [{ message: /exactly one of Resource or NotResource/, line: 4, column: 5 }],
    },
    {
      name: 'Principal in an identity policy (get-role-policy output)',
      files: {
        'role-policy.json': `{
  "RoleName": "flow-logs",
  "PolicyName": "flow-logs",
  "PolicyDocument": {
    "Version": "2012-10-17",
    "Statement": [
      {
        "Effect": "Allow",
        "Principal": { "Service": "vpc-flow-logs.amazonaws.com" },
        "Action": "logs:PutLogEvents",
        "Resource": "*"
      }
    ]
  }
}
`,
      },
      errors: [{ message: /Principal\/NotPrincipal are not allowed in identity policies/, file: 'role-policy.json', line: 7, column: 7 }],
    },
    {
      name: 'unknown condition operator',
      files: {
        'bucket-policy.json': bucket(
          '"Effect": "Allow"',
          DELIVERY,
          '"Action": "s3:GetBucketAcl"',
          '"Resource": "arn:aws:s3:::flow-logs-central"',
          '"Condition": { "StringEqual": { "aws:SourceAccount": "111122223333" } }',
        ),
      },
      // One finding, at the operator that is not an IAM condition operator.
      errors: [{ message: /unknown condition operator/, line: 9, column: 22 }],
    },
    {
      name: 'condition value of the wrong type',
      files: {
        'bucket-policy.json': bucket(
          '"Effect": "Allow"',
          DELIVERY,
          '"Action": "s3:GetBucketAcl"',
          '"Resource": "arn:aws:s3:::flow-logs-central"',
          '"Condition": { "StringEquals": { "aws:SourceAccount": { "account": "111122223333" } } }',
        ),
      },
      errors: [{ message: /aws:SourceAccount/, line: 9, column: 61 }],
    },
    {
      name: 'empty Resource list',
      files: { 'policy.json': identity('"Effect": "Allow"', '"Action": "logs:PutLogEvents"', '"Resource": []') },
      errors: [{ message: /Resource/, line: 7, column: 19 }],
    },
    {
      name: 'bad Version',
      files: {
        'policy.json': `{
  "Version": "2012-10-18",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "logs:PutLogEvents",
      "Resource": "*"
    }
  ]
}
`,
      },
      errors: [{ message: /Version must be "2012-10-17"/, line: 2, column: 14 }],
    },
    {
      name: 'non-alphanumeric Sid in an identity policy',
      files: { 'policy.json': identity('"Sid": "Allow flow logs"', '"Effect": "Allow"', '"Action": "logs:PutLogEvents"', '"Resource": "*"') },
      errors: [{ message: /Sid may contain only letters and digits/, line: 5, column: 14 }],
    },
    {
      name: 'aws s3api get-bucket-policy output (policy as a JSON string; points inside the string)',
      files: { 'get-bucket-policy.json': `{\n  "Policy": ${JSON.stringify(JSON.stringify(BAD_EFFECT_BUCKET_POLICY))}\n}\n` },
      errors: [{ message: /Effect must be "Allow" or "Deny"/, line: 2, column: 69 }],
    },
    {
      name: 'CloudFormation: policy document given as a JSON string (points at the value inside it)',
      files: {
        'template.yaml': `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  DeployerPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: |
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allows",
              "Action": "ec2:CreateFlowLogs",
              "Resource": "*"
            }
          ]
        }
`,
      },
      errors: [{ message: /Effect must be/, file: 'template.yaml', line: 11, column: 25 }],
    },
    {
      name: 'CloudFormation: Sid with spaces in a trust policy',
      files: { 'template.yaml': roleTemplate('Trust VPC flow logs') },
      errors: [{ message: /Invalid trust policy: .*Sid may contain only letters and digits/, file: 'template.yaml', line: 9, column: 18 }],
    },
    {
      name: 'CloudFormation: Principal in a role inline policy',
      files: { 'template.yaml': roleTemplate('TrustVpcFlowLogs', '                Principal:\n                  Service: vpc-flow-logs.amazonaws.com\n') },
      errors: [{ message: /Invalid identity policy: .*not allowed in identity policies/, file: 'template.yaml', line: 19, column: 17 }],
    },
  ],
});
