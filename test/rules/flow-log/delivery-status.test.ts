import { ruleTester } from '../../helpers/rule-tester.js';

const item = (id: string, status: string, extra: Record<string, unknown> = {}): object => ({
  FlowLogId: id,
  FlowLogStatus: 'ACTIVE',
  DeliverLogsStatus: status,
  ResourceId: 'vpc-0a1b2c3d4e5f67890',
  TrafficType: 'ALL',
  LogDestinationType: 's3',
  LogDestination: 'arn:aws:s3:::flow-logs-central/vpc/',
  ...extra,
});

ruleTester('flow-log/delivery-status', {
  valid: [
    { name: 'SUCCESS', files: { 'describe-flow-logs.json': { FlowLogs: [item('fl-0123456789abcdef0', 'SUCCESS')] } } },
    {
      name: 'several flow logs, all SUCCESS',
      files: { 'describe-flow-logs.json': { FlowLogs: [item('fl-0123456789abcdef0', 'SUCCESS'), item('fl-0123456789abcdef1', 'SUCCESS', { LogDestinationType: 'cloud-watch-logs', LogGroupName: 'vpc-flow-logs' })] } },
    },
    {
      name: 'SUCCESS in YAML output',
      files: {
        'describe-flow-logs.yaml': `FlowLogs:
- FlowLogId: fl-0123456789abcdef0
  DeliverLogsStatus: SUCCESS
  ResourceId: vpc-0a1b2c3d4e5f67890
  TrafficType: ALL
  LogDestinationType: s3
  LogDestination: arn:aws:s3:::flow-logs-central/vpc/
`,
      },
    },
  ],
  invalid: [
    {
      name: 'FAILED with an access error (shared acceptance case; points at the error message)',
      files: {
        'describe-flow-logs.json': `{
  "FlowLogs": [
    {
      "CreationTime": "2026-10-01T12:00:00.000Z",
      "DeliverLogsErrorMessage": "Access error",
      "DeliverLogsStatus": "FAILED",
      "FlowLogId": "fl-0123456789abcdef0",
      "FlowLogStatus": "ACTIVE",
      "ResourceId": "vpc-0a1b2c3d4e5f67890",
      "TrafficType": "ALL",
      "LogDestinationType": "s3",
      "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/",
      "MaxAggregationInterval": 600,
      "Tags": []
    }
  ]
}
`,
      },
      accountIds: ['111122223333'],
      errors: [{ message: /FAILED with error "Access error".*bucket policy/, file: 'describe-flow-logs.json', line: 5, column: 34, severity: 'error' }],
    },
    {
      name: 'FAILED without an error message (points at the status)',
      files: {
        'describe-flow-logs.json': `{
  "FlowLogs": [
    {
      "FlowLogId": "fl-0123456789abcdef0",
      "DeliverLogsStatus": "FAILED",
      "ResourceId": "vpc-0a1b2c3d4e5f67890",
      "TrafficType": "ALL",
      "LogDestinationType": "s3",
      "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/"
    }
  ]
}
`,
      },
      errors: [{ message: /Delivery status is FAILED/, line: 5, column: 28 }],
    },
    {
      name: 'a rate-limit error message on the second of two flow logs',
      files: {
        'describe-flow-logs.json': `{
  "FlowLogs": [
    {
      "FlowLogId": "fl-0123456789abcdef0",
      "DeliverLogsStatus": "SUCCESS",
      "ResourceId": "vpc-0a1b2c3d4e5f67890",
      "TrafficType": "ALL",
      "LogDestinationType": "s3",
      "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/"
    },
    {
      "FlowLogId": "fl-0123456789abcdef1",
      "DeliverLogsStatus": "SUCCESS",
      "DeliverLogsErrorMessage": "Rate limited",
      "ResourceId": "subnet-0123456789abcdef0",
      "TrafficType": "REJECT",
      "LogDestinationType": "cloud-watch-logs",
      "LogGroupName": "vpc-flow-logs"
    }
  ]
}
`,
      },
      errors: [{ message: /"Rate limited".*throttled/, line: 14, column: 34 }],
    },
    {
      name: 'FAILED in YAML output',
      files: {
        'describe-flow-logs.yaml': `FlowLogs:
- FlowLogId: fl-0123456789abcdef0
  DeliverLogsStatus: FAILED
  DeliverLogsErrorMessage: Access error
  ResourceId: vpc-0a1b2c3d4e5f67890
  TrafficType: ALL
  LogDestinationType: s3
  LogDestination: arn:aws:s3:::flow-logs-central/vpc/
`,
      },
      errors: [{ message: /Access error/, file: 'describe-flow-logs.yaml', line: 4, column: 28 }],
    },
  ],
});
