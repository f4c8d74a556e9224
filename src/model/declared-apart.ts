// Settings an input declares apart from the resource they belong to — Terraform's
// aws_s3_bucket_server_side_encryption_configuration, aws_s3_bucket_acl, aws_kms_alias,
// aws_kms_key_policy, policy attachments by role name… A loader records them here, per model;
// link/apart.ts joins them to their resources once the loader is done (loaders do not link).
import type { Model } from './model.js';
import type { PolicyDoc } from './policy.js';
import type { Val } from './value.js';
import type { Pos } from '../parse/source.js';

export interface DeclaredApart {
  /** A role policy that cannot be read: the role's permissions are unverifiable. */
  unresolvedRolePolicies: { role: Val; reason: Val }[];
  sse: { bucket: Val; encryption: { algorithm?: Val; kmsKeyId?: Val; pos?: Pos } }[];
  aliases: { name: Val; target: Val }[];
  attachments: { roles: Val[]; policyArn: Val }[];
  keyPolicies: { key: Val; doc: PolicyDoc }[];
  principalAttachments: { principalKey: string; policyArn: Val }[];
  /** ACL and Object Ownership set by their own resources (aws_s3_bucket_acl / _ownership_controls). */
  bucketSettings: { bucket: Val; acl?: Val; objectOwnership?: Val }[];
}

const byModel = new WeakMap<Model, DeclaredApart>();

/** The settings recorded for `model` so far (created empty on first use). */
export function declaredApart(model: Model): DeclaredApart {
  let p = byModel.get(model);
  if (!p) {
    p = { unresolvedRolePolicies: [], sse: [], aliases: [], attachments: [], keyPolicies: [], principalAttachments: [], bucketSettings: [] };
    byModel.set(model, p);
  }
  return p;
}

/** The settings recorded for `model`, forgotten: each is joined once. */
export function takeDeclaredApart(model: Model): DeclaredApart | undefined {
  const p = byModel.get(model);
  byModel.delete(model);
  return p;
}
