// Terraform writes some settings of a resource as resources of their own (bucket encryption, ACL
// and ownership, key policies, aliases, policy attachments). Mapping notes them here, per model,
// and postLinkTerraform (load.ts) applies them once every resource of the load is mapped.
import type { PolicyDoc } from '../iam/policy.js';
import type { Model } from '../model/model.js';
import type { Val } from '../model/value.js';
import type { Pos } from '../parse/source.js';

export interface Pending {
  unresolvedRolePolicies: { role: Val; reason: Val }[];
  sse: { bucket: Val; encryption: { algorithm?: Val; kmsKeyId?: Val; pos?: Pos } }[];
  aliases: { name: Val; target: Val }[];
  attachments: { roles: Val[]; policyArn: Val }[];
  keyPolicies: { key: Val; doc: PolicyDoc }[];
  principalAttachments: { principalKey: string; policyArn: Val }[];
  /** ACL and Object Ownership set by their own resources (aws_s3_bucket_acl / _ownership_controls). */
  bucketSettings: { bucket: Val; acl?: Val; objectOwnership?: Val }[];
}

// Keyed by model, so that two loads into two models never see each other's notes.
const pendingByModel = new WeakMap<Model, Pending>();

/** The notes of a model so far (empty on first use). */
export function pending(model: Model): Pending {
  let p = pendingByModel.get(model);
  if (!p) {
    p = { unresolvedRolePolicies: [], sse: [], aliases: [], attachments: [], keyPolicies: [], principalAttachments: [], bucketSettings: [] };
    pendingByModel.set(model, p);
  }
  return p;
}

/** The notes of a model, handed over once: the next load into that model starts empty. */
export function takePending(model: Model): Pending {
  const p = pending(model);
  pendingByModel.delete(model);
  return p;
}
