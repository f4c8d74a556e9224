// Raw JSON/YAML inputs: IAM policy documents, the AWS CLI outputs that wrap them, CreateFlowLogs
// requests (`--cli-input-json/yaml` shape) and `describe-flow-logs` output. Recognised by content.
import { makePolicy } from '../iam/policy.js';
import { UNSTATED_PARTITION, UNSTATED_REGION } from '../model/symbols.js';
import { field, fromPNode, lit, literal } from '../model/value.js';
import { InputError } from '../parse/errors.js';
import { parseEmbeddedJson, parseJson } from '../parse/json.js';
import { get, str } from '../parse/pnode.js';
import { pos } from '../parse/source.js';
import { bucketOfPolicy, classifyPolicy } from './classify.js';
const FLOW_LOG_KEYS = [
    'ResourceIds',
    'ResourceType',
    'TrafficType',
    'LogDestinationType',
    'LogDestination',
    'LogGroupName',
    'DeliverLogsPermissionArn',
    'DeliverCrossAccountRole',
    'LogFormat',
    'MaxAggregationInterval',
    'DestinationOptions',
    'TagSpecifications',
    'DryRun',
    'ClientToken',
];
const DESCRIBE_KEYS = [
    'ResourceId',
    'FlowLogId',
    'FlowLogStatus',
    'DeliverLogsStatus',
    'DeliverLogsErrorMessage',
    'CreationTime',
    'Tags',
    'LogDestinationType',
    'LogDestination',
    'LogGroupName',
    'DeliverLogsPermissionArn',
    'DeliverCrossAccountRole',
    'TrafficType',
    'LogFormat',
    'MaxAggregationInterval',
    'DestinationOptions',
];
/** Environment of a raw input: the partition from the ARNs it names, region and account unstated. */
function envFromArns(...vals) {
    for (const v of vals) {
        const t = literal(v);
        const m = t ? /^arn:([^:]+):([^:]*):([^:]*):(\d{12})?:/.exec(t) : null;
        if (m) {
            const region = m[3] ? [m[3]] : [UNSTATED_REGION];
            return { partition: [m[1] ?? ''], region, ...(m[4] ? { account: [m[4]] } : {}) };
        }
    }
    return { partition: [UNSTATED_PARTITION], region: [UNSTATED_REGION] };
}
function displayName(t) {
    const p = t.src.path;
    return p.slice(p.lastIndexOf('/') + 1);
}
/** Adds a policy document to the model under the kind its content (or the caller) says. */
export function addPolicy(t, node, name, forced, bucketName) {
    const kind = t.opts.classify?.(t.src.path) ?? forced ?? classifyPolicy(node);
    const doc = makePolicy(kind, node);
    const origin = { file: t.src };
    const uid = `${t.src.path}#${name}#${t.model.policies.length}`;
    t.model.policies.push({ doc, owner: name, origin });
    const env = envFromArns();
    const base = { uid, name, origin, env, ...(node.pos ? { pos: node.pos } : {}) };
    if (kind === 'bucket') {
        const b = bucketName ?? bucketOfPolicy(node)?.name;
        t.model.bucketPolicies.push({ ...base, kind: 'bucket-policy', doc, ...(b ? { bucketName: lit(b) } : {}) });
    }
    else if (kind === 'identity') {
        t.model.identityPolicies.push({ ...base, kind: 'identity-policy', doc, attachedRoles: [], principalKey: uid });
    }
    else if (kind === 'trust') {
        // A trust policy on its own: a role whose name and permissions are unknown.
        t.model.roles.push({ ...base, kind: 'role', arn: [], roleName: [], trust: doc, policies: [], managedPolicyArns: [], policiesKnown: false });
    }
    else if (kind === 'key') {
        t.model.keys.push({ ...base, kind: 'kms-key', keyId: [], arn: [], aliases: [], policy: doc });
    }
    return doc;
}
function isPolicy(n) {
    return n.kind === 'object' && get(n, 'Statement') !== undefined && n.entries.every((e) => ['Version', 'Id', 'Statement'].includes(e.key));
}
/** A policy given as a JSON string (CLI outputs) or URL-encoded string (IAM API) or object. */
function embeddedPolicy(t, n) {
    if (!n)
        return undefined;
    if (n.kind === 'object')
        return fromPNode(n);
    if (n.kind !== 'scalar' || typeof n.value !== 'string')
        return undefined;
    const rawIsJson = t.src.text[n.pos.start] === '"';
    let text = n.value;
    if (/^%7B/i.test(text.trim())) {
        text = decodeURIComponent(text);
        const parsed = parseJson({ path: t.src.path, text }, { text, map: () => n.pos.start });
        return fromPNode(parsed.root);
    }
    if (rawIsJson)
        return fromPNode(parseEmbeddedJson(t.src, n.pos).root);
    const parsed = parseJson(t.src, { text, map: () => n.pos.start });
    return fromPNode(parsed.root);
}
export function loadRaw(t, root) {
    if (root.kind !== 'object')
        return false;
    const keys = new Set(root.entries.map((e) => e.key));
    const name = displayName(t);
    // IAM policy document.
    if (isPolicy(root)) {
        addPolicy(t, fromPNode(root), name);
        return true;
    }
    // aws s3api get-bucket-policy / aws kms get-key-policy: {"Policy": "<json>"}.
    if (keys.has('Policy') && str(get(root, 'Policy')) !== undefined && [...keys].every((k) => k === 'Policy' || k === 'PolicyName')) {
        const doc = embeddedPolicy(t, get(root, 'Policy'));
        if (doc)
            addPolicy(t, doc, name, keys.has('PolicyName') ? 'key' : undefined);
        return true;
    }
    // aws iam get-role: {"Role": {..., "AssumeRolePolicyDocument": ...}}.
    const role = get(root, 'Role');
    if (role && role.kind === 'object' && get(role, 'AssumeRolePolicyDocument')) {
        loadGetRole(t, role, name);
        return true;
    }
    // aws iam get-role-policy: {"RoleName", "PolicyName", "PolicyDocument"}.
    if (keys.has('PolicyDocument') && keys.has('PolicyName')) {
        const doc = embeddedPolicy(t, get(root, 'PolicyDocument'));
        if (doc) {
            const roleName = str(get(root, 'RoleName'));
            const pd = addPolicy(t, doc, `${roleName ?? name}/${str(get(root, 'PolicyName')) ?? ''}`, 'identity');
            const ip = t.model.identityPolicies.find((p) => p.doc === pd);
            if (ip && roleName)
                ip.attachedRoles.push(lit(roleName));
        }
        return true;
    }
    // aws iam get-policy-version: {"PolicyVersion": {"Document": ...}}.
    const pv = get(root, 'PolicyVersion');
    if (pv && get(pv, 'Document')) {
        const doc = embeddedPolicy(t, get(pv, 'Document'));
        if (doc)
            addPolicy(t, doc, name, 'identity');
        return true;
    }
    // aws s3api get-bucket-encryption: {"ServerSideEncryptionConfiguration": {"Rules": [...]}}.
    const sse = get(root, 'ServerSideEncryptionConfiguration');
    if (sse && get(sse, 'Rules')) {
        loadBucketEncryption(t, root, sse, name);
        return true;
    }
    // aws ec2 describe-flow-logs: {"FlowLogs": [...]}.
    const fls = get(root, 'FlowLogs');
    if (fls && fls.kind === 'array') {
        for (const item of fls.items) {
            if (item.kind === 'object')
                t.model.flowLogs.push(flowLogFrom(t, item, 'describe', name));
        }
        return true;
    }
    // CreateFlowLogs request.
    if (keys.has('ResourceIds') && [...keys].some((k) => ['TrafficType', 'LogDestinationType', 'LogDestination', 'LogGroupName'].includes(k))) {
        t.model.flowLogs.push(flowLogFrom(t, root, 'request', name));
        return true;
    }
    return false;
}
/** aws iam get-role: the role and its trust policy (its permissions are not in the output). */
function loadGetRole(t, role, name) {
    const trustVal = embeddedPolicy(t, get(role, 'AssumeRolePolicyDocument'));
    const arn = str(get(role, 'Arn'));
    const roleName = str(get(role, 'RoleName')) ?? name;
    const trust = trustVal ? makePolicy('trust', trustVal) : undefined;
    if (trust)
        t.model.policies.push({ doc: trust, owner: roleName, origin: { file: t.src } });
    t.model.roles.push({
        uid: `${t.src.path}#role`,
        kind: 'role',
        name: arn ?? roleName,
        origin: { file: t.src },
        pos: role.pos,
        env: envFromArns(arn ? lit(arn) : undefined),
        arn: arn ? [arn] : [],
        roleName: [roleName],
        ...(trust ? { trust } : {}),
        policies: [],
        managedPolicyArns: [],
        policiesKnown: false,
    });
}
/** aws s3api get-bucket-encryption. */
function loadBucketEncryption(t, root, sse, name) {
    // Which bucket is not in the output; it is linked by file name convention only when a single
    // bucket policy sits beside it, so record the encryption on a nameless bucket.
    const rule = get(sse, 'Rules');
    const first = rule && rule.kind === 'array' ? rule.items[0] : undefined;
    const def = get(first, 'ApplyServerSideEncryptionByDefault');
    const alg = get(def, 'SSEAlgorithm');
    const key = get(def, 'KMSMasterKeyID');
    t.model.buckets.push({
        uid: `${t.src.path}#encryption`,
        kind: 'bucket',
        name,
        origin: { file: t.src },
        pos: root.pos,
        env: envFromArns(),
        bucketName: [],
        encryption: { ...(alg ? { algorithm: fromPNode(alg) } : {}), ...(key ? { kmsKeyId: fromPNode(key) } : {}), pos: (def ?? root).pos },
    });
}
function inferResourceType(id) {
    if (!id)
        return undefined;
    if (id.startsWith('vpc-'))
        return 'VPC';
    if (id.startsWith('subnet-'))
        return 'Subnet';
    if (id.startsWith('eni-'))
        return 'NetworkInterface';
    if (id.startsWith('tgw-attach-'))
        return 'TransitGatewayAttachment';
    if (id.startsWith('tgw-'))
        return 'TransitGateway';
    return undefined;
}
function flowLogFrom(t, n, format, fileName) {
    if (n.kind !== 'object')
        throw new InputError('flow log must be an object', n.pos);
    const v = (k) => {
        const x = get(n, k);
        return x ? fromPNode(x) : undefined;
    };
    const known = format === 'request' ? FLOW_LOG_KEYS : DESCRIBE_KEYS;
    const extra = {};
    for (const e of n.entries)
        if (!known.includes(e.key))
            extra[e.key] = fromPNode(e.value);
    const idsVal = format === 'request' ? v('ResourceIds') : undefined;
    const ids = idsVal?.kind === 'arr' ? [...idsVal.items] : idsVal ? [idsVal] : [];
    const resourceId = v('ResourceId');
    if (resourceId)
        ids.push(resourceId);
    let resourceType = v('ResourceType');
    if (!resourceType) {
        const inferred = inferResourceType(literal(ids[0]));
        if (inferred)
            resourceType = lit(inferred);
    }
    const id = v('FlowLogId');
    const dest = v('LogDestination');
    const role = v('DeliverLogsPermissionArn');
    const name = literal(id) ?? (ids.length ? `${fileName} (${ids.map((i) => literal(i) ?? '?').join(', ')})` : fileName);
    const opt = (k, val) => (val ? { [k]: val } : {});
    return {
        uid: `${t.src.path}#${name}#${n.pos.start}`,
        kind: 'flow-log',
        format,
        name,
        origin: { file: t.src },
        pos: pos(t.src, n.pos.start, n.pos.end),
        env: envFromArns(dest, role),
        resourceIds: ids,
        ...opt('resourceType', resourceType),
        ...opt('trafficType', v('TrafficType')),
        ...opt('destinationType', v('LogDestinationType')),
        ...opt('destination', dest),
        ...opt('logGroupName', v('LogGroupName')),
        ...opt('deliverLogsPermissionArn', role),
        ...opt('deliverCrossAccountRole', v('DeliverCrossAccountRole')),
        ...opt('maxAggregationInterval', v('MaxAggregationInterval')),
        ...opt('logFormat', v('LogFormat')),
        ...opt('destinationOptions', v('DestinationOptions')),
        ...opt('deliveryStatus', v('DeliverLogsStatus')),
        ...opt('deliveryError', v('DeliverLogsErrorMessage')),
        ...opt('flowLogId', id),
        ...(Object.keys(extra).length ? { extra } : {}),
    };
}
export { field };
