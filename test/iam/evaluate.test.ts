// A table of IAM evaluation cases, each derived from a rule in the IAM User Guide (policy
// evaluation logic and the JSON policy element reference). The name of every case cites the
// page and the rule it checks:
//   [Eval]        reference_policies_evaluation-logic
//   [Effect]      reference_policies_elements_effect (and the policy grammar)
//   [Action]      reference_policies_elements_action
//   [NotAction]   reference_policies_elements_notaction
//   [Resource]    reference_policies_elements_resource
//   [NotResource] reference_policies_elements_notresource
//   [Principal]   reference_policies_elements_principal
//   [NotPrincipal] reference_policies_elements_notprincipal
//   [Condition]   reference_policies_elements_condition
//   [Operators]   reference_policies_elements_condition_operators
//   [Multi]       reference_policies_multi-value-conditions / condition-logic-multiple-context-keys-or-values
//   [Variables]   reference_policies_variables
//   [Symbolic]    flowlog-lint's own three-valued extension (values only known as IaC symbols)
import { describe, expect, it } from 'vitest';
import { allowedByStatement, evaluateClosedSets, type OpenKey } from '../../src/iam/closed-sets.js';
import { evaluate, type Element, type Verdict } from '../../src/iam/evaluate.js';
import { makePolicy, type PolicyDoc, type PolicyKind } from '../../src/iam/policy.js';
import type { Request, RequestPrincipal } from '../../src/iam/request.js';
import { ACCOUNT, fresh } from '../../src/model/symbols.js';
import type { Part, Val } from '../../src/model/value.js';

// ---------------------------------------------------------------------------------------------
// Helpers: plain JS → Val, symbolic strings, requests.

const SYMBOLIC = Symbol('symbolic-string');
interface SymStr {
  readonly [SYMBOLIC]: readonly Part[];
}
/** A policy string made of literal text and symbols, e.g. S('arn:aws:iam::', ACCOUNT, ':root'). */
function S(...parts: Part[]): SymStr {
  return { [SYMBOLIC]: parts };
}
function isSymStr(x: unknown): x is SymStr {
  return typeof x === 'object' && x !== null && SYMBOLIC in x;
}

/** Converts a plain JS value (as parsed from policy JSON) to a model Val. */
function toVal(x: unknown): Val {
  if (isSymStr(x)) return { kind: 'str', parts: x[SYMBOLIC].filter((p) => p !== '') };
  if (typeof x === 'string') return { kind: 'str', parts: x === '' ? [] : [x] };
  if (typeof x === 'number') return { kind: 'num', value: x, text: String(x) };
  if (typeof x === 'boolean') return { kind: 'bool', value: x };
  if (x === null || x === undefined) return { kind: 'null' };
  if (Array.isArray(x)) return { kind: 'arr', items: x.map(toVal) };
  if (typeof x === 'object') {
    return { kind: 'obj', entries: Object.entries(x as Record<string, unknown>).map(([key, value]) => ({ key, value: toVal(value) })) };
  }
  throw new Error(`toVal: unsupported ${typeof x} value`);
}

type Stmt = Record<string, unknown>;
interface PolicySpec {
  readonly kind: PolicyKind;
  readonly doc: Record<string, unknown>;
}

const V = '2012-10-17';
/** An identity policy (no Principal: the identity is the principal). */
const identity = (...Statement: Stmt[]): PolicySpec => ({ kind: 'identity', doc: { Version: V, Statement } });
/** A resource-based policy (a bucket policy here). */
const bucket = (...Statement: Stmt[]): PolicySpec => ({ kind: 'bucket', doc: { Version: V, Statement } });

/** Allow / Deny everything, with overrides. */
const allow = (extra: Stmt = {}): Stmt => ({ Effect: 'Allow', Action: '*', Resource: '*', ...extra });
const deny = (extra: Stmt = {}): Stmt => ({ Effect: 'Deny', Action: '*', Resource: '*', ...extra });
/** An identity policy with one Allow statement whose only restriction is `Condition`. */
const allowIf = (Condition: Stmt): PolicySpec => identity(allow({ Sid: 'AllowIf', Condition }));

const A = '111122223333';
const B = '444455556666';
const role = (account: string, name: string): RequestPrincipal => ({
  kind: 'aws',
  arn: [`arn:aws:iam::${account}:role/${name}`],
  account: [account],
});
const user = (account: string, name: string): RequestPrincipal => ({
  kind: 'aws',
  arn: [`arn:aws:iam::${account}:user/${name}`],
  account: [account],
});
const DELIVERY: RequestPrincipal = { kind: 'service', service: 'delivery.logs.amazonaws.com' };
const ANON: RequestPrincipal = { kind: 'anonymous' };

type CtxSpec = Record<string, string | readonly (string | readonly Part[])[]>;
interface ReqSpec {
  principal?: RequestPrincipal;
  action?: string;
  resource?: string | readonly Part[];
  context?: CtxSpec;
}

const BUCKET_OBJECT = `arn:aws:s3:::flowlogs-bucket/AWSLogs/${A}/vpcflowlogs/us-east-1/x.log.gz`;

function toRequest(r: ReqSpec = {}): Request {
  const context: Record<string, (readonly Part[])[]> = {};
  for (const [k, v] of Object.entries(r.context ?? {})) {
    context[k] = typeof v === 'string' ? [[v]] : v.map((x) => (typeof x === 'string' ? (x === '' ? [] : [x]) : x));
  }
  return {
    principal: r.principal ?? role(A, 'LogWriter'),
    action: r.action ?? 's3:PutObject',
    resource: r.resource === undefined ? [BUCKET_OBJECT] : typeof r.resource === 'string' ? [r.resource] : r.resource,
    context,
  };
}

function toPolicy(p: PolicySpec): PolicyDoc {
  return makePolicy(p.kind, toVal(p.doc));
}

interface Case {
  readonly name: string;
  readonly policies: readonly PolicySpec[];
  readonly request?: ReqSpec;
  readonly verdict: Verdict;
  /** Sid of the first statement in `deniedBy` (explicit denies). */
  readonly deniedBy?: string;
  /** Sid of the first statement in `allowedBy`. */
  readonly allowedBy?: string;
  /** The element that left the first unknown statement undecided. */
  readonly unknownAt?: Element;
}

// ---------------------------------------------------------------------------------------------
// The table.

const cases: Case[] = [
  // ---- Evaluation logic --------------------------------------------------------------------
  {
    name: '[Eval] by default all requests are implicitly denied (policy with no statements)',
    policies: [identity()],
    verdict: 'implicit-deny',
  },
  {
    name: '[Eval] by default all requests are implicitly denied (no policies at all)',
    policies: [],
    verdict: 'implicit-deny',
  },
  {
    name: '[Eval] a statement that does not match the request leaves the default implicit deny',
    policies: [identity(allow({ Action: 'logs:CreateLogGroup' }))],
    verdict: 'implicit-deny',
  },
  {
    name: '[Eval] an explicit allow in an identity-based policy overrides the default deny',
    policies: [identity(allow({ Sid: 'AllowPut', Action: 's3:PutObject', Resource: BUCKET_OBJECT }))],
    verdict: 'allow',
    allowedBy: 'AllowPut',
  },
  {
    name: '[Eval] an explicit deny in any policy overrides any allows (same policy, deny after allow)',
    policies: [identity(allow({ Sid: 'AllowAll' }), deny({ Sid: 'DenyPut', Action: 's3:PutObject' }))],
    verdict: 'deny',
    deniedBy: 'DenyPut',
  },
  {
    name: '[Eval] an explicit deny overrides any allows (same policy, deny before allow)',
    policies: [identity(deny({ Sid: 'DenyFirst', Action: 's3:Put*' }), allow({ Sid: 'AllowAll' }))],
    verdict: 'deny',
    deniedBy: 'DenyFirst',
  },
  {
    name: '[Eval] an explicit deny in one policy overrides an allow in another policy',
    policies: [identity(allow({ Sid: 'AllowAll' })), identity(deny({ Sid: 'DenyS3', Action: 's3:*' }))],
    verdict: 'deny',
    deniedBy: 'DenyS3',
  },
  {
    name: '[Eval] an explicit deny with no allow anywhere is a deny, not an implicit deny',
    policies: [identity(deny({ Sid: 'DenyOnly' }))],
    verdict: 'deny',
    deniedBy: 'DenyOnly',
  },
  {
    name: '[Eval] a Deny statement that does not match the request does not override an allow',
    policies: [identity(allow({ Sid: 'AllowAll' }), deny({ Sid: 'DenyIam', Action: 'iam:*' }))],
    verdict: 'allow',
    allowedBy: 'AllowAll',
  },
  {
    name: '[Eval] Statement may be a single object instead of an array',
    policies: [{ kind: 'identity', doc: { Version: V, Statement: allow({ Sid: 'Single' }) } }],
    verdict: 'allow',
    allowedBy: 'Single',
  },

  // ---- Effect --------------------------------------------------------------------------------
  {
    name: '[Effect] valid values are Allow and Deny: a statement with Effect "Permit" grants nothing',
    policies: [identity({ Effect: 'Permit', Action: '*', Resource: '*' })],
    verdict: 'implicit-deny',
  },
  {
    name: '[Effect] the grammar is ("Allow" | "Deny"): Effect "allow" (lower case) grants nothing',
    policies: [identity({ Effect: 'allow', Action: '*', Resource: '*' })],
    verdict: 'implicit-deny',
  },
  {
    name: '[Effect] a statement with an invalid Effect ("Block") does not deny either',
    policies: [identity(allow({ Sid: 'AllowAll' }), { Effect: 'Block', Action: '*', Resource: '*' })],
    verdict: 'allow',
  },

  // ---- Action ---------------------------------------------------------------------------------
  {
    name: '[Action] "s3:*" covers every S3 action (s3:PutObject)',
    policies: [identity(allow({ Action: 's3:*' }))],
    verdict: 'allow',
  },
  {
    name: '[Action] "s3:*" does not cover another service\'s action (logs:PutLogEvents)',
    policies: [identity(allow({ Action: 's3:*' }))],
    request: { action: 'logs:PutLogEvents' },
    verdict: 'implicit-deny',
  },
  {
    name: '[Action] wildcards may be part of the action name: "s3:Put*" covers s3:PutObject',
    policies: [identity(allow({ Action: 's3:Put*' }))],
    verdict: 'allow',
  },
  {
    name: '[Action] "s3:Put*" does not cover s3:GetObject',
    policies: [identity(allow({ Action: 's3:Put*' }))],
    request: { action: 's3:GetObject' },
    verdict: 'implicit-deny',
  },
  {
    name: '[Action] "?" matches one character: "s3:?etObject" covers s3:GetObject',
    policies: [identity(allow({ Action: 's3:?etObject' }))],
    request: { action: 's3:GetObject' },
    verdict: 'allow',
  },
  {
    name: '[Action] "?" matches exactly one character: "s3:?etObject" does not cover s3:GetObjectAcl',
    policies: [identity(allow({ Action: 's3:?etObject' }))],
    request: { action: 's3:GetObjectAcl' },
    verdict: 'implicit-deny',
  },
  {
    name: '[Action] "*" covers every action of every service',
    policies: [identity(allow({ Action: '*' }))],
    request: { action: 'ec2:CreateFlowLogs' },
    verdict: 'allow',
  },
  {
    name: '[Action] "iam:*AccessKey*" covers iam:CreateAccessKey (documented example)',
    policies: [identity(allow({ Action: 'iam:*AccessKey*' }))],
    request: { action: 'iam:CreateAccessKey' },
    verdict: 'allow',
  },
  {
    name: '[Action] the prefix and the action name are case insensitive: "S3:PUTOBJECT" = s3:PutObject',
    policies: [identity(allow({ Action: 'S3:PUTOBJECT' }))],
    verdict: 'allow',
  },
  {
    name: '[Action] case insensitivity holds with wildcards too: "LOGS:put*" covers logs:PutLogEvents',
    policies: [identity(allow({ Action: 'LOGS:put*' }))],
    request: { action: 'logs:PutLogEvents' },
    verdict: 'allow',
  },
  {
    name: '[Action] several values: the statement covers any action in the list',
    policies: [identity(allow({ Action: ['sqs:SendMessage', 'logs:CreateLogStream', 'logs:PutLogEvents'] }))],
    request: { action: 'logs:PutLogEvents' },
    verdict: 'allow',
  },

  // ---- NotAction ------------------------------------------------------------------------------
  {
    name: '[NotAction] Allow with NotAction "iam:*" allows every action except IAM ones (s3:PutObject)',
    policies: [identity({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
    verdict: 'allow',
  },
  {
    name: '[NotAction] Allow with NotAction "iam:*" does not allow iam:CreateUser',
    policies: [identity({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
    request: { action: 'iam:CreateUser' },
    verdict: 'implicit-deny',
  },
  {
    name: '[NotAction] Deny with NotAction denies every action not listed (s3:PutObject)',
    policies: [identity(allow(), { Sid: 'DenyAllButLogs', Effect: 'Deny', NotAction: ['logs:*'], Resource: '*' })],
    verdict: 'deny',
    deniedBy: 'DenyAllButLogs',
  },
  {
    name: '[NotAction] Deny with NotAction does not deny the listed actions (logs:PutLogEvents)',
    policies: [identity(allow(), { Sid: 'DenyAllButLogs', Effect: 'Deny', NotAction: ['logs:*'], Resource: '*' })],
    request: { action: 'logs:PutLogEvents' },
    verdict: 'allow',
  },

  // ---- Resource -------------------------------------------------------------------------------
  {
    name: '[Resource] an exact ARN matches that resource',
    policies: [identity(allow({ Resource: BUCKET_OBJECT }))],
    verdict: 'allow',
  },
  {
    name: '[Resource] "arn:aws:s3:::bucket/*" refers to all items within the bucket',
    policies: [identity(allow({ Resource: 'arn:aws:s3:::flowlogs-bucket/*' }))],
    verdict: 'allow',
  },
  {
    name: '[Resource] "arn:aws:s3:::bucket/*" does not cover the bucket itself',
    policies: [identity(allow({ Resource: 'arn:aws:s3:::flowlogs-bucket/*' }))],
    request: { action: 's3:GetBucketAcl', resource: 'arn:aws:s3:::flowlogs-bucket' },
    verdict: 'implicit-deny',
  },
  {
    name: '[Resource] ARNs are case sensitive: "arn:aws:s3:::FlowLogs-Bucket/*" does not cover flowlogs-bucket',
    policies: [identity(allow({ Resource: 'arn:aws:s3:::FlowLogs-Bucket/*' }))],
    verdict: 'implicit-deny',
  },
  {
    name: '[Resource] "?" represents any single character within a segment',
    policies: [identity(allow({ Resource: 'arn:aws:logs:us-east-?:111122223333:log-group:flow*' }))],
    request: { action: 'logs:PutLogEvents', resource: `arn:aws:logs:us-east-2:${A}:log-group:flowlogs:log-stream:eni-1` },
    verdict: 'allow',
  },
  {
    name: '[Resource] "*" as the whole Resource covers every resource',
    policies: [identity(allow({ Resource: '*' }))],
    request: { resource: 'arn:aws:s3:::anything-at-all/key' },
    verdict: 'allow',
  },
  {
    name: '[Resource] several resources: the statement covers any ARN in the list',
    policies: [identity(allow({ Resource: ['arn:aws:s3:::other-bucket/*', 'arn:aws:s3:::flowlogs-bucket/AWSLogs/*'] }))],
    verdict: 'allow',
  },

  // ---- NotResource ----------------------------------------------------------------------------
  {
    name: '[NotResource] Allow with NotResource matches every resource except those listed',
    policies: [identity({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secret-bucket/*' })],
    verdict: 'allow',
  },
  {
    name: '[NotResource] Allow with NotResource does not cover the listed resource',
    policies: [identity({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secret-bucket/*' })],
    request: { resource: 'arn:aws:s3:::secret-bucket/key' },
    verdict: 'implicit-deny',
  },
  {
    name: '[NotResource] Deny with NotResource denies every resource except those listed',
    policies: [identity(allow(), { Sid: 'OnlyFlowLogsBucket', Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::flowlogs-bucket', 'arn:aws:s3:::flowlogs-bucket/*'] })],
    request: { resource: 'arn:aws:s3:::other-bucket/key' },
    verdict: 'deny',
    deniedBy: 'OnlyFlowLogsBucket',
  },
  {
    name: '[NotResource] Deny with NotResource does not deny the listed resources',
    policies: [identity(allow(), { Sid: 'OnlyFlowLogsBucket', Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::flowlogs-bucket', 'arn:aws:s3:::flowlogs-bucket/*'] })],
    verdict: 'allow',
  },

  // ---- Principal ------------------------------------------------------------------------------
  {
    name: '[Principal] "Principal": "*" covers all principals (a service principal)',
    policies: [bucket(allow({ Principal: '*' }))],
    request: { principal: DELIVERY },
    verdict: 'allow',
  },
  {
    name: '[Principal] "Principal": "*" with Allow grants access to all users, including anonymous users',
    policies: [bucket(allow({ Principal: '*' }))],
    request: { principal: ANON },
    verdict: 'allow',
  },
  {
    name: '[Principal] for anonymous users "Principal": {"AWS": "*"} is equivalent to "Principal": "*"',
    policies: [bucket(allow({ Principal: { AWS: '*' } }))],
    request: { principal: ANON },
    verdict: 'allow',
  },
  {
    name: '[Principal] {"AWS": "*"} covers an IAM role in any account',
    policies: [bucket(allow({ Principal: { AWS: '*' } }))],
    request: { principal: role(B, 'Anyone') },
    verdict: 'allow',
  },
  {
    name: '[Principal] a service principal ("Service": "delivery.logs.amazonaws.com") matches that service',
    policies: [bucket(allow({ Principal: { Service: 'delivery.logs.amazonaws.com' } }))],
    request: { principal: DELIVERY },
    verdict: 'allow',
  },
  {
    name: '[Principal] several service principals go in one array under "Service" (logical OR)',
    policies: [bucket(allow({ Principal: { Service: ['ecs.amazonaws.com', 'delivery.logs.amazonaws.com'] } }))],
    request: { principal: DELIVERY },
    verdict: 'allow',
  },
  {
    name: '[Principal] a service principal does not match a different service',
    policies: [bucket(allow({ Principal: { Service: 'ecs.amazonaws.com' } }))],
    request: { principal: DELIVERY },
    verdict: 'implicit-deny',
  },
  {
    name: '[Principal] a service principal does not match an IAM role',
    policies: [bucket(allow({ Principal: { Service: 'delivery.logs.amazonaws.com' } }))],
    request: { principal: role(A, 'LogWriter') },
    verdict: 'implicit-deny',
  },
  {
    name: '[Principal] an account principal (12-digit ID) delegates to the account: a role in it matches',
    policies: [bucket(allow({ Principal: { AWS: A } }))],
    request: { principal: role(A, 'LogWriter') },
    verdict: 'allow',
  },
  {
    name: '[Principal] "arn:aws:iam::ID:root" behaves like the account ID and is not limited to the root user',
    policies: [bucket(allow({ Principal: { AWS: `arn:aws:iam::${A}:root` } }))],
    request: { principal: role(A, 'LogWriter') },
    verdict: 'allow',
  },
  {
    name: '[Principal] an account principal does not match a role in another account',
    policies: [bucket(allow({ Principal: { AWS: A } }))],
    request: { principal: role(B, 'LogWriter') },
    verdict: 'implicit-deny',
  },
  {
    name: '[Principal] an account principal does not match anonymous users',
    policies: [bucket(allow({ Principal: { AWS: `arn:aws:iam::${A}:root` } }))],
    request: { principal: ANON },
    verdict: 'implicit-deny',
  },
  {
    name: '[Principal] an account principal does not match a service principal',
    policies: [bucket(allow({ Principal: { AWS: A } }))],
    request: { principal: DELIVERY },
    verdict: 'implicit-deny',
  },
  {
    name: '[Principal] several accounts in an array are a logical OR',
    policies: [bucket(allow({ Principal: { AWS: ['123456789012', B] } }))],
    request: { principal: role(B, 'Reader') },
    verdict: 'allow',
  },
  {
    name: '[Principal] a specific role ARN matches that role',
    policies: [bucket(allow({ Principal: { AWS: `arn:aws:iam::${A}:role/LogWriter` } }))],
    request: { principal: role(A, 'LogWriter') },
    verdict: 'allow',
  },
  {
    name: '[Principal] a specific role ARN does not match another role in the same account',
    policies: [bucket(allow({ Principal: { AWS: `arn:aws:iam::${A}:role/LogWriter` } }))],
    request: { principal: role(A, 'Admin') },
    verdict: 'implicit-deny',
  },
  {
    name: '[Principal] the name part of a principal ARN is case sensitive',
    policies: [bucket(allow({ Principal: { AWS: `arn:aws:iam::${A}:user/Bob` } }))],
    request: { principal: user(A, 'bob') },
    verdict: 'implicit-deny',
  },
  {
    name: '[Principal] you cannot use a wildcard to match part of a principal ARN ("role/*")',
    policies: [bucket(allow({ Principal: { AWS: `arn:aws:iam::${A}:role/*` } }))],
    request: { principal: role(A, 'LogWriter') },
    verdict: 'implicit-deny',
  },

  // ---- NotPrincipal ---------------------------------------------------------------------------
  {
    name: '[NotPrincipal] Deny + NotPrincipal does not deny the listed principal (the service)',
    policies: [bucket(allow({ Principal: '*' }), deny({ Sid: 'OnlyDelivery', NotPrincipal: { Service: 'delivery.logs.amazonaws.com' } }))],
    request: { principal: DELIVERY },
    verdict: 'allow',
  },
  {
    name: '[NotPrincipal] Deny + NotPrincipal explicitly denies every principal not listed (an IAM role)',
    policies: [bucket(allow({ Principal: '*' }), deny({ Sid: 'OnlyDelivery', NotPrincipal: { Service: 'delivery.logs.amazonaws.com' } }))],
    request: { principal: role(A, 'LogWriter') },
    verdict: 'deny',
    deniedBy: 'OnlyDelivery',
  },
  {
    name: '[NotPrincipal] Deny + NotPrincipal explicitly denies anonymous users',
    policies: [bucket(allow({ Principal: '*' }), deny({ Sid: 'OnlyDelivery', NotPrincipal: { Service: 'delivery.logs.amazonaws.com' } }))],
    request: { principal: ANON },
    verdict: 'deny',
    deniedBy: 'OnlyDelivery',
  },
  {
    name: '[NotPrincipal] documented example (Bob + his account root listed): Bob is not denied',
    policies: [
      bucket(allow({ Principal: '*' }), deny({ Sid: 'AllButBob', NotPrincipal: { AWS: [`arn:aws:iam::${B}:user/Bob`, `arn:aws:iam::${B}:root`] } })),
    ],
    request: { principal: user(B, 'Bob') },
    verdict: 'allow',
  },
  {
    name: '[NotPrincipal] documented example (Bob + his account root listed): a principal of another account is denied',
    policies: [
      bucket(allow({ Principal: '*' }), deny({ Sid: 'AllButBob', NotPrincipal: { AWS: [`arn:aws:iam::${B}:user/Bob`, `arn:aws:iam::${B}:root`] } })),
    ],
    request: { principal: user(A, 'Mallory') },
    verdict: 'deny',
    deniedBy: 'AllButBob',
  },
  {
    name: '[NotPrincipal] documented example: "all principals except the user named Bob" are denied, so Alice in Bob\'s account is denied',
    policies: [
      bucket(allow({ Principal: '*' }), deny({ Sid: 'AllButBob', NotPrincipal: { AWS: [`arn:aws:iam::${B}:user/Bob`, `arn:aws:iam::${B}:root`] } })),
    ],
    request: { principal: user(B, 'Alice') },
    verdict: 'deny',
    deniedBy: 'AllButBob',
  },

  // ---- String condition operators ---------------------------------------------------------------
  {
    name: '[Operators] StringEquals: exact matching, case sensitive (match)',
    policies: [allowIf({ StringEquals: { 'aws:username': 'johndoe' } })],
    request: { context: { 'aws:username': 'johndoe' } },
    verdict: 'allow',
  },
  {
    name: '[Condition] StringEquals is case sensitive: a user named JohnDoe does not match "johndoe"',
    policies: [allowIf({ StringEquals: { 'aws:username': 'johndoe' } })],
    request: { context: { 'aws:username': 'JohnDoe' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] StringEquals takes no wildcards: "*" matches only a literal "*"',
    policies: [allowIf({ StringEquals: { 'aws:username': 'john*' } })],
    request: { context: { 'aws:username': 'johndoe' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] StringNotEquals: negated matching (different value → true)',
    policies: [allowIf({ StringNotEquals: { 'aws:username': 'johndoe' } })],
    request: { context: { 'aws:username': 'jane' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] StringNotEquals: negated matching (equal value → false)',
    policies: [allowIf({ StringNotEquals: { 'aws:username': 'johndoe' } })],
    request: { context: { 'aws:username': 'johndoe' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Condition] StringEqualsIgnoreCase matches users named john and John',
    policies: [allowIf({ StringEqualsIgnoreCase: { 'aws:username': 'john' } })],
    request: { context: { 'aws:username': 'John' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] StringEqualsIgnoreCase still requires the whole string to match',
    policies: [allowIf({ StringEqualsIgnoreCase: { 'aws:username': 'john' } })],
    request: { context: { 'aws:username': 'Johnny' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] StringNotEqualsIgnoreCase: negated matching ignoring case (JOHN vs john → false)',
    policies: [allowIf({ StringNotEqualsIgnoreCase: { 'aws:username': 'john' } })],
    request: { context: { 'aws:username': 'JOHN' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] StringNotEqualsIgnoreCase: a different value → true',
    policies: [allowIf({ StringNotEqualsIgnoreCase: { 'aws:username': 'john' } })],
    request: { context: { 'aws:username': 'jane' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] StringLike: "*" is a multi-character wildcard anywhere in the string',
    policies: [allowIf({ StringLike: { 's3:prefix': 'home/*/logs' } })],
    request: { context: { 's3:prefix': 'home/david/logs' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] StringLike: "?" is a single-character wildcard',
    policies: [allowIf({ StringLike: { 'ec2:InstanceType': 't?.micro' } })],
    request: { context: { 'ec2:InstanceType': 't3.micro' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] StringLike: "?" does not match two characters',
    policies: [allowIf({ StringLike: { 'ec2:InstanceType': 't?.micro' } })],
    request: { context: { 'ec2:InstanceType': 't3a.micro' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] StringLike is case-sensitive matching',
    policies: [allowIf({ StringLike: { 's3:prefix': 'home/*' } })],
    request: { context: { 's3:prefix': 'HOME/david' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] StringNotLike: negated matching (value matches the pattern → false)',
    policies: [allowIf({ StringNotLike: { 's3:prefix': 'private/*' } })],
    request: { context: { 's3:prefix': 'private/keys' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] StringNotLike: negated matching (value does not match → true)',
    policies: [allowIf({ StringNotLike: { 's3:prefix': 'private/*' } })],
    request: { context: { 's3:prefix': 'public/index.html' } },
    verdict: 'allow',
  },

  // ---- Numeric condition operators ------------------------------------------------------------
  {
    name: '[Operators] NumericLessThanEquals: s3:max-keys up to 10 (10 → true)',
    policies: [allowIf({ NumericLessThanEquals: { 's3:max-keys': '10' } })],
    request: { context: { 's3:max-keys': '10' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] NumericLessThanEquals: s3:max-keys up to 10 (11 → false)',
    policies: [allowIf({ NumericLessThanEquals: { 's3:max-keys': '10' } })],
    request: { context: { 's3:max-keys': '11' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] NumericEquals compares numbers (JSON number 10 equals "10")',
    policies: [allowIf({ NumericEquals: { 's3:max-keys': 10 } })],
    request: { context: { 's3:max-keys': '10' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] NumericNotEquals: negated matching (5 vs 10 → true)',
    policies: [allowIf({ NumericNotEquals: { 's3:max-keys': '10' } })],
    request: { context: { 's3:max-keys': '5' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] NumericLessThan is strict (10 < 10 is false)',
    policies: [allowIf({ NumericLessThan: { 's3:max-keys': '10' } })],
    request: { context: { 's3:max-keys': '10' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] NumericGreaterThan: 3601 > 3600',
    policies: [allowIf({ NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' } })],
    request: { context: { 'aws:MultiFactorAuthAge': '3601' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] NumericGreaterThanEquals: 3600 >= 3600',
    policies: [allowIf({ NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': '3600' } })],
    request: { context: { 'aws:MultiFactorAuthAge': '3600' } },
    verdict: 'allow',
  },

  // ---- Date condition operators ---------------------------------------------------------------
  {
    name: '[Operators] DateGreaterThan: aws:TokenIssueTime after 2020-01-01T00:00:01Z (documented example)',
    policies: [allowIf({ DateGreaterThan: { 'aws:TokenIssueTime': '2020-01-01T00:00:01Z' } })],
    request: { context: { 'aws:TokenIssueTime': '2020-06-15T12:00:00Z' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] DateGreaterThan: credentials issued before the date do not match',
    policies: [allowIf({ DateGreaterThan: { 'aws:TokenIssueTime': '2020-01-01T00:00:01Z' } })],
    request: { context: { 'aws:TokenIssueTime': '2019-12-31T23:59:59Z' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] DateLessThan: aws:CurrentTime before the date',
    policies: [allowIf({ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } })],
    request: { context: { 'aws:CurrentTime': '2026-03-01T10:00:00Z' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] DateLessThanEquals: the same instant matches',
    policies: [allowIf({ DateLessThanEquals: { 'aws:CurrentTime': '2026-03-01T10:00:00Z' } })],
    request: { context: { 'aws:CurrentTime': '2026-03-01T10:00:00Z' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] DateGreaterThanEquals: an earlier instant does not match',
    policies: [allowIf({ DateGreaterThanEquals: { 'aws:CurrentTime': '2026-03-01T10:00:00Z' } })],
    request: { context: { 'aws:CurrentTime': '2026-03-01T09:59:59Z' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] DateEquals: dates may be given in epoch (UNIX) time (1704067200 = 2024-01-01T00:00:00Z)',
    policies: [allowIf({ DateEquals: { 'aws:EpochTime': '2024-01-01T00:00:00Z' } })],
    request: { context: { 'aws:EpochTime': '1704067200' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] DateNotEquals: negated matching (a different date → true)',
    policies: [allowIf({ DateNotEquals: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' } })],
    request: { context: { 'aws:CurrentTime': '2024-01-02T00:00:00Z' } },
    verdict: 'allow',
  },

  // ---- Bool -----------------------------------------------------------------------------------
  {
    name: '[Operators] Bool: Deny S3 when aws:SecureTransport is "false" (documented BooleanExample)',
    policies: [identity(allow(), deny({ Sid: 'BooleanExample', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }))],
    request: { context: { 'aws:SecureTransport': 'false' } },
    verdict: 'deny',
    deniedBy: 'BooleanExample',
  },
  {
    name: '[Operators] Bool: the BooleanExample deny does not apply over SSL ("true")',
    policies: [identity(allow(), deny({ Sid: 'BooleanExample', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }))],
    request: { context: { 'aws:SecureTransport': 'true' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] Bool: a JSON boolean true in the policy matches the request value "true"',
    policies: [allowIf({ Bool: { 'aws:MultiFactorAuthPresent': true } })],
    request: { context: { 'aws:MultiFactorAuthPresent': 'true' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] Bool: a key absent from the request does not match (Bool "false" Deny does not apply)',
    policies: [identity(allow(), deny({ Sid: 'DenyNoMfa', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }))],
    verdict: 'allow',
  },
  {
    name: '[Operators] BoolIfExists: a missing key makes the condition true, so the Deny applies',
    policies: [identity(allow(), deny({ Sid: 'DenyNoMfa', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }))],
    verdict: 'deny',
    deniedBy: 'DenyNoMfa',
  },

  // ---- IP address -----------------------------------------------------------------------------
  {
    name: '[Operators] IpAddress: 203.0.113.0/24 covers 203.0.113.7',
    policies: [allowIf({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })],
    request: { context: { 'aws:SourceIp': '203.0.113.7' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] IpAddress: 203.0.113.0/24 does not cover 203.0.114.7',
    policies: [allowIf({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })],
    request: { context: { 'aws:SourceIp': '203.0.114.7' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] IpAddress: an address without a prefix uses /32 (exact match)',
    policies: [allowIf({ IpAddress: { 'aws:SourceIp': '203.0.113.7' } })],
    request: { context: { 'aws:SourceIp': '203.0.113.8' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] IpAddress: IPv6 range 2001:DB8:1234:5678::/64 covers 2001:db8:1234:5678:abcd::1',
    policies: [allowIf({ IpAddress: { 'aws:SourceIp': '2001:DB8:1234:5678::/64' } })],
    request: { context: { 'aws:SourceIp': '2001:db8:1234:5678:abcd::1' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] IpAddress: IPv6 range 2001:DB8:1234:5678::/64 does not cover 2001:db8:1234:5679::1',
    policies: [allowIf({ IpAddress: { 'aws:SourceIp': '2001:DB8:1234:5678::/64' } })],
    request: { context: { 'aws:SourceIp': '2001:db8:1234:5679::1' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] IpAddress: a list mixing IPv4 and IPv6 ranges (documented example) covers an IPv6 source',
    policies: [allowIf({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } })],
    request: { context: { 'aws:SourceIp': '2001:db8:1234:5678::42' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] NotIpAddress: all addresses except the range (inside → false)',
    policies: [allowIf({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })],
    request: { context: { 'aws:SourceIp': '203.0.113.200' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] NotIpAddress: all addresses except the range (outside → true)',
    policies: [allowIf({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })],
    request: { context: { 'aws:SourceIp': '198.51.100.1' } },
    verdict: 'allow',
  },

  // ---- ARN ------------------------------------------------------------------------------------
  {
    name: '[Operators] ArnEquals: aws:SourceArn equals the SNS topic ARN (documented SQS example)',
    policies: [bucket(allow({ Principal: { AWS: '123456789012' }, Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:TOPIC-ID' } } }))],
    request: { principal: role('123456789012', 'Sender'), action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:QUEUE-ID', context: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:TOPIC-ID' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] ArnEquals and ArnLike behave identically: ArnEquals accepts "*" in a component',
    policies: [allowIf({ ArnEquals: { 'aws:SourceArn': `arn:aws:ec2:*:${A}:vpc-flow-log/*` } })],
    request: { context: { 'aws:SourceArn': `arn:aws:ec2:eu-west-1:${A}:vpc-flow-log/fl-0123` } },
    verdict: 'allow',
  },
  {
    name: '[Operators] ArnLike: "*" in the region component matches any region',
    policies: [allowIf({ ArnLike: { 'aws:SourceArn': `arn:aws:logs:*:${A}:*` } })],
    request: { context: { 'aws:SourceArn': `arn:aws:logs:us-west-2:${A}:log-group:flow` } },
    verdict: 'allow',
  },
  {
    name: '[Operators] ArnLike matches component by component: documented example "arn:aws:someservice:*:111122223333:finance/*" fails',
    policies: [allowIf({ ArnLike: { 'aws:SourceArn': 'arn:aws:someservice:*:111122223333:finance/*' } })],
    request: { context: { 'aws:SourceArn': 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] the same documented value succeeds with StringLike (the "*" spans colons)',
    policies: [allowIf({ StringLike: { 'aws:SourceArn': 'arn:aws:someservice:*:111122223333:finance/*' } })],
    request: { context: { 'aws:SourceArn': 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] ArnLike is case-sensitive matching of the ARN',
    policies: [allowIf({ ArnLike: { 'aws:SourceArn': `arn:aws:logs:us-east-1:${A}:log-group:Flow*` } })],
    request: { context: { 'aws:SourceArn': `arn:aws:logs:us-east-1:${A}:log-group:flow` } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] ArnNotLike: negated matching (a matching ARN → false)',
    policies: [allowIf({ ArnNotLike: { 'aws:SourceArn': `arn:aws:ec2:*:${A}:*` } })],
    request: { context: { 'aws:SourceArn': `arn:aws:ec2:us-east-1:${A}:vpc-flow-log/fl-1` } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] ArnNotLike: negated matching (another account\'s ARN → true)',
    policies: [allowIf({ ArnNotLike: { 'aws:SourceArn': `arn:aws:ec2:*:${A}:*` } })],
    request: { context: { 'aws:SourceArn': `arn:aws:ec2:us-east-1:${B}:vpc-flow-log/fl-1` } },
    verdict: 'allow',
  },

  // ---- Null -----------------------------------------------------------------------------------
  {
    name: '[Operators] Null "true": the key must be absent (absent → true)',
    policies: [allowIf({ Null: { 'aws:TokenIssueTime': 'true' } })],
    verdict: 'allow',
  },
  {
    name: '[Operators] Null "true": the key must be absent (present → false)',
    policies: [allowIf({ Null: { 'aws:TokenIssueTime': 'true' } })],
    request: { context: { 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] Null "false": the key must exist (present → true)',
    policies: [allowIf({ Null: { 'aws:TokenIssueTime': 'false' } })],
    request: { context: { 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] Null "false": the key must exist (absent → false)',
    policies: [allowIf({ Null: { 'aws:TokenIssueTime': 'false' } })],
    verdict: 'implicit-deny',
  },

  // ---- Missing keys and ...IfExists -----------------------------------------------------------
  {
    name: '[Operators] a key not present in the request context does not match: StringEquals → false',
    policies: [allowIf({ StringEquals: { 'aws:PrincipalTag/job-category': 'iamuser-admin' } })],
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] a missing key with a positive operator is false: ArnEquals on absent aws:SourceArn',
    policies: [allowIf({ ArnEquals: { 'aws:SourceArn': `arn:aws:ec2:us-east-1:${A}:vpc-flow-log/fl-1` } })],
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] a missing key with a negated operator is true: StringNotLike',
    policies: [allowIf({ StringNotLike: { 's3:prefix': 'private/*' } })],
    verdict: 'allow',
  },
  {
    name: '[Operators] a missing key with a negated operator is true: ArnNotLike',
    policies: [allowIf({ ArnNotLike: { 'aws:SourceArn': `arn:aws:ec2:*:${A}:*` } })],
    verdict: 'allow',
  },
  {
    name: '[Operators] a missing key with a negated operator is true: StringNotEquals (Deny applies)',
    policies: [identity(allow(), deny({ Sid: 'DenyOtherAccounts', Condition: { StringNotEquals: { 'aws:SourceAccount': A } } }))],
    verdict: 'deny',
    deniedBy: 'DenyOtherAccounts',
  },
  {
    name: '[Operators] a missing key with a negated operator is true: NotIpAddress',
    policies: [allowIf({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })],
    verdict: 'allow',
  },
  {
    name: '[Operators] ...IfExists: if the key is not present, the condition is true (StringEqualsIfExists)',
    policies: [allowIf({ StringEqualsIfExists: { 'aws:SourceAccount': A } })],
    verdict: 'allow',
  },
  {
    name: '[Operators] ...IfExists: a present key is processed as specified (StringLikeIfExists t2.* vs t2.micro)',
    policies: [allowIf({ StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } })],
    request: { action: 'ec2:RunInstances', context: { 'ec2:InstanceType': 't2.micro' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] ...IfExists: a present key that does not match is false (StringLikeIfExists vs m5.large)',
    policies: [allowIf({ StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } })],
    request: { action: 'ec2:RunInstances', context: { 'ec2:InstanceType': 'm5.large' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Operators] ...IfExists: with Deny and StringNotEqualsIfExists the request is still denied if the key is missing',
    policies: [identity(allow(), deny({ Sid: 'DenyUnlessTagged', Condition: { StringNotEqualsIfExists: { 'aws:ResourceTag/team': 'netops' } } }))],
    verdict: 'deny',
    deniedBy: 'DenyUnlessTagged',
  },

  // ---- Set operators --------------------------------------------------------------------------
  {
    name: '[Multi] ForAllValues:StringLike: every requested attribute is in the list → true',
    policies: [allowIf({ 'ForAllValues:StringLike': { 'dynamodb:requestedAttributes': ['PostDateTime', 'Message', 'Tags'] } })],
    request: { action: 'dynamodb:GetItem', context: { 'dynamodb:requestedAttributes': ['PostDateTime', 'Message'] } },
    verdict: 'allow',
  },
  {
    name: '[Multi] ForAllValues:StringLike: UserName is not in the list → false (documented table)',
    policies: [allowIf({ 'ForAllValues:StringLike': { 'dynamodb:requestedAttributes': ['PostDateTime', 'Message', 'Tags'] } })],
    request: { action: 'dynamodb:GetItem', context: { 'dynamodb:requestedAttributes': ['PostDateTime', 'UserName'] } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Multi] ForAllValues returns true when the key is missing from the request',
    policies: [allowIf({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } })],
    verdict: 'allow',
  },
  {
    name: '[Multi] ForAllValues returns true when the request values are an empty set',
    policies: [allowIf({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } })],
    request: { context: { 'aws:TagKeys': [] } },
    verdict: 'allow',
  },
  {
    name: '[Multi] ForAnyValue:StringLike Deny: PostDateTime among the requested attributes → denied (documented)',
    policies: [identity(allow(), deny({ Sid: 'DenyPutIdOrDate', Action: 'dynamodb:PutItem', Condition: { 'ForAnyValue:StringLike': { 'dynamodb:requestedAttributes': ['ID', 'PostDateTime'] } } }))],
    request: { action: 'dynamodb:PutItem', context: { 'dynamodb:requestedAttributes': ['UserName', 'Message', 'PostDateTime'] } },
    verdict: 'deny',
    deniedBy: 'DenyPutIdOrDate',
  },
  {
    name: '[Multi] ForAnyValue:StringLike Deny: only UserName requested → condition false, not denied',
    policies: [identity(allow(), deny({ Sid: 'DenyPutIdOrDate', Action: 'dynamodb:PutItem', Condition: { 'ForAnyValue:StringLike': { 'dynamodb:requestedAttributes': ['ID', 'PostDateTime'] } } }))],
    request: { action: 'dynamodb:PutItem', context: { 'dynamodb:requestedAttributes': ['UserName'] } },
    verdict: 'allow',
  },
  {
    name: '[Multi] ForAnyValue returns false when the key is missing from the request',
    policies: [allowIf({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team', 'env'] } })],
    verdict: 'implicit-deny',
  },
  {
    name: '[Multi] ForAnyValue returns false when the request values are an empty set',
    policies: [allowIf({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team', 'env'] } })],
    request: { context: { 'aws:TagKeys': [] } },
    verdict: 'implicit-deny',
  },

  // ---- Multiple keys, values and operators ----------------------------------------------------
  {
    name: '[Multi] several context keys in one operator are ANDed (both match → true)',
    policies: [allowIf({ StringEquals: { 'aws:SourceAccount': A, 'aws:SourceOrgID': 'o-abc123' } })],
    request: { context: { 'aws:SourceAccount': A, 'aws:SourceOrgID': 'o-abc123' } },
    verdict: 'allow',
  },
  {
    name: '[Multi] several context keys in one operator are ANDed (one fails → false)',
    policies: [allowIf({ StringEquals: { 'aws:SourceAccount': A, 'aws:SourceOrgID': 'o-abc123' } })],
    request: { context: { 'aws:SourceAccount': A, 'aws:SourceOrgID': 'o-zzz999' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Multi] several values for one key are ORed (the second value matches)',
    policies: [allowIf({ StringEquals: { 'aws:PrincipalTag/role': ['audit', 'security'] } })],
    request: { context: { 'aws:PrincipalTag/role': 'security' } },
    verdict: 'allow',
  },
  {
    name: '[Multi] several values for a negated operator are NORed (StringNotEquals [audit, security] vs audit → false)',
    policies: [allowIf({ StringNotEquals: { 'aws:PrincipalTag/role': ['audit', 'security'] } })],
    request: { context: { 'aws:PrincipalTag/role': 'audit' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Multi] several values for a negated operator are NORed (StringNotEquals [audit, security] vs dev → true)',
    policies: [allowIf({ StringNotEquals: { 'aws:PrincipalTag/role': ['audit', 'security'] } })],
    request: { context: { 'aws:PrincipalTag/role': 'dev' } },
    verdict: 'allow',
  },
  {
    name: '[Multi] several condition operators are ANDed (StringEquals holds, ArnLike fails → false)',
    policies: [allowIf({ StringEquals: { 'aws:SourceAccount': A }, ArnLike: { 'aws:SourceArn': `arn:aws:ec2:*:${A}:vpc-flow-log/*` } })],
    request: { context: { 'aws:SourceAccount': A, 'aws:SourceArn': `arn:aws:ec2:us-east-1:${B}:vpc-flow-log/fl-1` } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Multi] several condition operators are ANDed (both hold → true)',
    policies: [allowIf({ StringEquals: { 'aws:SourceAccount': A }, ArnLike: { 'aws:SourceArn': `arn:aws:ec2:*:${A}:vpc-flow-log/*` } })],
    request: { context: { 'aws:SourceAccount': A, 'aws:SourceArn': `arn:aws:ec2:us-east-1:${A}:vpc-flow-log/fl-1` } },
    verdict: 'allow',
  },
  {
    name: '[Condition] context key names are not case-sensitive: "AWS:SourceIp" in the policy tests aws:sourceip',
    policies: [allowIf({ IpAddress: { 'AWS:SourceIp': '203.0.113.0/24' } })],
    request: { context: { 'aws:sourceip': '203.0.113.9' } },
    verdict: 'allow',
  },
  {
    name: '[Condition] context key names are not case-sensitive: "aws:sourceaccount" tests aws:SourceAccount',
    policies: [allowIf({ StringEquals: { 'aws:sourceaccount': A } })],
    request: { context: { 'aws:SourceAccount': A } },
    verdict: 'allow',
  },

  // ---- Policy variables -----------------------------------------------------------------------
  {
    name: '[Variables] ${aws:SourceAccount} in the resource part of the ARN is replaced from the request context',
    policies: [bucket(allow({ Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::flowlogs-bucket/AWSLogs/${aws:SourceAccount}/*' }))],
    request: { principal: DELIVERY, context: { 'aws:SourceAccount': A } },
    verdict: 'allow',
  },
  {
    name: '[Variables] the substituted value must match: another source account is not covered',
    policies: [bucket(allow({ Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::flowlogs-bucket/AWSLogs/${aws:SourceAccount}/*' }))],
    request: { principal: DELIVERY, context: { 'aws:SourceAccount': B } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Variables] a variable whose key is not in the request cannot be resolved: an Allow is unknown, not a guess',
    policies: [bucket(allow({ Sid: 'PerAccount', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::flowlogs-bucket/AWSLogs/${aws:SourceAccount}/*' }))],
    request: { principal: DELIVERY },
    verdict: 'unknown',
    unknownAt: 'resource',
  },
  {
    name: '[Variables] key names are case-insensitive inside a variable too (${AWS:sourceaccount})',
    policies: [identity(allow({ Resource: 'arn:aws:s3:::flowlogs-bucket/AWSLogs/${AWS:sourceaccount}/*' }))],
    request: { context: { 'aws:SourceAccount': A } },
    verdict: 'allow',
  },
  {
    name: '[Variables] without a Version element variables are treated as literal strings',
    policies: [{ kind: 'identity', doc: { Statement: [allow({ Resource: 'arn:aws:s3:::flowlogs-bucket/AWSLogs/${aws:SourceAccount}/*' })] } }],
    request: { context: { 'aws:SourceAccount': A } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Variables] Version 2008-10-17 predates variables: ${...} is a literal string',
    policies: [{ kind: 'identity', doc: { Version: '2008-10-17', Statement: [allow({ Resource: 'arn:aws:s3:::flowlogs-bucket/AWSLogs/${aws:SourceAccount}/*' })] } }],
    request: { context: { 'aws:SourceAccount': A } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Variables] a default value in single quotes is used when the key is absent (${aws:username, \'anonymous\'})',
    policies: [identity(allow({ Resource: "arn:aws:s3:::home-bucket/${aws:username, 'anonymous'}/*" }))],
    request: { resource: 'arn:aws:s3:::home-bucket/anonymous/readme.txt' },
    verdict: 'allow',
  },
  {
    name: '[Variables] variables work in string conditions: StringLike s3:prefix "home/${aws:username}/*" (own folder)',
    policies: [allowIf({ StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/*'] } })],
    request: { action: 's3:ListBucket', resource: 'arn:aws:s3:::home-bucket', context: { 'aws:username': 'David', 's3:prefix': 'home/David/photos' } },
    verdict: 'allow',
  },
  {
    name: '[Variables] variables work in string conditions: another user\'s folder does not match',
    policies: [allowIf({ StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/*'] } })],
    request: { action: 's3:ListBucket', resource: 'arn:aws:s3:::home-bucket', context: { 'aws:username': 'David', 's3:prefix': 'home/Adele/photos' } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Variables] special character ${*} stands for a literal "*" (matches a key named "*")',
    policies: [identity(allow({ Resource: 'arn:aws:s3:::weird-bucket/${*}' }))],
    request: { resource: 'arn:aws:s3:::weird-bucket/*' },
    verdict: 'allow',
  },
  {
    name: '[Variables] special character ${*} is a literal "*", not a wildcard: it does not match any other key',
    policies: [identity(allow({ Resource: 'arn:aws:s3:::weird-bucket/${*}' }))],
    request: { resource: 'arn:aws:s3:::weird-bucket/secret.txt' },
    verdict: 'implicit-deny',
  },
  {
    name: '[Variables] special character ${?} is a literal "?", not a single-character wildcard',
    policies: [identity(allow({ Resource: 'arn:aws:s3:::weird-bucket/what${?}' }))],
    request: { resource: 'arn:aws:s3:::weird-bucket/whatX' },
    verdict: 'implicit-deny',
  },
  {
    name: '[Variables] special character ${$} stands for a literal "$"',
    policies: [identity(allow({ Resource: 'arn:aws:s3:::weird-bucket/${$}HOME' }))],
    request: { resource: 'arn:aws:s3:::weird-bucket/$HOME' },
    verdict: 'allow',
  },

  // ---- Symbolic values (IaC symbols) ----------------------------------------------------------
  {
    name: '[Symbolic] a Resource pattern with the ACCOUNT symbol matches a request with the same symbol',
    policies: [identity(allow({ Action: 'logs:PutLogEvents', Resource: S('arn:aws:logs:us-east-1:', ACCOUNT, ':log-group:/vpc/flowlogs:*') }))],
    request: { action: 'logs:PutLogEvents', resource: ['arn:aws:logs:us-east-1:', ACCOUNT, ':log-group:/vpc/flowlogs:log-stream:eni-1'] },
    verdict: 'allow',
  },
  {
    name: '[Symbolic] a literal account in the pattern vs the ACCOUNT symbol in the request is unknown',
    policies: [identity(allow({ Sid: 'Literal', Action: 'logs:PutLogEvents', Resource: `arn:aws:logs:us-east-1:${A}:log-group:/vpc/flowlogs:*` }))],
    request: { action: 'logs:PutLogEvents', resource: ['arn:aws:logs:us-east-1:', ACCOUNT, ':log-group:/vpc/flowlogs:log-stream:eni-1'] },
    verdict: 'unknown',
    unknownAt: 'resource',
  },
  {
    name: '[Symbolic] a fresh() symbol (some other account) vs a literal account is a definite no',
    policies: [identity(allow({ Action: 'logs:PutLogEvents', Resource: `arn:aws:logs:us-east-1:${A}:log-group:/vpc/flowlogs:*` }))],
    request: { action: 'logs:PutLogEvents', resource: ['arn:aws:logs:us-east-1:', fresh('other-account'), ':log-group:/vpc/flowlogs:log-stream:eni-1'] },
    verdict: 'implicit-deny',
  },
  {
    name: '[Symbolic] a fresh() symbol vs the ACCOUNT symbol in the pattern is a definite no',
    policies: [identity(allow({ Action: 'logs:PutLogEvents', Resource: S('arn:aws:logs:us-east-1:', ACCOUNT, ':log-group:/vpc/flowlogs:*') }))],
    request: { action: 'logs:PutLogEvents', resource: ['arn:aws:logs:us-east-1:', fresh('other-account'), ':log-group:/vpc/flowlogs:log-stream:eni-1'] },
    verdict: 'implicit-deny',
  },
  {
    name: '[Symbolic] a literal that differs after the symbol is a definite no (other log group)',
    policies: [identity(allow({ Action: 'logs:PutLogEvents', Resource: `arn:aws:logs:us-east-1:${A}:log-group:/vpc/other` }))],
    request: { action: 'logs:PutLogEvents', resource: ['arn:aws:logs:us-east-1:', ACCOUNT, ':log-group:/vpc/flowlogs'] },
    verdict: 'implicit-deny',
  },
  {
    name: '[Symbolic] "*" in a Resource covers a symbolic resource',
    policies: [identity(allow({ Action: 'logs:PutLogEvents', Resource: 'arn:aws:logs:*' }))],
    request: { action: 'logs:PutLogEvents', resource: ['arn:aws:logs:us-east-1:', ACCOUNT, ':log-group:/vpc/flowlogs'] },
    verdict: 'allow',
  },
  {
    name: '[Symbolic] confused-deputy guard: StringEquals aws:SourceAccount ACCOUNT holds for the stack\'s own account',
    policies: [bucket(allow({ Principal: { Service: 'delivery.logs.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': S(ACCOUNT) } } }))],
    request: { principal: DELIVERY, context: { 'aws:SourceAccount': [[ACCOUNT]] } },
    verdict: 'allow',
  },
  {
    name: '[Symbolic] confused-deputy guard: a stranger\'s account (fresh) does not satisfy StringEquals aws:SourceAccount ACCOUNT',
    policies: [bucket(allow({ Principal: { Service: 'delivery.logs.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': S(ACCOUNT) } } }))],
    request: { principal: DELIVERY, context: { 'aws:SourceAccount': [[fresh('stranger')]] } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Symbolic] a condition comparing a literal account with the ACCOUNT symbol is unknown',
    policies: [allowIf({ StringEquals: { 'aws:SourceAccount': A } })],
    request: { context: { 'aws:SourceAccount': [[ACCOUNT]] } },
    verdict: 'unknown',
    unknownAt: 'condition',
  },
  {
    name: '[Symbolic] a Deny whose applicability is unknown keeps an Allow from being a definite allow',
    policies: [identity(allow({ Sid: 'AllowAll' }), deny({ Sid: 'DenyOthers', Condition: { StringNotEquals: { 'aws:SourceAccount': A } } }))],
    request: { context: { 'aws:SourceAccount': [[ACCOUNT]] } },
    verdict: 'unknown',
    allowedBy: 'AllowAll',
    unknownAt: 'condition',
  },
  {
    name: '[Symbolic] a Deny whose applicability is unknown with no Allow is still the implicit deny',
    policies: [identity(deny({ Sid: 'DenyOthers', Condition: { StringNotEquals: { 'aws:SourceAccount': A } } }))],
    request: { context: { 'aws:SourceAccount': [[ACCOUNT]] } },
    verdict: 'implicit-deny',
  },
  {
    name: '[Symbolic] Principal "arn:aws:iam::${ACCOUNT}:root" matches a role of the same symbolic account',
    policies: [bucket(allow({ Principal: { AWS: S('arn:aws:iam::', ACCOUNT, ':root') } }))],
    request: { principal: { kind: 'aws', arn: ['arn:aws:iam::', ACCOUNT, ':role/LogWriter'], account: [ACCOUNT] } },
    verdict: 'allow',
  },
  {
    name: '[Symbolic] Principal with a literal account vs a role of the symbolic account is unknown',
    policies: [bucket(allow({ Principal: { AWS: A } }))],
    request: { principal: { kind: 'aws', arn: ['arn:aws:iam::', ACCOUNT, ':role/LogWriter'], account: [ACCOUNT] } },
    verdict: 'unknown',
    unknownAt: 'principal',
  },
  {
    name: '[Symbolic] Principal ACCOUNT root vs a role of a fresh (other) account is a definite no',
    policies: [bucket(allow({ Principal: { AWS: S('arn:aws:iam::', ACCOUNT, ':root') } }))],
    request: { principal: { kind: 'aws', arn: ['arn:aws:iam::', fresh('other'), ':role/X'], account: [fresh('other')] } },
    verdict: 'implicit-deny',
  },

  // ---- Closed-set condition keys (see also the evaluateClosedSets table below) ---------------
  {
    name: '[Operators] StringLike bucket-owner-* matches the canned ACL bucket-owner-read',
    policies: [allowIf({ StringLike: { 's3:x-amz-acl': 'bucket-owner-*' } })],
    request: { context: { 's3:x-amz-acl': 'bucket-owner-read' } },
    verdict: 'allow',
  },
  {
    name: '[Operators] Bool aws:SecureTransport "false" matches a request sent without TLS',
    policies: [allowIf({ Bool: { 'aws:SecureTransport': 'false' } })],
    request: { context: { 'aws:SecureTransport': 'false' } },
    verdict: 'allow',
  },
];

// ---------------------------------------------------------------------------------------------

describe('evaluate: IAM User Guide evaluation table', () => {
  it('has at least 70 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
  });

  for (const c of cases) {
    it(c.name, () => {
      const d = evaluate(c.policies.map(toPolicy), toRequest(c.request));
      expect(d.verdict).toBe(c.verdict);
      if (c.deniedBy !== undefined) expect(d.deniedBy[0]?.statement.sid).toBe(c.deniedBy);
      if (c.verdict === 'deny') expect(d.deniedBy.length).toBeGreaterThan(0);
      else expect(d.deniedBy).toEqual([]);
      if (c.allowedBy !== undefined) expect(d.allowedBy[0]?.statement.sid).toBe(c.allowedBy);
      if (c.verdict === 'allow') expect(d.allowedBy.length).toBeGreaterThan(0);
      if (c.unknownAt !== undefined) expect(d.unknown[0]?.element).toBe(c.unknownAt);
      if (c.verdict === 'unknown') expect(d.unknown.length).toBeGreaterThan(0);
      // The trace has one entry per statement, in document order.
      expect(d.trace.length).toBe(c.policies.reduce((n, p) => n + toPolicy(p).statements.length, 0));
    });
  }
});

describe('evaluate: trace details', () => {
  it('records which element made a statement not apply', () => {
    const d = evaluate([toPolicy(identity(allow({ Sid: 'S3Only', Action: 's3:*' }), allow({ Sid: 'OtherBucket', Resource: 'arn:aws:s3:::other/*' })))], toRequest({ action: 'logs:PutLogEvents' }));
    expect(d.verdict).toBe('implicit-deny');
    expect(d.trace.map((t) => [t.statement.sid, t.applies, t.element])).toEqual([
      ['S3Only', 0, 'action'],
      ['OtherBucket', 0, 'resource'],
    ]);
  });

  it('records the failing condition key', () => {
    const d = evaluate([toPolicy(allowIf({ StringEquals: { 'aws:SourceAccount': A, 'aws:SourceOrgID': 'o-abc123' } }))], toRequest({ context: { 'aws:SourceAccount': A, 'aws:SourceOrgID': 'o-other' } }));
    expect(d.trace[0]?.element).toBe('condition');
    expect(d.trace[0]?.conditionKey).toBe('aws:SourceOrgID');
  });

  it('an invalid Effect is reported against the effect element', () => {
    const d = evaluate([toPolicy(identity({ Sid: 'Bad', Effect: 'Permit', Action: '*', Resource: '*' }))], toRequest());
    expect(d.trace[0]?.element).toBe('effect');
    expect(d.trace[0]?.applies).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Closed-set condition keys: the question "is any value other than X allowed?" is asked for every
// value of the set (the canned ACLs, true/false), never for one picked "other" value.

interface ClosedCase {
  readonly name: string;
  readonly policies: readonly PolicySpec[];
  readonly keys: readonly OpenKey[];
  readonly verdict: Verdict;
  /** The value of each key in the variant that decided (undefined: the key absent). */
  readonly choice?: Readonly<Record<string, string | undefined>>;
}

const OTHER_ACL: OpenKey = { key: 's3:x-amz-acl', except: ['bucket-owner-full-control'], absent: true };
const closedCases: ClosedCase[] = [
  {
    name: '[ClosedSet] StringEquals bucket-owner-full-control refuses every other canned ACL and its absence',
    policies: [allowIf({ StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } })],
    keys: [OTHER_ACL],
    verdict: 'implicit-deny',
  },
  {
    name: '[ClosedSet] StringLike bucket-owner-* admits bucket-owner-read (public-read alone would be a false pass)',
    policies: [allowIf({ StringLike: { 's3:x-amz-acl': 'bucket-owner-*' } })],
    keys: [OTHER_ACL],
    verdict: 'allow',
    choice: { 's3:x-amz-acl': 'bucket-owner-read' },
  },
  {
    name: '[ClosedSet] StringLike *-full-control admits only bucket-owner-full-control: refused',
    policies: [allowIf({ StringLike: { 's3:x-amz-acl': '*-full-control' } })],
    keys: [OTHER_ACL],
    verdict: 'implicit-deny',
  },
  {
    name: '[ClosedSet] StringEquals on log-delivery-write admits exactly that ACL',
    policies: [allowIf({ StringEquals: { 's3:x-amz-acl': ['bucket-owner-full-control', 'log-delivery-write'] } })],
    keys: [OTHER_ACL],
    verdict: 'allow',
    choice: { 's3:x-amz-acl': 'log-delivery-write' },
  },
  {
    name: '[ClosedSet] StringEqualsIfExists admits the request without the key',
    policies: [allowIf({ StringEqualsIfExists: { 's3:x-amz-acl': 'bucket-owner-full-control' } })],
    keys: [OTHER_ACL],
    verdict: 'allow',
    choice: { 's3:x-amz-acl': undefined },
  },
  {
    name: '[ClosedSet] a Deny of StringNotEquals bucket-owner-full-control refuses every other ACL',
    policies: [identity(allow({ Sid: 'All' }), deny({ Sid: 'OnlyBofc', Condition: { StringNotEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } } }))],
    keys: [OTHER_ACL],
    verdict: 'deny',
  },
  {
    name: '[ClosedSet] Bool aws:SecureTransport "true" refuses false and absent',
    policies: [allowIf({ Bool: { 'aws:SecureTransport': 'true' } })],
    keys: [{ key: 'aws:SecureTransport', except: ['true'], absent: true }],
    verdict: 'implicit-deny',
  },
  {
    name: '[ClosedSet] Bool aws:SecureTransport ["true", "false"] admits a request without TLS',
    policies: [allowIf({ Bool: { 'aws:SecureTransport': ['true', 'false'] } })],
    keys: [{ key: 'aws:SecureTransport', except: ['true'] }],
    verdict: 'allow',
    choice: { 'aws:SecureTransport': 'false' },
  },
  {
    name: '[ClosedSet] two keys: the cross product is tried (ACL private AND no TLS)',
    policies: [allowIf({ StringEquals: { 's3:x-amz-acl': 'private' }, Bool: { 'aws:SecureTransport': 'false' } })],
    keys: [{ key: 's3:x-amz-acl', absent: true }, { key: 'aws:SecureTransport', absent: true }],
    verdict: 'allow',
    choice: { 's3:x-amz-acl': 'private', 'aws:SecureTransport': 'false' },
  },
  {
    name: '[ClosedSet] an unknown (symbolic) condition value stays unknown, never a pass',
    policies: [allowIf({ StringLike: { 's3:x-amz-acl': S('bucket-owner-', ACCOUNT) } })],
    keys: [OTHER_ACL],
    verdict: 'unknown',
  },
];

describe('evaluateClosedSets: closed-set condition keys', () => {
  for (const c of closedCases) {
    it(c.name, () => {
      const r = evaluateClosedSets(c.policies.map(toPolicy), toRequest({ context: {} }), c.keys);
      expect(r.decision.verdict).toBe(c.verdict);
      if (c.choice) expect(r.choice).toEqual(c.choice);
    });
  }

  it('replaces a value the request already carries (keys compared case-insensitively)', () => {
    const r = evaluateClosedSets([toPolicy(allowIf({ StringEquals: { 's3:x-amz-acl': 'public-read' } }))], toRequest({ context: { 'S3:X-AMZ-ACL': 'private' } }), [OTHER_ACL]);
    expect(r.decision.verdict).toBe('allow');
    expect(r.choice).toEqual({ 's3:x-amz-acl': 'public-read' });
  });

  it('a key no statement names gets one variant (its first option), however many values it has', () => {
    const r = evaluateClosedSets([toPolicy(allowIf({ StringEquals: { 's3:x-amz-acl': 'private' } }))], toRequest({ context: {} }), [
      { key: 's3:x-amz-acl', absent: true },
      { key: 'aws:SecureTransport', absent: true },
    ]);
    expect(r.decision.verdict).toBe('allow');
    expect(r.choice).toEqual({ 's3:x-amz-acl': 'private', 'aws:SecureTransport': undefined });
  });

  it('a key named only as a policy variable still gets every value', () => {
    const p = toPolicy(identity(allow({ Sid: 'Var', Resource: 'arn:aws:s3:::flowlogs-bucket/${s3:x-amz-acl}/*' })));
    const r = evaluateClosedSets([p], toRequest({ resource: 'arn:aws:s3:::flowlogs-bucket/log-delivery-write/x' }), [OTHER_ACL]);
    expect(r.decision.verdict).toBe('allow');
    expect(r.choice).toEqual({ 's3:x-amz-acl': 'log-delivery-write' });
  });

  it('rejects a key that is not a closed set', () => {
    expect(() => evaluateClosedSets([], toRequest(), [{ key: 'aws:SourceAccount' }])).toThrow(/not a closed-set/);
  });
});

describe('allowedByStatement: one Allow statement against the Deny statements', () => {
  const KEYS: OpenKey[] = [{ key: 's3:x-amz-acl', absent: true }];
  const ask = (spec: PolicySpec, sid: string) => {
    const p = toPolicy(spec);
    const st = p.statements.find((x) => x.sid === sid);
    if (!st) throw new Error(sid);
    return allowedByStatement([p], p, st, toRequest({ principal: ANON, context: {} }), KEYS);
  };

  it('allowed for some ACL, naming the statement and the ACL', () => {
    const r = ask(bucket(allow({ Sid: 'A', Principal: '*', Condition: { StringEquals: { 's3:x-amz-acl': 'public-read' } } })), 'A');
    expect(r.verdict).toBe('allow');
    expect(r.by?.statement.sid).toBe('A');
    expect(r.choice).toEqual({ 's3:x-amz-acl': 'public-read' });
  });

  it('a Deny that applies to every variant the Allow admits: no', () => {
    const r = ask(bucket(allow({ Sid: 'A', Principal: '*' }), deny({ Sid: 'D', Principal: '*', Condition: { StringNotEquals: { 'aws:SourceAccount': A } } })), 'A');
    expect(r.verdict).toBe('no');
  });

  it('a Deny covering only some ACLs leaves the others allowed', () => {
    const r = ask(bucket(allow({ Sid: 'A', Principal: '*' }), deny({ Sid: 'D', Principal: '*', Condition: { StringLike: { 's3:x-amz-acl': 'public-*' } } })), 'A');
    expect(r.verdict).toBe('allow');
  });

  it('a Deny whose applicability is unknown makes it unknown, never allow', () => {
    const r = ask(bucket(allow({ Sid: 'A', Principal: '*' }), deny({ Sid: 'D', Principal: '*', Condition: { StringEquals: { 'aws:SourceAccount': S(ACCOUNT) } } })), 'A');
    expect(r.verdict).toBe('allow'); // no SourceAccount in the request: the Deny does not apply
    const u = ask(bucket(allow({ Sid: 'A', Principal: '*' }), deny({ Sid: 'D', Principal: '*', Resource: S('arn:aws:s3:::', ACCOUNT, '/*') })), 'A');
    expect(u.verdict).toBe('unknown');
  });

  it('agrees with evaluate() over the variants', () => {
    const spec = bucket(allow({ Sid: 'A', Principal: '*', Condition: { StringLike: { 's3:x-amz-acl': 'bucket-owner-*' } } }), deny({ Sid: 'D', Principal: '*', Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-read' } } }));
    const viaEvaluate = evaluateClosedSets([toPolicy(spec)], toRequest({ principal: ANON, context: {} }), KEYS);
    const viaStatement = ask(spec, 'A');
    expect(viaEvaluate.decision.verdict).toBe('allow');
    expect(viaStatement.verdict).toBe('allow');
    expect(viaStatement.choice).toEqual(viaEvaluate.choice);
  });
});
