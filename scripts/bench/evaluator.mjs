// IAM evaluator throughput: one three-statement bucket policy with conditions, one delivery
// request, evaluated in a loop after a warm-up. Reads the compiled modules in dist/src/.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function evaluatorQueriesPerSecond(root, n = 200000) {
  const load = (p) => import(pathToFileURL(join(root, 'dist', 'src', p)).href);
  const { makePolicy } = await load('iam/policy.js');
  const { evaluate } = await load('iam/evaluate.js');
  const { fromPNode } = await load('model/value.js');
  const { parseJson } = await load('parse/json.js');
  const { makeSource } = await load('parse/source.js');
  const doc = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'W', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/p/AWSLogs/111122223333/*', Condition: { StringEquals: { 'aws:SourceAccount': '111122223333', 's3:x-amz-acl': 'bucket-owner-full-control' }, ArnLike: { 'aws:SourceArn': 'arn:aws:logs:*:111122223333:*' } } },
      { Sid: 'A', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::b' },
      { Sid: 'D', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    ],
  };
  const p = makePolicy('bucket', fromPNode(parseJson(makeSource('p.json', JSON.stringify(doc))).root));
  const req = {
    principal: { kind: 'service', service: 'delivery.logs.amazonaws.com' },
    action: 's3:PutObject',
    resource: ['arn:aws:s3:::b/p/AWSLogs/111122223333/vpcflowlogs/us-east-1/2026/01/01/x.log.gz'],
    context: { 'aws:SourceAccount': [['111122223333']], 'aws:SourceArn': [['arn:aws:logs:us-east-1:111122223333:*']], 's3:x-amz-acl': [['bucket-owner-full-control']], 'aws:SecureTransport': [['true']] },
  };
  for (let i = 0; i < Math.min(2000, n); i++) evaluate([p], req);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) evaluate([p], req);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return Math.round(n / s);
}
