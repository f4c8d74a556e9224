// Shared by the bucket-policy rules: the policies of a bucket scope and the delivery questions.
import type { BucketScope, Decision, DeliveryTarget, Origin, Part, PolicyDoc, Pos } from '../../src/engine/rule-api.js';
import { aclCheckRequest, display, evaluate, putObjectRequest } from '../../src/engine/rule-api.js';

/** Why a bucket's policy cannot be read (a Terraform policy built at apply time), if so. */
export function unresolvedPolicy(scope: BucketScope): string | undefined {
  return scope.policies.find((p) => p.unresolved)?.unresolved;
}

export function docsOf(scope: BucketScope): PolicyDoc[] {
  return scope.policies.map((p) => p.doc);
}

export function scopeName(scope: BucketScope): string {
  return display(scope.bucketName);
}

/** Where findings about a bucket point when no statement stands in: its policy, else the bucket. */
export function scopeAnchor(scope: BucketScope): { pos?: Pos; resource: string; origin?: Origin } {
  const p = scope.policies[0];
  if (p) return { ...(p.doc.pos ? { pos: p.doc.pos } : p.pos ? { pos: p.pos } : {}), resource: p.name, origin: p.origin };
  const b = scope.bucket;
  if (b) return { ...(b.pos ? { pos: b.pos } : {}), resource: b.name, origin: b.origin };
  const fl = scope.flowLogs[0];
  return { ...(fl?.destination?.pos ? { pos: fl.destination.pos } : {}), resource: fl?.name ?? scopeName(scope), ...(fl ? { origin: fl.origin } : {}) };
}

export interface Question {
  target: DeliveryTarget;
  account: readonly Part[];
  decision: Decision;
  resource: readonly Part[];
}

// Several rules ask the same delivery questions of a bucket: answer each once per run.
const writeCache = new WeakMap<BucketScope, Question[]>();
const aclCache = new WeakMap<BucketScope, Question[]>();

export function deliveryWriteQuestions(scope: BucketScope): Question[] {
  const hit = writeCache.get(scope);
  if (hit) return hit;
  const out: Question[] = [];
  writeCache.set(scope, out);
  const docs = docsOf(scope);
  for (const t of scope.targets) {
    for (const a of t.accounts) {
      const req = putObjectRequest(scope, t, a, 'bucket-owner-full-control');
      out.push({ target: t, account: a, decision: evaluate(docs, req), resource: req.resource });
    }
  }
  return out;
}

export function aclCheckQuestions(scope: BucketScope): Question[] {
  const hit = aclCache.get(scope);
  if (hit) return hit;
  const out: Question[] = [];
  aclCache.set(scope, out);
  const docs = docsOf(scope);
  const seen = new Set<string>();
  for (const t of scope.targets) {
    for (const a of t.accounts) {
      const k = display(a) + '|' + display(t.region);
      if (seen.has(k)) continue;
      seen.add(k);
      const req = aclCheckRequest(scope, t, a);
      out.push({ target: t, account: a, decision: evaluate(docs, req), resource: req.resource });
    }
  }
  return out;
}

/** The text of the object path for messages: `prefix/AWSLogs/ACCOUNT/*`. */
export function objectPath(scope: BucketScope, t: DeliveryTarget, account: readonly Part[]): string {
  const prefix = t.prefix.length ? `${display(t.prefix)}/` : '';
  return `arn:${display(scope.partition)}:s3:::${scopeName(scope)}/${prefix}AWSLogs/${t.hive ? 'aws-account-id=' : ''}${display(account)}/*`;
}
