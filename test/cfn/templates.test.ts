// Templates end to end: CDK cdk.out with a nested stack, undecidable conditions (both branches
// are checked), suppressions in YAML comments and resource Metadata.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { runFiles } from '../helpers/rule-tester.js';

const root = join(import.meta.dirname, '..', '..');

describe('CDK cdk.out', () => {
  it('links a nested stack through its parameters and names the cdk path', () => {
    const out = lint({ paths: ['fixtures/cdk/cdk.out'], cwd: root, accountIds: [], severities: new Map() });
    const acl = out.results.filter((r) => r.ruleId === 'bucket-policy/acl-check');
    expect(acl).toHaveLength(1);
    expect(acl[0]).toMatchObject({ file: 'fixtures/cdk/cdk.out/FlowLogStack.template.json', line: 26, resource: 'LogBucketPolicy900DBE48 (FlowLogStack/LogBucket/Policy/Resource)' });
    // The nested stack's flow log writes to the parent's bucket: delivery-write was evaluated and
    // passed with symbolic account and bucket, and the VPC passed to the child has a flow log.
    expect(out.checks['bucket-policy/delivery-write']).toEqual({ pass: 1, fail: 0, unverifiable: 0 });
    expect(out.checks['vpc/flow-logs-enabled']).toEqual({ pass: 1, fail: 0, unverifiable: 0 });
    expect(out.results.filter((r) => r.status === 'unverifiable')).toEqual([]);
  });
});

const CONDITIONAL = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Strict:
    Type: String
Conditions:
  IsStrict: !Equals [!Ref Strict, 'yes']
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: Write
            Effect: Allow
            Principal: { Service: delivery.logs.amazonaws.com }
            Action: s3:PutObject
            Resource: !If [IsStrict, !Sub '\${Bucket.Arn}/AWSLogs/\${AWS::AccountId}/*', !Sub '\${Bucket.Arn}/other/*']
            Condition:
              StringEquals:
                s3:x-amz-acl: bucket-owner-full-control
                aws:SourceAccount: !Ref AWS::AccountId
          - Sid: Acl
            Effect: Allow
            Principal: { Service: delivery.logs.amazonaws.com }
            Action: s3:GetBucketAcl
            Resource: !GetAtt Bucket.Arn
            Condition:
              StringEquals:
                aws:SourceAccount: !Ref AWS::AccountId
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: vpc-0123456789abcdef0
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !GetAtt Bucket.Arn
`;

describe('conditions that cannot be decided', () => {
  it('checks both branches and says which one fails', () => {
    const { results } = runFiles({ 't.yaml': CONDITIONAL });
    const dw = results.filter((r) => r.ruleId === 'bucket-policy/delivery-write');
    expect(dw).toHaveLength(1);
    expect(dw[0]?.message).toMatch(/\[when IsStrict=false\]$/);
    expect(dw[0]?.line).toBe(21);
  });
});

describe('suppressions', () => {
  const flowLog = (extra = '') => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
${extra}  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: vpc-0123456789abcdef0
      ResourceType: VPC
      TrafficType: ACCEPT
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::some-log-bucket/
`;

  it('a comment above a resource suppresses its results, with the reason recorded', () => {
    const { results } = runFiles({ 't.yaml': flowLog('  # flowlog-lint-disable-next-line flow-log/accept-only -- accepted traffic only, by design\n') });
    const r = results.find((x) => x.ruleId === 'flow-log/accept-only');
    expect(r?.suppressed).toEqual({ kind: 'inSource', justification: 'accepted traffic only, by design' });
    expect(results.some((x) => x.ruleId === 'suppression/unused')).toBe(false);
  });

  it('a comment above a single line suppresses that line only', () => {
    const text = flowLog().replace('      TrafficType: ACCEPT', '      # flowlog-lint-disable-next-line flow-log/accept-only -- by design\n      TrafficType: ACCEPT');
    const { results } = runFiles({ 't.yaml': text });
    expect(results.find((x) => x.ruleId === 'flow-log/accept-only')?.suppressed).toBeDefined();
  });

  it('a suppression without a reason is reported and does not suppress', () => {
    const { results } = runFiles({ 't.yaml': flowLog('  # flowlog-lint-disable-next-line flow-log/accept-only\n') });
    expect(results.find((x) => x.ruleId === 'flow-log/accept-only')?.suppressed).toBeUndefined();
    expect(results.find((x) => x.ruleId === 'suppression/reason')?.line).toBe(3);
  });

  it('an unused suppression is reported', () => {
    const { results } = runFiles({ 't.yaml': flowLog('  # flowlog-lint-disable-next-line flow-log/log-format -- nothing to hide\n') });
    expect(results.find((x) => x.ruleId === 'suppression/unused')?.line).toBe(3);
  });

  it('Metadata flowlog-lint ignore works in JSON templates', () => {
    const tpl = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        FlowLog: {
          Type: 'AWS::EC2::FlowLog',
          Metadata: { 'flowlog-lint': { ignore: [{ rule: 'flow-log/accept-only', reason: 'security team sign-off' }] } },
          Properties: { ResourceId: 'vpc-0123456789abcdef0', ResourceType: 'VPC', TrafficType: 'ACCEPT', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::some-log-bucket/' },
        },
      },
    };
    const { results } = runFiles({ 't.json': tpl });
    expect(results.find((x) => x.ruleId === 'flow-log/accept-only')?.suppressed?.justification).toBe('security team sign-off');
  });
});
