import { ruleTester } from '../../helpers/rule-tester.js';

const SSH_14 = '[version, account, eni, source, destination, srcport, destport="22", protocol="6", packets, bytes, windowstart, windowend, action="REJECT", flowlogstatus]';
const SSH_13 = '[account, eni, source, destination, srcport, destport="22", protocol="6", packets, bytes, windowstart, windowend, action="REJECT", flowlogstatus]';
const SIX_FIELDS = '${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${action}';
const SIX_TERMS = '[srcaddr, dstaddr, srcport, dstport="22", protocol="6", action="REJECT"]';

/** The metric filter's FilterPattern is on line 15; the pattern starts at column 22. */
const template = (pattern: string, format?: string, filterLogGroup = '!Ref FlowLogGroup'): string => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  FlowLogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: vpc-flow-logs
  RejectedSsh:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: ${filterLogGroup}
      FilterPattern: '${pattern}'
      MetricTransformations:
        - MetricNamespace: Security
          MetricName: RejectedSsh
          MetricValue: '1'
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: cloud-watch-logs
      LogGroupName: !Ref FlowLogGroup
      DeliverLogsPermissionArn: arn:aws:iam::111122223333:role/flow-logs
${format ? `      LogFormat: '${format}'\n` : ''}`;

const request = (format?: string): object => ({
  ResourceIds: ['vpc-0a1b2c3d4e5f67890'],
  ResourceType: 'VPC',
  TrafficType: 'ALL',
  LogDestinationType: 'cloud-watch-logs',
  LogGroupName: 'vpc-flow-logs',
  DeliverLogsPermissionArn: 'arn:aws:iam::111122223333:role/flow-logs',
  ...(format ? { LogFormat: format } : {}),
});

ruleTester('metric-filter/flow-log-fields', {
  valid: [
    { name: "the seeds' rejected-SSH filter on the default format", files: { 'template.yaml': template(SSH_14) } },
    { name: 'six terms for a six-field custom format', files: { 'template.yaml': template(SIX_TERMS, SIX_FIELDS) } },
    {
      name: 'metric filter in a template, flow log in a request (linked by log group name)',
      files: { 'template.yaml': template(SSH_14, undefined, 'vpc-flow-logs'), 'flow-log.json': request() },
      accountIds: ['111122223333'],
    },
  ],
  invalid: [
    {
      name: '14 terms on a six-field custom format (shared acceptance case)',
      files: { 'template.yaml': template(SSH_14, SIX_FIELDS) },
      accountIds: ['111122223333'],
      errors: [{ message: /14 terms but flow log FlowLog writes 6 fields per record \(its custom format\)/, file: 'template.yaml', line: 15, column: 22, severity: 'warning' }],
    },
    {
      name: '13 terms on the default format',
      files: { 'template.yaml': template(SSH_13) },
      errors: [{ message: /13 terms .* 14 fields per record \(the default format\)/, file: 'template.yaml', line: 15, column: 22 }],
    },
    {
      name: 'six terms on the default format',
      files: { 'template.yaml': template(SIX_TERMS) },
      errors: [{ message: /6 terms/, line: 15, column: 22 }],
    },
    {
      name: 'flow log in a request with a custom format, filter in a template',
      files: { 'template.yaml': template(SSH_14, undefined, 'vpc-flow-logs'), 'flow-log.json': request('${srcaddr} ${dstaddr} ${action}') },
      errors: [{ message: /14 terms .* writes 3 fields/, file: 'template.yaml', line: 15, column: 22 }],
    },
  ],
});
