// Terraform resource types → model resources: one small mapper per resource type that matters, in
// a table. The same mapping serves HCL (evaluated by module.ts) and plan/state JSON (plan.ts):
// both hand over a ResourceView. Settings Terraform writes as resources of their own are noted in
// model/declared-apart.ts and linked after the load (link/apart.ts).
import { makePolicy, type PolicyDoc, type PolicyKind } from '../iam/policy.js';
import type { DeclaredBase, Env, Model, Role } from '../model/model.js';
import { ACCOUNT, PARTITION, REGION, isOptionalInputSym } from '../model/symbols.js';
import { asList, lit, literal, type Part, type Val } from '../model/value.js';
import type { Pos, SourceFile } from '../parse/source.js';
import { policyValue } from './module.js';
import { declaredApart as pending } from '../model/declared-apart.js';

/** A Terraform block as the mapping sees it: from HCL (evaluated) or from plan/state JSON. */
export interface BlockView {
  readonly pos: Pos;
  arg(name: string): Val | undefined;
  blocks(name: string): BlockView[];
}

export interface ResourceView extends BlockView {
  readonly type: string;
  readonly address: string;
  readonly src: SourceFile;
  /** An attribute as other resources see it (computed ARNs and IDs included). */
  attribute(name: string): Val;
}

/** The fields every model resource mapped from one Terraform resource starts with. */
type ResourceBase = DeclaredBase;

/** One resource as its mapper sees it. */
interface Resource {
  readonly model: Model;
  readonly view: ResourceView;
  readonly base: ResourceBase;
  /** An argument, evaluated. */
  readonly arg: (name: string) => Val | undefined;
  /** An attribute as other resources see it, as parts (empty when not a string). */
  readonly attr: (name: string) => readonly Part[];
  /** A policy argument read as a document (and recorded as a policy of `owner`); undefined when
   * it is absent or cannot be read statically. */
  readonly policy: (kind: PolicyKind, v: Val | undefined, owner: string) => PolicyDoc | undefined;
}

/** `via`: the caller's folder, for resources of a module called from outside that folder. */
export function mapResource(model: Model, view: ResourceView, bindings: ReadonlyMap<string, string>, via?: string): void {
  const mapper = Object.hasOwn(MAPPERS, view.type) ? MAPPERS[view.type] : undefined;
  if (!mapper) return;
  const base = { uid: `tf:${via ? `${via} → ` : ''}${view.address}`, name: via ? `${via} → ${view.address}` : view.address, origin: { file: view.src }, pos: view.pos, env: env(bindings) };
  mapper({
    model,
    view,
    base,
    arg: (n) => view.arg(n),
    attr: (n) => parts(view.attribute(n)),
    policy: (kind, v, owner) => {
      if (!v) return undefined;
      const doc = policyValue(v);
      if (!doc) return undefined;
      const p = makePolicy(kind, doc);
      model.policies.push({ doc: p, owner, origin: { file: view.src } });
      return p;
    },
  });
}

function env(bindings: ReadonlyMap<string, string>): Env {
  return {
    partition: [bindings.get('AWS::Partition') ?? PARTITION],
    region: [bindings.get('AWS::Region') ?? REGION],
    account: [bindings.get('AWS::AccountId') ?? ACCOUNT],
  };
}

const parts = (v: Val | undefined): readonly Part[] => (v?.kind === 'str' ? v.parts : v?.kind === 'num' ? [v.text] : []);

const unresolvedReason = (v: Val | undefined): string => (v?.kind === 'unknown' ? v.reason : 'the policy is not a JSON document that can be read statically');

/** A library module's input with a null default that nobody set (optionalInputSym) stands for
 * "null unless the caller needs it": an optional argument made of it alone counts as not set. */
const optionalOnly = (v: Val | undefined): boolean => v?.kind === 'str' && v.parts.length === 1 && isOptionalInputSym(v.parts[0]);

/** `{k: v}` when the argument is set. Arguments the resource cannot work without (`keep`) stay
 * even when only an optional input: the caller must give them. */
const opt = <K extends string>(k: K, v: Val | undefined, keep = false): Partial<Record<K, Val>> => (v && (keep || !optionalOnly(v)) ? ({ [k]: v } as Record<K, Val>) : {});

/** Server-side encryption defaults of a `rule` block's `apply_server_side_encryption_by_default`. */
function sseDefault(def: BlockView): { algorithm?: Val; kmsKeyId?: Val; pos: Pos } {
  return { ...opt('algorithm', def.arg('sse_algorithm')), ...opt('kmsKeyId', def.arg('kms_master_key_id')), pos: def.pos };
}

/** The argument that attaches a flow log, and the ResourceType it means. */
const FLOW_LOG_TARGETS: readonly (readonly [string, string])[] = [
  ['vpc_id', 'VPC'],
  ['subnet_id', 'Subnet'],
  ['eni_id', 'NetworkInterface'],
  ['transit_gateway_id', 'TransitGateway'],
  ['transit_gateway_attachment_id', 'TransitGatewayAttachment'],
];

/** What the flow log is attached to: the first target argument set, preferring one the caller
 * set over an optional input (which resource an optional input attaches it to is the caller's
 * choice). */
function flowLogTarget({ arg }: Resource): { resourceIds: Val[]; resourceType?: Val } {
  let resourceIds: Val[] = [];
  let resourceType: Val | undefined;
  if (FLOW_LOG_TARGETS.every(([k]) => !arg(k) || optionalOnly(arg(k)))) {
    const first = FLOW_LOG_TARGETS.find(([k]) => arg(k));
    if (first) {
      resourceIds = [arg(first[0]) as Val];
      resourceType = lit(first[1], arg(first[0])?.pos);
    }
  }
  for (const [k, t] of FLOW_LOG_TARGETS) {
    const v = arg(k);
    if (v && !optionalOnly(v)) {
      resourceIds = [v];
      resourceType = lit(t, v.pos);
      break;
    }
  }
  return { resourceIds, ...(resourceType ? { resourceType } : {}) };
}

/** `destination_options` in the shape of CloudFormation's DestinationOptions. */
function flowLogDestinationOptions(view: ResourceView): Val | undefined {
  const optsBlock = view.blocks('destination_options')[0];
  if (!optsBlock) return undefined;
  const entries = [
    ['FileFormat', 'file_format'],
    ['HiveCompatiblePartitions', 'hive_compatible_partitions'],
    ['PerHourPartition', 'per_hour_partition'],
  ]
    .map(([k, tf]) => ({ key: k as string, value: optsBlock.arg(tf as string) }))
    .filter((e): e is { key: string; value: Val } => !!e.value);
  return { kind: 'obj', entries, pos: optsBlock.pos };
}

function flowLog(res: Resource): void {
  const { arg, view, base } = res;
  const { resourceIds, resourceType } = flowLogTarget(res);
  const destinationOptions = flowLogDestinationOptions(view);
  res.model.flowLogs.push({
    ...base,
    kind: 'flow-log',
    format: 'terraform',
    resourceIds,
    flowLogId: { kind: 'str', parts: [{ sym: `tf:${view.address}.id`, label: `${view.address}.id` }] },
    ...opt('resourceType', resourceType),
    ...opt('trafficType', arg('traffic_type')),
    ...opt('destinationType', arg('log_destination_type')),
    // The destination is needed unless the legacy log_group_name is given; the role unless
    // the destination is S3.
    ...opt('destination', arg('log_destination'), !arg('log_group_name') || optionalOnly(arg('log_group_name'))),
    ...opt('logGroupName', arg('log_group_name')),
    ...opt('deliverLogsPermissionArn', arg('iam_role_arn'), literal(arg('log_destination_type')) !== 's3'),
    ...opt('deliverCrossAccountRole', arg('deliver_cross_account_role')),
    ...opt('maxAggregationInterval', arg('max_aggregation_interval')),
    ...opt('logFormat', arg('log_format')),
    ...opt('destinationOptions', destinationOptions),
  });
}

function bucket({ model, view, base, arg, attr, policy }: Resource): void {
  const name = attr('bucket');
  const sseBlock = view.blocks('server_side_encryption_configuration')[0];
  const rule = sseBlock ? sseBlock.blocks('rule')[0] : undefined;
  const def = rule ? rule.blocks('apply_server_side_encryption_by_default')[0] : undefined;
  const inline = policy('bucket', arg('policy'), view.address);
  model.buckets.push({
    ...base,
    kind: 'bucket',
    format: 'terraform',
    bucketName: name,
    ...opt('acl', arg('acl')),
    ...(def ? { encryption: sseDefault(def) } : {}),
    ...(inline ? { inlinePolicy: inline } : {}),
  });
}

function bucketPolicy({ model, view, base, arg, policy }: Resource): void {
  const v = arg('policy');
  const doc = policy('bucket', v, view.address);
  const bucket = arg('bucket');
  model.bucketPolicies.push({
    ...base,
    kind: 'bucket-policy',
    doc: doc ?? makePolicy('bucket', { kind: 'obj', entries: [] }),
    ...(bucket ? { bucketName: bucket } : {}),
    ...(doc ? {} : { unresolved: unresolvedReason(v) }),
  });
}

function bucketEncryption({ model, view, arg }: Resource): void {
  const rule = view.blocks('rule')[0];
  const def = rule ? rule.blocks('apply_server_side_encryption_by_default')[0] : undefined;
  const bucket = arg('bucket');
  if (def && bucket) pending(model).sse.push({ bucket, encryption: sseDefault(def) });
}

function bucketOwnership({ model, view, arg }: Resource): void {
  const bucket = arg('bucket');
  const rule = view.blocks('rule')[0];
  const objectOwnership = rule ? rule.arg('object_ownership') : undefined;
  if (bucket && objectOwnership) pending(model).bucketSettings.push({ bucket, objectOwnership });
}

function deliveryStream({ model, view, base, arg, attr }: Resource): void {
  const dest = arg('destination');
  const conf = dest ? (view.blocks(`${literal(dest) ?? ''}_configuration`)[0] ?? view.blocks('extended_s3_configuration')[0]) : undefined;
  (model.deliveryStreams ??= []).push({
    ...base,
    kind: 'delivery-stream',
    streamName: attr('name'),
    arn: attr('arn'),
    ...opt('destination', dest),
    ...opt('roleArn', conf ? conf.arg('role_arn') : undefined),
  });
}

function kmsKey({ model, view, base, arg, attr, policy }: Resource): void {
  const doc = policy('key', arg('policy'), view.address);
  model.keys.push({
    ...base,
    kind: 'kms-key',
    keyId: attr('key_id'),
    arn: attr('arn'),
    aliases: [],
    managedBy: 'CUSTOMER',
    ...(doc ? { policy: doc } : {}),
    ...opt('keySpec', arg('customer_master_key_spec') ?? arg('key_spec')),
  });
}

function role({ model, view, base, arg, attr, policy }: Resource): void {
  const trust = policy('trust', arg('assume_role_policy'), view.address);
  const r: Role = {
    ...base,
    kind: 'role',
    arn: attr('arn'),
    roleName: attr('name'),
    ...(trust ? { trust } : {}),
    policies: [],
    managedPolicyArns: asList(arg('managed_policy_arns')),
    policiesKnown: true,
  };
  for (const ip of view.blocks('inline_policy')) {
    const doc = policy('identity', ip.arg('policy'), `${view.address}/${literal(ip.arg('name')) ?? 'inline'}`);
    if (doc) {
      r.policies.push(doc);
      model.identityPolicies.push({ ...base, uid: `${base.uid}/inline`, kind: 'identity-policy', doc, attachedRoles: [], principalKey: base.uid });
    }
  }
  model.roles.push(r);
}

/** aws_iam_role_policy: a policy that cannot be read makes the role's permissions unverifiable. */
function rolePolicy({ model, view, base, arg, policy }: Resource): void {
  const pv = arg('policy');
  const doc = policy('identity', pv, view.address);
  const role = arg('role');
  if (!doc && role) pending(model).unresolvedRolePolicies.push({ role, reason: { kind: 'unknown', reason: `${view.address}: ${unresolvedReason(pv)}`, ...(pv?.pos ? { pos: pv.pos } : {}) } });
  if (doc) model.identityPolicies.push({ ...base, kind: 'identity-policy', doc, attachedRoles: role ? [role] : [], principalKey: role ? `role:${JSON.stringify(parts(role))}` : base.uid });
}

/** aws_iam_user_policy / aws_iam_group_policy: keyed by the principal, with its attachments. */
function principalPolicy({ model, view, base, arg, policy }: Resource): void {
  const doc = policy('identity', arg('policy'), view.address);
  const who = arg(view.type === 'aws_iam_user_policy' ? 'user' : 'group');
  if (doc) model.identityPolicies.push({ ...base, kind: 'identity-policy', doc, attachedRoles: [], principalKey: `${view.type}:${JSON.stringify(parts(who))}` });
}

function policyAttachment({ model, arg }: Resource): void {
  const arn = arg('policy_arn');
  if (!arn) return;
  pending(model).attachments.push({ roles: asList(arg('roles')), policyArn: arn });
  for (const u of asList(arg('users'))) pending(model).principalAttachments.push({ principalKey: `aws_iam_user_policy:${JSON.stringify(parts(u))}`, policyArn: arn });
  for (const g of asList(arg('groups'))) pending(model).principalAttachments.push({ principalKey: `aws_iam_group_policy:${JSON.stringify(parts(g))}`, policyArn: arn });
}

/** A managed policy attached to a user or group joins that principal's other policies (the
 * creator/* rules read them together). */
function principalAttachment({ model, view, arg }: Resource): void {
  const user = view.type === 'aws_iam_user_policy_attachment';
  const who = arg(user ? 'user' : 'group');
  const arn = arg('policy_arn');
  const kind = user ? 'aws_iam_user_policy' : 'aws_iam_group_policy';
  if (who && arn) pending(model).principalAttachments.push({ principalKey: `${kind}:${JSON.stringify(parts(who))}`, policyArn: arn });
}

const MAPPERS: Readonly<Record<string, (res: Resource) => void>> = {
  aws_flow_log: flowLog,
  aws_vpc: ({ model, base, attr }) => model.vpcs.push({ ...base, kind: 'vpc', format: 'terraform', vpcId: attr('id') }),
  aws_default_vpc: ({ model, base, attr }) => model.vpcs.push({ ...base, kind: 'vpc', format: 'terraform', vpcId: attr('id') }),
  aws_s3_bucket: bucket,
  aws_s3_bucket_policy: bucketPolicy,
  aws_s3_bucket_server_side_encryption_configuration: bucketEncryption,
  aws_s3_bucket_acl: ({ model, arg }) => {
    const bucket = arg('bucket');
    const acl = arg('acl');
    if (bucket && acl) pending(model).bucketSettings.push({ bucket, acl });
  },
  aws_s3_bucket_ownership_controls: bucketOwnership,
  aws_kinesis_firehose_delivery_stream: deliveryStream,
  aws_kms_key: kmsKey,
  // The key's policy written as a separate resource: linked to its key after mapping.
  aws_kms_key_policy: ({ model, view, arg, policy }) => {
    const doc = policy('key', arg('policy'), view.address);
    const key = arg('key_id');
    if (doc && key) pending(model).keyPolicies.push({ key, doc });
  },
  aws_kms_alias: ({ model, arg }) => {
    const name = arg('name');
    const target = arg('target_key_id');
    if (name && target) pending(model).aliases.push({ name, target });
  },
  aws_iam_role: role,
  aws_iam_role_policy: rolePolicy,
  aws_iam_policy: ({ model, view, base, arg, attr, policy }) => {
    const doc = policy('identity', arg('policy'), view.address);
    if (doc) model.identityPolicies.push({ ...base, kind: 'identity-policy', doc, attachedRoles: [], arn: attr('arn'), principalKey: base.uid });
  },
  aws_iam_user_policy: principalPolicy,
  aws_iam_group_policy: principalPolicy,
  aws_iam_role_policy_attachment: ({ model, arg }) => {
    const role = arg('role');
    const arn = arg('policy_arn');
    if (role && arn) pending(model).attachments.push({ roles: [role], policyArn: arn });
  },
  // The exact set of managed policies of the role (others are detached by Terraform).
  aws_iam_role_policy_attachments_exclusive: ({ model, arg }) => {
    const role = arg('role_name');
    if (role) for (const arn of asList(arg('policy_arns'))) pending(model).attachments.push({ roles: [role], policyArn: arn });
  },
  aws_iam_policy_attachment: policyAttachment,
  aws_iam_user_policy_attachment: principalAttachment,
  aws_iam_group_policy_attachment: principalAttachment,
  aws_cloudwatch_log_group: ({ model, base, arg, attr }) => model.logGroups.push({ ...base, kind: 'log-group', logGroupName: attr('name'), ...opt('kmsKeyId', arg('kms_key_id')) }),
  aws_cloudwatch_log_metric_filter: ({ model, base, arg }) => {
    const lg = arg('log_group_name');
    const pat = arg('pattern');
    if (lg && pat) model.metricFilters.push({ ...base, kind: 'metric-filter', logGroupName: lg, pattern: pat });
  },
};
