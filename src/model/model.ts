// The normalized model every loader fills and every rule reads. Loaders know formats, rules know
// requirements: nothing here says where a value came from except its position.
import type { PolicyDoc } from './policy.js';
import type { Pos, SourceFile } from '../parse/source.js';
import type { ParseIssue } from '../parse/errors.js';
import type { Part, Val } from './value.js';
import type { OrgContext } from './org.js';
import type { Facts } from './facts.js';

/** Where a resource lives: a file (with the resource's node) or a live account. */
export interface Origin {
  readonly file?: SourceFile;
  /** `aws:ACCOUNT:REGION` for live resources. */
  readonly source?: string;
}

/** The deployment environment of a resource: the stack's partition, region and account, as
 * literals when known, else as symbols. */
export interface Env {
  readonly partition: readonly Part[];
  readonly region: readonly Part[];
  /** Undefined when the input does not say (then `--account-id` supplies the source accounts). */
  readonly account?: readonly Part[];
  /** The account's organisation, when a live read says (else the run's `--org-id`). */
  readonly org?: OrgContext;
}

interface Base {
  /** Unique across the run. */
  readonly uid: string;
  /** Display name: logical ID, Terraform address, ARN, or file-derived name. */
  readonly name: string;
  readonly origin: Origin;
  /** The resource's node, for findings about something missing. */
  readonly pos?: Pos;
  readonly env: Env;
}

/** The fields every resource a template or configuration declares starts with (its loader's
 * mappers build it once per resource): a source file and a position always known. */
export interface DeclaredBase {
  readonly uid: string;
  readonly name: string;
  readonly origin: { readonly file: SourceFile };
  readonly pos: Pos;
  readonly env: Env;
}

export interface FlowLog extends Base {
  readonly kind: 'flow-log';
  /** CreateFlowLogs request, describe-flow-logs output, CloudFormation, Terraform, live. The key of
   * the input's spelling table (model/spelling.ts): rules never read it, they ask `spell` and
   * `inputFacts` (test/rules/input-language.test.ts). */
  readonly format: 'request' | 'describe' | 'cloudformation' | 'terraform' | 'live';
  readonly resourceType?: Val;
  readonly resourceIds: readonly Val[];
  readonly trafficType?: Val;
  readonly destinationType?: Val;
  readonly destination?: Val;
  readonly logGroupName?: Val;
  readonly deliverLogsPermissionArn?: Val;
  readonly deliverCrossAccountRole?: Val;
  readonly maxAggregationInterval?: Val;
  readonly logFormat?: Val;
  readonly destinationOptions?: Val;
  readonly deliveryStatus?: Val;
  readonly deliveryError?: Val;
  readonly flowLogId?: Val;
  /** Properties present in the input that do not belong to this shape (for destination-settings). */
  readonly extra?: Readonly<Record<string, Val>>;
}

export interface Encryption {
  /** `AES256`, `aws:kms`, `aws:kms:dsse`. */
  readonly algorithm?: Val;
  readonly kmsKeyId?: Val;
  readonly pos?: Pos;
}

export interface Bucket extends Base {
  readonly kind: 'bucket';
  readonly bucketName: readonly Part[];
  /** The input kind that declared it (for messages in its own spelling, model/spelling.ts);
   * absent for a bucket known only from a policy or a live read. */
  readonly format?: FlowLog['format'];
  /** Undefined: the input does not state it (SSE-S3 is the default); unknown values are VUnknown. */
  readonly encryption?: Encryption;
  /** Bucket policy given inline (Terraform legacy `policy`). */
  readonly inlinePolicy?: PolicyDoc;
  /** Canned ACL (`private`, `log-delivery-write`…), when stated. No rule reads it yet. */
  readonly acl?: Val;
  /** S3 Object Ownership (`BucketOwnerEnforced` disables ACLs), when stated. No rule reads it yet. */
  readonly objectOwnership?: Val;
}

/** A Kinesis Data Firehose delivery stream (a flow log's `kinesis-data-firehose` destination). */
export interface DeliveryStream extends Base {
  readonly kind: 'delivery-stream';
  readonly streamName: readonly Part[];
  readonly arn: readonly Part[];
  /** Where the stream delivers (`extended_s3`, `http_endpoint`…). */
  readonly destination?: Val;
  /** The role Firehose assumes to deliver (its `role_arn`). */
  readonly roleArn?: Val;
}

export interface BucketPolicy extends Base {
  readonly kind: 'bucket-policy';
  /** Bucket name, when known: undefined when only the policy's own resources say. */
  readonly bucketName?: Val;
  readonly doc: PolicyDoc;
  /** Set when the policy exists but its document cannot be resolved statically. */
  readonly unresolved?: string;
}

export interface KmsKey extends Base {
  readonly kind: 'kms-key';
  readonly keyId: readonly Part[];
  readonly arn: readonly Part[];
  readonly aliases: readonly (readonly Part[])[];
  readonly policy?: PolicyDoc;
  readonly keySpec?: Val;
  readonly managedBy?: 'AWS' | 'CUSTOMER';
}

export interface Role extends Base {
  readonly kind: 'role';
  readonly arn: readonly Part[];
  readonly roleName: readonly Part[];
  readonly trust?: PolicyDoc;
  /** Inline and attached identity policies found in the scan. */
  readonly policies: PolicyDoc[];
  /** Attached managed policies by ARN that the scan does not contain (filled by linking). */
  readonly managedPolicyArns: Val[];
  /** False when the input shows the role but not its policy list (a trust policy file, `aws iam
   * get-role` output): missing permissions are then unverifiable, not failures. */
  readonly policiesKnown: boolean;
}

/** A standalone identity policy: a managed policy, or a policy file (user, group or role unknown). */
export interface IdentityPolicy extends Base {
  readonly kind: 'identity-policy';
  readonly arn?: readonly Part[];
  readonly doc: PolicyDoc;
  /** Roles it is attached to (names or ARNs as written). */
  readonly attachedRoles: Val[];
  /** Grouping key: policies attached to the same user/group/role are checked together. */
  readonly principalKey?: string;
}

export interface LogGroup extends Base {
  readonly kind: 'log-group';
  readonly logGroupName: readonly Part[];
  readonly kmsKeyId?: Val;
}

export interface MetricFilter extends Base {
  readonly kind: 'metric-filter';
  readonly logGroupName: Val;
  readonly pattern: Val;
}

export interface Vpc extends Base {
  readonly kind: 'vpc';
  readonly vpcId: readonly Part[];
  /** The input kind that declared it (for messages in its own spelling, model/spelling.ts). */
  readonly format?: FlowLog['format'];
}

/** A policy document found anywhere, with its owner, for the policy/* rules. */
export interface PolicyRecord {
  readonly doc: PolicyDoc;
  readonly owner: string;
  readonly origin: Origin;
}

/** An inline suppression: a comment or CloudFormation Metadata entry that accepts findings. */
export interface Suppression {
  readonly rules: readonly string[];
  readonly reason: string;
  /** Where the suppression is written (for "unused suppression" reports). */
  readonly at: Pos;
  /** What it covers: results whose position falls inside. */
  readonly scope: Pos;
  readonly kind: 'comment' | 'metadata';
  used: boolean;
}

export type Resource = FlowLog | Bucket | BucketPolicy | KmsKey | Role | IdentityPolicy | LogGroup | MetricFilter | Vpc;

export interface Model {
  flowLogs: FlowLog[];
  buckets: Bucket[];
  bucketPolicies: BucketPolicy[];
  keys: KmsKey[];
  roles: Role[];
  identityPolicies: IdentityPolicy[];
  logGroups: LogGroup[];
  metricFilters: MetricFilter[];
  vpcs: Vpc[];
  policies: PolicyRecord[];
  /** Non-fatal problems found while parsing (duplicate keys). */
  parseIssues: ParseIssue[];
  suppressions: Suppression[];
  /** Source ranges of resources (start of the name → end of the body), for suppressions. */
  spans: Pos[];
  /** Every input file loaded into the model. */
  sources: SourceFile[];
  /** Live reads that failed for a whole region or account (what they would have listed is
   * unknown). */
  readErrors: { source: string; action: string; code: string; resource?: string }[];
  /** Terraform module calls that could not be read (not installed…): what they would declare,
   * flow logs included, is unknown. */
  unreadModules?: { name: string; reason: string }[];
  /** Firehose delivery streams (Terraform). No rule reads them yet. */
  deliveryStreams?: DeliveryStream[];
  files: number;
  /** Ordering and ARN-partition facts (model/facts.ts); created on first use. */
  facts?: Facts;
}

export function emptyModel(): Model {
  return {
    flowLogs: [],
    buckets: [],
    bucketPolicies: [],
    keys: [],
    roles: [],
    identityPolicies: [],
    logGroups: [],
    metricFilters: [],
    vpcs: [],
    policies: [],
    parseIssues: [],
    suppressions: [],
    spans: [],
    sources: [],
    readErrors: [],
    files: 0,
  };
}

export function resourceCount(m: Model): number {
  return (
    m.flowLogs.length +
    m.buckets.length +
    m.bucketPolicies.length +
    m.keys.length +
    m.roles.length +
    m.identityPolicies.length +
    m.logGroups.length +
    m.metricFilters.length +
    m.vpcs.length
  );
}
