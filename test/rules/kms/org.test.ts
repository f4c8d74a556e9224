// Organisation conditions on the delivery statement of a key policy (RULES.md "Organisations").
import { ruleTester } from '../../helpers/rule-tester.js';
import { DELIVERY_KEY_STATEMENT, s3KmsStack } from './_fixtures.js';

const ORG = 'o-a1b2c3d4e5';
const BARE = DELIVERY_KEY_STATEMENT.slice(0, DELIVERY_KEY_STATEMENT.indexOf('            Condition:'));
const BY_ORG = `${BARE}            Condition:
              StringEquals:
                aws:SourceOrgID: ${ORG}
`;
const BY_OU = `${BARE}            Condition:
              ForAnyValue:StringLike:
                aws:SourceOrgPaths: '${ORG}/r-ab12/ou-ab12-11111111/*'
`;

ruleTester('kms/delivery-key-access', {
  valid: [{ name: 'key conditioned on aws:SourceOrgID, with --org-id', files: { 'template.yaml': s3KmsStack({ keyStatements: BY_ORG }) }, org: { id: ORG } }],
  invalid: [
    { name: 'key conditioned on aws:SourceOrgID, organisation not stated: unverifiable', files: { 'template.yaml': s3KmsStack({ keyStatements: BY_ORG }) }, errors: [{ status: 'unverifiable', message: /aws:SourceOrgID.*--org-id/ }] },
    { name: 'key conditioned on aws:SourceOrgID, a different organisation: fail', files: { 'template.yaml': s3KmsStack({ keyStatements: BY_ORG }) }, org: { id: 'o-z9y8x7w6v5' }, errors: [{ status: 'fail' }] },
  ],
});

ruleTester('kms/source-conditions', {
  valid: [
    { name: 'aws:SourceOrgID is confused-deputy protection', files: { 'template.yaml': s3KmsStack({ keyStatements: BY_ORG }) }, org: { id: ORG } },
    { name: 'aws:SourceOrgPaths is confused-deputy protection', files: { 'template.yaml': s3KmsStack({ keyStatements: BY_OU }) } },
  ],
  invalid: [],
});
