import { isInputSym } from './model/symbols.js';
export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];
export function parseArn(s) {
    if (!s.startsWith('arn:'))
        return undefined;
    const f = s.split(':');
    if (f.length < 6)
        return undefined;
    const [, partition = '', service = '', region = '', account = ''] = f;
    return { partition, service, region, account, resource: f.slice(5).join(':') };
}
const REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ACCOUNT_RE = /^\d{12}$/;
/** Problems of an ARN that must be of a given service (and resource shape), or [] when well-formed.
 * Symbolic fields (`${AWS::Region}`) are accepted: only literal text is judged. */
export function arnProblems(parts, expect) {
    // Replace symbols by a marker that passes field checks but is never taken for a separator.
    // A deploy-time input standing for the whole ARN (or its start) may be any ARN: nothing to judge.
    if (isInputSym(parts[0]))
        return [];
    const SYM = '\u0000';
    const text = parts.map((p) => (typeof p === 'string' ? p : SYM)).join('');
    const problems = [];
    if (!text.startsWith('arn:'))
        return ['does not start with `arn:`'];
    const f = text.split(':');
    if (f.length < 6)
        return [`has ${f.length} colon-separated fields; an ARN has at least 6`];
    const [, partition = '', service = '', region = '', account = ''] = f;
    const resource = f.slice(5).join(':');
    const symbolic = (x) => x.includes(SYM);
    if (!symbolic(partition) && !PARTITIONS.includes(partition)) {
        problems.push(`unknown partition \`${partition}\``);
    }
    if (!symbolic(service) && !/^[a-z0-9-]+$/.test(service))
        problems.push(`invalid service \`${service}\``);
    if (expect?.service && !symbolic(service) && service !== expect.service) {
        problems.push(`is a \`${service}\` ARN, expected \`${expect.service}\``);
    }
    const svc = symbolic(service) ? expect?.service : service;
    if (svc === 's3') {
        if (region !== '' || account !== '')
            problems.push('S3 bucket ARNs have empty region and account fields (`arn:aws:s3:::bucket`)');
        const bucket = resource.split('/')[0] ?? '';
        if (!symbolic(bucket)) {
            const b = bucketNameProblem(bucket);
            if (b)
                problems.push(b);
        }
    }
    else if (svc === 'iam') {
        if (region !== '')
            problems.push('IAM ARNs have an empty region field');
        if (!symbolic(account) && account !== 'aws' && !ACCOUNT_RE.test(account))
            problems.push(`invalid account ID \`${account}\``);
    }
    else if (svc !== undefined) {
        if (!symbolic(region) && region !== '' && region !== '*' && !REGION_RE.test(region))
            problems.push(`invalid region \`${region}\``);
        if (!symbolic(account) && account !== '' && account !== '*' && !ACCOUNT_RE.test(account)) {
            problems.push(`invalid account ID \`${account}\``);
        }
        if ((svc === 'logs' || svc === 'firehose' || svc === 'kms') && (region === '' || account === '')) {
            problems.push(`${svc} ARNs need a region and an account ID`);
        }
    }
    if (resource === '')
        problems.push('empty resource field');
    return problems;
}
/** The S3 bucket naming rules (general purpose buckets). */
export function bucketNameProblem(b) {
    if (b.length < 3 || b.length > 63)
        return `bucket name \`${b}\` must be 3 to 63 characters long`;
    if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(b)) {
        return `bucket name \`${b}\` may only contain lowercase letters, digits, dots and hyphens, and must begin and end with a letter or digit`;
    }
    if (b.includes('..'))
        return `bucket name \`${b}\` must not contain two adjacent periods`;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(b))
        return `bucket name \`${b}\` must not be formatted as an IP address`;
    return undefined;
}
/** The partition field of an ARN given as parts, when literal. */
export function partitionOf(parts) {
    const first = parts[0];
    if (typeof first !== 'string' || !first.startsWith('arn:'))
        return undefined;
    const rest = first.slice(4);
    const c = rest.indexOf(':');
    if (c < 0)
        return parts.length === 1 ? undefined : undefined;
    return rest.slice(0, c);
}
/** Splits an ARN given as parts at its first five colons; symbols stay inside their field. */
export function arnFields(parts) {
    const fields = [[]];
    for (const p of parts) {
        if (typeof p !== 'string') {
            fields[fields.length - 1].push(p);
            continue;
        }
        let s = p;
        while (fields.length < 6) {
            const c = s.indexOf(':');
            if (c < 0)
                break;
            const head = s.slice(0, c);
            if (head)
                fields[fields.length - 1].push(head);
            fields.push([]);
            s = s.slice(c + 1);
        }
        if (s)
            fields[fields.length - 1].push(s);
    }
    if (fields.length < 6)
        return undefined;
    const first = fields[0];
    if (!first || first.length !== 1 || first[0] !== 'arn')
        return undefined;
    return fields;
}
