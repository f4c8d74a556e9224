import { toPlainVal } from '../../src/engine/rule-api.js';
import { scopeName } from './_scope.js';
const LIMIT = 20 * 1024;
export const sizeLimit = {
    meta: {
        id: 'bucket-policy/size-limit',
        severity: 'error',
        description: 'A bucket policy must stay under the 20 KB limit (warning within 10 % of it).',
        source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3" (bucket policy size limit, LogDestinationPermissionIssueException); Amazon S3 User Guide, bucket policy size quota.',
        messages: {
            overLimit: 'The bucket policy of {{bucket}} is {{size}} bytes (without white space), over the 20 KB (20,480 bytes) limit: AWS fails with LogDestinationPermissionIssueException. Use wildcards or aws:SourceAccount conditions instead of one Resource entry per account.',
            nearLimit: 'The bucket policy of {{bucket}} is {{size}} bytes, within 10 % of the 20 KB limit; each new source account adds a Resource entry.',
        },
    },
    check(ctx) {
        for (const scope of ctx.links.buckets) {
            for (const bp of scope.policies) {
                const size = Buffer.byteLength(JSON.stringify(toPlainVal(bp.doc.node)), 'utf8');
                const base = { resource: bp.name, origin: bp.origin, ...(bp.doc.pos ? { pos: bp.doc.pos } : {}) };
                if (size > LIMIT) {
                    ctx.report({ ...base, status: 'fail', messageId: 'overLimit', data: { bucket: scopeName(scope) }, detail: { size } });
                }
                else if (size > LIMIT * 0.9) {
                    ctx.report({ ...base, status: 'fail', severity: 'warning', messageId: 'nearLimit', data: { bucket: scopeName(scope) }, detail: { size } });
                }
                else
                    ctx.pass();
            }
        }
    },
};
