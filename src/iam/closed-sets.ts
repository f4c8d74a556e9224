// Condition keys whose values form a closed set: every value a request can carry is known in
// advance (the canned ACLs of `s3:x-amz-acl`, the two values of a Bool key). A question such as
// "is a write with any ACL other than bucket-owner-full-control allowed?" must then be asked for
// every value of the set — asking for one "other" value is a false pass when a pattern such as
// `StringLike: bucket-owner-*` admits `bucket-owner-read` but not the value picked.
import type { Part, Val } from '../model/value.js';
import { evaluate, evaluateStatement, statementCoversAction, statementPrincipalMatches, type Decision, type StatementResult } from './evaluate.js';
import type { PolicyDoc, Statement } from './policy.js';
import { normalizeContext, type Request } from './request.js';
import { NO, UNKNOWN, YES } from './tri.js';

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

/** Does any statement name the key: as a condition key, or as a policy variable (`${key}`)? A key
 * no statement names cannot change any answer, so one variant of it is enough. */
function mentioned(policies: readonly PolicyDoc[], key: string): boolean {
  const k = key.toLowerCase();
  const walk = (v: Val | undefined, depth: number): boolean => {
    if (!v || depth > 64) return depth > 64; // absurd nesting: assume it does (never skip a value)
    switch (v.kind) {
      case 'obj':
        return v.entries.some((e) => e.key.toLowerCase() === k || walk(e.value, depth + 1));
      case 'arr':
        return v.items.some((x) => walk(x, depth + 1));
      case 'str':
        return v.parts.some((p) => typeof p === 'string' && p.includes('${') && p.toLowerCase().includes(k));
      default:
        return false;
    }
  };
  return policies.some((d) => d.statements.some((st) => walk(st.node, 0)));
}

/** Every request that differs from `req` only in the given closed-set keys (the cross product);
 * a key no policy names gets one variant only. */
export function requestVariants(req: Request, keys: readonly OpenKey[], named?: (key: string) => boolean): { request: Request; choice: Choice }[] {
  let out: { request: Request; choice: Choice }[] = [{ request: req, choice: {} }];
  for (const k of keys) {
    const values = closedSetValues(k.key);
    if (!values) throw new Error(`${k.key} is not a closed-set condition key`);
    const except = new Set((k.except ?? []).map((x) => x.toLowerCase()));
    let options: (string | undefined)[] = [...(k.absent ? [undefined] : []), ...values.filter((v) => !except.has(v))];
    if (named && !named(k.key)) options = options.slice(0, 1);
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

interface Prepared {
  /** The statements that could apply to this principal and action at all (the variants differ
   * only in the context, so the others are dropped once, not once per variant). */
  readonly docs: PolicyDoc[];
  readonly denies: { d: PolicyDoc; st: Statement }[];
  readonly named: (key: string) => boolean;
  /** Deny outcomes by variant and resource: many statements ask about the same resource. */
  readonly denyCache: Map<string, 'denied' | 'maybe' | 'clear'>;
}

// Per policy set (the rules pass the same array for every question about one bucket) and per
// principal and action: computed once, so asking about each statement of a policy stays linear.
const preparedBySet = new WeakMap<readonly PolicyDoc[], Map<string, Prepared>>();

function prepare(policies: readonly PolicyDoc[], req: Request): Prepared {
  const who = req.principal.kind === 'service' ? `s:${JSON.stringify(req.principal.service)}` : req.principal.kind === 'aws' ? `a:${JSON.stringify(req.principal.arn)}` : 'anon';
  const key = `${who}|${req.action}`;
  let bySet = preparedBySet.get(policies);
  if (!bySet) {
    bySet = new Map();
    preparedBySet.set(policies, bySet);
  }
  const hit = bySet.get(key);
  if (hit) return hit;
  const docs = policies.map((d) => ({
    ...d,
    statements: d.statements.filter((st) => statementPrincipalMatches(st, req.principal) !== NO && statementCoversAction(st, req.action) !== NO),
  }));
  const namedCache = new Map<string, boolean>();
  const p: Prepared = {
    docs,
    denies: docs.flatMap((d) => d.statements.filter((st) => st.effect === 'Deny').map((st) => ({ d, st }))),
    named: (k) => {
      let v = namedCache.get(k);
      if (v === undefined) namedCache.set(k, (v = mentioned(docs, k)));
      return v;
    },
    denyCache: new Map(),
  };
  bySet.set(key, p);
  return p;
}

/** Evaluates every variant; the answer is the first that is allowed, else the first unknown, else
 * the first (all refused). `choice` says which values that variant carried. */
export function evaluateClosedSets(policies: readonly PolicyDoc[], req: Request, keys: readonly OpenKey[]): { decision: Decision; choice: Choice } {
  const { docs, named } = prepare(policies, req);
  let unknown: { decision: Decision; choice: Choice } | undefined;
  let first: { decision: Decision; choice: Choice } | undefined;
  for (const { request, choice } of requestVariants(req, keys, named)) {
    const decision = evaluate(docs, request);
    if (decision.verdict === 'allow') return { decision, choice };
    if (decision.verdict === 'unknown') unknown ??= { decision, choice };
    first ??= { decision, choice };
  }
  // requestVariants yields at least one variant unless every value is excepted and absent is off.
  const r = unknown ?? first;
  if (!r) return { decision: evaluate(docs, req), choice: {} };
  return r;
}

/** Is the request allowed, for some variant, by this one Allow statement with no Deny in the way?
 * The same verdict evaluate() gives when `statement` is among the allowing ones, but it costs one
 * statement per variant plus the Deny statements — not the whole policy — so asking it for each
 * statement of a large policy stays linear in the number of Allow statements. */
export function allowedByStatement(
  policies: readonly PolicyDoc[],
  policy: PolicyDoc,
  statement: Statement,
  req: Request,
  keys: readonly OpenKey[],
): { verdict: 'allow' | 'unknown' | 'no'; by?: StatementResult; choice?: Choice } {
  if (statement.effect !== 'Allow') return { verdict: 'no' };
  const { denies, named, denyCache } = prepare(policies, req);
  const resourceKey = JSON.stringify([req.resource, req.context]);
  let unknown = false;
  for (const { request, choice } of requestVariants(req, keys, named)) {
    const ctx = normalizeContext(request.context);
    const by = evaluateStatement(policy, statement, request, ctx);
    if (by.applies === NO) continue;
    const ck = `${JSON.stringify(choice)}|${resourceKey}`;
    let deny = denyCache.get(ck);
    if (deny === undefined) {
      deny = 'clear';
      for (const { d, st } of denies) {
        const r = evaluateStatement(d, st, request, ctx);
        if (r.applies === YES) {
          deny = 'denied';
          break;
        }
        if (r.applies === UNKNOWN) deny = 'maybe';
      }
      denyCache.set(ck, deny);
    }
    if (deny === 'denied') continue;
    if (deny === 'clear' && by.applies === YES) return { verdict: 'allow', by, choice };
    unknown = true;
  }
  return { verdict: unknown ? 'unknown' : 'no' };
}
