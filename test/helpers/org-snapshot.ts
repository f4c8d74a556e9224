// An org-audit snapshot of many flow logs, generated for size and speed tests of the reports:
// accounts × regions × flow logs; each account has a central bucket (one in seven lacks the
// ACL-check statement) and a delivery role for its CloudWatch Logs flow logs.
const REGIONS = ['eu-west-1', 'us-east-1', 'us-west-2'];

export function orgSnapshot(flowLogs: number, perRegion = 10): object {
  const accountsNeeded = Math.ceil(flowLogs / (perRegion * REGIONS.length));
  const accounts = [];
  let made = 0;
  for (let a = 0; a < accountsNeeded; a++) {
    const id = String(200000000000 + a);
    const bucket = `flow-logs-${id}`;
    const statements: object[] = [
      {
        Sid: 'AWSLogDeliveryWrite',
        Effect: 'Allow',
        Principal: { Service: 'delivery.logs.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${bucket}/AWSLogs/${id}/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': id } },
      },
    ];
    if (a % 7 !== 3) {
      statements.push({ Sid: 'AWSLogDeliveryAclCheck', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: `arn:aws:s3:::${bucket}`, Condition: { StringEquals: { 'aws:SourceAccount': id } } });
    }
    const roleArn = `arn:aws:iam::${id}:role/flow-logs-delivery`;
    const regions = REGIONS.map((region) => {
      const fls = [];
      const vpcs = [];
      for (let i = 0; i < perRegion && made < flowLogs; i++, made++) {
        const vpc = `vpc-${(a * 1000 + i).toString(16).padStart(17, '0')}`;
        vpcs.push({ VpcId: vpc });
        const base = { FlowLogId: `fl-${id}-${region}-${i}`, ResourceId: vpc, TrafficType: 'ALL', DeliverLogsStatus: 'SUCCESS', MaxAggregationInterval: 600 };
        fls.push(
          i % 5 === 4
            ? { ...base, LogDestinationType: 'cloud-watch-logs', LogGroupName: 'vpc-flow-logs', LogDestination: `arn:aws:logs:${region}:${id}:log-group:vpc-flow-logs`, DeliverLogsPermissionArn: roleArn }
            : { ...base, LogDestinationType: 's3', LogDestination: `arn:aws:s3:::${bucket}` },
        );
      }
      return { region, vpcs, flowLogs: fls, logGroups: [{ logGroupName: 'vpc-flow-logs', kmsKeyId: null }], metricFilters: [], keys: [] };
    });
    accounts.push({
      accountId: id,
      partition: 'aws',
      buckets: [{ Name: bucket, Region: 'us-east-1', Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }), errors: [] }],
      roles: [
        {
          Arn: roleArn,
          RoleName: 'flow-logs-delivery',
          AssumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'vpc-flow-logs.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': id } } }],
          }),
          InlinePolicies: [
            {
              PolicyName: 'deliver',
              PolicyDocument: JSON.stringify({
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams'], Resource: '*' }],
              }),
            },
          ],
          AttachedPolicies: [],
          errors: [],
        },
      ],
      regions,
    });
  }
  return { flowlogLintSnapshot: 1, tool: { name: 'flowlog-lint', version: '0.1.0' }, accounts };
}
