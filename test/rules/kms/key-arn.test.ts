import { ruleTester } from '../../helpers/rule-tester.js';
import { s3KmsStack } from './_fixtures.js';

const enc = (key: string): string => `              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: ${key}\n`;

const ALIAS = `  LogKeyAlias:
    Type: AWS::KMS::Alias
    Properties:
      AliasName: alias/flow-logs
      TargetKeyId: !Ref LogKey
`;

ruleTester('kms/key-arn', {
  valid: [
    {
      name: 'the key by !GetAtt Key.Arn',
      files: { 'template.yaml': s3KmsStack() },
    },
    {
      name: 'the key ARN built with !Sub from the key ID',
      files: { 'template.yaml': s3KmsStack({ encryption: enc("!Sub 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${LogKey}'") }) },
    },
    {
      name: 'a literal key ARN of a key outside the stack',
      files: { 'template.yaml': s3KmsStack({ encryption: enc('arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') }) },
    },
  ],
  invalid: [
    {
      name: 'the key by !Ref (CloudFormation returns the key ID)',
      files: { 'template.yaml': s3KmsStack({ encryption: enc('!Ref LogKey') }) },
      errors: [{ status: 'fail', severity: 'error', message: /by key ID.*undeliverable/, file: 'template.yaml', line: 14, column: 31 }],
    },
    {
      name: 'a literal key ID',
      files: { 'template.yaml': s3KmsStack({ encryption: enc('1234abcd-12ab-34cd-56ef-1234567890ab') }) },
      errors: [{ status: 'fail', message: /by key ID/, file: 'template.yaml', line: 14, column: 31 }],
    },
    {
      name: 'the key by an alias declared in the stack',
      files: { 'template.yaml': s3KmsStack({ encryption: enc('alias/flow-logs'), extra: ALIAS }) },
      errors: [{ status: 'fail', message: /by alias/, file: 'template.yaml', line: 14, column: 31 }],
    },
    {
      name: 'an alias ARN is not a key ARN',
      files: { 'template.yaml': s3KmsStack({ encryption: enc('arn:aws:kms:us-east-1:111122223333:alias/flow-logs') }) },
      errors: [{ status: 'fail', message: /by alias/, file: 'template.yaml', line: 14, column: 31 }],
    },
    {
      name: 'an alias ARN built with !Sub is not a key ARN either',
      files: { 'template.yaml': s3KmsStack({ encryption: enc("!Sub 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/flow-logs'"), extra: ALIAS }) },
      errors: [{ status: 'fail', message: /by alias/, file: 'template.yaml', line: 14, column: 31 }],
    },
  ],
});
