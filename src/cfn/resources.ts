// CloudFormation resource types → model resources: one small mapper per resource type that
// matters, in a table. Values come resolved (resolve.ts); the mappers only know which properties
// of which type carry what. A type not in the table adds nothing.
import { makePolicy, type PolicyDoc } from '../iam/policy.js';
import type { DeclaredBase, Env, FlowLog, Model, Role } from '../model/model.js';
import { isInputSym } from '../model/symbols.js';
import { asList, field, fromPNode, literal, unknown, type Part, type Val } from '../model/value.js';
import { parseJsonAt } from '../parse/embedded.js';
import { InputError } from '../parse/errors.js';
import { get, str, type PNode } from '../parse/pnode.js';
import type { SourceFile } from '../parse/source.js';
import { getAtt, isNoValue, ref, resolve, type TemplateInfo, type TemplateResource } from './resolve.js';

/** What every mapper of one template needs. */
export interface MapContext {
  readonly model: Model;
  readonly src: SourceFile;
  readonly info: TemplateInfo;
  /** The stack's partition, region and account. */
  readonly env: Env;
  /** KMS aliases met so far, linked to their keys once the whole template is mapped (the key
   * may come after its alias). */
  readonly aliases: PendingAlias[];
}

export interface PendingAlias {
  readonly alias: Val | undefined;
  readonly target: Val | undefined;
}

/** The fields every model resource of this template starts with. */
type ResourceBase = DeclaredBase;

/** One resource as its mapper sees it. */
interface Resource {
  readonly cx: MapContext;
  readonly id: string;
  readonly r: TemplateResource;
  /** The logical ID, with the CDK construct path when CDK wrote one. */
  readonly name: string;
  readonly base: ResourceBase;
  /** A property, resolved; undefined when absent or `AWS::NoValue`. */
  readonly prop: (k: string) => Val | undefined;
}

/** Maps one resource (whose Condition, if any, holds) onto the model. */
export function mapCfnResource(cx: MapContext, id: string, r: TemplateResource): void {
  const mapper = Object.hasOwn(MAPPERS, r.type) ? MAPPERS[r.type] : undefined;
  if (!mapper) return;
  const cdkPath = str(get(get(r.node, 'Metadata'), 'aws:cdk:path'));
  const name = cdkPath ? `${id} (${cdkPath})` : id;
  const base = { uid: `${cx.src.path}#${id}`, name, origin: { file: cx.src }, pos: r.key.keyPos, env: cx.env };
  const prop = (k: string): Val | undefined => {
    const n = get(r.props, k);
    const v = n ? resolve(cx.info, n) : undefined;
    return v && !isNoValue(v) ? v : undefined;
  };
  mapper({ cx, id, r, name, base, prop });
}

/** Links each KMS alias to the key its TargetKeyId names (by key ID or ARN). */
export function linkAliases(m: Model, aliases: readonly PendingAlias[]): void {
  for (const a of aliases) {
    const target = a.target?.kind === 'str' ? a.target.parts : undefined;
    const alias = a.alias?.kind === 'str' ? a.alias.parts : undefined;
    if (!target || !alias) continue;
    const i = m.keys.findIndex((k) => samePartsLoose(k.keyId, target) || samePartsLoose(k.arn, target));
    const key = m.keys[i];
    if (key) m.keys[i] = { ...key, aliases: [...key.aliases, alias] };
  }
}

function samePartsLoose(a: readonly Part[], b: readonly Part[]): boolean {
  return a.length > 0 && JSON.stringify(a) === JSON.stringify(b);
}

const opt = <K extends string>(k: K, v: Val | undefined): Partial<Record<K, Val>> => (v ? ({ [k]: v } as Record<K, Val>) : {});

const partsOf = (v: Val): readonly Part[] => (v.kind === 'str' ? v.parts : []);

/** Properties of AWS::EC2::FlowLog the model has fields for; others go to `extra`. */
const FLOW_LOG_PROPS = ['ResourceId', 'ResourceType', 'TrafficType', 'LogDestinationType', 'LogDestination', 'LogGroupName', 'DeliverLogsPermissionArn', 'DeliverCrossAccountRole', 'LogFormat', 'MaxAggregationInterval', 'DestinationOptions', 'Tags'];

function flowLog({ cx, id, r, base, prop }: Resource): void {
  const rid = prop('ResourceId');
  const extra: Record<string, Val> = {};
  if (r.props?.kind === 'object') for (const e of r.props.entries) if (!FLOW_LOG_PROPS.includes(e.key)) extra[e.key] = resolve(cx.info, e.value);
  const fl: FlowLog = {
    ...base,
    kind: 'flow-log',
    format: 'cloudformation',
    resourceIds: rid ? [rid] : [],
    flowLogId: { kind: 'str', parts: [{ sym: `${cx.src.path}#${id}`, label: id }] },
    ...opt('resourceType', prop('ResourceType')),
    ...opt('trafficType', prop('TrafficType')),
    ...opt('destinationType', prop('LogDestinationType')),
    // A CloudWatch Logs destination that is a parameter and nothing else stays a symbol: the
    // role policy written with the same parameter is judged for both ARN forms
    // (delivery-role/permissions), as for a Terraform variable.
    ...opt('destination', wholeParamCwl(prop('LogDestination'), prop('LogDestinationType')) ? prop('LogDestination') : shapeless(prop('LogDestination'))),
    ...opt('logGroupName', prop('LogGroupName')),
    ...opt('deliverLogsPermissionArn', shapeless(prop('DeliverLogsPermissionArn'))),
    ...opt('deliverCrossAccountRole', shapeless(prop('DeliverCrossAccountRole'))),
    ...opt('maxAggregationInterval', prop('MaxAggregationInterval')),
    ...opt('logFormat', prop('LogFormat')),
    ...opt('destinationOptions', prop('DestinationOptions')),
    ...(Object.keys(extra).length ? { extra } : {}),
  };
  cx.model.flowLogs.push(fl);
}

/** An ARN that starts with a parameter without default could be any ARN (any bucket, role, stream):
 * the chain behind it cannot be followed, as before parameters became symbols. */
function wholeParamCwl(v: Val | undefined, type: Val | undefined): boolean {
  const t = type ? literal(type) : 'cloud-watch-logs';
  return t === 'cloud-watch-logs' && v?.kind === 'str' && v.parts.length === 1 && isInputSym(v.parts[0]);
}

function shapeless(v: Val | undefined): Val | undefined {
  if (v?.kind !== 'str' || !isInputSym(v.parts[0])) return v;
  const p = v.parts[0] as { label: string };
  return unknown(`parameter ${p.label} is given at deploy time (pass it with --parameters)`, v.pos);
}

function bucket({ cx, id, base, prop }: Resource): void {
  const nameV = ref(cx.info, id);
  const enc = prop('BucketEncryption');
  const rule = asList(field(enc, 'ServerSideEncryptionConfiguration'))[0];
  const def = field(rule, 'ServerSideEncryptionByDefault');
  cx.model.buckets.push({
    ...base,
    kind: 'bucket',
    format: 'cloudformation',
    bucketName: partsOf(nameV),
    ...(def
      ? { encryption: { ...opt('algorithm', field(def, 'SSEAlgorithm')), ...opt('kmsKeyId', field(def, 'KMSMasterKeyID')), ...(def.pos ? { pos: def.pos } : {}) } }
      : enc && enc.kind === 'unknown'
        ? { encryption: { algorithm: enc } }
        : {}),
  });
}

function bucketPolicy({ cx, r, name, base, prop }: Resource): void {
  const doc = policyProp(cx, r.props, 'PolicyDocument', 'bucket', name);
  const bucket = prop('Bucket');
  if (doc) cx.model.bucketPolicies.push({ ...base, kind: 'bucket-policy', doc, ...(bucket ? { bucketName: bucket } : {}) });
}

function kmsKey({ cx, id, r, name, base, prop }: Resource): void {
  const keyId = getAtt(cx.info, id, 'KeyId');
  const arn = getAtt(cx.info, id, 'Arn');
  const policy = policyProp(cx, r.props, 'KeyPolicy', 'key', name);
  cx.model.keys.push({
    ...base,
    kind: 'kms-key',
    keyId: partsOf(keyId),
    arn: partsOf(arn),
    aliases: [],
    managedBy: 'CUSTOMER',
    ...(policy ? { policy } : {}),
    ...opt('keySpec', prop('KeySpec')),
  });
}

function role({ cx, id, r, name, base, prop }: Resource): void {
  const arn = getAtt(cx.info, id, 'Arn');
  const rn = ref(cx.info, id);
  const trust = policyProp(cx, r.props, 'AssumeRolePolicyDocument', 'trust', name);
  // Resolved before the inline policies: resolving records undecided conditions, and their order
  // is the order of the worlds.
  const managedPolicyArns = asList(prop('ManagedPolicyArns'));
  const policies = inlinePolicies(cx, r, name, base);
  const role: Role = { ...base, kind: 'role', arn: partsOf(arn), roleName: partsOf(rn), ...(trust ? { trust } : {}), policies, managedPolicyArns, policiesKnown: true };
  cx.model.roles.push(role);
}

/** `Policies: [{PolicyName, PolicyDocument}]` of a role, user or group: each an identity policy of
 * that principal. */
function inlinePolicies(cx: MapContext, r: TemplateResource, name: string, base: ResourceBase): PolicyDoc[] {
  const docs: PolicyDoc[] = [];
  const pols = get(r.props, 'Policies');
  if (pols?.kind !== 'array') return docs;
  for (const item of pols.items) {
    const pn = str(get(item, 'PolicyName')) ?? 'inline';
    const doc = policyProp(cx, item, 'PolicyDocument', 'identity', `${name}/${pn}`);
    if (doc) {
      docs.push(doc);
      cx.model.identityPolicies.push({ ...base, uid: `${base.uid}/${pn}`, kind: 'identity-policy', doc, attachedRoles: [], principalKey: base.uid });
    }
  }
  return docs;
}

/** AWS::IAM::Policy and ManagedPolicy: the principal is the first user, else group, else role. */
function identityPolicy({ cx, id, r, name, base, prop }: Resource): void {
  const doc = policyProp(cx, r.props, 'PolicyDocument', 'identity', name);
  if (!doc) return;
  const arnV = r.type === 'AWS::IAM::ManagedPolicy' ? ref(cx.info, id) : undefined;
  const roles = asList(prop('Roles'));
  const users = asList(prop('Users')).map((u) => `user:${literal(u) ?? JSON.stringify(partsOf(u))}`);
  const groups = asList(prop('Groups')).map((g) => `group:${literal(g) ?? JSON.stringify(partsOf(g))}`);
  cx.model.identityPolicies.push({
    ...base,
    kind: 'identity-policy',
    doc,
    attachedRoles: roles,
    ...(arnV?.kind === 'str' ? { arn: arnV.parts } : {}),
    principalKey: users[0] ?? groups[0] ?? (roles[0] ? `role:${JSON.stringify(partsOf(roles[0]))}` : base.uid),
  });
}

function logGroup({ cx, id, base, prop }: Resource): void {
  const n = ref(cx.info, id);
  cx.model.logGroups.push({ ...base, kind: 'log-group', logGroupName: partsOf(n), ...opt('kmsKeyId', prop('KmsKeyId')) });
}

function metricFilter({ cx, base, prop }: Resource): void {
  const lg = prop('LogGroupName');
  const pat = prop('FilterPattern');
  if (lg && pat) cx.model.metricFilters.push({ ...base, kind: 'metric-filter', logGroupName: lg, pattern: pat });
}

const MAPPERS: Readonly<Record<string, (res: Resource) => void>> = {
  'AWS::EC2::FlowLog': flowLog,
  'AWS::EC2::VPC': ({ cx, id, base }) => cx.model.vpcs.push({ ...base, kind: 'vpc', format: 'cloudformation', vpcId: partsOf(ref(cx.info, id)) }),
  'AWS::S3::Bucket': bucket,
  'AWS::S3::BucketPolicy': bucketPolicy,
  'AWS::KMS::Key': kmsKey,
  'AWS::KMS::Alias': ({ cx, prop }) => cx.aliases.push({ alias: prop('AliasName'), target: prop('TargetKeyId') }),
  'AWS::IAM::Role': role,
  'AWS::IAM::Policy': identityPolicy,
  'AWS::IAM::ManagedPolicy': identityPolicy,
  'AWS::IAM::User': ({ cx, r, name, base }) => void inlinePolicies(cx, r, name, base),
  'AWS::IAM::Group': ({ cx, r, name, base }) => void inlinePolicies(cx, r, name, base),
  'AWS::Logs::LogGroup': logGroup,
  'AWS::Logs::MetricFilter': metricFilter,
};

/** A policy property: an object, or a JSON string (allowed for some resource types). */
function policyProp(cx: MapContext, owner: PNode | undefined, key: string, kind: 'bucket' | 'key' | 'trust' | 'identity', name: string): PolicyDoc | undefined {
  const n = get(owner, key);
  if (!n) return undefined;
  let v: Val;
  if (n.kind === 'scalar' && typeof n.value === 'string') {
    try {
      v = fromPNode(parseJsonAt(n.value, n.pos).root);
    } catch (e) {
      // A policy string that is not JSON is an input error at its position (exit 2), never "no
      // policy" (CloudFormation itself rejects it).
      if (e instanceof InputError) throw new InputError(`Policy is not valid JSON: ${e.message}`, e.pos ?? n.pos);
      return undefined;
    }
  } else v = resolve(cx.info, n);
  if (v.kind === 'unknown') return undefined;
  const doc = makePolicy(kind, v);
  cx.model.policies.push({ doc, owner: name, origin: { file: cx.src } });
  return doc;
}
