import { ruleTester } from '../../helpers/rule-tester.js';

const DEFAULT_FORMAT =
  '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}';

/** A CreateFlowLogs request with LogFormat on line 7; the format text starts at column 17. */
const request = (format: string, resourceType = 'VPC', extra = ''): string => {
  const id = resourceType === 'TransitGateway' ? 'tgw-0123456789abcdef0' : 'vpc-0a1b2c3d4e5f67890';
  const traffic = resourceType === 'TransitGateway' ? '"MaxAggregationInterval": 60' : '"TrafficType": "ALL"';
  return `{
  "ResourceIds": ["${id}"],
  "ResourceType": "${resourceType}",
  ${traffic},
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/",
  "LogFormat": "${format}"${extra}
}
`;
};

/** A CloudFormation template with LogFormat on line 17; the format text starts at column 19. */
const template = (format: string, resourceType = 'VPC', value = `'${format}'`): string => `AWSTemplateFormatVersion: '2010-09-09'
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
      ResourceId: ${resourceType === 'VPC' ? '!Ref Vpc' : 'tgw-0123456789abcdef0'}
      ResourceType: ${resourceType}
      MaxAggregationInterval: 60
      LogDestinationType: s3
      LogDestination: !GetAtt LogBucket.Arn
      LogFormat: ${value}
`;

ruleTester('flow-log/log-format', {
  valid: [
    { name: 'the default format written out', files: { 'flow-log.json': request(DEFAULT_FORMAT) } },
    {
      name: 'version 3 to 5 fields',
      files: {
        'flow-log.json': request(
          '${version} ${vpc-id} ${subnet-id} ${instance-id} ${interface-id} ${srcaddr} ${dstaddr} ${pkt-srcaddr} ${pkt-dstaddr} ${tcp-flags} ${type} ${region} ${az-id} ${sublocation-type} ${sublocation-id} ${flow-direction} ${traffic-path} ${pkt-src-aws-service} ${pkt-dst-aws-service} ${action} ${log-status}',
        ),
      },
    },
    {
      name: 'ECS and version 8 to 11 fields',
      files: { 'flow-log.json': request('${ecs-cluster-name} ${ecs-task-id} ${reject-reason} ${resource-id} ${encryption-status} ${interface-type} ${next-hop-vpc-id} ${action}') },
    },
    {
      name: 'tag fields with TagFieldSpecifications',
      files: { 'flow-log.json': request('${interface-id} ${instance-tag} ${action}', 'VPC', ',\n  "TagFieldSpecifications": [{ "ResourceType": "instance", "TagKeys": ["Name"] }]') },
    },
    {
      name: 'transit gateway fields on a transit gateway flow log',
      files: {
        'flow-log.json': request(
          '${version} ${resource-type} ${account-id} ${tgw-id} ${tgw-attachment-id} ${tgw-src-vpc-id} ${tgw-dst-vpc-id} ${srcaddr} ${dstaddr} ${packets-lost-no-route} ${packets-lost-blackhole} ${flow-direction} ${log-status}',
          'TransitGateway',
        ),
      },
    },
    {
      name: 'describe-flow-logs output with the default format',
      files: {
        'describe-flow-logs.json': {
          FlowLogs: [
            {
              FlowLogId: 'fl-0123456789abcdef0',
              DeliverLogsStatus: 'SUCCESS',
              ResourceId: 'vpc-0a1b2c3d4e5f67890',
              TrafficType: 'ALL',
              LogDestinationType: 's3',
              LogDestination: 'arn:aws:s3:::flow-logs-central/vpc/',
              LogFormat: DEFAULT_FORMAT,
            },
          ],
        },
      },
    },
    { name: 'CloudFormation custom format', files: { 'template.yaml': template('${version} ${vpc-id} ${srcaddr} ${dstaddr} ${dstport} ${action} ${log-status}') } },
    { name: 'CloudFormation !Sub format with escaped ${!field} tokens', files: { 'template.yaml': template('', 'VPC', "!Sub '${!version} ${!srcaddr} ${!action}'") } },
    { name: 'CloudFormation transit gateway format', files: { 'template.yaml': template('${tgw-id} ${tgw-src-eni} ${tgw-dst-eni} ${packets-lost-mtu-exceeded} ${packets-lost-ttl-expired}', 'TransitGateway') } },
  ],
  invalid: [
    {
      name: 'unknown field',
      files: { 'flow-log.json': request('${version} ${foo} ${action}') },
      errors: [{ message: /`foo` is not a flow-log field/, file: 'flow-log.json', line: 7, column: 28, severity: 'error' }],
    },
    {
      name: '${dst-port} typo',
      files: { 'flow-log.json': request('${version} ${srcaddr} ${dstaddr} ${dst-port} ${action}') },
      errors: [{ message: /`dst-port` is not a flow-log field; did you mean `dstport`\?/, line: 7, column: 50 }],
    },
    {
      name: 'duplicate field (points at the repetition)',
      files: { 'flow-log.json': request('${srcaddr} ${dstaddr} ${srcaddr}') },
      errors: [{ message: /`srcaddr` appears more than once/, line: 7, column: 39 }],
    },
    {
      name: 'empty format',
      files: { 'flow-log.json': request('') },
      errors: [{ message: /empty/, line: 7, column: 16 }],
    },
    {
      name: 'blank format',
      files: { 'flow-log.json': request('   ') },
      errors: [{ message: /empty/, line: 7, column: 16 }],
    },
    {
      name: 'transit-gateway-only field on a VPC flow log',
      files: { 'flow-log.json': request('${version} ${tgw-id} ${action}') },
      errors: [{ message: /`tgw-id` is not available for VPC, subnet or network interface flow logs/, line: 7, column: 28 }],
    },
    {
      name: 'VPC-only fields on a transit gateway flow log',
      files: { 'flow-log.json': request('${interface-id} ${srcaddr} ${action}', 'TransitGateway') },
      errors: [
        { message: /`interface-id` is not available for transit gateway flow logs/, line: 7, column: 17 },
        { message: /`action` is not available for transit gateway flow logs/, line: 7, column: 44 },
      ],
    },
    {
      name: 'a field without ${…}',
      files: { 'flow-log.json': request('${version} srcaddr ${dstaddr}') },
      errors: [{ message: /`srcaddr` is not a `\$\{field\}` token/, line: 7, column: 28 }],
    },
    {
      name: 'comma-separated fields',
      files: { 'flow-log.json': request('${version},${srcaddr}') },
      errors: [{ message: /is not a `\$\{field\}` token/, line: 7, column: 17 }],
    },
    {
      name: 'fields separated by two spaces',
      files: { 'flow-log.json': request('${version}  ${srcaddr}') },
      errors: [{ message: /single spaces/, line: 7, column: 16 }],
    },
    {
      name: 'tag field without TagFieldSpecifications',
      files: { 'flow-log.json': request('${interface-id} ${instance-tag} ${action}') },
      errors: [{ message: /TagFieldSpecifications/, line: 7 }],
    },
    {
      name: 'YAML request with ${dst-port} (shared acceptance case)',
      files: {
        'flow-log.yaml': `ResourceIds:
  - vpc-0a1b2c3d4e5f67890
ResourceType: VPC
TrafficType: ALL
LogDestinationType: s3
LogDestination: arn:aws:s3:::flow-logs-central/vpc/
LogFormat: '\${version} \${srcaddr} \${dstaddr} \${dst-port} \${action}'
`,
      },
      errors: [{ message: /dstport/, file: 'flow-log.yaml', line: 7, column: 46 }],
    },
    {
      name: 'CloudFormation misspelt field',
      files: { 'template.yaml': template('${version} ${pkt-src-addr} ${srcaddr}') },
      errors: [{ message: /did you mean `pkt-srcaddr`/, file: 'template.yaml', line: 17, column: 30 }],
    },
    {
      name: 'CloudFormation !Sub format with a misspelt escaped token',
      files: { 'template.yaml': template('', 'VPC', "!Sub '${!version} ${!dst-port}'") },
      errors: [{ message: /did you mean `dstport`/, file: 'template.yaml', line: 17 }],
    },
    {
      name: 'CloudFormation VPC-only field on a transit gateway flow log',
      files: { 'template.yaml': template('${tgw-id} ${vpc-id}', 'TransitGateway') },
      errors: [{ message: /`vpc-id` is not available for transit gateway/, file: 'template.yaml', line: 17, column: 29 }],
    },
  ],
});
