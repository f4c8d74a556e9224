// Organisation-wide log buckets (issue 17, RULES.md "Organisations"): a bucket policy that admits
// the delivery service on condition aws:SourceOrgID / aws:SourceOrgPaths instead of listing
// accounts. It passes when the run states the organisation, is unverifiable (naming the key and
// the option) when it does not, and fails for a different organisation.
import { ruleTester } from '../../helpers/rule-tester.js';
import { json } from './_fixtures.js';

const A = '111122223333';
const ORG = 'o-a1b2c3d4e5';
const OTHER = 'o-z9y8x7w6v5';
const PROD = `${ORG}/r-ab12/ou-ab12-11111111/`;
const DEV = `${ORG}/r-ab12/ou-ab12-22222222/`;

/** The organisation-wide policy of the issue: PutObject on AWSLogs/* and GetBucketAcl, both on
 * condition `cond` (plus bucket-owner-full-control on the write). */
function orgPolicy(cond: Record<string, Record<string, unknown>>): string {
  const write = { ...cond, StringEquals: { ...(cond.StringEquals ?? {}), 's3:x-amz-acl': 'bucket-owner-full-control' } };
  return json({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AWSLogDeliveryWrite', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::org-flow-logs/AWSLogs/*', Condition: write },
      { Sid: 'AWSLogDeliveryAclCheck', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::org-flow-logs', Condition: cond },
    ],
  });
}

const BY_ID = orgPolicy({ StringEquals: { 'aws:SourceOrgID': ORG } });
const BY_OU = orgPolicy({ 'ForAnyValue:StringLike': { 'aws:SourceOrgPaths': `${PROD}*` } });

for (const rule of ['bucket-policy/delivery-write', 'bucket-policy/acl-check']) {
  ruleTester(rule, {
    valid: [
      { name: 'organisation-wide policy (aws:SourceOrgID) with --org-id', files: { 'bucket-policy.json': BY_ID }, accountIds: [A], org: { id: ORG } },
      { name: 'organisation-wide policy (aws:SourceOrgID) with --org-path only', files: { 'bucket-policy.json': BY_ID }, accountIds: [A], org: { paths: [DEV] } },
      { name: 'OU policy (ForAnyValue:StringLike aws:SourceOrgPaths) with the account in that OU', files: { 'bucket-policy.json': BY_OU }, accountIds: [A], org: { paths: [PROD] } },
    ],
    invalid: [
      {
        name: 'organisation-wide policy without --org-id is unverifiable, naming the key and the option (never a fail)',
        files: { 'bucket-policy.json': BY_ID },
        accountIds: [A],
        errors: [{ status: 'unverifiable', message: /aws:SourceOrgID.*--org-id/ }],
      },
      {
        name: 'organisation-wide policy with a different organisation fails on the aws:SourceOrgID condition',
        files: { 'bucket-policy.json': BY_ID },
        accountIds: [A],
        org: { id: OTHER },
        errors: [{ status: 'fail', message: /condition on `aws:SourceOrgID` does not hold/, file: 'bucket-policy.json' }],
      },
      {
        name: 'OU policy with --org-id but no path is unverifiable, naming --org-path',
        files: { 'bucket-policy.json': BY_OU },
        accountIds: [A],
        org: { id: ORG },
        errors: [{ status: 'unverifiable', message: /aws:SourceOrgPaths.*--org-path/ }],
      },
      {
        name: 'OU policy with the account in the other OU fails',
        files: { 'bucket-policy.json': BY_OU },
        accountIds: [A],
        org: { paths: [DEV] },
        errors: [{ status: 'fail', message: /aws:SourceOrgPaths/ }],
      },
    ],
  });
}

ruleTester('bucket-policy/source-conditions', {
  valid: [
    { name: 'aws:SourceOrgID on both delivery statements is confused-deputy protection', files: { 'bucket-policy.json': BY_ID }, accountIds: [A], org: { id: ORG } },
    { name: 'aws:SourceOrgPaths on both delivery statements is confused-deputy protection', files: { 'bucket-policy.json': BY_OU }, accountIds: [A], org: { paths: [PROD] } },
  ],
  invalid: [],
});
