import { ruleTester } from '../../helpers/rule-tester.js';
import { s3KmsStack } from './_fixtures.js';

const enc = (key: string | undefined, alg = 'aws:kms'): string => `              SSEAlgorithm: ${alg}\n${key === undefined ? '' : `              KMSMasterKeyID: ${key}\n`}`;

ruleTester('kms/customer-managed-key', {
  valid: [
    {
      name: 'the customer managed key declared in the stack, by !GetAtt Arn',
      files: { 'template.yaml': s3KmsStack() },
    },
    {
      name: 'a customer managed key outside the stack, by key ARN',
      files: { 'template.yaml': s3KmsStack({ encryption: enc('arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') }) },
    },
    {
      name: 'dual-layer SSE-KMS (aws:kms:dsse) with the stack key',
      files: { 'template.yaml': s3KmsStack({ encryption: enc('!GetAtt LogKey.Arn', 'aws:kms:dsse') }) },
    },
  ],
  invalid: [
    {
      name: 'the AWS managed key alias/aws/s3 (points at the key reference)',
      files: { 'template.yaml': s3KmsStack({ encryption: enc('alias/aws/s3') }) },
      errors: [{ status: 'fail', severity: 'error', message: /AWS managed key \(alias\/aws\/s3\)/, file: 'template.yaml', line: 14, column: 31 }],
    },
    {
      name: 'aws:kms with no key given means the AWS managed key (points at the algorithm)',
      files: { 'template.yaml': s3KmsStack({ encryption: enc(undefined) }) },
      errors: [{ status: 'fail', message: /aws:kms with no key given/, file: 'template.yaml', line: 13, column: 29 }],
    },
    {
      name: 'the AWS managed key by alias ARN',
      files: { 'template.yaml': s3KmsStack({ encryption: enc('arn:aws:kms:us-east-1:111122223333:alias/aws/s3') }) },
      errors: [{ status: 'fail', message: /AWS managed key/, file: 'template.yaml', line: 14, column: 31 }],
    },
    {
      name: 'the AWS managed key by an alias ARN built with !Sub from the stack pseudo parameters',
      files: { 'template.yaml': s3KmsStack({ encryption: enc("!Sub 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/s3'") }) },
      errors: [{ status: 'fail', message: /AWS managed key/, file: 'template.yaml', line: 14, column: 31 }],
    },
  ],
});
