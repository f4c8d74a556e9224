// --fix for S3 bucket policies in JSON files: adds the missing AWSLogDeliveryAclCheck statement,
// missing per-account Resource entries, and the bucket-owner-full-control condition. Edits are
// made with jsonc-parser's modify/applyEdits, which keep the file's formatting and key order.
import { applyEdits, modify, parseTree, findNodeAtLocation, getNodeValue } from 'jsonc-parser';
import { extendSourceConditions, sourceConditionEdits, sourceConditionsOf } from './conditions.js';
import { evaluate } from '../iam/evaluate.js';
import { CANNED_ACLS } from '../iam/closed-sets.js';
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
function stmtName(s) {
    return s.sid ? `statement ${s.sid}` : `statement #${s.index + 1}`;
}
/** The statement's Condition block as written in the file. */
function rawCondition(tree, s) {
    const n = findNodeAtLocation(tree, ['Statement', s.index, 'Condition']);
    const v = n ? getNodeValue(n) : undefined;
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
/** Does the statement's Principal name a log-delivery service? */
function deliveryPrincipal(tree, s) {
    const n = findNodeAtLocation(tree, ['Statement', s.index, 'Principal']);
    return n !== undefined && /delivery\.logs\.amazonaws\.com/.test(JSON.stringify(getNodeValue(n)));
}
/** An Allow statement that lets a delivery service write objects (a sibling of the ACL check). */
function isDeliveryWrite(s) {
    const actions = s.action ? (s.action.kind === 'arr' ? s.action.items : [s.action]).map((x) => display(x).toLowerCase()) : [];
    return s.effect === 'Allow' && actions.some((a) => a === 's3:putobject' || a === 's3:*' || a === '*');
}
/** `org`: the organisation of the source accounts (--org-id / --org-path), so that statements
 * conditioned on aws:SourceOrgID / aws:SourceOrgPaths are judged as the lint judges them. */
export function planBucketPolicyFixes(model, accountIds, org) {
    const links = buildLinks(model, accountIds, org);
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
        // Source accounts each statement's conditions must also admit (written once per statement).
        const conditionFor = new Map();
        const admit = (st, acct) => conditionFor.set(st, (conditionFor.get(st) ?? new Set()).add(acct));
        // 1. Missing per-account Resource entries on the statement that grants delivery elsewhere
        // (collected per statement, written as one new Resource list); the statement's source
        // conditions (aws:SourceAccount / aws:SourceArn) are extended to the same accounts.
        const added = new Map();
        for (const t of scope.targets) {
            for (const a of t.accounts) {
                const acct = literalParts(a);
                if (!acct)
                    continue;
                const d = evaluate(docs, putObjectRequest(scope, t, a, 'bucket-owner-full-control'));
                if (d.verdict !== 'implicit-deny')
                    continue;
                const byCondition = d.trace.find((r) => r.statement.effect === 'Allow' && r.element === 'condition');
                if (byCondition) {
                    admit(byCondition.statement, acct);
                    continue;
                }
                const near = d.trace.find((r) => r.statement.effect === 'Allow' && r.element === 'resource');
                if (!near || !near.statement.resource)
                    continue;
                admit(near.statement, acct);
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
        // 2. The bucket-owner-full-control condition on statements that let delivery write without it
        // (including those step 1 opened to more accounts).
        const fixedAcl = new Set();
        for (const st of added.keys()) {
            const cond = rawCondition(tree, st) ?? {};
            if (Object.values(cond).some((b) => b && typeof b === 'object' && Object.keys(b).some((k) => k.toLowerCase() === 's3:x-amz-acl')))
                continue;
            fixedAcl.add(st);
            entry.ops.push({ path: [...stmtPath(st, single), 'Condition', 'StringEquals', 's3:x-amz-acl'], value: 'bucket-owner-full-control' });
            entry.changes.push(`added the s3:x-amz-acl = bucket-owner-full-control condition to ${stmtName(st)}`);
        }
        for (const t of scope.targets) {
            for (const a of t.accounts) {
                for (const acl of [undefined, ...CANNED_ACLS.filter((x) => x !== 'bucket-owner-full-control')]) {
                    const d = evaluate(docs, putObjectRequest(scope, t, a, acl));
                    for (const r of d.allowedBy) {
                        if (fixedAcl.has(r.statement))
                            continue;
                        fixedAcl.add(r.statement);
                        entry.ops.push({ path: [...stmtPath(r.statement, single), 'Condition', 'StringEquals', 's3:x-amz-acl'], value: 'bucket-owner-full-control' });
                        entry.changes.push(`added the s3:x-amz-acl = bucket-owner-full-control condition to ${stmtName(r.statement)}`);
                    }
                }
            }
        }
        // 3. The AWSLogDeliveryAclCheck statement: an existing one whose conditions leave out an
        // account admits it; a missing one is added with its siblings' source conditions.
        let aclDenied = false;
        for (const t of scope.targets) {
            for (const a of t.accounts) {
                const d = evaluate(docs, aclCheckRequest(scope, t, a));
                if (d.verdict !== 'implicit-deny')
                    continue;
                const acct = literalParts(a);
                const byCondition = d.trace.find((r) => r.statement.effect === 'Allow' && r.element === 'condition');
                if (byCondition && acct) {
                    admit(byCondition.statement, acct);
                }
                else
                    aclDenied = true;
            }
        }
        // One edit per operator and key, so edits made above to the same Condition (the
        // bucket-owner-full-control key) are kept.
        // A statement admitted to more accounts that has no source condition at all would, once it
        // grants delivery, be open to any account's deliveries (bucket-policy/source-conditions):
        // it and its delivery siblings without one get aws:SourceAccount for the given accounts.
        const allAccounts = [...new Set(accounts)];
        const unconditioned = (st) => Object.keys(sourceConditionsOf(rawCondition(tree, st) ?? {})).length === 0;
        if (allAccounts.length && [...conditionFor.keys()].some(unconditioned)) {
            for (const st of bp.doc.statements) {
                if (st.effect !== 'Allow' || !unconditioned(st) || !deliveryPrincipal(tree, st))
                    continue;
                conditionFor.delete(st);
                entry.ops.push({ path: [...stmtPath(st, single), 'Condition', 'StringEquals', 'aws:SourceAccount'], value: allAccounts.length === 1 ? allAccounts[0] : allAccounts });
                entry.changes.push(`added aws:SourceAccount = ${allAccounts.join(', ')} to ${stmtName(st)}`);
            }
        }
        for (const [st, accts] of conditionFor) {
            const edits = sourceConditionEdits(rawCondition(tree, st) ?? {}, [...accts]);
            for (const e of edits)
                entry.ops.push({ path: [...stmtPath(st, single), 'Condition', e.op, e.key], value: e.value });
            if (edits.length)
                entry.changes.push(`extended ${edits.map((e) => e.key).join(' and ')} of ${stmtName(st)} to source account(s) ${[...accts].join(', ')}`);
        }
        if (aclDenied && !bp.doc.statements.some((s) => s.sid === 'AWSLogDeliveryAclCheck')) {
            const statement = {
                Sid: 'AWSLogDeliveryAclCheck',
                Effect: 'Allow',
                Principal: { Service: 'delivery.logs.amazonaws.com' },
                Action: 's3:GetBucketAcl',
                Resource: `arn:${partition}:s3:::${bucket}`,
            };
            const uniq = [...new Set(accounts)];
            // The same source conditions as the delivery statements beside it (organisation
            // conditions included), admitting every source account; or aws:SourceAccount alone.
            const sibling = bp.doc.statements
                .map((st) => sourceConditionsOf(rawCondition(tree, st) ?? {}))
                .find((c, i) => Object.keys(c).length > 0 && isDeliveryWrite(bp.doc.statements[i]));
            const inherited = sibling ? (extendSourceConditions(sibling, uniq) ?? sibling) : undefined;
            if (inherited)
                statement.Condition = inherited;
            else if (uniq.length)
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
