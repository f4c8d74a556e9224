// Organisation conditions on the delivery role's trust policy (RULES.md "Organisations"): the
// flow-logs service's AssumeRole request carries aws:SourceOrgID / aws:SourceOrgPaths.
import { ruleTester } from '../../helpers/rule-tester.js';
import { TRUST, roleStack } from './_fixtures.js';

const ORG = 'o-a1b2c3d4e5';
const BY_ORG = `${TRUST}            Condition:
              StringEquals:
                aws:SourceOrgID: ${ORG}
`;
const BY_OU = `${TRUST}            Condition:
              ForAnyValue:StringLike:
                aws:SourceOrgPaths: '${ORG}/r-ab12/ou-ab12-11111111/*'
`;

ruleTester('delivery-role/trust', {
  valid: [
    { name: 'trust conditioned on aws:SourceOrgID, with --org-id', files: { 'template.yaml': roleStack({ trust: BY_ORG }) }, org: { id: ORG } },
    { name: 'trust conditioned on an OU path, account in that OU', files: { 'template.yaml': roleStack({ trust: BY_OU }) }, org: { paths: [`${ORG}/r-ab12/ou-ab12-11111111/`] } },
  ],
  invalid: [
    { name: 'trust conditioned on aws:SourceOrgID, organisation not stated: unverifiable', files: { 'template.yaml': roleStack({ trust: BY_ORG }) }, errors: [{ status: 'unverifiable', message: /aws:SourceOrgID.*--org-id/ }] },
    { name: 'trust conditioned on aws:SourceOrgID, a different organisation: fail', files: { 'template.yaml': roleStack({ trust: BY_ORG }) }, org: { id: 'o-z9y8x7w6v5' }, errors: [{ status: 'fail' }] },
  ],
});

ruleTester('delivery-role/trust-conditions', {
  valid: [
    { name: 'aws:SourceOrgID is confused-deputy protection', files: { 'template.yaml': roleStack({ trust: BY_ORG }) }, org: { id: ORG } },
    { name: 'aws:SourceOrgPaths is confused-deputy protection', files: { 'template.yaml': roleStack({ trust: BY_OU }) } },
  ],
  invalid: [],
});
