import { ruleTester } from '../../helpers/rule-tester.js';
import { DELIVERY_KEY_STATEMENT, s3KmsStack } from './_fixtures.js';

/** The delivery statement (lines 36-46) without its Condition block. */
const BARE = DELIVERY_KEY_STATEMENT.slice(0, DELIVERY_KEY_STATEMENT.indexOf('            Condition:'));

ruleTester('kms/source-conditions', {
  valid: [
    {
      name: 'aws:SourceAccount and aws:SourceArn on the delivery statement',
      files: { 'template.yaml': s3KmsStack() },
    },
    {
      name: 'aws:SourceArn alone',
      files: {
        'template.yaml': s3KmsStack({
          keyStatements: `${BARE}            Condition:
              ArnLike:
                aws:SourceArn: !Sub 'arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:*'
`,
        }),
      },
    },
    {
      name: 'aws:SourceAccount under StringEqualsIfExists',
      files: {
        'template.yaml': s3KmsStack({
          keyStatements: `${BARE}            Condition:
              StringEqualsIfExists:
                aws:SourceAccount: !Ref AWS::AccountId
`,
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'the delivery statement has no condition (points at the statement)',
      files: { 'template.yaml': s3KmsStack({ keyStatements: BARE }) },
      errors: [{ status: 'fail', severity: 'warning', message: /AllowFlowLogsDelivery.*no aws:SourceAccount or aws:SourceArn condition/, file: 'template.yaml', line: 36, column: 13 }],
    },
    {
      name: 'a condition on kms:ViaService only is no confused-deputy protection',
      files: {
        'template.yaml': s3KmsStack({
          keyStatements: `${BARE}            Condition:
              StringEquals:
                kms:ViaService: !Sub 's3.\${AWS::Region}.amazonaws.com'
`,
        }),
      },
      errors: [{ status: 'fail', severity: 'warning', message: /no aws:SourceAccount/, file: 'template.yaml', line: 36 }],
    },
    {
      name: 'two statements for the delivery service, the second without a condition',
      files: { 'template.yaml': s3KmsStack({ keyStatements: DELIVERY_KEY_STATEMENT + BARE.replace('AllowFlowLogsDelivery', 'LegacyDelivery') }) },
      errors: [{ status: 'fail', severity: 'warning', message: /LegacyDelivery/, file: 'template.yaml', line: 52, column: 13 }],
    },
  ],
});
