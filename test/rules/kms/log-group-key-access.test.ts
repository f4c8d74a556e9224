import { ruleTester } from '../../helpers/rule-tester.js';
import { LOGS_KEY_STATEMENT, cwlKeyStack } from './_fixtures.js';

ruleTester('kms/log-group-key-access', {
  valid: [
    {
      name: 'the key lets logs.${AWS::Region}.amazonaws.com use it for log groups of the stack account',
      files: { 'template.yaml': cwlKeyStack() },
    },
    {
      name: 'kms:* for the regional CloudWatch Logs principal, no condition',
      files: {
        'template.yaml': cwlKeyStack(`          - Sid: AllowCloudWatchLogs
            Effect: Allow
            Principal:
              Service:
                - !Sub 'logs.\${AWS::Region}.amazonaws.com'
            Action: kms:*
            Resource: '*'
`),
      },
    },
    {
      name: 'the encryption-context condition names exactly this log group',
      files: {
        'template.yaml': cwlKeyStack(LOGS_KEY_STATEMENT.replace('log-group:*', 'log-group:vpc-flow-logs')),
      },
    },
  ],
  invalid: [
    {
      name: 'the key policy has no statement for CloudWatch Logs (points at the key policy)',
      files: { 'template.yaml': cwlKeyStack('') },
      errors: [{ status: 'fail', severity: 'error', message: /GroupKey does not let logs\..*\.amazonaws\.com kms:Encrypt/, file: 'template.yaml', line: 26 }],
    },
    {
      name: 'logs.amazonaws.com (no region) is not the principal CloudWatch Logs uses',
      files: {
        'template.yaml': cwlKeyStack(LOGS_KEY_STATEMENT.replace("Service: !Sub 'logs.${AWS::Region}.amazonaws.com'", 'Service: logs.amazonaws.com')),
      },
      errors: [{ status: 'fail', message: /does not let logs\./, file: 'template.yaml', line: 26 }],
    },
    {
      name: 'the encryption-context condition names another log group',
      files: {
        'template.yaml': cwlKeyStack(LOGS_KEY_STATEMENT.replace('log-group:*', 'log-group:app-logs')),
      },
      // Line 47: the kms:EncryptionContext:aws:logs:arn condition value.
      errors: [{ status: 'fail', message: /does not let logs\./, file: 'template.yaml', line: 47 }],
    },
    {
      name: 'the log group key is not in the scanned set: unverifiable, at KmsKeyId',
      files: { 'template.yaml': cwlKeyStack(LOGS_KEY_STATEMENT, 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') },
      errors: [{ status: 'unverifiable', severity: 'warning', message: /not in the scanned set/, file: 'template.yaml', line: 11, column: 17 }],
    },
  ],
});
