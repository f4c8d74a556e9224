// --fix for S3 bucket policies in JSON files: adds the missing AWSLogDeliveryAclCheck statement,
// missing per-account Resource entries, and the bucket-owner-full-control condition. Edits are
// made with jsonc-parser's modify/applyEdits, which keep the file's formatting and key order.
import { applyEdits, modify, parseTree, findNodeAtLocation } from 'jsonc-parser';
import { evaluate } from '../iam/evaluate.js';
import { buildLinks } from '../link/links.js';
import { aclCheckRequest, putObjectRequest } from '../link/requests.js';
import { display, literal } from '../model/value.js';
function literalParts(p) {
    return p.every((x) => typeof x === 'string') ? p.join('') : undefined;
}
function formatting(text) {
    const m = /\n([ \t]+)"/.exec(text);
    const indent = m?.[1] ?? '  ';
    return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}
/** Index of a statement in the file's Statement array (statements keep document order). */
function stmtPath(s, single) {
    return single ? ['Statement'] : ['Statement', s.index];
}
export function planBucketPolicyFixes(model, accountIds) {
    const links = buildLinks(model, accountIds);
    const byFile = new Map();
    for (const scope of links.buckets) {
        const bp = scope.policies[0];
        const src = bp?.origin.file;
        // Only standalone JSON policy documents (the whole file is the policy) are edited.
        if (!bp || scope.policies.length !== 1 || !src || !src.path.endsWith('.json') || bp.doc.pos?.start !== 0 && src.text.trimStart() !== src.text.slice(bp.doc.pos?.start ?? 0))
            continue;
        const tree = parseTree(src.text);
        if (!tree || !findNodeAtLocation(tree, ['Statement']))
            continue;
        const single = findNodeAtLocation(tree, ['Statement'])?.type === 'object';
        if (single)
            continue; // a lone statement object: leave it to a person
        const bucket = literalParts(scope.bucketName);
        const partition = literalParts(scope.partition);
        if (!bucket || !partition)
            continue;
        const fmt = formatting(src.text);
        const entry = byFile.get(src.path) ?? { text: src.text, ops: [], changes: [], fmt };
        byFile.set(src.path, entry);
        const docs = scope.policies.map((p) => p.doc);
        const accounts = scope.targets.flatMap((t) => t.accounts.map((a) => literalParts(a))).filter((a) => !!a);
        // 1. Missing per-account Resource entries on the statement that grants delivery elsewhere
        // (collected per statement, written as one new Resource list).
        const added = new Map();
        for (const t of scope.targets) {
            for (const a of t.accounts) {
                const acct = literalParts(a);
                if (!acct)
                    continue;
                const d = evaluate(docs, putObjectRequest(scope, t, a, 'bucket-owner-full-control'));
                if (d.verdict !== 'implicit-deny')
                    continue;
                const near = d.trace.find((r) => r.statement.effect === 'Allow' && r.element === 'resource');
                if (!near || !near.statement.resource)
                    continue;
                const prefix = t.prefix.length ? `${literalParts(t.prefix) ?? ''}/` : '';
                const resource = `arn:${partition}:s3:::${bucket}/${prefix}AWSLogs/${t.hive ? 'aws-account-id=' : ''}${acct}/*`;
                const list = added.get(near.statement) ?? [];
                if (!list.includes(resource))
                    list.push(resource);
                added.set(near.statement, list);
                entry.changes.push(`added Resource ${resource} for source account ${acct}`);
            }
        }
        for (const [st, news] of added) {
            const current = st.resource ? (st.resource.kind === 'arr' ? st.resource.items.map((x) => display(x)) : [display(st.resource)]) : [];
            entry.ops.push({ path: [...stmtPath(st, single), 'Resource'], value: [...current, ...news] });
        }
        // 2. The bucket-owner-full-control condition on statements that let delivery write without it.
        const fixedAcl = new Set();
        for (const t of scope.targets) {
            for (const a of t.accounts) {
                for (const acl of [undefined, 'public-read']) {
                    const d = evaluate(docs, putObjectRequest(scope, t, a, acl));
                    for (const r of d.allowedBy) {
                        if (fixedAcl.has(r.statement))
                            continue;
                        fixedAcl.add(r.statement);
                        entry.ops.push({ path: [...stmtPath(r.statement, single), 'Condition', 'StringEquals', 's3:x-amz-acl'], value: 'bucket-owner-full-control' });
                        entry.changes.push(`added the s3:x-amz-acl = bucket-owner-full-control condition to ${r.statement.sid ? `statement ${r.statement.sid}` : `statement #${r.statement.index + 1}`}`);
                    }
                }
            }
        }
        // 3. The AWSLogDeliveryAclCheck statement.
        const aclDenied = scope.targets.some((t) => t.accounts.some((a) => evaluate(docs, aclCheckRequest(scope, t, a)).verdict === 'implicit-deny'));
        if (aclDenied && !bp.doc.statements.some((s) => s.sid === 'AWSLogDeliveryAclCheck')) {
            const statement = {
                Sid: 'AWSLogDeliveryAclCheck',
                Effect: 'Allow',
                Principal: { Service: 'delivery.logs.amazonaws.com' },
                Action: 's3:GetBucketAcl',
                Resource: `arn:${partition}:s3:::${bucket}`,
            };
            const uniq = [...new Set(accounts)];
            if (uniq.length)
                statement.Condition = { StringEquals: { 'aws:SourceAccount': uniq.length === 1 ? uniq[0] : uniq } };
            entry.ops.push({ path: ['Statement', bp.doc.statements.length], value: statement, insert: true });
            entry.changes.push('added the AWSLogDeliveryAclCheck statement');
        }
    }
    const out = [];
    for (const [path, e] of byFile) {
        if (!e.ops.length)
            continue;
        // Each operation is computed on the text as the previous ones left it.
        let text = e.text;
        for (const op of e.ops)
            text = applyEdits(text, modify(text, op.path, op.value, { formattingOptions: e.fmt, ...(op.insert ? { isArrayInsertion: true } : {}) }));
        out.push({ path, before: e.text, after: text, changes: e.changes });
    }
    return out;
}
export { literal };
