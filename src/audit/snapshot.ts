// The snapshot format (docs/snapshot.md) as the audit writes it: one typed shape instead of
// `Record<string, unknown>` at each step. Field names follow the AWS API responses; values the
// audit copies through unread (a flow log, a policy document as GetRole returns it) stay unknown.
// Types only: importing this loads nothing.
import type { OrgRead } from './org.js';

/** A read that failed: the IAM action, the AWS error code, and what it was about. */
export interface ReadError {
  action: string;
  code: string;
  resource?: string;
}

export interface SnapshotBucket {
  Name: string;
  Region: string;
  /** The GetBucketPolicy Policy string; null when the bucket has none (or it could not be read:
   * then `errors` says so). */
  Policy: string | null;
  Encryption: { ServerSideEncryptionConfiguration: unknown } | null;
  OwnershipControls?: unknown;
  errors?: ReadError[];
}

export interface SnapshotRole {
  Arn: string;
  RoleName: string;
  AssumeRolePolicyDocument: unknown;
  InlinePolicies: { PolicyName: string; PolicyDocument: unknown }[];
  AttachedPolicies: { PolicyArn: string; Document: unknown }[];
  errors?: ReadError[];
}

export interface SnapshotKey {
  KeyId: string;
  Arn: string;
  KeyManager: unknown;
  KeySpec?: unknown;
  Policy: string | null;
  Aliases: unknown[];
  errors?: ReadError[];
}

export interface SnapshotRegion {
  region: string;
  vpcs: { VpcId: unknown }[];
  /** DescribeFlowLogs items, as returned. */
  flowLogs: Record<string, unknown>[];
  logGroups: { logGroupName: string; kmsKeyId?: unknown }[];
  metricFilters: { filterName: unknown; logGroupName: unknown; filterPattern: unknown }[];
  keys: SnapshotKey[];
  errors?: ReadError[];
}

/** One account as read (the organisation fields are added by run.ts). */
export interface AccountRead {
  accountId: string;
  partition: string;
  buckets: SnapshotBucket[];
  roles: SnapshotRole[];
  regions: SnapshotRegion[];
}

/** One account in the snapshot: as read, with its organisation (org.ts). */
export type SnapshotAccount = AccountRead & OrgRead;

export interface Snapshot {
  flowlogLintSnapshot: 1;
  tool: { name: 'flowlog-lint'; version: string };
  accounts: SnapshotAccount[];
}
