// Condition keys whose values form a closed set: every value a request can carry is known in
// advance (the canned ACLs of `s3:x-amz-acl`, the two values of a Bool key). A question such as
// "is a write with any ACL other than bucket-owner-full-control allowed?" must then be asked for
// every value of the set — asking for one "other" value is a false pass when a pattern such as
// `StringLike: bucket-owner-*` admits `bucket-owner-read` but not the value picked.
import type { Part } from '../model/value.js';
import { evaluate, type Decision } from './evaluate.js';
import type { PolicyDoc } from './policy.js';
import type { Request } from './request.js';

/** The canned ACLs of Amazon S3 (S3 User Guide, "Canned ACL"). */
export const CANNED_ACLS: readonly string[] = [
  'private',
  'public-read',
  'public-read-write',
  'authenticated-read',
  'aws-exec-read',
  'bucket-owner-read',
  'bucket-owner-full-control',
  'log-delivery-write',
];

const BOOL: readonly string[] = ['true', 'false'];

// Keys in lower case (condition keys are case-insensitive). Bool keys from the IAM User Guide,
// "AWS global condition context keys".
const CLOSED: ReadonlyMap<string, readonly string[]> = new Map([
  ['s3:x-amz-acl', CANNED_ACLS],
  ['aws:securetransport', BOOL],
  ['aws:multifactorauthpresent', BOOL],
  ['aws:principalisawsservice', BOOL],
  ['aws:viaawsservice', BOOL],
]);

/** The values of a closed-set key, or undefined for an open key. */
export function closedSetValues(key: string): readonly string[] | undefined {
  return CLOSED.get(key.toLowerCase());
}

export interface OpenKey {
  /** A closed-set condition key. */
  readonly key: string;
  /** Values not to try (the one the question is about). */
  readonly except?: readonly string[];
  /** Also try the request without the key. */
  readonly absent?: boolean;
}

/** One variant's choice per key: the value, or undefined for "absent". */
export type Choice = Readonly<Record<string, string | undefined>>;

/** Every request that differs from `req` only in the given closed-set keys (the cross product). */
export function requestVariants(req: Request, keys: readonly OpenKey[]): { request: Request; choice: Choice }[] {
  let out: { request: Request; choice: Choice }[] = [{ request: req, choice: {} }];
  for (const k of keys) {
    const values = closedSetValues(k.key);
    if (!values) throw new Error(`${k.key} is not a closed-set condition key`);
    const except = new Set((k.except ?? []).map((x) => x.toLowerCase()));
    const options: (string | undefined)[] = [...(k.absent ? [undefined] : []), ...values.filter((v) => !except.has(v))];
    const next: typeof out = [];
    for (const { request, choice } of out) {
      for (const v of options) {
        const context: Record<string, readonly (readonly Part[])[]> = {};
        const lower = k.key.toLowerCase();
        for (const [ck, cv] of Object.entries(request.context)) if (ck.toLowerCase() !== lower) context[ck] = cv;
        if (v !== undefined) context[k.key] = [[v]];
        next.push({ request: { ...request, context }, choice: { ...choice, [k.key]: v } });
      }
    }
    out = next;
  }
  return out;
}

/** Evaluates every variant; the answer is the first that is allowed, else the first unknown, else
 * the first (all refused). `choice` says which values that variant carried. */
export function evaluateClosedSets(policies: readonly PolicyDoc[], req: Request, keys: readonly OpenKey[]): { decision: Decision; choice: Choice } {
  let unknown: { decision: Decision; choice: Choice } | undefined;
  let first: { decision: Decision; choice: Choice } | undefined;
  for (const { request, choice } of requestVariants(req, keys)) {
    const decision = evaluate(policies, request);
    if (decision.verdict === 'allow') return { decision, choice };
    if (decision.verdict === 'unknown') unknown ??= { decision, choice };
    first ??= { decision, choice };
  }
  // requestVariants always yields at least the request itself when keys is empty; with keys it
  // yields at least one variant unless every value is excepted and absent is off.
  const r = unknown ?? first;
  if (!r) return { decision: evaluate(policies, req), choice: {} };
  return r;
}
