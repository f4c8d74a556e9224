import { stringify } from 'yaml';
import { evaluate } from '../iam/evaluate.js';
import { buildLinks } from '../link/links.js';
import { aclCheckRequest, putObjectRequest } from '../link/requests.js';
import { lineCol } from '../parse/source.js';
const literal = (p) => (p.every((x) => typeof x === 'string') ? p.join('') : undefined);
export function suggestSnippets(model, accountIds, org) {
    const out = [];
    for (const scope of buildLinks(model, accountIds, org).buckets) {
        const bp = scope.policies[0];
        const src = bp?.origin.file;
        if (!bp || !src || src.path.endsWith('.json'))
            continue;
        const bucket = literal(scope.bucketName);
        const partition = literal(scope.partition) ?? 'aws';
        if (!bucket)
            continue;
        const docs = scope.policies.map((p) => p.doc);
        // Source accounts: as the inputs state them, else the --account-id list.
        const accountsOf = (t) => {
            const stated = t.accounts.map(literal).filter((a) => !!a);
            return stated.length === t.accounts.length && stated.length ? stated : [...accountIds];
        };
        const accounts = [...new Set(scope.targets.flatMap(accountsOf))];
        const yaml = /\.ya?ml$|\.template$/.test(src.path);
        const render = (v) => (yaml ? stringify([v]).trimEnd() : JSON.stringify(v, null, 2));
        const where = `${src.path}${bp.pos ? `:${lineCol(src, bp.pos.start).line}` : ''}`;
        const condition = accounts.length ? { StringEquals: { 'aws:SourceAccount': accounts.length === 1 ? accounts[0] : accounts } } : undefined;
        const aclDenied = scope.targets.some((t) => accountsOf(t).some((a) => evaluate(docs, aclCheckRequest(scope, t, [a])).verdict === 'implicit-deny'));
        if (aclDenied) {
            out.push({
                where,
                what: 'add the AWSLogDeliveryAclCheck statement',
                text: render({ Sid: 'AWSLogDeliveryAclCheck', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: `arn:${partition}:s3:::${bucket}`, ...(condition ? { Condition: condition } : {}) }),
            });
        }
        // The whole delivery statement, for every account (a second statement with the same Sid
        // would be invalid): it replaces the one that leaves accounts out.
        const resources = [];
        const missing = [];
        for (const t of scope.targets) {
            for (const acct of accountsOf(t)) {
                if (evaluate(docs, putObjectRequest(scope, t, [acct], 'bucket-owner-full-control')).verdict === 'implicit-deny')
                    missing.push(acct);
                const prefix = t.prefix.length ? `${literal(t.prefix) ?? ''}/` : '';
                const r = `arn:${partition}:s3:::${bucket}/${prefix}AWSLogs/${t.hive ? 'aws-account-id=' : ''}${acct}/*`;
                if (!resources.includes(r))
                    resources.push(r);
            }
        }
        if (missing.length) {
            out.push({
                where,
                what: `delivery cannot write for source account(s) ${[...new Set(missing)].join(', ')}; the delivery statement should read`,
                text: render({ Sid: 'AWSLogDeliveryWrite', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: resources, Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', ...(condition?.StringEquals ?? {}) } } }),
            });
        }
    }
    return out;
}
