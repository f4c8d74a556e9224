// Terraform configurations → model resources. Folders of .tf files are modules; a folder that
// another scanned module uses as a local `source` is loaded as that module's child (with its
// inputs), not as a root of its own.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath, sep } from 'node:path';
import { makePolicy, type PolicyDoc, type PolicyKind } from '../iam/policy.js';
import { declaredApart as pending } from '../model/declared-apart.js';
import type { Env, Model, Role } from '../model/model.js';
import { ACCOUNT, PARTITION, REGION, isOptionalInputSym } from '../model/symbols.js';
import { asList, fieldCI, lit, literal, type Part, type Val } from '../model/value.js';
import { InputError } from '../parse/errors.js';
import { pos, type Pos, type SourceFile } from '../parse/source.js';
import { readFileSync } from 'node:fs';
import { makeSource } from '../parse/source.js';
import { parseHcl, type HclFile } from './hcl.js';
import { ModuleInstance, moduleDef, policyValue, readFileSource, type BlockCtx, type Instance, type ModuleDef, type ModuleHost } from './module.js';
import { evalExpr } from './eval.js';
import { installedModuleDir, notInstalledReason, resetInstalledModules } from './installed.js';
import { terraformFacts } from './dependencies.js';
import { isLibraryModule, libraryScenario, planLibrary, type TfPlan } from './scenarios.js';
import { evalSteps, InstanceBudget, MAX_STRING_CHARS, quoteValue } from './budgets.js';
import { confinement, type Confinement } from './confine.js';

export interface TerraformInput {
  /** Absolute path and source of every .tf file in the scan (parsed here, a module at a time,
   * and freed once its module is mapped, so memory does not grow with the number of modules). */
  files: { abs: string; src: SourceFile }[];
  /** Variable values from -var-file / *.auto.tfvars: name → value. */
  varFiles: HclFile[];
  cwd: string;
  bindings: ReadonlyMap<string, string>;
  debug: (m: string) => void;
  /** Reports a file that could not be parsed (child modules loaded on demand). */
  onError: (e: InputError, path: string) => void;
  /** Which scenario of each library module to load (scenarios.ts); 0 is the defaults. */
  scenario?: number;
  /** Variable files were given with --var-file: every folder is a root configuration. */
  explicitVarFiles?: boolean;
  /** Told, per library module with scenarios, its files, plan and this scenario's labels. */
  onScenario?: (files: readonly string[], plan: TfPlan, labels: ReadonlyMap<string, string>) => void;
  /** The scanned paths (relative to cwd): file() and module sources stay inside them, or inside
   * their repository (confine.ts). Absent: cwd. */
  roots?: readonly string[];
}

function displayPath(abs: string, cwd: string): string {
  const r = relative(cwd, abs);
  return (r === '' ? '.' : r).split(sep).join('/');
}

/** Loads the Terraform modules; returns the display paths of files read through file() /
 * templatefile(), which are then inputs of Terraform, not standalone documents. */
export function loadTerraform(model: Model, input: TerraformInput): Set<string> {
  resetInstalledModules();
  const confined = confinement(input.roots ?? [], input.cwd);
  const budget = new InstanceBudget();
  evalSteps.used = 0;
  const refused = new Map<string, string>();
  const cycles = new Set<string>();
  const byDir = new Map<string, SourceFile[]>();
  for (const f of input.files) {
    const d = dirname(f.abs);
    byDir.set(d, [...(byDir.get(d) ?? []), f.src]);
  }
  const parse = (src: SourceFile): HclFile | undefined => {
    try {
      return parseHcl(src);
    } catch (e) {
      if (e instanceof InputError) input.onError(e, src.path);
      else throw e;
      return undefined;
    }
  };
  const defs = new Map<string, ModuleDef>();
  const defFor = (absDir: string): ModuleDef | undefined => {
    const hit = defs.get(absDir);
    if (hit) return hit;
    const sources = byDir.get(absDir);
    let files: HclFile[] | undefined = sources ? sources.map(parse).filter((f): f is HclFile => !!f) : undefined;
    if (!files) {
      // A local module outside the scanned paths: read it now.
      if (!existsSync(absDir)) return undefined;
      files = [];
      for (const name of readdirSync(absDir).filter((n) => n.endsWith('.tf')).sort()) {
        const abs = join(absDir, name);
        try {
          files.push(parseHcl(makeSource(displayPath(abs, input.cwd), readFileSync(abs, 'utf8'))));
        } catch (e) {
          if (e instanceof InputError) input.onError(e, displayPath(abs, input.cwd));
          else throw e;
        }
      }
    }
    const def = moduleDef(displayPath(absDir, input.cwd), absDir, files);
    defs.set(absDir, def);
    return def;
  };
  const extraSources: SourceFile[] = [];
  const read = new Map<string, ReturnType<ModuleHost['readFile']>>();
  const host: ModuleHost = {
    child: (parent, name, source) => {
      const local = source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..';
      const dir = local ? resolvePath(parent.def.absDir, source) : installedModuleDir(parent.rootDir, parent.prefix, name);
      const why = dir === undefined ? undefined : confined.refuse(dir);
      if (why) refused.set(`${parent.prefix}module.${name}`, `its source ${why}`);
      return dir && !why ? defFor(dir) : undefined;
    },
    readFile: (abs) => {
      // Once per path: `count = 1000` over one file() is one read, one source kept.
      if (!read.has(abs)) read.set(abs, readConfined(abs, confined, displayPath(abs, input.cwd), extraSources));
      return read.get(abs);
    },
    bindings: input.bindings,
    budget,
    onCycle: (at, message) => {
      const key = `${at.src.path}:${at.start}`;
      if (!cycles.has(key)) input.onError(new InputError(message, at), at.src.path);
      cycles.add(key);
    },
  };
  // Folders a scanned folder uses as its own parts (`source = "./modules/x"`) are not roots (found
  // from the source text, before anything is parsed). A folder called from outside itself
  // (`source = "../.."`, as examples/ call a module repository's root) is checked under each
  // caller's inputs and also on its own, as a library module. A call of the folder itself or of a
  // folder above it never makes the called folder a child: that call would hide the caller's own
  // resources.
  const callers = new Map<string, Set<string>>();
  const called = new Set<string>();
  for (const [dir, sources] of byDir) {
    for (const src of sources) {
      for (const m of src.text.matchAll(/^\s*source\s*=\s*"(\.{1,2}(?:\/[^"]*)?)"/gm)) {
        const target = resolvePath(dir, m[1] ?? '');
        called.add(target);
        if (target === dir || !relative(target, dir).startsWith('..')) continue;
        if (m[1]?.startsWith('./')) callers.set(target, (callers.get(target) ?? new Set()).add(dir));
      }
    }
  }
  const children = new Set(callers.keys());
  const tfvars = new Map<string, Val>();
  for (const vf of input.varFiles) {
    for (const [name, a] of vf.body.attributes) tfvars.set(name, evalExpr(a.expr, { src: vf.src, ref: (root, _acc, at) => ({ kind: 'unknown', reason: `${root} cannot be referenced in a .tfvars file`, pos: at }) }));
  }
  const mapped = new Set<string>();
  const mapRoot = (dir: string) => {
    const def = defFor(dir);
    if (!def) return;
    const library = !input.explicitVarFiles && isLibraryModule(def);
    const inputs = new Map(tfvars);
    const plan = library ? planLibrary(def, new Set(tfvars.keys())) : undefined;
    if (plan) {
      const sc = libraryScenario(plan, input.scenario ?? 0);
      for (const [k, v] of sc.inputs) inputs.set(k, v);
      input.onScenario?.(def.files.map((f) => f.src.path), plan, sc.labels);
    }
    const root = new ModuleInstance(def, '', inputs, host, new Set(), library);
    mapModule(model, root, input, mapped);
    // A root folder that nothing else uses: free its syntax trees now.
    if (called.has(dir)) return;
    for (const f of def.files) f.dispose();
    defs.delete(dir);
  };
  for (const dir of [...byDir.keys()].sort()) if (!children.has(dir)) mapRoot(dir);
  // Called folders none of whose callers was ever mapped (an a↔b cycle, callers that are
  // themselves only called in a cycle) would vanish: each becomes a root, first by name.
  for (;;) {
    const orphan = [...children].sort().find((d) => byDir.has(d) && !mapped.has(d) && ![...(callers.get(d) ?? [])].some((c) => mapped.has(c)));
    if (orphan === undefined) break;
    mapRoot(orphan);
    mapped.add(orphan);
  }
  for (const [name, reason] of [...refused, ...budget.breaches]) (model.unreadModules ??= []).push({ name, reason });
  for (const d of defs.values()) for (const f of d.files) f.dispose();
  return new Set(extraSources.map((s) => s.path));
}

/** file()/templatefile(): inside the confinement roots and within the file size budget, or why not. */
function readConfined(abs: string, confined: Confinement, display: string, sources: SourceFile[]): ReturnType<ModuleHost['readFile']> {
  const why = confined.refuse(abs);
  if (why) return why;
  const size = fileSize(abs);
  if (size !== undefined && size > MAX_STRING_CHARS) return `${quoteValue(display)} is ${size} bytes, over the file size budget (${MAX_STRING_CHARS} bytes); it is not read`;
  const f = readFileSource(abs, display);
  if (f) sources.push(f.src);
  return f;
}

function fileSize(abs: string): number | undefined {
  try {
    return statSync(abs).size;
  } catch {
    return undefined;
  }
}

function env(bindings: ReadonlyMap<string, string>): Env {
  return {
    partition: [bindings.get('AWS::Partition') ?? PARTITION],
    region: [bindings.get('AWS::Region') ?? REGION],
    account: [bindings.get('AWS::AccountId') ?? ACCOUNT],
  };
}

/** `via`: the caller's folder, for resources of a module called from outside that folder
 * (`examples/complete → module.flow_logs.aws_iam_role.this`). `mapped`: the folders mapped so far
 * (a called folder none of whose callers was mapped becomes a root). */
function mapModule(model: Model, mi: ModuleInstance, input: TerraformInput, mapped: Set<string>, via?: string): void {
  mapped.add(mi.def.absDir);
  terraformFacts(model, mi);
  for (const decl of mi.def.resources.values()) {
    for (const inst of mi.instances(decl)) {
      try {
        mapResource(model, hclView(mi, inst), input.bindings, via);
      } catch (e) {
        if (e instanceof InputError) input.onError(e, e.pos?.src.path ?? inst.decl.file.src.path);
        else {
          // Never a silent drop: the resource is reported as one that cannot be read.
          input.debug(`${inst.address}: ${String(e)}`);
          (model.unreadModules ??= []).push({ name: inst.address, reason: `evaluating it failed: ${quoteValue(e instanceof Error ? e.message : String(e))}` });
        }
      }
    }
  }
  for (const f of mi.def.files) {
    for (const b of f.body.blocks) {
      if (b.type === 'resource') model.spans.push(pos(f.src, b.pos.start, b.pos.end));
    }
  }
  for (const name of mi.def.modules.keys()) {
    const children = mi.childInstances(name);
    // Named by the call path when the module folder is also checked on its own (it is scanned).
    const alone = children[0] ? input.files.some((f) => dirname(f.abs) === children[0]?.def.absDir) : false;
    const outside = via ?? (mi.prefix === '' && alone && mi.moduleSource(name)?.startsWith('../') ? mi.def.dir || '.' : undefined);
    for (const child of children) mapModule(model, child, input, mapped, outside);
    if (children.length === 0 && mi.moduleSource(name)?.startsWith('.')) continue;
    if (children.length === 0) {
      const reason = notInstalledReason(mi.rootDir, mi.prefix, name, mi.moduleSource(name));
      input.debug(`${reason}; its resources are not checked`);
      (model.unreadModules ??= []).push({ name: `${mi.prefix}module.${name}`, reason });
    }
  }
}

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

function hclBlockView(mi: ModuleInstance, inst: Instance, ctx: BlockCtx): BlockView {
  const file = inst.decl.file;
  return {
    pos: ctx.block.pos,
    arg: (n) => (ctx.block === inst.decl.block && !ctx.vars ? mi.arg(inst, n) : mi.blockArg(file, ctx, n, inst)),
    blocks: (n) => {
      // A dynamic block that cannot be expanded counts as absent here (the arguments it would
      // set are then unknown to the rules that need them).
      const r = mi.blocks(file, ctx, n, inst);
      return 'unknown' in r ? [] : r.map((c) => hclBlockView(mi, inst, c));
    },
  };
}

function hclView(mi: ModuleInstance, inst: Instance): ResourceView {
  const b = inst.decl.block;
  const at = pos(inst.decl.file.src, b.pos.start, b.pos.start + b.type.length);
  return { ...hclBlockView(mi, inst, { block: b }), type: inst.decl.type, address: inst.address, src: inst.decl.file.src, pos: at, attribute: (n) => mi.attribute(inst, n, at) };
}

export function mapResource(model: Model, view: ResourceView, bindings: ReadonlyMap<string, string>, via?: string): void {
  const arg = (n: string) => view.arg(n);
  const blocks = (n: string, from: BlockView = view): BlockView[] => from.blocks(n);
  const blockArg = (b: BlockView, n: string): Val | undefined => b.arg(n);
  const file = { src: view.src };
  const inst = { address: view.address };
  const base = { uid: `tf:${via ? `${via} → ` : ''}${view.address}`, name: via ? `${via} → ${view.address}` : view.address, origin: { file: view.src }, pos: view.pos, env: env(bindings) };
  const mi = { attribute: (_i: unknown, n: string, _at: Pos) => view.attribute(n) };
  const decl = { type: view.type };
  const parts = (v: Val | undefined): readonly Part[] => (v?.kind === 'str' ? v.parts : v?.kind === 'num' ? [v.text] : []);
  const policy = (kind: PolicyKind, v: Val | undefined, owner: string): PolicyDoc | undefined => {
    if (!v) return undefined;
    const doc = policyValue(v);
    if (!doc) return undefined;
    const p = makePolicy(kind, doc);
    model.policies.push({ doc: p, owner, origin: { file: file.src } });
    return p;
  };
  const unresolvedReason = (v: Val | undefined) => (v?.kind === 'unknown' ? v.reason : 'the policy is not a JSON document that can be read statically');
  // A library module's input with a null default that nobody set (optionalInputSym) stands for
  // "null unless the caller needs it": an optional argument made of it alone counts as not set.
  // Arguments the resource cannot work without (`keep`) stay: the caller must give them.
  const optionalOnly = (v: Val | undefined): boolean => v?.kind === 'str' && v.parts.length === 1 && isOptionalInputSym(v.parts[0]);
  const opt = <K extends string>(k: K, v: Val | undefined, keep = false): Partial<Record<K, Val>> => (v && (keep || !optionalOnly(v)) ? ({ [k]: v } as Record<K, Val>) : {});
  switch (decl.type) {
    case 'aws_flow_log': {
      const kinds: [string, string][] = [
        ['vpc_id', 'VPC'],
        ['subnet_id', 'Subnet'],
        ['eni_id', 'NetworkInterface'],
        ['transit_gateway_id', 'TransitGateway'],
        ['transit_gateway_attachment_id', 'TransitGatewayAttachment'],
      ];
      let resourceIds: Val[] = [];
      let resourceType: Val | undefined;
      // Which resource an optional input attaches the flow log to is the caller's choice.
      if (kinds.every(([k]) => !arg(k) || optionalOnly(arg(k)))) {
        const first = kinds.find(([k]) => arg(k));
        if (first) {
          resourceIds = [arg(first[0]) as Val];
          resourceType = lit(first[1], arg(first[0])?.pos);
        }
      }
      for (const [k, t] of kinds) {
        const v = arg(k);
        if (v && !optionalOnly(v)) {
          resourceIds = [v];
          resourceType = lit(t, v.pos);
          break;
        }
      }
      const optsBlock = blocks('destination_options')[0];
      let destinationOptions: Val | undefined;
      if (optsBlock) {
        const entries = [
          ['FileFormat', 'file_format'],
          ['HiveCompatiblePartitions', 'hive_compatible_partitions'],
          ['PerHourPartition', 'per_hour_partition'],
        ]
          .map(([k, tf]) => ({ key: k as string, value: blockArg(optsBlock, tf as string) }))
          .filter((e): e is { key: string; value: Val } => !!e.value);
        destinationOptions = { kind: 'obj', entries, pos: optsBlock.pos };
      }
      model.flowLogs.push({
        ...base,
        kind: 'flow-log',
        format: 'terraform',
        resourceIds,
        flowLogId: { kind: 'str', parts: [{ sym: `tf:${inst.address}.id`, label: `${inst.address}.id` }] },
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
      break;
    }
    case 'aws_vpc':
    case 'aws_default_vpc':
      model.vpcs.push({ ...base, kind: 'vpc', vpcId: parts(mi.attribute(inst, 'id', base.pos)) });
      break;
    case 'aws_s3_bucket': {
      const name = parts(mi.attribute(inst, 'bucket', base.pos));
      const sseBlock = blocks('server_side_encryption_configuration')[0];
      const rule = sseBlock ? blocks('rule', sseBlock)[0] : undefined;
      const def = rule ? blocks('apply_server_side_encryption_by_default', rule)[0] : undefined;
      const inlineV = arg('policy');
      const inline = policy('bucket', inlineV, inst.address);
      model.buckets.push({
        ...base,
        kind: 'bucket',
        bucketName: name,
        ...opt('acl', arg('acl')),
        ...(def ? { encryption: { ...opt('algorithm', blockArg(def, 'sse_algorithm')), ...opt('kmsKeyId', blockArg(def, 'kms_master_key_id')), pos: def.pos } } : {}),
        ...(inline ? { inlinePolicy: inline } : {}),
      });
      break;
    }
    case 'aws_s3_bucket_policy': {
      const v = arg('policy');
      const doc = policy('bucket', v, inst.address);
      const bucket = arg('bucket');
      model.bucketPolicies.push({
        ...base,
        kind: 'bucket-policy',
        doc: doc ?? makePolicy('bucket', { kind: 'obj', entries: [] }),
        ...(bucket ? { bucketName: bucket } : {}),
        ...(doc ? {} : { unresolved: unresolvedReason(v) }),
      });
      break;
    }
    case 'aws_s3_bucket_server_side_encryption_configuration': {
      const rule = blocks('rule')[0];
      const def = rule ? blocks('apply_server_side_encryption_by_default', rule)[0] : undefined;
      const bucket = arg('bucket');
      if (def && bucket) pending(model).sse.push({ bucket, encryption: { ...opt('algorithm', blockArg(def, 'sse_algorithm')), ...opt('kmsKeyId', blockArg(def, 'kms_master_key_id')), pos: def.pos } });
      break;
    }
    case 'aws_s3_bucket_acl': {
      const bucket = arg('bucket');
      const acl = arg('acl');
      if (bucket && acl) pending(model).bucketSettings.push({ bucket, acl });
      break;
    }
    case 'aws_s3_bucket_ownership_controls': {
      const bucket = arg('bucket');
      const rule = blocks('rule')[0];
      const objectOwnership = rule ? blockArg(rule, 'object_ownership') : undefined;
      if (bucket && objectOwnership) pending(model).bucketSettings.push({ bucket, objectOwnership });
      break;
    }
    case 'aws_kinesis_firehose_delivery_stream': {
      const dest = arg('destination');
      const conf = dest ? blocks(`${literal(dest) ?? ''}_configuration`)[0] ?? blocks('extended_s3_configuration')[0] : undefined;
      (model.deliveryStreams ??= []).push({
        ...base,
        kind: 'delivery-stream',
        streamName: parts(mi.attribute(inst, 'name', base.pos)),
        arn: parts(mi.attribute(inst, 'arn', base.pos)),
        ...opt('destination', dest),
        ...opt('roleArn', conf ? blockArg(conf, 'role_arn') : undefined),
      });
      break;
    }
    case 'aws_kms_key': {
      const doc = policy('key', arg('policy'), inst.address);
      model.keys.push({
        ...base,
        kind: 'kms-key',
        keyId: parts(mi.attribute(inst, 'key_id', base.pos)),
        arn: parts(mi.attribute(inst, 'arn', base.pos)),
        aliases: [],
        managedBy: 'CUSTOMER',
        ...(doc ? { policy: doc } : {}),
        ...opt('keySpec', arg('customer_master_key_spec') ?? arg('key_spec')),
      });
      break;
    }
    case 'aws_kms_key_policy': {
      // The key's policy written as a separate resource: linked to its key after mapping.
      const doc = policy('key', arg('policy'), inst.address);
      const key = arg('key_id');
      if (doc && key) pending(model).keyPolicies.push({ key, doc });
      break;
    }
    case 'aws_kms_alias': {
      const name = arg('name');
      const target = arg('target_key_id');
      if (name && target) pending(model).aliases.push({ name, target });
      break;
    }
    case 'aws_iam_role': {
      const trust = policy('trust', arg('assume_role_policy'), inst.address);
      const role: Role = {
        ...base,
        kind: 'role',
        arn: parts(mi.attribute(inst, 'arn', base.pos)),
        roleName: parts(mi.attribute(inst, 'name', base.pos)),
        ...(trust ? { trust } : {}),
        policies: [],
        managedPolicyArns: asList(arg('managed_policy_arns')),
        policiesKnown: true,
      };
      for (const ip of blocks('inline_policy')) {
        const doc = policy('identity', blockArg(ip, 'policy'), `${inst.address}/${literal(blockArg(ip, 'name')) ?? 'inline'}`);
        if (doc) {
          role.policies.push(doc);
          model.identityPolicies.push({ ...base, uid: `${base.uid}/inline`, kind: 'identity-policy', doc, attachedRoles: [], principalKey: base.uid });
        }
      }
      model.roles.push(role);
      break;
    }
    case 'aws_iam_role_policy': {
      const pv = arg('policy');
      const doc = policy('identity', pv, inst.address);
      const role = arg('role');
      if (!doc && role) pending(model).unresolvedRolePolicies.push({ role, reason: { kind: 'unknown', reason: `${inst.address}: ${unresolvedReason(pv)}`, ...(pv?.pos ? { pos: pv.pos } : {}) } });
      if (doc) model.identityPolicies.push({ ...base, kind: 'identity-policy', doc, attachedRoles: role ? [role] : [], principalKey: role ? `role:${JSON.stringify(parts(role))}` : base.uid });
      break;
    }
    case 'aws_iam_policy': {
      const doc = policy('identity', arg('policy'), inst.address);
      if (doc) model.identityPolicies.push({ ...base, kind: 'identity-policy', doc, attachedRoles: [], arn: parts(mi.attribute(inst, 'arn', base.pos)), principalKey: base.uid });
      break;
    }
    case 'aws_iam_user_policy':
    case 'aws_iam_group_policy': {
      const doc = policy('identity', arg('policy'), inst.address);
      const who = arg(decl.type === 'aws_iam_user_policy' ? 'user' : 'group');
      if (doc) model.identityPolicies.push({ ...base, kind: 'identity-policy', doc, attachedRoles: [], principalKey: `${decl.type}:${JSON.stringify(parts(who))}` });
      break;
    }
    case 'aws_iam_role_policy_attachment': {
      const role = arg('role');
      const arn = arg('policy_arn');
      if (role && arn) pending(model).attachments.push({ roles: [role], policyArn: arn });
      break;
    }
    case 'aws_iam_role_policy_attachments_exclusive': {
      // The exact set of managed policies of the role (others are detached by Terraform).
      const role = arg('role_name');
      if (role) for (const arn of asList(arg('policy_arns'))) pending(model).attachments.push({ roles: [role], policyArn: arn });
      break;
    }
    case 'aws_iam_policy_attachment': {
      const arn = arg('policy_arn');
      if (arn) {
        pending(model).attachments.push({ roles: asList(arg('roles')), policyArn: arn });
        for (const u of asList(arg('users'))) pending(model).principalAttachments.push({ principalKey: `aws_iam_user_policy:${JSON.stringify(parts(u))}`, policyArn: arn });
        for (const g of asList(arg('groups'))) pending(model).principalAttachments.push({ principalKey: `aws_iam_group_policy:${JSON.stringify(parts(g))}`, policyArn: arn });
      }
      break;
    }
    case 'aws_iam_user_policy_attachment':
    case 'aws_iam_group_policy_attachment': {
      // A managed policy attached to a user or group joins that principal's other policies (the
      // creator/* rules read them together).
      const who = arg(decl.type === 'aws_iam_user_policy_attachment' ? 'user' : 'group');
      const arn = arg('policy_arn');
      const kind = decl.type === 'aws_iam_user_policy_attachment' ? 'aws_iam_user_policy' : 'aws_iam_group_policy';
      if (who && arn) pending(model).principalAttachments.push({ principalKey: `${kind}:${JSON.stringify(parts(who))}`, policyArn: arn });
      break;
    }
    case 'aws_cloudwatch_log_group':
      model.logGroups.push({ ...base, kind: 'log-group', logGroupName: parts(mi.attribute(inst, 'name', base.pos)), ...opt('kmsKeyId', arg('kms_key_id')) });
      break;
    case 'aws_cloudwatch_log_metric_filter': {
      const lg = arg('log_group_name');
      const pat = arg('pattern');
      if (lg && pat) model.metricFilters.push({ ...base, kind: 'metric-filter', logGroupName: lg, pattern: pat });
      break;
    }
    default:
      break;
  }
}

export { fieldCI };
