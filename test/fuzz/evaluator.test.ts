// Properties of the IAM evaluator over generated policies and requests: explicit Deny wins and is
// monotone, an Action list means "any of", wildcards only widen an Allow, statement and policy
// order are irrelevant, and evaluation is deterministic and side-effect free. Statements come
// from small pools (actions and action wildcards, resource ARNs with wildcards and symbols,
// principals, StringEquals/StringLike-style conditions) so that they often apply.
//
// FUZZ_RUNS scales the runs (×5 here: the evaluator is cheap); FUZZ_SEED changes the seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Decision } from '../../src/iam/evaluate.js';
import { makePolicy, type PolicyDoc, type PolicyKind } from '../../src/iam/policy.js';
import type { Request, RequestPrincipal } from '../../src/iam/request.js';
import { ACCOUNT, PARTITION } from '../../src/model/symbols.js';
import type { Part, Val } from '../../src/model/value.js';
import { FUZZ_RUNS, FUZZ_SEED } from './support.js';

const RUNS = FUZZ_RUNS * 5;
const params = { seed: FUZZ_SEED, numRuns: RUNS };

// ---------------------------------------------------------------------------------------------
// Plain policy documents (JSON-like, with symbolic strings) → Val.

/** A string made of literal text and symbols (an IaC value such as `${AWS::AccountId}`). */
interface SymStr {
  readonly sym: readonly Part[];
}
type Plain = string | SymStr | readonly Plain[] | { readonly [k: string]: Plain };
type Stmt = { readonly [k: string]: Plain };

const S = (...parts: Part[]): SymStr => ({ sym: parts });
const isSymStr = (x: unknown): x is SymStr => typeof x === 'object' && x !== null && !Array.isArray(x) && 'sym' in x && Array.isArray((x as SymStr).sym);

function toVal(x: Plain): Val {
  if (typeof x === 'string') return { kind: 'str', parts: x === '' ? [] : [x] };
  if (isSymStr(x)) return { kind: 'str', parts: x.sym.filter((p) => p !== '') };
  if (Array.isArray(x)) return { kind: 'arr', items: (x as readonly Plain[]).map(toVal) };
  return { kind: 'obj', entries: Object.entries(x as { readonly [k: string]: Plain }).map(([key, value]) => ({ key, value: toVal(value) })) };
}

interface PolicySpec {
  readonly kind: PolicyKind;
  readonly version: string | null;
  readonly statements: readonly Stmt[];
}

function toPolicy(p: PolicySpec): PolicyDoc {
  const doc: Record<string, Plain> = { Statement: p.statements };
  if (p.version !== null) doc.Version = p.version;
  return makePolicy(p.kind, toVal(doc));
}

const decide = (ps: readonly PolicySpec[], req: Request): Decision => evaluate(ps.map(toPolicy), req);

// ---------------------------------------------------------------------------------------------
// Pools.

const A = '111122223333';
const B = '444455556666';

const ACTIONS = ['s3:PutObject', 's3:GetObject', 's3:GetBucketAcl', 's3:ListBucket', 's3:DeleteObject', 'logs:CreateLogStream', 'logs:PutLogEvents', 'kms:GenerateDataKey', 'iam:PassRole'];
const ACTION_PATTERNS = [...ACTIONS, 's3:Put*', 's3:Get*', 's3:*', '*', 's3:?etObject', 's3:*Object', 'logs:*', 'kms:*', 'S3:putobject', 'ec2:*', 'iam:Pass*'];

const REQ_RESOURCES: readonly (readonly Part[])[] = [
  ['arn:aws:s3:::bucket-a'],
  [`arn:aws:s3:::bucket-a/AWSLogs/${A}/x.log.gz`],
  ['arn:aws:s3:::bucket-b/key'],
  [`arn:aws:logs:us-east-1:${A}:log-group:flow:*`],
  ['arn:aws:s3:::bucket-a/AWSLogs/', ACCOUNT, '/x.log.gz'],
  ['arn:', PARTITION, ':s3:::bucket-a'],
];
const RESOURCE_PATTERNS: readonly Plain[] = [
  'arn:aws:s3:::bucket-a',
  `arn:aws:s3:::bucket-a/AWSLogs/${A}/x.log.gz`,
  '*',
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::bucket-*',
  'arn:aws:s3:::*/AWSLogs/*',
  'arn:aws:s3:::bucket-?',
  `arn:aws:s3:::bucket-a/AWSLogs/${B}/*`,
  'arn:aws:logs:*:*:*',
  'arn:aws:s3:::bucket-a/AWSLogs/${aws:SourceAccount}/*',
  S('arn:aws:s3:::bucket-a/AWSLogs/', ACCOUNT, '/*'),
  S('arn:', PARTITION, ':s3:::bucket-a'),
];

const role = (account: string): RequestPrincipal => ({ kind: 'aws', arn: [`arn:aws:iam::${account}:role/r`], account: [account] });
const REQ_PRINCIPALS: readonly RequestPrincipal[] = [
  { kind: 'service', service: 'delivery.logs.amazonaws.com' },
  { kind: 'service', service: 'ec2.amazonaws.com' },
  role(A),
  role(B),
  { kind: 'anonymous' },
  { kind: 'aws', arn: ['arn:aws:iam::', ACCOUNT, ':role/r'], account: [ACCOUNT] },
];
const PRINCIPAL_PATTERNS: readonly Plain[] = [
  '*',
  { AWS: '*' },
  { Service: 'delivery.logs.amazonaws.com' },
  { Service: ['ec2.amazonaws.com', 'delivery.logs.amazonaws.com'] },
  { AWS: A },
  { AWS: `arn:aws:iam::${A}:root` },
  { AWS: `arn:aws:iam::${A}:role/r` },
  { AWS: [A, B] },
  { AWS: S('arn:aws:iam::', ACCOUNT, ':root') },
];

const CONDITION_KEYS = ['aws:SourceAccount', 'aws:SourceArn', 's3:x-amz-acl', 'aws:PrincipalOrgID'];
const CONDITION_VALUES: readonly Plain[] = [A, B, 'bucket-owner-full-control', 'private', `arn:aws:logs:us-east-1:${A}:*`, 'o-123', '*', '1111*', S(ACCOUNT)];
const CONTEXT_VALUES: readonly (readonly Part[])[] = [[A], [B], ['bucket-owner-full-control'], ['private'], [`arn:aws:logs:us-east-1:${A}:log-group:flow`], ['o-123'], [ACCOUNT]];
const OPERATORS = ['StringEquals', 'StringLike', 'StringNotEquals', 'StringNotLike', 'StringEqualsIfExists', 'StringLikeIfExists', 'ArnLike', 'ForAnyValue:StringEquals', 'StringEqualsIgnoreCase'];

// ---------------------------------------------------------------------------------------------
// Arbitraries.

const oneOrMany = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | T[]> => fc.oneof(arb, fc.array(arb, { minLength: 1, maxLength: 3 }));

const conditionArb: fc.Arbitrary<Plain> = fc
  .array(fc.tuple(fc.constantFrom(...OPERATORS), fc.constantFrom(...CONDITION_KEYS), oneOrMany(fc.constantFrom(...CONDITION_VALUES))), { minLength: 1, maxLength: 2 })
  .map((cs) => {
    const out: Record<string, Record<string, Plain>> = {};
    for (const [op, key, vals] of cs) (out[op] ??= {})[key] = vals;
    return out;
  });

const principalPart = (kind: PolicyKind): fc.Arbitrary<Record<string, Plain>> =>
  kind === 'identity'
    ? fc.constant({})
    : fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...PRINCIPAL_PATTERNS).map((p) => ({ Principal: p })) },
        { weight: 1, arbitrary: fc.constantFrom(...PRINCIPAL_PATTERNS).map((p) => ({ NotPrincipal: p })) },
      );

const statementArb = (kind: PolicyKind): fc.Arbitrary<Stmt> =>
  fc
    .record({
      effect: fc.constantFrom('Allow', 'Deny'),
      principal: principalPart(kind),
      action: fc.oneof(
        { weight: 5, arbitrary: oneOrMany(fc.constantFrom(...ACTION_PATTERNS)).map((a) => ({ Action: a })) },
        { weight: 1, arbitrary: oneOrMany(fc.constantFrom(...ACTION_PATTERNS)).map((a) => ({ NotAction: a })) },
      ),
      resource: fc.oneof(
        { weight: 5, arbitrary: oneOrMany(fc.constantFrom(...RESOURCE_PATTERNS)).map((r) => ({ Resource: r })) },
        { weight: 1, arbitrary: oneOrMany(fc.constantFrom(...RESOURCE_PATTERNS)).map((r) => ({ NotResource: r })) },
      ),
      condition: fc.option(conditionArb, { freq: 2 }),
      sid: fc.option(fc.constantFrom('S1', 'S2'), { freq: 3 }),
    })
    .map(({ effect, principal, action, resource, condition, sid }): Stmt => ({
      ...(sid !== null ? { Sid: sid } : {}),
      Effect: effect,
      ...principal,
      ...action,
      ...resource,
      ...(condition !== null ? { Condition: condition } : {}),
    }));

const policyArb = (kind: PolicyKind, minLength = 0): fc.Arbitrary<PolicySpec> =>
  fc.record({
    kind: fc.constant(kind),
    version: fc.constantFrom<string | null>('2012-10-17', '2012-10-17', '2008-10-17', null),
    statements: fc.array(statementArb(kind), { minLength, maxLength: 5 }),
  });

const contextArb: fc.Arbitrary<Record<string, readonly (readonly Part[])[]>> = fc
  .array(fc.tuple(fc.constantFrom(...CONDITION_KEYS), fc.array(fc.constantFrom(...CONTEXT_VALUES), { minLength: 1, maxLength: 2 }), fc.boolean()), { maxLength: 4 })
  .map((kvs) => {
    const ctx: Record<string, readonly (readonly Part[])[]> = {};
    // Condition keys are case-insensitive: one spelling per key (a request cannot carry both).
    const seen = new Set<string>();
    for (const [k, v, lower] of kvs) {
      if (seen.has(k.toLowerCase())) continue;
      seen.add(k.toLowerCase());
      ctx[lower ? k.toLowerCase() : k] = v;
    }
    return ctx;
  });

const requestArb: fc.Arbitrary<Request> = fc.record({
  principal: fc.constantFrom(...REQ_PRINCIPALS),
  action: fc.constantFrom(...ACTIONS),
  resource: fc.constantFrom(...REQ_RESOURCES),
  context: contextArb,
});

/** Policies of one kind (the evaluator takes the policies of one policy type), a request, and a
 * further statement of the same kind for the properties that add or reshape one. */
interface Scenario {
  readonly kind: PolicyKind;
  readonly ps: PolicySpec[];
  readonly req: Request;
  readonly stmt: Stmt;
}
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .constantFrom<PolicyKind>('identity', 'bucket')
  .chain((kind) => fc.record({ kind: fc.constant(kind), ps: fc.array(policyArb(kind), { minLength: 1, maxLength: 3 }), req: requestArb, stmt: statementArb(kind) }));

// ---------------------------------------------------------------------------------------------
// Statements built to match a given request.

/** Action patterns that certainly cover `action` (IAM action matching ignores case). */
function coveringActions(action: string): string[] {
  const [service = '', name = ''] = action.split(':');
  const out = [action, `${service}:*`, '*', action.toLowerCase(), action.toUpperCase()];
  for (let k = 0; k < name.length; k++) out.push(`${service}:${name.slice(0, k)}*`);
  for (let k = 0; k < name.length; k++) out.push(`${service}:${name.slice(0, k)}?${name.slice(k + 1)}`);
  return out;
}

/** Patterns covering an action pattern (itself a literal action or a wildcard). */
function coveringPatterns(pattern: string): string[] {
  if (pattern === '*') return ['*'];
  const [service = ''] = pattern.split(':');
  if (!/[*?]/.test(pattern)) return coveringActions(pattern).filter((p) => p !== pattern);
  const out = ['*', `${service.toLowerCase()}:*`];
  // s3:Put* → s3:P*, s3:*; s3:?etObject → s3:*etObject
  const star = pattern.indexOf('*');
  if (star > service.length + 1) for (let k = service.length + 1; k < star; k++) out.push(`${pattern.slice(0, k)}*`);
  out.push(pattern.replace(/\?/g, '*'));
  return out.filter((p) => p !== pattern);
}

function matchingPrincipal(who: RequestPrincipal): Plain[] {
  switch (who.kind) {
    case 'service':
      return ['*', { Service: typeof who.service === 'string' ? who.service : S(...who.service) }];
    case 'aws':
      return ['*', { AWS: S(...who.arn) }, { AWS: '*' }];
    case 'anonymous':
      return ['*'];
  }
}

/** An unconditional Deny statement that applies to `req` (YES, not merely unknown). */
const matchingDenyArb = (req: Request, kind: PolicyKind): fc.Arbitrary<Stmt> =>
  fc
    .record({
      action: fc.oneof(
        fc.constantFrom(...coveringActions(req.action)).map((a): Stmt => ({ Action: a })),
        fc.constantFrom(...coveringActions(req.action)).map((a): Stmt => ({ Action: ['ec2:RunInstances', a] })),
        fc.constant<Stmt>({ NotAction: 'ec2:RunInstances' }),
      ),
      resource: fc.constantFrom<Stmt>(
        { Resource: '*' },
        { Resource: S(...req.resource) },
        { Resource: ['arn:aws:s3:::nothing-here', S(...req.resource)] },
        {},
        // A symbol compared with different literal text is "unknown" by design (the evaluator does
        // not reason about the rest of the string), so NotResource only with literal resources.
        ...(req.resource.every((p) => typeof p === 'string') ? [{ NotResource: 'arn:aws:s3:::nothing-here/*' }] : []),
      ),
      principal: kind === 'identity' ? fc.constant<Stmt>({}) : fc.constantFrom(...matchingPrincipal(req.principal)).map((p): Stmt => ({ Principal: p })),
    })
    .map(({ action, resource, principal }): Stmt => ({ Effect: 'Deny', ...principal, ...action, ...resource }));

// ---------------------------------------------------------------------------------------------
// Helpers.

const insertAt = <T>(xs: readonly T[], i: number, ...ys: T[]): T[] => [...xs.slice(0, i), ...ys, ...xs.slice(i)];

function addToPolicy(ps: readonly PolicySpec[], which: number, at: number, ...stmts: Stmt[]): PolicySpec[] {
  const i = which % ps.length;
  return ps.map((p, k) => (k === i ? { ...p, statements: insertAt(p.statements, at % (p.statements.length + 1), ...stmts) } : p));
}

function permute<T>(xs: readonly T[], keys: readonly number[]): T[] {
  return xs
    .map((x, i) => ({ x, k: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((e) => e.x);
}

const why = (ps: readonly PolicySpec[], req: Request, extra: Record<string, unknown> = {}) => JSON.stringify({ policies: ps, request: req, ...extra }, null, 1);

// ---------------------------------------------------------------------------------------------

describe('IAM evaluator properties', () => {
  it('(a) adding a Deny never turns a non-allow into allow, and never lifts a deny', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.nat(), fc.boolean(), ({ kind, ps, req, stmt }, which, at, asNewPolicy) => {
        const deny: Stmt = { ...stmt, Effect: 'Deny' };
        const after = asNewPolicy ? [...ps, { kind, version: '2012-10-17', statements: [deny] }] : addToPolicy(ps, which, at, deny);
        const v0 = decide(ps, req).verdict;
        const v1 = decide(after, req).verdict;
        const ctx = why(after, req, { added: deny, before: v0, after: v1 });
        if (v1 === 'allow') expect(v0, ctx).toBe('allow');
        if (v0 === 'deny') expect(v1, ctx).toBe('deny');
      }),
      params,
    );
  });

  const withMatchingDeny = scenarioArb.chain((sc) => matchingDenyArb(sc.req, sc.kind).map((deny) => ({ ...sc, deny })));

  it("(a') a Deny that applies unconditionally yields 'deny', whatever else the policies say", () => {
    fc.assert(
      fc.property(withMatchingDeny, fc.nat(), fc.nat(), fc.boolean(), ({ kind, ps, req, deny }, which, at, asNewPolicy) => {
        const after = asNewPolicy ? [...ps, { kind, version: '2012-10-17', statements: [deny] }] : addToPolicy(ps, which, at, deny);
        const d = decide(after, req);
        expect(d.verdict, why(after, req, { added: deny })).toBe('deny');
        expect(d.deniedBy.length).toBeGreaterThan(0);
      }),
      params,
    );
  });

  it("(a'') a Deny whose condition holds for the request's own context yields 'deny'", () => {
    fc.assert(
      fc.property(
        withMatchingDeny,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('StringEquals', 'StringLike', 'StringEqualsIgnoreCase', 'StringEqualsIfExists', 'ForAnyValue:StringEquals'),
        ({ ps, req, deny: base }, which, at, pick, op) => {
          // Single-valued, literal context keys only: their condition is decidably true.
          const isLiteral = (parts: readonly Part[] | undefined): parts is readonly string[] =>
            parts !== undefined && parts.every((p) => typeof p === 'string');
          const keys = Object.entries(req.context).flatMap(([k, v]) => (v.length === 1 && isLiteral(v[0]) ? [[k, v[0]] as const] : []));
          fc.pre(keys.length > 0);
          const [key, literal] = keys[pick % keys.length] as readonly [string, readonly string[]];
          const deny: Stmt = { ...base, Condition: { [op]: { [key]: literal.join('') } } };
          const after = addToPolicy(ps, which, at, deny);
          expect(decide(after, req).verdict, why(after, req, { added: deny })).toBe('deny');
        },
      ),
      params,
    );
  });

  it('(b) splitting an Action list into several statements does not change the verdict', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.nat(),
        fc.nat(),
        fc.array(fc.constantFrom(...ACTION_PATTERNS), { minLength: 2, maxLength: 5 }),
        fc.array(fc.nat(3), { minLength: 5, maxLength: 5 }),
        ({ ps, req, stmt: template }, which, at, actions, groups) => {
          const { Action: _a, NotAction: _n, ...rest } = template;
          const whole: Stmt = { ...rest, Action: actions };
          // Partition the list by group number; every part becomes its own statement.
          const parts = new Map<number, string[]>();
          actions.forEach((a, i) => {
            const g = groups[i] ?? 0;
            parts.set(g, [...(parts.get(g) ?? []), a]);
          });
          const split: Stmt[] = [...parts.values()].map((as) => ({ ...rest, Action: as.length === 1 ? (as[0] as string) : as }));
          const before = addToPolicy(ps, which, at, whole);
          const after = addToPolicy(ps, which, at, ...split);
          expect(decide(after, req).verdict, why(before, req, { split })).toBe(decide(before, req).verdict);
        },
      ),
      params,
    );
  });

  it('(c) widening an Allow action to a wildcard that covers it never turns allow into deny (nor anything else)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.nat(), fc.nat(), ({ ps, req }, which, stmtPick, coverPick) => {
        // Allow statements with an Action element, anywhere in the policies.
        const targets: { p: number; s: number }[] = [];
        ps.forEach((p, pi) => p.statements.forEach((s, si) => s.Effect === 'Allow' && s.Action !== undefined && targets.push({ p: pi, s: si })));
        fc.pre(targets.length > 0);
        const t = targets[(which + stmtPick) % targets.length] as { p: number; s: number };
        const stmt = ps[t.p]?.statements[t.s] as Stmt;
        const list = Array.isArray(stmt.Action) ? (stmt.Action as string[]) : [stmt.Action as string];
        const idx = coverPick % list.length;
        const covers = coveringPatterns(list[idx] as string);
        fc.pre(covers.length > 0);
        const wider = covers[Math.floor(coverPick / list.length) % covers.length] as string;
        const newList = list.map((a, i) => (i === idx ? wider : a));
        const widened: Stmt = { ...stmt, Action: Array.isArray(stmt.Action) ? newList : wider };
        const after = ps.map((p, pi) => (pi === t.p ? { ...p, statements: p.statements.map((s, si) => (si === t.s ? widened : s)) } : p));
        const v0 = decide(ps, req).verdict;
        const v1 = decide(after, req).verdict;
        const ctx = why(ps, req, { widened, before: v0, after: v1 });
        if (v0 === 'allow') expect(v1, ctx).toBe('allow');
        // Deny statements are untouched: a deny stays a deny and nothing else becomes one.
        expect(v1 === 'deny', ctx).toBe(v0 === 'deny');
      }),
      params,
    );
  });

  it('(d) the order of statements and of policies does not matter', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), ({ ps, req }, keys, pkeys) => {
        const shuffled = permute(
          ps.map((p, i) => ({ ...p, statements: permute(p.statements, keys.map((k) => k + i)) })),
          pkeys,
        );
        const d0 = decide(ps, req);
        const d1 = decide(shuffled, req);
        const ctx = why(ps, req, { shuffled });
        expect(d1.verdict, ctx).toBe(d0.verdict);
        expect([d1.allowedBy.length, d1.deniedBy.length, d1.unknown.length], ctx).toEqual([d0.allowedBy.length, d0.deniedBy.length, d0.unknown.length]);
      }),
      params,
    );
  });

  it('(e) evaluation is deterministic, does not modify its inputs, and its verdict agrees with its trace', () => {
    fc.assert(
      fc.property(scenarioArb, ({ ps, req }) => {
        const policies = ps.map(toPolicy);
        const snapshot = JSON.stringify({ policies: policies.map((p) => p.node), req });
        const d1 = evaluate(policies, req);
        const d2 = evaluate(policies, req);
        const d3 = evaluate(ps.map(toPolicy), structuredClone(req));
        const summary = (d: Decision) => ({ verdict: d.verdict, trace: d.trace.map((r) => [r.applies, r.element ?? null, r.conditionKey ?? null]) });
        const ctx = why(ps, req);
        expect(summary(d2), ctx).toEqual(summary(d1));
        expect(summary(d3), ctx).toEqual(summary(d1));
        expect(JSON.stringify({ policies: policies.map((p) => p.node), req }), 'evaluate modified its inputs').toBe(snapshot);
        // The verdict follows from the statements' results (IAM's evaluation logic).
        expect(d1.trace.length, ctx).toBe(ps.reduce((n, p) => n + p.statements.length, 0));
        const denyUnknown = d1.unknown.some((r) => r.statement.effect === 'Deny');
        const expected = d1.deniedBy.length ? 'deny' : d1.allowedBy.length ? (denyUnknown ? 'unknown' : 'allow') : d1.unknown.some((r) => r.statement.effect === 'Allow') ? 'unknown' : 'implicit-deny';
        expect(d1.verdict, ctx).toBe(expected);
      }),
      params,
    );
  });
});
