// A trust-policy file that a Terraform role reads with file() is that role's trust policy: no
// phantom standalone role next to it (no duplicate trust finding, no "permissions not in the
// scanned set"). A file Terraform reads but does not use as a role's trust policy keeps its own
// standalone reading (a .tf file cannot hide a file's findings).
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { dump } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const TRUST = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'vpc-flow-logs.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
  null,
  2,
);

const ROLE = `resource "aws_iam_role" "flow" {
  name               = "flow-logs"
  assume_role_policy = file("trust.json")
}
`;

describe('policy files read with file()', () => {
  it('a role trust policy read with file() is checked once, on the Terraform role', () => {
    const out = runFiles({ 'main.tf': ROLE, 'trust.json': TRUST });
    const trust = out.results.filter((r) => r.ruleId === 'delivery-role/trust-conditions');
    expect(trust.map((r) => r.resource), dump(out.results)).toEqual(['aws_iam_role.flow']);
    // The finding points into trust.json (the document's own lines), under the Terraform role; no
    // result names a standalone role made of the file.
    expect(trust.map((r) => r.file)).toEqual(['trust.json']);
    expect(out.results.filter((r) => r.resource === 'trust.json'), dump(out.results)).toEqual([]);
  });

  it('a trust policy file read with file() but not used as a role trust policy keeps its own reading', () => {
    const tf = 'locals {\n  unused = file("trust.json")\n}\n';
    const out = runFiles({ 'main.tf': tf, 'trust.json': TRUST });
    const trust = out.results.filter((r) => r.ruleId === 'delivery-role/trust-conditions');
    expect(trust.map((r) => [r.file, r.resource]), dump(out.results)).toEqual([['trust.json', 'trust.json']]);
  });

  it('a different trust document in the file is not taken for the role’s own', () => {
    // Another flow-logs trust policy (with a source condition): a different document.
    const other = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'vpc-flow-logs.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }],
    });
    const tf = `${ROLE}locals {\n  other = file("other.json")\n}\n`;
    const out = runFiles({ 'main.tf': tf, 'trust.json': TRUST, 'other.json': other });
    expect(out.results.some((r) => r.resource === 'other.json'), dump(out.results)).toBe(true);
    expect(out.results.some((r) => r.resource === 'trust.json'), dump(out.results)).toBe(false);
  });
});
