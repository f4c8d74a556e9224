import { ACCOUNT, PARTITION, REGION } from '../model/symbols.js';
import { lit } from '../model/value.js';
import { get, getEntry, str } from '../parse/pnode.js';
import { span } from '../parse/source.js';
import { condition, ref } from './resolve.js';
import { NO } from '../iam/tri.js';
import { cfnFacts } from './dependencies.js';
import { linkAliases, mapCfnResource } from './resources.js';
export function looksLikeTemplate(root) {
    if (root.kind !== 'object')
        return false;
    if (getEntry(root, 'AWSTemplateFormatVersion'))
        return true;
    const res = get(root, 'Resources');
    if (!res || res.kind !== 'object' || res.entries.length === 0)
        return false;
    return res.entries.every((e) => /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$|^Custom::|^AWS::Serverless/.test(str(get(e.value, 'Type')) ?? ''));
}
function mapOf(n) {
    const m = new Map();
    if (n?.kind === 'object')
        for (const e of n.entries)
            m.set(e.key, e.value);
    return m;
}
/** The template's parameters, mappings, conditions and resources, as the resolver needs them. */
export function templateInfo(scope, root, cfn = {}) {
    const resources = new Map();
    const resNode = get(root, 'Resources');
    if (resNode?.kind === 'object') {
        for (const e of resNode.entries) {
            if (e.value.kind !== 'object')
                continue;
            resources.set(e.key, { type: str(get(e.value, 'Type')) ?? '', node: e.value, props: get(e.value, 'Properties'), key: e });
        }
    }
    const params = new Map();
    for (const [k, v] of mapOf(get(root, 'Parameters')))
        if (v.kind === 'object')
            params.set(k, v);
    // Given values first; a parent stack's or a scenario's values win over them.
    const overrides = new Map();
    for (const [k, v] of cfn.parameterValues ?? [])
        if (params.has(k))
            overrides.set(k, lit(v));
    for (const [k, v] of cfn.overrides ?? [])
        overrides.set(k, v);
    return {
        scope,
        parameters: params,
        mappings: get(root, 'Mappings'),
        conditions: mapOf(get(root, 'Conditions')),
        resources,
        bindings: cfn.bindings ?? new Map(),
        assume: cfn.assume ?? new Map(),
        undecided: cfn.undecided ?? new Set(),
        ...(overrides.size ? { overrides } : {}),
        ...(cfn.otherParams?.size ? { otherParams: cfn.otherParams } : {}),
    };
}
/** Nested stacks whose template is in the same folder (CDK's cdk.out): child file name and the
 * Parameters node the parent passes. */
export function nestedStacks(root) {
    const out = [];
    const res = get(root, 'Resources');
    if (res?.kind !== 'object')
        return out;
    for (const e of res.entries) {
        if (str(get(e.value, 'Type')) !== 'AWS::CloudFormation::Stack')
            continue;
        const asset = str(get(get(e.value, 'Metadata'), 'aws:asset:path'));
        if (asset)
            out.push({ assetPath: asset, parameters: get(get(e.value, 'Properties'), 'Parameters'), logicalId: e.key });
    }
    return out;
}
export function loadCloudFormation(t, root) {
    if (root.kind !== 'object')
        return;
    const info = templateInfo(t.src.path, root, templateOptions(t));
    cfnFacts(t.model, t.src, root, (c) => !conditionFalse(info, c));
    const cx = { model: t.model, src: t.src, info, env: stackEnv(info), aliases: [] };
    for (const [id, r] of info.resources) {
        // Resource-level Condition: the resource exists only when it holds.
        const cond = str(get(r.node, 'Condition'));
        if (cond && conditionFalse(info, cond))
            continue;
        collectMetadataSuppressions(t.model, r.node, r.key);
        t.model.spans.push(span(r.key.keyPos, r.node.pos));
        mapCfnResource(cx, id, r);
    }
    linkAliases(t.model, cx.aliases);
}
/** This template's share of the run's options (a parent stack's or a scenario's values are per file). */
function templateOptions(t) {
    return {
        ...(t.opts.bindings ? { bindings: t.opts.bindings } : {}),
        ...(t.opts.assume ? { assume: t.opts.assume } : {}),
        ...(t.opts.undecided ? { undecided: t.opts.undecided } : {}),
        ...(t.opts.paramOverrides?.get(t.src.path) ? { overrides: t.opts.paramOverrides.get(t.src.path) } : {}),
        ...(t.opts.otherParams?.get(t.src.path) ? { otherParams: t.opts.otherParams.get(t.src.path) } : {}),
        ...(t.opts.parameterValues ? { parameterValues: t.opts.parameterValues } : {}),
    };
}
/** The stack's partition, region and account: bound literals, else the pseudo-parameter symbols. */
function stackEnv(info) {
    const partsOrSym = (v, fallback) => (v.kind === 'str' ? v.parts : [fallback]);
    return { partition: partsOrSym(ref(info, 'AWS::Partition'), PARTITION), region: partsOrSym(ref(info, 'AWS::Region'), REGION), account: partsOrSym(ref(info, 'AWS::AccountId'), ACCOUNT) };
}
function conditionFalse(info, name) {
    return condition(info, name) === NO;
}
/** `Metadata: { flowlog-lint: { ignore: [ { rule, reason } | "rule -- reason" ] } }`. */
function collectMetadataSuppressions(m, node, key) {
    const list = get(get(get(node, 'Metadata'), 'flowlog-lint'), 'ignore');
    if (!list || list.kind !== 'array')
        return;
    for (const item of list.items) {
        let rule;
        let reason;
        if (item.kind === 'scalar' && typeof item.value === 'string') {
            const [r, ...rest] = item.value.split(' -- ');
            rule = r?.trim();
            reason = rest.join(' -- ').trim();
        }
        else {
            rule = str(get(item, 'rule')) ?? str(get(item, 'id'));
            reason = str(get(item, 'reason')) ?? '';
        }
        if (!rule)
            continue;
        const scope = span(key.keyPos, node.pos);
        m.suppressions.push({ rules: [rule], reason, at: item.pos, scope, kind: 'metadata', used: false });
    }
}
