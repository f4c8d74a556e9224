import { ruleTester } from '../../helpers/rule-tester.js';
import { DELIVERY_KEY_STATEMENT, s3KmsStack } from './_fixtures.js';

/** A delivery.logs.amazonaws.com statement (line 36 on) with the given Effect, Action list
 * (indented 14) and optional Condition block (indented 14). */
function deliveryStatement(actions: string, condition = '', effect = 'Allow'): string {
  return `          - Sid: FlowLogsKeyUse
            Effect: ${effect}
            Principal:
              Service: delivery.logs.amazonaws.com
            Action:
${actions}            Resource: '*'
${condition ? `            Condition:\n${condition}` : ''}`;
}

ruleTester('kms/delivery-key-access', {
  valid: [
    {
      name: "the seeds' key-policy statement for delivery.logs.amazonaws.com",
      files: { 'template.yaml': s3KmsStack() },
    },
    {
      name: 'kms:* for the delivery service, limited to the stack account',
      files: {
        'template.yaml': s3KmsStack({
          keyStatements: deliveryStatement('              - kms:*\n', '              StringEquals:\n                aws:SourceAccount: !Ref AWS::AccountId\n'),
        }),
      },
    },
    {
      name: 'a kms:ViaService condition naming S3 in the stack region holds for delivery through S3',
      files: {
        'template.yaml': s3KmsStack({
          keyStatements: deliveryStatement(
            '              - kms:Encrypt\n              - kms:Decrypt\n              - kms:ReEncrypt*\n              - kms:GenerateDataKey*\n              - kms:DescribeKey\n',
            "              StringEquals:\n                kms:ViaService: !Sub 's3.${AWS::Region}.amazonaws.com'\n",
          ),
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'the key policy has no statement for the delivery service (points at the key policy)',
      files: { 'template.yaml': s3KmsStack({ keyStatements: '' }) },
      errors: [{ status: 'fail', severity: 'error', message: /LogKey does not let delivery\.logs\.amazonaws\.com kms:Encrypt, kms:Decrypt/, file: 'template.yaml', line: 28 }],
    },
    {
      name: 'the statement grants only kms:GenerateDataKey* and kms:Decrypt',
      files: { 'template.yaml': s3KmsStack({ keyStatements: deliveryStatement('              - kms:GenerateDataKey*\n              - kms:Decrypt\n') }) },
      errors: [{ status: 'fail', message: /kms:Encrypt, kms:ReEncryptFrom, kms:ReEncryptTo, kms:DescribeKey/, file: 'template.yaml', line: 28 }],
    },
    {
      name: 'a Deny for the delivery service beats the Allow (points at the Deny)',
      files: {
        'template.yaml': s3KmsStack({
          keyStatements: `${DELIVERY_KEY_STATEMENT}${deliveryStatement('              - kms:Encrypt\n', '', 'Deny')}`,
        }),
      },
      // DELIVERY_KEY_STATEMENT is lines 36-51; the Deny starts on line 52.
      errors: [{ status: 'fail', message: /kms:Encrypt/, file: 'template.yaml', line: 52, column: 13 }],
    },
    {
      name: 'the aws:SourceAccount condition names another account than the stack (--account-id given)',
      files: { 'template.yaml': s3KmsStack({ keyStatements: DELIVERY_KEY_STATEMENT.replace('aws:SourceAccount: !Ref AWS::AccountId', "aws:SourceAccount: '444455556666'") }) },
      accountIds: ['111122223333'],
      errors: [{ status: 'fail', message: /source account 111122223333/, file: 'template.yaml', line: 49 }],
    },
    {
      name: 'the key is not in the scanned set: unverifiable, at the key reference',
      files: {
        'template.yaml': s3KmsStack({
          encryption: '              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\n',
        }),
      },
      errors: [{ status: 'unverifiable', severity: 'warning', message: /not in the scanned set/, file: 'template.yaml', line: 14, column: 31 }],
    },
  ],
});
