// What a flow log's destination is: the S3 bucket and prefix, the log group, or the Firehose
// stream, from its settings (with symbols where IaC left them).
import { arnFields } from '../arn.js';
import { concatParts, literal } from '../model/value.js';
import { partsOf, splitFirst, trimEnd } from './parts.js';
import { isInputSym } from '../model/symbols.js';
/** A destination written from an input (a Terraform variable or CloudFormation parameter nobody
 * gives) at its start: any ARN the caller passes, so the chain behind it cannot be followed. */
export function inputHead(parts) {
    const h = parts?.[0];
    return h && typeof h !== 'string' && isInputSym(h) ? h.label : undefined;
}
const givenBy = (label) => `the destination is \`${label}\`, an input its caller gives`;
export function destinationType(fl) {
    const t = fl.destinationType ? literal(fl.destinationType) : 'cloud-watch-logs';
    if (t === 's3' || t === 'cloud-watch-logs' || t === 'kinesis-data-firehose')
        return t;
    return undefined;
}
/** The bucket and prefix of an S3 destination ARN, or a reason it cannot be read. */
export function s3Destination(fl) {
    const d = fl.destination;
    if (!d)
        return undefined;
    if (d.kind === 'unknown')
        return { unknown: d.reason, at: d };
    const parts = partsOf(d);
    if (!parts)
        return { unknown: 'the destination is not a string', at: d };
    const head = inputHead(parts);
    if (head)
        return { unknown: givenBy(head), at: d };
    const f = arnFields(parts);
    if (!f)
        return undefined;
    const resource = concatParts(...f.slice(5).flatMap((x, i) => (i === 0 ? [x] : [[':'], x])));
    const split = splitFirst(resource, '/');
    const bucket = split ? split[0] : resource;
    let prefix = split ? split[1] : [];
    prefix = trimEnd(prefix, '/');
    return { partition: f[1] ?? [], bucket, prefix, at: d };
}
/** Log group name of a CloudWatch Logs flow log (`LogGroupName` or the log-group ARN). */
export function logGroupNameOf(fl) {
    if (fl.logGroupName) {
        if (fl.logGroupName.kind === 'unknown')
            return { unknown: fl.logGroupName.reason };
        const p = partsOf(fl.logGroupName);
        return p ? { name: p } : undefined;
    }
    if (fl.destination && destinationType(fl) === 'cloud-watch-logs') {
        if (fl.destination.kind === 'unknown')
            return { unknown: fl.destination.reason };
        const p = partsOf(fl.destination);
        const head = inputHead(p);
        if (head)
            return { unknown: givenBy(head) };
        const f = p ? arnFields(p) : undefined;
        if (!f)
            return undefined;
        // arn:P:logs:R:A:log-group:NAME[:*]
        const res = f[5] ?? [];
        const after = splitFirst(res, 'log-group:');
        if (!after)
            return undefined;
        const name = trimEnd(after[1], ':*');
        return { name, arnRegion: f[3] ?? [], arnAccount: f[4] ?? [] };
    }
    return undefined;
}
