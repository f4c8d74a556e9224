// Suppression comments in HCL: `# flowlog-lint-disable-next-line RULE -- reason` above a block
// suppresses that rule's results in the block; a reason is required; unused ones are reported.
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { byRule, dump, lineOf } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const flowLog = (comment: string, traffic = 'ACCEPT') => `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
${comment}
resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "${traffic}"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::tf-flow-logs"
}
`;

describe('HCL suppression comments', () => {
  it('# flowlog-lint-disable-next-line above an aws_flow_log block suppresses its accept-only result', () => {
    const out = runFiles({ 'main.tf': flowLog('# flowlog-lint-disable-next-line flow-log/accept-only -- REJECT traffic is logged by the org-wide flow log') });
    const acc = byRule(out.results, 'flow-log/accept-only');
    expect(acc, dump(out.results)).toHaveLength(1);
    expect(acc[0]).toMatchObject({ resource: 'aws_flow_log.main', file: 'main.tf', suppressed: { justification: 'REJECT traffic is logged by the org-wide flow log' } });
    expect(byRule(out.results, 'suppression/unused')).toEqual([]);
    // Other rules in the block are not suppressed.
    const dw = byRule(out.results, 'bucket-policy/delivery-write');
    expect(dw.length).toBeGreaterThan(0);
    for (const r of dw) expect(r.suppressed).toBeUndefined();
  });

  it('// comments work too, and several rules may be listed', () => {
    const out = runFiles({ 'main.tf': flowLog('// flowlog-lint-disable-next-line flow-log/accept-only, bucket-policy/delivery-write -- central bucket lives in another repo') });
    for (const id of ['flow-log/accept-only', 'bucket-policy/delivery-write']) {
      const mine = byRule(out.results, id);
      expect(mine.length, dump(out.results)).toBeGreaterThan(0);
      for (const r of mine) expect(r.suppressed?.justification, id).toBe('central bucket lives in another repo');
    }
  });

  it('a blank line or another comment between the directive and the block does not break it', () => {
    const out = runFiles({ 'main.tf': flowLog('# flowlog-lint-disable-next-line flow-log/accept-only -- accepted risk\n# (ticket SEC-42)\n') });
    expect(byRule(out.results, 'flow-log/accept-only')[0]?.suppressed?.justification, dump(out.results)).toBe('accepted risk');
  });

  it('a suppression without a reason is reported and does not suppress', () => {
    const text = flowLog('# flowlog-lint-disable-next-line flow-log/accept-only');
    const out = runFiles({ 'main.tf': text });
    expect(byRule(out.results, 'flow-log/accept-only')[0]?.suppressed, dump(out.results)).toBeUndefined();
    const reason = byRule(out.results, 'suppression/reason');
    expect(reason.map((r) => [r.file, r.line]), dump(out.results)).toEqual([['main.tf', lineOf(text, '# flowlog-lint')]]);
  });

  it('a suppression that matches nothing is reported as unused', () => {
    const text = flowLog('# flowlog-lint-disable-next-line flow-log/accept-only -- not needed', 'ALL');
    const out = runFiles({ 'main.tf': text });
    const unused = byRule(out.results, 'suppression/unused');
    expect(unused.map((r) => [r.file, r.line, r.status]), dump(out.results)).toEqual([['main.tf', lineOf(text, '# flowlog-lint'), 'fail']]);
  });

  it('a suppression above a for_each block covers every instance', () => {
    const tf = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# flowlog-lint-disable-next-line flow-log/accept-only -- both instances are temporary
resource "aws_flow_log" "x" {
  for_each = toset(["a", "b"])

  vpc_id               = aws_vpc.main.id
  traffic_type         = "ACCEPT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::tf-flow-logs/\${each.key}/"
}
`;
    const out = runFiles({ 'main.tf': tf });
    const acc = byRule(out.results, 'flow-log/accept-only');
    expect(acc.length, dump(out.results)).toBeGreaterThan(0);
    for (const r of acc) expect(r.suppressed?.justification).toBe('both instances are temporary');
    expect(byRule(out.results, 'suppression/unused')).toEqual([]);
  });
});
