import { literal, shapeText } from '../../src/engine/rule-api.js';
export function bucketKeys(links) {
    const out = [];
    for (const scope of links.buckets) {
        const bucket = scope.bucket;
        if (!bucket?.encryption || scope.flowLogs.length === 0)
            continue;
        const alg = literal(bucket.encryption.algorithm);
        if (alg !== 'aws:kms' && alg !== 'aws:kms:dsse')
            continue;
        const link = links.keyOf(bucket);
        const refText = link?.ref.kind === 'str' ? shapeText(link.ref.parts) : link ? literal(link.ref) : undefined;
        const awsManaged = !link || (refText !== undefined && /(^|:)alias\/aws\/s3$/.test(refText)) || link.key?.managedBy === 'AWS';
        out.push({ scope, bucket, algorithm: alg, algorithmVal: bucket.encryption.algorithm, link, awsManaged });
    }
    return out;
}
