// fast-check arbitraries producing file sets for the linter: mutated case/corpus files, JSON values
// spliced into real documents or wrapped in known shapes, YAML-ish and HCL-ish text, and
// CloudFormation templates whose resources reference each other (cycles included).
import fc from 'fast-check';
import { loadSeeds, type FileSet, type SeedGroup } from './support.js';

// ---------------------------------------------------------------------------------------------
// Byte and line mutations.

/** Text that tends to break parsers and position arithmetic. */
export const SPECIALS = [
  '\u0000', '\uFEFF', '\u2028', '\u2029', '\r', '\r\n', '\n\r', '\t', '\u00A0', '\u200B', '\u202E', '\uD800', '\uDC00',
  '\u{1F600}', 'e\u0301', '\u0085', '\u000B', '\u000C', '"', "'", '\\', '\\u', '\\ud800', '{', '}', '[', ']', ':', ',', '*', '?',
  '&a ', '*a', '!Ref ', '!GetAtt ', '!Sub ', '!!binary ', '${', '}', '%{', '${!', '<<EOF\n', '<<-EOT\n', '#', '//', '/*', '*/',
  '- ', '---\n', '...\n', '? ', '|', '>', '@', '`', '${aws:username}', '\n  ', 'null', '1e999', '-0', '0x1F', '"__proto__"',
  'constructor', '__proto__:', '"Fn::If"', '{"Ref":"AWS::NoValue"}', '   ', '\n\n\n',
];

export const insertText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

export type Mutation =
  | { readonly op: 'flip'; readonly at: number; readonly xor: number }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'deleteLines'; readonly at: number; readonly count: number }
  | { readonly op: 'dupLines'; readonly at: number; readonly count: number; readonly times: number }
  | { readonly op: 'swapLines'; readonly a: number; readonly b: number }
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'bytes'; readonly at: number; readonly bytes: Uint8Array };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('deleteLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('dupLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  { arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: insertText }), weight: 3 },
  fc.record({ op: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }),
);

/** Mostly no mutation: structured generators should usually stay parseable. */
export const optionalMutations: fc.Arbitrary<Mutation[]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Mutation[]>([]) },
  { weight: 1, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }) },
);

const CFN_TYPES = ['AWS::S3::Bucket', 'AWS::IAM::Role', 'AWS::Logs::LogGroup', 'AWS::KMS::Alias', 'AWS::IAM::ManagedPolicy', 'AWS::KMS::Key', 'AWS::EC2::FlowLog', 'AWS::S3::BucketPolicy', 'AWS::EC2::VPC', 'AWS::KinesisFirehose::DeliveryStream'];
const CFN_PROPS = ['BucketName', 'RoleName', 'LogGroupName', 'AliasName', 'ManagedPolicyName', 'Path', 'TargetKeyId', 'LogDestination', 'DeliverLogsPermissionArn', 'ResourceId', 'Bucket', 'KmsKeyId', 'LogFormat', 'TrafficType'];

function splitLines(b: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let s = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 10) {
      out.push(b.subarray(s, i + 1));
      s = i + 1;
    }
  }
  if (s < b.length) out.push(b.subarray(s));
  return out;
}

export function applyMutation(input: Buffer, m: Mutation): Buffer {
  const len = input.length;
  switch (m.op) {
    case 'flip': {
      if (len === 0) return input;
      const b = Buffer.from(input);
      const i = m.at % len;
      b[i] = (b[i] ?? 0) ^ m.xor;
      return b;
    }
    case 'truncate':
      return input.subarray(0, len === 0 ? 0 : m.at % len);
    case 'insert': {
      const i = len === 0 ? 0 : m.at % (len + 1);
      return Buffer.concat([input.subarray(0, i), Buffer.from(m.text, 'utf8'), input.subarray(i)]);
    }
    case 'bytes': {
      const i = len === 0 ? 0 : m.at % (len + 1);
      return Buffer.concat([input.subarray(0, i), Buffer.from(m.bytes), input.subarray(i)]);
    }
    default: {
      const lines = splitLines(input);
      if (lines.length === 0) return input;
      if (m.op === 'deleteLines') {
        const i = m.at % lines.length;
        lines.splice(i, m.count);
      } else if (m.op === 'dupLines') {
        const i = m.at % lines.length;
        const chunk = lines.slice(i, i + m.count);
        for (let t = 0; t < m.times; t++) lines.splice(i, 0, ...chunk);
      } else {
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        const tmp = lines[a] as Buffer;
        lines[a] = lines[b] as Buffer;
        lines[b] = tmp;
      }
      return Buffer.concat(lines);
    }
  }
}

export const applyMutations = (b: Buffer, ms: readonly Mutation[]): Buffer => ms.reduce(applyMutation, b);

const seedGroups = (): SeedGroup[] => loadSeeds();

/** Renames a file to another recognised extension (JSON read as YAML or HCL, and so on). */
function renamed(rel: string, ext: string | null): string {
  if (ext === null) return rel;
  const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
  if (ext === 'terraform.tfvars') return `${dir}terraform.tfvars`;
  const base = rel.slice(dir.length).replace(/\.[^.]*$/, '');
  return `${dir}${base}${ext}`;
}

/** One file of a case/corpus group mutated; the group's other files kept (so linking runs). */
export const mutatedSeed: fc.Arbitrary<FileSet> = fc
  .record({
    group: fc.nat(),
    target: fc.nat(),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    rename: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('.json', '.yaml', '.template', '.tf', 'terraform.tfvars') }),
  })
  .map(({ group, target, mutations, rename }) => {
    const groups = seedGroups();
    const g = groups[group % groups.length] as SeedGroup;
    const t = target % g.files.length;
    const files: Record<string, Uint8Array> = {};
    g.files.forEach((f, i) => {
      if (i !== t) files[f.rel] = f.data;
    });
    const tf = g.files[t];
    if (tf) files[renamed(tf.rel, rename)] = applyMutations(tf.data, mutations);
    return { label: `mutated ${g.name}/${tf?.rel ?? ''} ${JSON.stringify(mutations)} rename=${String(rename)}`, files };
  });

// ---------------------------------------------------------------------------------------------
// JSON: values spliced into real documents, and wrapped in the shapes the loaders recognise.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export const INTERESTING_KEYS = [
  'Version', 'Statement', 'Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition',
  'AWSTemplateFormatVersion', 'Resources', 'Parameters', 'Conditions', 'Mappings', 'Outputs', 'Type', 'Properties', 'Metadata', 'DependsOn',
  'Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::If', 'Fn::FindInMap', 'Fn::Select', 'Fn::Split', 'Fn::ImportValue', 'Fn::Base64', 'Fn::Equals', 'Fn::Not',
  'ResourceIds', 'ResourceId', 'ResourceType', 'TrafficType', 'LogDestinationType', 'LogDestination', 'LogGroupName', 'DeliverLogsPermissionArn',
  'DeliverCrossAccountRole', 'LogFormat', 'MaxAggregationInterval', 'DestinationOptions', 'FileFormat', 'HiveCompatiblePartitions', 'PerHourPartition',
  'BucketName', 'Bucket', 'PolicyDocument', 'AssumeRolePolicyDocument', 'Policies', 'KeyPolicy', 'KmsKeyId', 'KMSMasterKeyID', 'SSEAlgorithm',
  'BucketEncryption', 'Policy', 'FlowLogs', 'FlowLogStatus', 'DeliverLogsStatus', 'format_version', 'planned_values', 'values', 'root_module',
  'resources', 'child_modules', 'address', 'type', 'name', 'mode', 'after_unknown', 'configuration', 'variables', 'StringEquals', 'StringLike',
  'ArnLike', 'aws:SourceAccount', 'aws:SourceArn', 's3:x-amz-acl', 'Service', 'AWS', 'flowlog-lint', 'cfn_nag', 'checkov', '__proto__', 'constructor',
];

export const INTERESTING_VALUES: Json[] = [
  '*', 's3:*', 's3:PutObject', 's3:GetBucketAcl', 'logs:CreateLogStream', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b', 'arn:aws:s3:::b/AWSLogs/111122223333/*',
  'Allow', 'Deny', 'delivery.logs.amazonaws.com', 'vpc-flow-logs.amazonaws.com', '111122223333', 'bucket-owner-full-control', 's3', 'cloud-watch-logs',
  'kinesis-data-firehose', 'ALL', 'ACCEPT', 'REJECT', 60, 600, 'AWS::EC2::FlowLog', 'AWS::S3::Bucket', 'AWS::S3::BucketPolicy', 'AWS::IAM::Role',
  'AWS::KMS::Key', '${version} ${srcaddr} ${bogus}', { Ref: 'AWS::AccountId' }, { Ref: 'AWS::NoValue' }, { Ref: 'Missing' }, { 'Fn::GetAtt': ['X', 'Arn'] },
  { 'Fn::GetAtt': 'X.Arn' }, { 'Fn::Sub': '${AWS::AccountId}-${Missing}' }, { 'Fn::Sub': ['${a}', { a: { Ref: 'b' } }] }, { 'Fn::Join': ['', []] },
  { 'Fn::Join': [1, 2] }, { 'Fn::If': ['C', 1, 2] }, { 'Fn::If': [] }, { 'Fn::FindInMap': ['a', 'b', 'c'] }, { 'Fn::Select': [99, []] },
  { 'Fn::Select': ['-1', ['a']] }, { 'Fn::Split': [',', 'a,b'] }, { 'Fn::ImportValue': 'x' }, { 'Fn::Base64': { Ref: 'AWS::Region' } }, null, [], {},
  1e308, -1, 0, '', '${aws:username}', 'arn:', 'arn:aws:s3:::', 'vpc-1', true, '2012-10-17', '2008-10-17',
];

export const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json> },
  { weight: 2, arbitrary: fc.constantFrom(...INTERESTING_VALUES) },
);

interface JsonSeed {
  readonly group: SeedGroup;
  readonly rel: string;
  readonly value: Json;
}

let jsonSeedCache: JsonSeed[] | undefined;
function jsonSeeds(): JsonSeed[] {
  if (jsonSeedCache) return jsonSeedCache;
  const out: JsonSeed[] = [];
  for (const g of seedGroups()) {
    for (const f of g.files) {
      if (!f.rel.endsWith('.json')) continue;
      try {
        out.push({ group: g, rel: f.rel, value: JSON.parse(f.data.toString('utf8')) as Json });
      } catch {
        // broken on purpose (cases/parse-error)
      }
    }
  }
  jsonSeedCache = out;
  return out;
}

type PathStep = string | number;
function containers(v: Json, path: PathStep[] = [], out: { path: PathStep[]; node: Json }[] = []): { path: PathStep[]; node: Json }[] {
  out.push({ path, node: v });
  if (Array.isArray(v)) v.forEach((x, i) => containers(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) containers(x, [...path, k], out);
  return out;
}

function setAt(root: Json, path: readonly PathStep[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    const i = head as number;
    if (value === undefined && rest.length === 0) copy.splice(i, 1);
    else copy[i] = setAt(copy[i] ?? null, rest, value);
    return copy;
  }
  if (root && typeof root === 'object') {
    // defineProperty keeps a "__proto__" key an own property of the copy.
    const copy: { [k: string]: Json } = {};
    for (const [k, x] of Object.entries(root)) Object.defineProperty(copy, k, { value: x, enumerable: true, writable: true, configurable: true });
    const k = head as string;
    if (value === undefined && rest.length === 0) delete copy[k];
    else Object.defineProperty(copy, k, { value: setAt(copy[k] ?? null, rest, value), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return root;
}

/** A real JSON document with one node replaced, one key added or one key removed. */
export const jsonSplice: fc.Arbitrary<FileSet> = fc
  .record({
    seed: fc.nat(),
    at: fc.nat(),
    op: fc.constantFrom('replace' as const, 'addKey' as const, 'remove' as const),
    key: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...INTERESTING_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }),
    value: jsonValue,
    indent: fc.constantFrom(0, 2, '\t'),
  })
  .map(({ seed, at, op, key, value, indent }) => {
    const seeds = jsonSeeds();
    const s = seeds[seed % seeds.length] as JsonSeed;
    const nodes = containers(s.value);
    const target = nodes[at % nodes.length] as { path: PathStep[]; node: Json };
    let doc: Json;
    if (op === 'replace') doc = setAt(s.value, target.path, value);
    else if (op === 'remove') doc = target.path.length ? setAt(s.value, target.path, undefined) : s.value;
    else if (target.node && typeof target.node === 'object' && !Array.isArray(target.node)) doc = setAt(s.value, [...target.path, key], value);
    else doc = setAt(s.value, target.path, { [key]: value });
    const files: Record<string, Uint8Array | string> = {};
    for (const f of s.group.files) files[f.rel] = f.data;
    files[s.rel] = JSON.stringify(doc, null, indent);
    return { label: `json-splice ${s.group.name}/${s.rel} ${op} at ${JSON.stringify(target.path)} key=${JSON.stringify(key)} value=${JSON.stringify(value)}`, files };
  });

/** The shapes the loaders recognise, with a random value in a place that matters. */
const WRAPPERS: Record<string, (v: Json) => Json> = {
  none: (v) => v,
  policy: (v) => ({ Version: '2012-10-17', Statement: v }),
  statement: (v) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/AWSLogs/111122223333/*', Condition: v }] }),
  statementAny: (v) => ({ Version: '2012-10-17', Statement: [v, { Effect: 'Deny', Principal: '*', Action: v, Resource: v }] }),
  template: (v) => ({ AWSTemplateFormatVersion: '2010-09-09', Resources: { FlowLog: { Type: 'AWS::EC2::FlowLog', Properties: v }, Bucket: { Type: 'AWS::S3::Bucket', Properties: v } } }),
  templateFn: (v) => ({
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { P: { Type: 'String', Default: v } },
    Conditions: { C: v },
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket', Condition: 'C', Properties: { BucketName: v } },
      Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'Bucket' }, PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: v }] } } },
      FlowLog: { Type: 'AWS::EC2::FlowLog', Properties: { ResourceId: v, ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: { 'Fn::GetAtt': ['Bucket', 'Arn'] }, LogFormat: v } },
    },
  }),
  flowlog: (v) => ({ ResourceIds: ['vpc-1'], ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: v }),
  flowlogMerge: (v) => ({ ResourceIds: ['vpc-1'], TrafficType: 'ALL', ...(v && typeof v === 'object' && !Array.isArray(v) ? v : { LogFormat: v }) }),
  plan: (v) => ({ format_version: '1.2', planned_values: { root_module: { resources: [{ address: 'aws_flow_log.x', mode: 'managed', type: 'aws_flow_log', name: 'x', values: v }] } } }),
  planRaw: (v) => ({ format_version: '1.2', planned_values: v }),
  describe: (v) => ({ FlowLogs: [v] }),
  policyString: (v) => ({ Policy: JSON.stringify(v) }),
  policyText: (v) => ({ Policy: typeof v === 'string' ? v : JSON.stringify(v).slice(0, -1) }),
};

export const wrappedJson: fc.Arbitrary<FileSet> = fc
  .record({
    wrap: fc.constantFrom(...Object.keys(WRAPPERS)),
    value: jsonValue,
    ext: fc.constantFrom('.json', '.json', '.yaml', '.template'),
    indent: fc.constantFrom(0, 2, '\t'),
    withBucketPolicy: fc.boolean(),
  })
  .map(({ wrap, value, ext, indent, withBucketPolicy }) => {
    const doc = (WRAPPERS[wrap] as (v: Json) => Json)(value);
    const files: Record<string, string> = { [`input${ext}`]: JSON.stringify(doc, null, indent) ?? 'null' };
    if (withBucketPolicy) {
      files['bucket-policy.json'] = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/AWSLogs/111122223333/*' }],
      });
    }
    return { label: `json ${wrap}${ext}`, files };
  });

// ---------------------------------------------------------------------------------------------
// YAML-ish text: a random tree emitted as block YAML (CloudFormation tags, anchors, aliases), or
// a soup of YAML-looking lines; both optionally mutated.

const YAML_KEYS = [
  'AWSTemplateFormatVersion', 'Resources', 'Parameters', 'Conditions', 'Mappings', 'Outputs', 'Type', 'Properties', 'Condition', 'Metadata',
  'FlowLog', 'Bucket', 'BucketPolicy', 'Role', 'Key', 'PolicyDocument', 'Statement', 'Effect', 'Action', 'Resource', 'Principal', 'Service',
  'LogDestination', 'LogDestinationType', 'TrafficType', 'ResourceIds', 'ResourceId', 'ResourceType', 'LogFormat', 'MaxAggregationInterval',
  'DeliverLogsPermissionArn', 'BucketName', 'KMSMasterKeyID', 'Version', 'Default', 'Value', 'Ref', 'Fn::GetAtt', '<<', '__proto__', 'constructor',
  '"quoted key"', "'single'", 'a b', '0', 'true', 'null', '~',
];
const YAML_SCALARS = [
  'AWS::EC2::FlowLog', 'AWS::S3::Bucket', 'AWS::S3::BucketPolicy', 'AWS::IAM::Role', 'AWS::KMS::Key', 'AWS::Logs::LogGroup', 's3', 'cloud-watch-logs',
  'ALL', 'ACCEPT', 'Allow', 'Deny', 's3:PutObject', 's3:*', '"*"', 'delivery.logs.amazonaws.com', 'arn:aws:s3:::b/*', '"2012-10-17"', '2010-09-09',
  '012345678912', '111122223333', '0x10', '0o17', '1e3', '.inf', '-.nan', '~', 'null', 'true', 'yes', 'off', '600', '"${version} ${srcaddr}"',
  "'it''s'", '"\\u00e9\\x41"', '[a, b]', '{a: 1}', '[]', '{}', '!!str 1', '!!binary aGk=', '!Unknown x', '', '"é ✓ \u{1F600}"',
];
/** Scalars that are not valid where a plain value goes (only in the line soup). */
const YAML_BAD_SCALARS = ['|', '>-', '"unterminated', '*a', '*nope', '&a x', '!!int x', '@bad', '`bad', '%bad', '- x', 'a: b: c', '{a: [1}', ' '];
const YAML_TAGS = ['!Ref', '!GetAtt', '!Sub', '!Join', '!If', '!Select', '!Split', '!FindInMap', '!ImportValue', '!Equals', '!Not', '!Condition', '!Base64', '!GetAZs', '!Cidr', '!Transform', '!Length', '!ToJsonString', '!Bogus'];

type YNode =
  | { readonly t: 'scalar'; readonly v: string }
  | { readonly t: 'map'; readonly es: readonly (readonly [string, YNode])[] }
  | { readonly t: 'seq'; readonly items: readonly YNode[] }
  | { readonly t: 'tag'; readonly tag: string; readonly node: YNode }
  | { readonly t: 'anchor'; readonly name: string; readonly node: YNode };

const yamlScalar: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...YAML_SCALARS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 10 }).map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);
const yamlAnyScalar: fc.Arbitrary<string> = fc.oneof(yamlScalar, fc.constantFrom(...YAML_BAD_SCALARS), fc.string({ unit: 'grapheme', maxLength: 10 }));
const yamlKey: fc.Arbitrary<string> = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...YAML_KEYS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }).map((s) => JSON.stringify(s)) });

const yTree = fc.letrec<{ node: YNode; map: YNode; seq: YNode; tag: YNode; anchor: YNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: yamlScalar.map((v): YNode => ({ t: 'scalar', v })) },
    { weight: 3, arbitrary: tie('map') },
    { weight: 2, arbitrary: tie('seq') },
    { weight: 2, arbitrary: tie('tag') },
    { weight: 1, arbitrary: tie('anchor') },
  ),
  map: fc.array(fc.tuple(yamlKey, tie('node')), { maxLength: 4 }).map((es): YNode => ({ t: 'map', es })),
  seq: fc.array(tie('node'), { maxLength: 4 }).map((items): YNode => ({ t: 'seq', items })),
  tag: fc.tuple(fc.constantFrom(...YAML_TAGS), tie('node')).map(([tag, node]): YNode => ({ t: 'tag', tag, node })),
  anchor: fc.tuple(fc.constantFrom('a', 'b'), tie('node')).map(([name, node]): YNode => ({ t: 'anchor', name, node })),
}));

/** Emits a node as the value after `key:` or `- `: the inline part and the lines below it. */
function emitYaml(n: YNode, indent: number): { inline: string; lines: string[] } {
  const pad = ' '.repeat(indent);
  switch (n.t) {
    case 'scalar':
      return { inline: n.v, lines: [] };
    case 'map': {
      if (n.es.length === 0) return { inline: '{}', lines: [] };
      const lines: string[] = [];
      for (const [k, v] of n.es) {
        const e = emitYaml(v, indent + 2);
        lines.push(`${pad}${k}:${e.inline ? ` ${e.inline}` : ''}`, ...e.lines);
      }
      return { inline: '', lines };
    }
    case 'seq': {
      if (n.items.length === 0) return { inline: '[]', lines: [] };
      const lines: string[] = [];
      for (const v of n.items) {
        const e = emitYaml(v, indent + 2);
        lines.push(`${pad}-${e.inline ? ` ${e.inline}` : ''}`, ...e.lines);
      }
      return { inline: '', lines };
    }
    case 'tag':
    case 'anchor': {
      const prefix = n.t === 'tag' ? n.tag : `&${n.name}`;
      const e = emitYaml(n.node, indent);
      // One tag and one anchor per node at most: drop the outer one rather than emit an error.
      if (/^[!&]/.test(e.inline)) return e;
      return { inline: e.inline ? `${prefix} ${e.inline}` : prefix, lines: e.lines };
    }
  }
}

const yamlSoupLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 5 }),
    fc.oneof(
      fc.tuple(yamlKey, yamlAnyScalar).map(([k, v]) => `${k}: ${v}`),
      yamlKey.map((k) => `${k}:`),
      yamlAnyScalar.map((v) => `- ${v}`),
      fc.tuple(yamlKey, fc.constantFrom(...YAML_TAGS), yamlAnyScalar).map(([k, t, v]) => `${k}: ${t} ${v}`),
      fc.constantFrom('---', '...', '# comment ✓', '<<: *a', '%YAML 1.2', '%TAG ! tag:x,2024:', '- - - x', '[', ']', '{', '}', '"', "'", '\t- tab', '&a', '*a'),
    ),
  )
  .map(([ind, s]) => `${' '.repeat(ind * 2)}${s}`);

const YAML_HEADERS = ['', 'AWSTemplateFormatVersion: "2010-09-09"\n', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n', 'Version: "2012-10-17"\nStatement:\n'];

const CFN_YAML_PROPS = [...CFN_PROPS, 'ResourceType', 'LogDestinationType', 'PolicyDocument', 'AssumeRolePolicyDocument', 'KeyPolicy', 'BucketEncryption', 'MaxAggregationInterval', 'DestinationOptions', 'Policies'];

/** A CloudFormation template in YAML whose property values are random trees (tags included). */
const cfnYamlBody: fc.Arbitrary<string[]> = fc
  .array(fc.tuple(fc.constantFrom('FlowLog', 'Bucket', 'BucketPolicy', 'Role', 'Key', 'LogGroup'), fc.constantFrom(...CFN_TYPES), fc.array(fc.tuple(fc.constantFrom(...CFN_YAML_PROPS), yTree.node), { maxLength: 5 })), { minLength: 1, maxLength: 3 })
  .map((rs) => {
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
    for (const [id, type, props] of rs) {
      lines.push(`  ${id}:`, `    Type: ${type}`, props.length ? '    Properties:' : '    Properties: {}');
      for (const [k, v] of props) {
        const e = emitYaml(v, 8);
        lines.push(`      ${k}:${e.inline ? ` ${e.inline}` : ''}`, ...e.lines);
      }
    }
    return lines;
  });

export const yamlish: fc.Arbitrary<FileSet> = fc
  .record({
    body: fc.oneof(
      yTree.node.map((n) => {
        const e = emitYaml(n, 0);
        return { headed: true, lines: e.inline ? [e.inline, ...e.lines] : e.lines };
      }),
      fc.array(yamlSoupLine, { maxLength: 30 }).map((lines) => ({ headed: true, lines })),
      cfnYamlBody.map((lines) => ({ headed: false, lines })),
    ),
    header: fc.constantFrom(...YAML_HEADERS),
    indentBody: fc.boolean(),
    eol: fc.constantFrom('\n', '\n', '\r\n'),
    ext: fc.constantFrom('.yaml', '.yml', '.template'),
    mutations: optionalMutations,
  })
  .map(({ body, header: h, indentBody, eol, ext, mutations }) => {
    const header = body.headed ? h : '';
    const lines = header.endsWith(':\n') && indentBody ? body.lines.map((l) => `  ${l}`) : body.lines;
    const text = `${header}${lines.join('\n')}\n`.replace(/\n/g, eol);
    return { label: `yaml${ext} mutations=${JSON.stringify(mutations)}`, files: { [`input${ext}`]: applyMutations(Buffer.from(text, 'utf8'), mutations) } };
  });

// ---------------------------------------------------------------------------------------------
// HCL-ish text: random Terraform bodies (blocks, attributes, expressions) or token soup.

const HCL_RESOURCE_TYPES = [
  'aws_flow_log', 'aws_s3_bucket', 'aws_s3_bucket_policy', 'aws_iam_role', 'aws_iam_role_policy', 'aws_iam_policy', 'aws_kms_key', 'aws_kms_alias',
  'aws_cloudwatch_log_group', 'aws_vpc', 'aws_s3_bucket_server_side_encryption_configuration', 'aws_iam_role_policy_attachment', 'aws_subnet',
];
const HCL_DATA_TYPES = ['aws_iam_policy_document', 'aws_caller_identity', 'aws_partition', 'aws_region', 'aws_s3_bucket'];
const HCL_NESTED = ['statement', 'principals', 'condition', 'dynamic', 'lifecycle', 'rule', 'apply_server_side_encryption_by_default', 'destination_options', 'content', 'not_principals'];
const HCL_ATTRS = [
  'log_destination', 'log_destination_type', 'traffic_type', 'vpc_id', 'subnet_id', 'eni_id', 'transit_gateway_id', 'iam_role_arn', 'deliver_cross_account_role',
  'log_format', 'max_aggregation_interval', 'log_group_name', 'bucket', 'policy', 'assume_role_policy', 'name', 'name_prefix', 'role', 'policy_arn',
  'actions', 'not_actions', 'resources', 'not_resources', 'effect', 'sid', 'type', 'identifiers', 'test', 'variable', 'values', 'source', 'count',
  'for_each', 'default', 'description', 'kms_master_key_id', 'sse_algorithm', 'kms_key_id', 'key_id', 'target_key_id', 'file_format',
  'hive_compatible_partitions', 'per_hour_partition', 'source_policy_documents', 'override_policy_documents', 'version', 'cidr_block', 'value',
  'a', 'b', '__proto__', 'constructor',
];
const HCL_REFS = [
  'var.v', 'var.list', 'local.l', 'local.a', 'local.b', 'aws_s3_bucket.b.arn', 'aws_s3_bucket.b.id', 'aws_s3_bucket.b.bucket', 'aws_vpc.v.id',
  'data.aws_iam_policy_document.d.json', 'data.aws_caller_identity.current.account_id', 'data.aws_partition.current.partition', 'data.aws_region.current.name',
  'module.m.out', 'aws_flow_log.f.id', 'aws_iam_role.r.arn', 'aws_kms_key.k.arn', 'aws_cloudwatch_log_group.g.arn', 'each.value', 'each.key', 'count.index',
  'self.x', 'path.module', 'aws_s3_bucket.b[0].arn', 'aws_s3_bucket.b["k"].arn', 'aws_s3_bucket.b[*].arn', 'var.m["k"]', 'local.l.x.y',
];
const HCL_EXPRS = [
  '"s3"', '"cloud-watch-logs"', '"ALL"', '"ACCEPT"', '"Allow"', '"Deny"', '"Service"', '"AWS"', '"delivery.logs.amazonaws.com"', '"s3:PutObject"', '"s3:*"',
  '"*"', '"StringEquals"', '"aws:SourceAccount"', '"arn:aws:s3:::b/*"', '"${aws_s3_bucket.b.arn}/AWSLogs/*"', '"$${literal}"', '"%{ if true }x%{ endif }"',
  '"%{ for x in var.list }${x}%{ endfor }"', '"\\u00e9\\n\\t"', 'jsonencode({ Version = "2012-10-17", Statement = [] })', 'jsonencode(local.l)', 'jsondecode("{}")',
  '[1, 2]', '{ a = 1 }', 'true ? "a" : "b"', '[for s in var.list : upper(s)]', '{ for k, v in var.m : k => v }', '[for s in var.list : s if s != ""]',
  '<<EOT\nhello ${var.v}\nEOT', '<<-EOT\n  x\n  EOT', 'lookup(var.m, "k", "d")', 'format("%s/%s", "a", "b")', 'element(var.list, 0)', 'merge({}, { a = 1 })',
  'concat([], ["x"])', 'replace("a-b", "/-/", "_")', 'file("${path.module}/policy.json")', 'file("policy.json")', 'file("missing.json")',
  'templatefile("${path.module}/policy.json", { a = 1 })', 'try(var.x, null)', 'coalesce("", "x")', 'join(",", var.list)', 'split(",", "a,b")',
  'null', '-1', '1.5e3', '0', 'true', 'var.list[*].id', 'tostring(1)', 'length(var.list)', 'cidrsubnet("10.0.0.0/16", 8, 1)',
];
/** Tokens that break an expression (only in the token soup). */
const HCL_BAD = ['"unterminated', '${', '(', ')', '{', '[', '==', '...', 'x => y', '"${"', '<<EOT\nno end'];
const HCL_NAMES = ['b', 'f', 'v', 'r', 'k', 'g', 'd', 'p', 'current', '__proto__', 'constructor', 'this'];

type HNode = { readonly t: 'attr'; readonly name: string; readonly expr: string } | { readonly t: 'block'; readonly type: string; readonly labels: readonly string[]; readonly body: readonly HNode[] };

const hclExpr: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: fc.constantFrom(...HCL_EXPRS) },
    { weight: 3, arbitrary: fc.constantFrom(...HCL_REFS) },
    { weight: 1, arbitrary: fc.constantFrom(...HCL_REFS).map((r) => `"prefix-\${${r}}-suffix"`) },
    { weight: 1, arbitrary: fc.array(tie('expr'), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`) },
    { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...HCL_ATTRS, 'Version', 'Statement', 'Effect', 'Action', 'Resource', 'Principal'), tie('expr')), { maxLength: 3 }).map((es) => `{ ${es.map(([k, v]) => `${k} = ${v}`).join(', ')} }`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('jsonencode', 'tolist', 'toset', 'flatten', 'distinct', 'compact', 'upper', 'lower', 'trimspace', 'one', 'keys', 'values', 'length', 'sort'), tie('expr')).map(([f, x]) => `${f}(${x})`) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }).map((s) => JSON.stringify(s).replace(/\$\{|%\{/g, '$$$&')) },
  ),
})).expr;

const hclTree = fc.letrec<{ body: HNode[]; item: HNode; block: HNode }>((tie) => ({
  body: fc.array(tie('item'), { maxLength: 5 }),
  item: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...HCL_ATTRS), hclExpr).map(([name, expr]): HNode => ({ t: 'attr', name, expr })) },
    { weight: 1, arbitrary: tie('block') },
  ),
  block: fc
    .tuple(fc.constantFrom(...HCL_NESTED), fc.array(fc.constantFrom(...HCL_NAMES), { maxLength: 1 }), tie('body'))
    .map(([type, labels, body]): HNode => ({ t: 'block', type, labels, body })),
}));

const topBlock: fc.Arbitrary<HNode> = fc.oneof(
  fc.tuple(fc.constantFrom(...HCL_RESOURCE_TYPES), fc.constantFrom(...HCL_NAMES), hclTree.body).map(([ty, n, body]): HNode => ({ t: 'block', type: 'resource', labels: [ty, n], body })),
  fc.tuple(fc.constantFrom(...HCL_DATA_TYPES), fc.constantFrom(...HCL_NAMES), hclTree.body).map(([ty, n, body]): HNode => ({ t: 'block', type: 'data', labels: [ty, n], body })),
  fc.tuple(fc.constantFrom('variable', 'output'), fc.constantFrom('v', 'list', 'm', 'out', 'x', '__proto__'), hclTree.body).map(([ty, n, body]): HNode => ({ t: 'block', type: ty, labels: [n], body })),
  hclTree.body.map((body): HNode => ({ t: 'block', type: 'locals', labels: [], body })),
  fc.tuple(fc.constantFrom('./sub', './', 'terraform-aws-modules/vpc/aws'), hclTree.body).map(([source, body]): HNode => ({ t: 'block', type: 'module', labels: ['m'], body: [{ t: 'attr', name: 'source', expr: JSON.stringify(source) }, ...body] })),
  hclTree.item,
);

function emitHcl(nodes: readonly HNode[], indent: number): string {
  const pad = ' '.repeat(indent);
  return nodes
    .map((n) => (n.t === 'attr' ? `${pad}${n.name} = ${n.expr}` : `${pad}${n.type}${n.labels.map((l) => ` "${l}"`).join('')} {\n${emitHcl(n.body, indent + 2)}${n.body.length ? '\n' : ''}${pad}}`))
    .join('\n');
}

const hclSoup: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom('resource', 'data', 'module', 'locals', 'variable', '{', '}', '=', '\n', '[', ']', '"', '${', '<<EOT\n', 'EOT\n', '#', '//', '/*', '*/', ','), fc.constantFrom(...HCL_EXPRS), fc.constantFrom(...HCL_BAD), fc.constantFrom(...HCL_ATTRS), fc.constantFrom(...HCL_RESOURCE_TYPES).map((t) => `"${t}"`)), { maxLength: 40 })
  .map((ts) => ts.join(' '));

const POLICY_JSON = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' }] });

export const hclish: fc.Arbitrary<FileSet> = fc
  .record({
    main: fc.oneof({ weight: 3, arbitrary: fc.array(topBlock, { maxLength: 6 }).map((ns) => emitHcl(ns, 0)) }, { weight: 1, arbitrary: hclSoup }),
    tfvars: fc.option(hclTree.body.map((b) => emitHcl(b.filter((n) => n.t === 'attr'), 0))),
    sub: fc.option(fc.array(topBlock, { maxLength: 3 }).map((ns) => emitHcl(ns, 0))),
    policyFile: fc.boolean(),
    eol: fc.constantFrom('\n', '\n', '\r\n'),
    mutations: optionalMutations,
  })
  .map(({ main, tfvars, sub, policyFile, eol, mutations }) => {
    const files: Record<string, string | Uint8Array> = { 'main.tf': applyMutations(Buffer.from(`${main}\n`.replace(/\n/g, eol), 'utf8'), mutations) };
    if (tfvars !== null) files['terraform.tfvars'] = `${tfvars}\n`;
    if (sub !== null) files['sub/main.tf'] = `${sub}\n`;
    if (policyFile) files['policy.json'] = POLICY_JSON;
    return { label: `hcl mutations=${JSON.stringify(mutations)}`, files };
  });

// ---------------------------------------------------------------------------------------------
// CloudFormation templates whose resources, parameters and conditions reference each other.


export const cfnRefGraph: fc.Arbitrary<FileSet> = fc
  .record({
    n: fc.integer({ min: 1, max: 4 }),
    types: fc.array(fc.constantFrom(...CFN_TYPES), { minLength: 4, maxLength: 4 }),
    props: fc.array(fc.tuple(fc.nat(3), fc.constantFrom(...CFN_PROPS), fc.nat(), fc.nat(3), fc.constantFrom('Arn', 'Id', 'KeyId', 'RoleName', 'DomainName')), { maxLength: 8 }),
    paramDefaults: fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
    condRefs: fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
    yaml: fc.boolean(),
  })
  .map(({ n, types, props, paramDefaults, condRefs, yaml }) => {
    const ids = Array.from({ length: n }, (_, i) => `R${i}`);
    const names = [...ids, 'P0', 'P1', 'AWS::AccountId', 'AWS::NoValue', 'Missing'];
    const intrinsic = (kind: number, target: number, attr: string): Json => {
      const id = names[target % names.length] as string;
      const rid = ids[target % ids.length] as string;
      switch (kind % 8) {
        case 0:
          return { Ref: id };
        case 1:
          return { 'Fn::GetAtt': [rid, attr] };
        case 2:
          return { 'Fn::Sub': `x-\${${id}}-\${${rid}.${attr}}` };
        case 3:
          return { 'Fn::Join': ['-', [{ Ref: id }, { Ref: rid }]] };
        case 4:
          return { 'Fn::If': [`C${target % 2}`, { Ref: id }, 'literal'] };
        case 5:
          return { 'Fn::Select': [0, [{ Ref: id }]] };
        case 6:
          return { 'Fn::Sub': ['${X}', { X: { Ref: id } }] };
        default:
          return `literal-${id}`;
      }
    };
    const resources: Record<string, { Type: string; Condition?: string; Properties: Record<string, Json> }> = {};
    ids.forEach((id, i) => {
      resources[id] = { Type: types[i] as string, Properties: {} };
    });
    props.forEach(([owner, prop, target, kind, attr]) => {
      const r = resources[ids[owner % ids.length] as string];
      if (r) r.Properties[prop] = intrinsic(kind, target, attr);
    });
    const firstRes = resources[ids[0] as string];
    if (firstRes && condRefs[0] !== undefined && condRefs[0] % 3 === 0) firstRes.Condition = 'C0';
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: {
        P0: { Type: 'String', Default: intrinsic(paramDefaults[0] ?? 0, paramDefaults[1] ?? 0, 'Arn') },
        P1: { Type: 'CommaDelimitedList', Default: { Ref: 'P0' } },
      },
      Conditions: {
        C0: { 'Fn::Not': [{ Condition: `C${(condRefs[0] ?? 0) % 2}` }] },
        C1: { 'Fn::Equals': [{ Ref: names[(condRefs[1] ?? 0) % names.length] as string }, 'x'] },
      },
      Resources: resources,
    };
    return { label: `cfn-refs ${JSON.stringify(template)}`, files: { [yaml ? 'template.yaml' : 'template.json']: JSON.stringify(template, null, 2) } };
  });

/** Everything above, for the CLI property. */
export const anyFileSet: fc.Arbitrary<FileSet> = fc.oneof(mutatedSeed, jsonSplice, wrappedJson, yamlish, hclish, cfnRefGraph);

// ---------------------------------------------------------------------------------------------
// Terraform budgets: module fan-out and interpolation depth (issue 16). Small files that ask for
// huge work; every one must finish within the per-run bound with a result or a parse-error.

/** A chain (or cycle) of local module folders, each calling the next with a count or for_each
 * of up to 1000, optionally back to the root or to itself. */
export const moduleFanOut: fc.Arbitrary<FileSet> = fc
  .record({
    levels: fc.integer({ min: 1, max: 5 }),
    fan: fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(1000, 999, 2)), { minLength: 5, maxLength: 5 }),
    calls: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 5, maxLength: 5 }),
    forEach: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    back: fc.constantFrom('none', 'self', 'root', 'up'),
    flowLog: fc.boolean(),
  })
  .map(({ levels, fan, calls, forEach, back, flowLog }) => {
    const files: Record<string, string> = {};
    const dirOf = (i: number) => (i === 0 ? '' : `m${i}/`);
    for (let i = 0; i < levels; i++) {
      const target = i + 1 < levels ? `${i === 0 ? './' : '../'}m${i + 1}` : undefined;
      let text = 'resource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n';
      if (flowLog) text += 'resource "aws_flow_log" "f" {\n  vpc_id = aws_vpc.v.id\n  traffic_type = "ALL"\n  log_destination = "arn:aws:s3:::b"\n  log_destination_type = "s3"\n}\n';
      for (let c = 0; c < (calls[i] ?? 1) && target; c++) {
        const n = fan[i] ?? 1;
        const repeat = forEach[i] ? `  for_each = toset([for i in range(${Math.min(n, 1024)}) : tostring(i)])\n` : `  count = ${n}\n`;
        text += `module "c${c}" {\n  source = "${target}"\n${repeat}}\n`;
      }
      if (i === levels - 1 && back !== 'none') {
        const src = back === 'self' ? './' : back === 'root' ? (i === 0 ? './' : '../') : '../../';
        text += `module "back" {\n  source = "${src}"\n  count = ${fan[0] ?? 1}\n}\n`;
      }
      files[`${dirOf(i)}main.tf`] = text;
    }
    return { label: `module fan-out levels=${levels} fan=${fan.join('×')} calls=${calls.join(',')} back=${back}`, files };
  });

/** Nested "${…}" templates, nested function calls and nested conditionals, up to 5,000 deep. */
export const interpolationDepth: fc.Arbitrary<FileSet> = fc
  .record({
    depth: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 300, max: 5_000 })),
    shape: fc.constantFrom('template', 'call', 'conditional', 'mixed', 'unclosed'),
    attr: fc.constantFrom('traffic_type', 'log_destination', 'log_format'),
  })
  .map(({ depth, shape, attr }) => {
    const open: Record<string, string> = { template: '"${', call: 'lower(', conditional: 'true ? ', mixed: '"${upper(', unclosed: '"${' };
    const close: Record<string, string> = { template: '}"', call: ')', conditional: ' : "x"', mixed: ')}"', unclosed: '' };
    const expr = `${(open[shape] ?? '').repeat(depth)}"ALL"${(close[shape] ?? '').repeat(depth)}`;
    const attrs: Record<string, string> = { traffic_type: '"ALL"', log_destination: '"arn:aws:s3:::b"', log_format: '"${version}"' };
    attrs[attr] = expr;
    const body = Object.entries(attrs)
      .map(([k, v]) => `  ${k} = ${v}`)
      .join('\n');
    return { label: `interpolation depth=${depth} shape=${shape} in ${attr}`, files: { 'main.tf': `resource "aws_flow_log" "f" {\n  vpc_id = "vpc-1"\n  log_destination_type = "s3"\n${body}\n}\n` } };
  });
