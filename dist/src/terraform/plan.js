// `terraform show -json` output (plan or state): planned values are fully resolved, so they map
// straight onto the model through the same resource mapping as HCL. Values Terraform knows only
// after apply are unknown (never guessed); findings point into the JSON at the value and name the
// resource address (`module.vpc.aws_flow_log.this[0]`).
import { ACCOUNT } from '../model/symbols.js';
import { concatParts, fromPNode, literal, unknown } from '../model/value.js';
import { get, getEntry, str } from '../parse/pnode.js';
import { mapResource } from './load.js';
export function looksLikePlan(root) {
    return root.kind === 'object' && !!getEntry(root, 'format_version') && (!!get(root, 'planned_values') || !!get(root, 'values'));
}
function blockView(node, unknownKeys, at, label) {
    return {
        pos: at,
        arg: (n) => {
            const v = get(node, n);
            if (v && !(v.kind === 'scalar' && v.value === null))
                return fromPNode(v);
            const u = get(unknownKeys, n);
            if (u && u.kind === 'scalar' && u.value === true)
                return unknown(`${label}.${n} is known only after apply`, at);
            return undefined;
        },
        blocks: (n) => {
            const v = get(node, n);
            if (!v || v.kind !== 'array')
                return [];
            const u = get(unknownKeys, n);
            return v.items.map((item, i) => blockView(item, u?.kind === 'array' ? u.items[i] : undefined, item.pos, `${label}.${n}`));
        },
    };
}
export function loadPlan(t, root) {
    const values = get(get(root, 'planned_values'), 'root_module') ?? get(get(root, 'values'), 'root_module');
    const changes = new Map();
    const rc = get(root, 'resource_changes');
    if (rc?.kind === 'array') {
        for (const c of rc.items) {
            const a = str(get(c, 'address'));
            const au = get(get(c, 'change'), 'after_unknown');
            if (a && au)
                changes.set(a, au);
        }
    }
    const account = t.opts.bindings?.get('AWS::AccountId') ?? ACCOUNT;
    const partition = t.opts.bindings?.get('AWS::Partition') ?? 'aws';
    const walkModule = (mod) => {
        const resources = get(mod, 'resources');
        if (resources?.kind === 'array') {
            for (const r of resources.items) {
                if (str(get(r, 'mode')) !== 'managed')
                    continue;
                const address = str(get(r, 'address')) ?? '?';
                const type = str(get(r, 'type')) ?? '';
                const vals = get(r, 'values') ?? r;
                const at = r.pos;
                const view = blockView(vals, changes.get(address), at, address);
                const rv = {
                    ...view,
                    type,
                    address,
                    src: t.src,
                    pos: at,
                    attribute: (n) => view.arg(n) ?? computed(type, n, view, partition, account, at, address),
                };
                try {
                    mapResource(t.model, rv, t.opts.bindings ?? new Map());
                }
                catch (e) {
                    t.opts.debug(`${address}: ${String(e)}`);
                }
            }
        }
        const children = get(mod, 'child_modules');
        if (children?.kind === 'array')
            for (const c of children.items)
                walkModule(c);
    };
    walkModule(values);
}
/** Attributes the provider computes, from the resource's own planned values. */
function computed(type, n, v, partition, account, at, address) {
    const s = (parts) => ({ kind: 'str', parts: concatParts(parts), pos: at });
    const name = (k) => {
        const x = v.arg(k);
        return x?.kind === 'str' ? x.parts : undefined;
    };
    if (type === 'aws_s3_bucket' && n === 'arn' && name('bucket'))
        return s(['arn:', partition, ':s3:::', ...(name('bucket') ?? [])]);
    if (type === 'aws_s3_bucket' && n === 'id' && name('bucket'))
        return s([...(name('bucket') ?? [])]);
    if (type === 'aws_iam_role' && n === 'arn' && name('name'))
        return s(['arn:', partition, ':iam::', account, `:role${literal(v.arg('path')) ?? '/'}`, ...(name('name') ?? [])]);
    if ((type === 'aws_iam_role' || type === 'aws_cloudwatch_log_group') && (n === 'name' || n === 'id') && name('name'))
        return s([...(name('name') ?? [])]);
    return unknown(`${address}.${n} is known only after apply`, at);
}
