// CloudFormation (and CDK cdk.out) templates → model resources. Resolution of intrinsics happens
// in resolve.ts; this module only knows which properties of which resource types matter.
import { makePolicy, type PolicyDoc } from '../iam/policy.js';
import type { Env, FlowLog, Model, Role } from '../model/model.js';
import { ACCOUNT, PARTITION, REGION, isInputSym } from '../model/symbols.js';
import { asList, field, fromPNode, lit, literal, unknown, type Part, type Val } from '../model/value.js';
import { parseJsonAt } from '../parse/embedded.js';
import { InputError } from '../parse/errors.js';
import { get, getEntry, str, type PEntry, type PNode, type PObject } from '../parse/pnode.js';
import { span, type Pos } from '../parse/source.js';
import type { LoadTarget } from '../inputs/context.js';
import { condition, getAtt, isNoValue, ref, resolve, type TemplateInfo } from './resolve.js';
import { NO } from '../iam/tri.js';
import { cfnFacts } from './dependencies.js';

export function looksLikeTemplate(root: PNode): boolean {
  if (root.kind !== 'object') return false;
  if (getEntry(root, 'AWSTemplateFormatVersion')) return true;
  const res = get(root, 'Resources');
  if (!res || res.kind !== 'object' || res.entries.length === 0) return false;
  return res.entries.every((e) => /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$|^Custom::|^AWS::Serverless/.test(str(get(e.value, 'Type')) ?? ''));
}

export interface CfnLoadOptions {
  bindings: ReadonlyMap<string, string>;
  assume: ReadonlyMap<string, boolean>;
  undecided: Set<string>;
  overrides: ReadonlyMap<string, Val>;
  otherParams: ReadonlySet<string>;
  /** `--parameters` values; only those the template declares apply. */
  parameterValues: ReadonlyMap<string, string>;
}

function mapOf(n: PNode | undefined): Map<string, PNode> {
  const m = new Map<string, PNode>();
  if (n?.kind === 'object') for (const e of n.entries) m.set(e.key, e.value);
  return m;
}

/** The template's parameters, mappings, conditions and resources, as the resolver needs them. */
export function templateInfo(scope: string, root: PNode, cfn: Partial<CfnLoadOptions> = {}): TemplateInfo {
  const resources = new Map<string, { type: string; node: PObject; props: PNode | undefined; key: PEntry }>();
  const resNode = get(root, 'Resources');
  if (resNode?.kind === 'object') {
    for (const e of resNode.entries) {
      if (e.value.kind !== 'object') continue;
      resources.set(e.key, { type: str(get(e.value, 'Type')) ?? '', node: e.value, props: get(e.value, 'Properties'), key: e });
    }
  }
  const params = new Map<string, PObject>();
  for (const [k, v] of mapOf(get(root, 'Parameters'))) if (v.kind === 'object') params.set(k, v);
  // Given values first; a parent stack's or a scenario's values win over them.
  const overrides = new Map<string, Val>();
  for (const [k, v] of cfn.parameterValues ?? []) if (params.has(k)) overrides.set(k, lit(v));
  for (const [k, v] of cfn.overrides ?? []) overrides.set(k, v);
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
export function nestedStacks(root: PNode): { assetPath: string; parameters: PNode | undefined; logicalId: string }[] {
  const out: { assetPath: string; parameters: PNode | undefined; logicalId: string }[] = [];
  const res = get(root, 'Resources');
  if (res?.kind !== 'object') return out;
  for (const e of res.entries) {
    if (str(get(e.value, 'Type')) !== 'AWS::CloudFormation::Stack') continue;
    const asset = str(get(get(e.value, 'Metadata'), 'aws:asset:path'));
    if (asset) out.push({ assetPath: asset, parameters: get(get(e.value, 'Properties'), 'Parameters'), logicalId: e.key });
  }
  return out;
}

export function loadCloudFormation(t: LoadTarget, root: PNode): void {
  if (root.kind !== 'object') return;
  const info = templateInfo(t.src.path, root, {
    ...(t.opts.bindings ? { bindings: t.opts.bindings } : {}),
    ...(t.opts.assume ? { assume: t.opts.assume } : {}),
    ...(t.opts.undecided ? { undecided: t.opts.undecided } : {}),
    ...(t.opts.paramOverrides?.get(t.src.path) ? { overrides: t.opts.paramOverrides.get(t.src.path) } : {}),
    ...(t.opts.otherParams?.get(t.src.path) ? { otherParams: t.opts.otherParams.get(t.src.path) } : {}),
    ...(t.opts.parameterValues ? { parameterValues: t.opts.parameterValues } : {}),
  });
  cfnFacts(t.model, t.src, root, (c) => !conditionFalse(info, c));
  const resources = info.resources;
  const P = ref(info, 'AWS::Partition');
  const R = ref(info, 'AWS::Region');
  const A = ref(info, 'AWS::AccountId');
  const partsOrSym = (v: Val, fallback: Part): readonly Part[] => (v.kind === 'str' ? v.parts : [fallback]);
  const env: Env = { partition: partsOrSym(P, PARTITION), region: partsOrSym(R, REGION), account: partsOrSym(A, ACCOUNT) };
  const m = t.model;

  for (const [id, r] of resources) {
    // Resource-level Condition: the resource exists only when it holds.
    const cond = str(get(r.node, 'Condition'));
    if (cond && conditionFalse(info, cond)) continue;
    const cdkPath = str(get(get(r.node, 'Metadata'), 'aws:cdk:path'));
    const name = cdkPath ? `${id} (${cdkPath})` : id;
    const base = { uid: `${t.src.path}#${id}`, name, origin: { file: t.src }, pos: r.key.keyPos, env };
    const prop = (k: string): Val | undefined => {
      const n = get(r.props, k);
      const v = n ? resolve(info, n) : undefined;
      return v && !isNoValue(v) ? v : undefined;
    };
    collectMetadataSuppressions(m, r.node, r.key);
    m.spans.push(span(r.key.keyPos, r.node.pos));
    const opt = <K extends string>(k: K, v: Val | undefined): Partial<Record<K, Val>> => (v ? ({ [k]: v } as Record<K, Val>) : {});
    switch (r.type) {
      case 'AWS::EC2::FlowLog': {
        const rid = prop('ResourceId');
        const known = ['ResourceId', 'ResourceType', 'TrafficType', 'LogDestinationType', 'LogDestination', 'LogGroupName', 'DeliverLogsPermissionArn', 'DeliverCrossAccountRole', 'LogFormat', 'MaxAggregationInterval', 'DestinationOptions', 'Tags'];
        const extra: Record<string, Val> = {};
        if (r.props?.kind === 'object') for (const e of r.props.entries) if (!known.includes(e.key)) extra[e.key] = resolve(info, e.value);
        const fl: FlowLog = {
          ...base,
          kind: 'flow-log',
          format: 'cloudformation',
          resourceIds: rid ? [rid] : [],
          flowLogId: { kind: 'str', parts: [{ sym: `${t.src.path}#${id}`, label: id }] },
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
        m.flowLogs.push(fl);
        break;
      }
      case 'AWS::EC2::VPC': {
        const v = ref(info, id);
        m.vpcs.push({ ...base, kind: 'vpc', vpcId: v.kind === 'str' ? v.parts : [] });
        break;
      }
      case 'AWS::S3::Bucket': {
        const nameV = ref(info, id);
        const enc = prop('BucketEncryption');
        const rule = asList(field(enc, 'ServerSideEncryptionConfiguration'))[0];
        const def = field(rule, 'ServerSideEncryptionByDefault');
        m.buckets.push({
          ...base,
          kind: 'bucket',
          bucketName: nameV.kind === 'str' ? nameV.parts : [],
          ...(def
            ? { encryption: { ...opt('algorithm', field(def, 'SSEAlgorithm')), ...opt('kmsKeyId', field(def, 'KMSMasterKeyID')), ...(def.pos ? { pos: def.pos } : {}) } }
            : enc && enc.kind === 'unknown'
              ? { encryption: { algorithm: enc } }
              : {}),
        });
        break;
      }
      case 'AWS::S3::BucketPolicy': {
        const doc = policyProp(info, r.props, 'PolicyDocument', 'bucket', t, name);
        const bucket = prop('Bucket');
        if (doc) m.bucketPolicies.push({ ...base, kind: 'bucket-policy', doc, ...(bucket ? { bucketName: bucket } : {}) });
        break;
      }
      case 'AWS::KMS::Key': {
        const keyId = getAtt(info, id, 'KeyId');
        const arn = getAtt(info, id, 'Arn');
        const policy = policyProp(info, r.props, 'KeyPolicy', 'key', t, name);
        m.keys.push({
          ...base,
          kind: 'kms-key',
          keyId: keyId.kind === 'str' ? keyId.parts : [],
          arn: arn.kind === 'str' ? arn.parts : [],
          aliases: [],
          managedBy: 'CUSTOMER',
          ...(policy ? { policy } : {}),
          ...opt('keySpec', prop('KeySpec')),
        });
        break;
      }
      case 'AWS::KMS::Alias':
        pendingAliases.push({ alias: prop('AliasName'), target: prop('TargetKeyId') });
        break;
      case 'AWS::IAM::Role': {
        const arn = getAtt(info, id, 'Arn');
        const rn = ref(info, id);
        const trust = policyProp(info, r.props, 'AssumeRolePolicyDocument', 'trust', t, name);
        const role: Role = {
          ...base,
          kind: 'role',
          arn: arn.kind === 'str' ? arn.parts : [],
          roleName: rn.kind === 'str' ? rn.parts : [],
          ...(trust ? { trust } : {}),
          policies: [],
          managedPolicyArns: asList(prop('ManagedPolicyArns')),
          policiesKnown: true,
        };
        const pols = get(r.props, 'Policies');
        if (pols?.kind === 'array') {
          for (const item of pols.items) {
            const pn = str(get(item, 'PolicyName')) ?? 'inline';
            const doc = policyProp(info, item, 'PolicyDocument', 'identity', t, `${name}/${pn}`);
            if (doc) {
              role.policies.push(doc);
              m.identityPolicies.push({ ...base, uid: `${base.uid}/${pn}`, kind: 'identity-policy', doc, attachedRoles: [], principalKey: base.uid });
            }
          }
        }
        m.roles.push(role);
        break;
      }
      case 'AWS::IAM::Policy':
      case 'AWS::IAM::ManagedPolicy': {
        const doc = policyProp(info, r.props, 'PolicyDocument', 'identity', t, name);
        if (!doc) break;
        const arnV = r.type === 'AWS::IAM::ManagedPolicy' ? ref(info, id) : undefined;
        const roles = asList(prop('Roles'));
        const users = asList(prop('Users')).map((u) => `user:${literal(u) ?? JSON.stringify(u.kind === 'str' ? u.parts : [])}`);
        const groups = asList(prop('Groups')).map((g) => `group:${literal(g) ?? JSON.stringify(g.kind === 'str' ? g.parts : [])}`);
        m.identityPolicies.push({
          ...base,
          kind: 'identity-policy',
          doc,
          attachedRoles: roles,
          ...(arnV?.kind === 'str' ? { arn: arnV.parts } : {}),
          principalKey: users[0] ?? groups[0] ?? (roles.length ? `role:${JSON.stringify(roles[0]?.kind === 'str' ? roles[0].parts : [])}` : base.uid),
        });
        break;
      }
      case 'AWS::IAM::User':
      case 'AWS::IAM::Group': {
        const pols = get(r.props, 'Policies');
        if (pols?.kind === 'array') {
          for (const item of pols.items) {
            const pn = str(get(item, 'PolicyName')) ?? 'inline';
            const doc = policyProp(info, item, 'PolicyDocument', 'identity', t, `${name}/${pn}`);
            if (doc) m.identityPolicies.push({ ...base, uid: `${base.uid}/${pn}`, kind: 'identity-policy', doc, attachedRoles: [], principalKey: base.uid });
          }
        }
        break;
      }
      case 'AWS::Logs::LogGroup': {
        const n = ref(info, id);
        m.logGroups.push({ ...base, kind: 'log-group', logGroupName: n.kind === 'str' ? n.parts : [], ...opt('kmsKeyId', prop('KmsKeyId')) });
        break;
      }
      case 'AWS::Logs::MetricFilter': {
        const lg = prop('LogGroupName');
        const pat = prop('FilterPattern');
        if (lg && pat) m.metricFilters.push({ ...base, kind: 'metric-filter', logGroupName: lg, pattern: pat });
        break;
      }
      default:
        break;
    }
  }
  for (const a of pendingAliases.splice(0)) {
    const target = a.target?.kind === 'str' ? a.target.parts : undefined;
    const alias = a.alias?.kind === 'str' ? a.alias.parts : undefined;
    if (!target || !alias) continue;
    const key = m.keys.find((k) => samePartsLoose(k.keyId, target) || samePartsLoose(k.arn, target));
    if (key) (key.aliases as (readonly Part[])[]).push(alias);
  }
}

const pendingAliases: { alias: Val | undefined; target: Val | undefined }[] = [];

function samePartsLoose(a: readonly Part[], b: readonly Part[]): boolean {
  return a.length > 0 && JSON.stringify(a) === JSON.stringify(b);
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

function conditionFalse(info: TemplateInfo, name: string): boolean {
  return condition(info, name) === NO;
}

/** A policy property: an object, or a JSON string (allowed for some resource types). */
function policyProp(info: TemplateInfo, owner: PNode | undefined, key: string, kind: 'bucket' | 'key' | 'trust' | 'identity', t: LoadTarget, name: string): PolicyDoc | undefined {
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
  } else v = resolve(info, n);
  if (v.kind === 'unknown') return undefined;
  const doc = makePolicy(kind, v);
  t.model.policies.push({ doc, owner: name, origin: { file: t.src } });
  return doc;
}

/** `Metadata: { flowlog-lint: { ignore: [ { rule, reason } | "rule -- reason" ] } }`. */
function collectMetadataSuppressions(m: Model, node: PObject, key: PEntry): void {
  const list = get(get(get(node, 'Metadata'), 'flowlog-lint'), 'ignore');
  if (!list || list.kind !== 'array') return;
  for (const item of list.items) {
    let rule: string | undefined;
    let reason: string;
    if (item.kind === 'scalar' && typeof item.value === 'string') {
      const [r, ...rest] = item.value.split(' -- ');
      rule = r?.trim();
      reason = rest.join(' -- ').trim();
    } else {
      rule = str(get(item, 'rule')) ?? str(get(item, 'id'));
      reason = str(get(item, 'reason')) ?? '';
    }
    if (!rule) continue;
    const scope: Pos = span(key.keyPos, node.pos);
    m.suppressions.push({ rules: [rule], reason, at: item.pos, scope, kind: 'metadata', used: false });
  }
}
