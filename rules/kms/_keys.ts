// The KMS keys of flow-log destinations: each S3 destination bucket's default-encryption key.
import type { Bucket, BucketScope, KeyLink, Links, Val } from '../../src/engine/rule-api.js';
import { literal, shapeText } from '../../src/engine/rule-api.js';

export interface BucketKey {
  scope: BucketScope;
  bucket: Bucket;
  algorithm: string | undefined;
  algorithmVal: Val | undefined;
  link: KeyLink | undefined;
  /** AWS managed key (`alias/aws/s3`, or aws:kms with no key given). */
  awsManaged: boolean;
}

export function bucketKeys(links: Links): BucketKey[] {
  const out: BucketKey[] = [];
  for (const scope of links.buckets) {
    const bucket = scope.bucket;
    if (!bucket?.encryption || scope.flowLogs.length === 0) continue;
    const alg = literal(bucket.encryption.algorithm);
    if (alg !== 'aws:kms' && alg !== 'aws:kms:dsse') continue;
    const link = links.keyOf(bucket);
    const refText = link?.ref.kind === 'str' ? shapeText(link.ref.parts) : link ? literal(link.ref) : undefined;
    const awsManaged = !link || (refText !== undefined && /(^|:)alias\/aws\/s3$/.test(refText)) || link.key?.managedBy === 'AWS';
    out.push({ scope, bucket, algorithm: alg, algorithmVal: bucket.encryption.algorithm, link, awsManaged });
  }
  return out;
}
