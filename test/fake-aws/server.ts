// A local fake AWS endpoint for tests: one node:http server on 127.0.0.1 (random port) that
// answers the read-only calls a flowlog-lint audit makes, in the wire protocols the AWS SDK for
// JavaScript v3 deserializes (EC2 query, IAM/STS query, S3 REST-XML, KMS and CloudWatch Logs
// JSON 1.1). Point real SDK clients at it with `endpoint: url` (S3 also `forcePathStyle: true`).
//
// The service and region come from the SigV4 credential scope of the `Authorization` header
// (`Credential=AKID/DATE/REGION/SERVICE/aws4_request`); signatures are not verified. Every call is
// appended to `calls` as { service, action, region, account, resource } with the IAM action name
// (`ec2:DescribeFlowLogs`, `s3:GetBucketPolicy`, `s3:GetEncryptionConfiguration` for
// GetBucketEncryption, `kms:GetKeyPolicy`, `iam:GetRole`, `logs:DescribeLogGroups`, …). Faults
// match that name (for S3 the API name, e.g. `s3:GetBucketEncryption`, matches too) and answer
// in each protocol's error shape:
//   kind          EC2                        IAM / STS          S3                 KMS / Logs (HTTP 400 JSON)
//   AccessDenied  UnauthorizedOperation 403  AccessDenied 403   AccessDenied 403   AccessDeniedException
//   Throttling    RequestLimitExceeded 503   Throttling 400     SlowDown 503       ThrottlingException
//   InternalError InternalError 500          ServiceFailure 500 InternalError 500  KMSInternalException /
//                                            (STS InternalFailure)                 ServiceUnavailableException, 500
//
// Operations: EC2 DescribeFlowLogs (Filter resource-id, flow-log-id, traffic-type,
// log-destination-type, deliver-log-status, log-group-name; FlowLogId.N; MaxResults/NextToken
// pages), DescribeVpcs (VpcId.N; unknown id → InvalidVpcID.NotFound), DescribeRegions (the
// fixture's regions); IAM GetRole, ListRolePolicies, GetRolePolicy, ListAttachedRolePolicies,
// GetPolicy, GetPolicyVersion (version v1; unknown names → NoSuchEntity 404); STS
// GetCallerIdentity; S3 ListBuckets and, per bucket, ?policy, ?encryption, ?location,
// ?ownershipControls (unknown bucket → NoSuchBucket 404); KMS DescribeKey, GetKeyPolicy,
// ListAliases, ListKeys (KeyId may be a key id, key ARN, alias name or alias ARN; unknown →
// NotFoundException); Logs DescribeLogGroups (logGroupNamePrefix, limit/nextToken),
// DescribeMetricFilters (logGroupName, filterNamePrefix). Anything else is answered with the
// protocol's "unknown operation" error and still recorded in `calls`.
//
// Accounts: the fixture is one account (`accountId` plus regions/buckets/roles/policies) or several
// (`accounts: { "111122223333": {...same shape...}, ... }` and `management: "111122223333"`; see
// fixtures/multi.yaml). A request is served from the account of its access key (from the SigV4
// credential): keys issued by STS AssumeRole (`ASIA` + 12-digit account + random) belong to the
// assumed role's account, any other key (the caller's env key) to the management account.
// STS AssumeRole (RoleArn arn:aws:iam::ACCOUNT:role/NAME, RoleSessionName, optional ExternalId)
// succeeds when that account has `assumableRoles: { NAME: { externalId?: x } }` and the external
// id matches (none required when the fixture has none), else AccessDenied 403; expiry is always
// 2030-01-01T00:00:00Z. GetCallerIdentity answers with the key's account (assumed-role ARN for
// issued keys). Organizations (JSON 1.1, `AWSOrganizationsV20161128.*`): ListAccounts (every
// fixture account, in fixture order; MaxResults ≤ 20 and NextToken; page size `orgPageSize`,
// default 20; only from the management account, else AccessDeniedException),
// DescribeOrganization and ListParents (fixture `organizationalUnits` and each account's
// `parent`). `calls` entries carry `account`, faults may be limited to one `account`, and
// `latencyMs` delays every response with a timer. generateFixture builds large consistent
// fixtures for performance tests.
//
// Fixture (YAML, read by loadFixture; see fixtures/basic.yaml). Policies may be given as a JSON
// object or as JSON text; `null` or a missing key means "none".
//
//   accountId: "111122223333"            # the single account (quote it: YAML would make a number)
//   caller: { arn: ..., userId: ... }    # optional, GetCallerIdentity (default arn:aws:iam::ACCOUNT:user/fake-auditor)
//   regions:
//     us-east-1:
//       vpcs: [vpc-0000000000000000a]    # ids, or objects { VpcId, CidrBlock, IsDefault, ... }
//       flowLogs:                        # DescribeFlowLogs items, PascalCase API field names
//         - { FlowLogId: fl-1, ResourceId: vpc-0000000000000000a, TrafficType: ALL,
//             LogDestinationType: s3, LogDestination: "arn:aws:s3:::good-flow-logs",
//             DeliverLogsStatus: SUCCESS, MaxAggregationInterval: 600 }
//       logGroups: [ { logGroupName: vpc-flow-logs, kmsKeyId: null } ]   # arn is derived
//       metricFilters: [ { filterName: f, filterPattern: "...", logGroupName: vpc-flow-logs } ]
//       keys:
//         - { KeyId: 1234abcd-..., Arn: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-...",
//             KeyManager: CUSTOMER, KeySpec: SYMMETRIC_DEFAULT, KeyState: Enabled,
//             Policy: { Version: "2012-10-17", Statement: [...] }, Aliases: [alias/flow-logs] }
//   buckets:
//     good-flow-logs:
//       region: us-east-1
//       policy: { Version: "2012-10-17", Statement: [...] }   # or null: NoSuchBucketPolicy
//       encryption: { SSEAlgorithm: "aws:kms", KMSMasterKeyID: "arn:...", BucketKeyEnabled: true }  # or null
//       ownership: BucketOwnerEnforced   # optional; missing: OwnershipControlsNotFoundError
//   roles:
//     flow-logs-role:
//       path: /
//       trust: { Version: "2012-10-17", Statement: [...] }
//       inline: { deliver: { Version: "2012-10-17", Statement: [...] } }
//       attached: [ "arn:aws:iam::111122223333:policy/x" ]
//   policies:                             # managed policies' default (v1) documents, by ARN
//     "arn:aws:iam::111122223333:policy/x": { Version: "2012-10-17", Statement: [...] }
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse as parseYaml } from 'yaml';
import { dropHostileTokens, isSilent, rewritePage, type HostileOptions } from './hostile.js';

export interface FixtureKey {
  KeyId: string;
  Arn?: string;
  KeyManager?: string;
  KeySpec?: string;
  KeyState?: string;
  KeyUsage?: string;
  Description?: string;
  Policy?: unknown;
  Aliases?: string[];
}

export interface FixtureLogGroup {
  logGroupName: string;
  kmsKeyId?: string | null;
  arn?: string;
  retentionInDays?: number;
}

export interface FixtureMetricFilter {
  filterName: string;
  filterPattern?: string;
  logGroupName: string;
  metricTransformations?: unknown[];
}

export interface FixtureRegion {
  vpcs?: (string | Record<string, unknown>)[];
  flowLogs?: Record<string, unknown>[];
  logGroups?: FixtureLogGroup[];
  metricFilters?: FixtureMetricFilter[];
  keys?: FixtureKey[];
}

export interface FixtureBucket {
  region?: string;
  policy?: unknown;
  encryption?: { SSEAlgorithm: string; KMSMasterKeyID?: string; BucketKeyEnabled?: boolean } | null;
  ownership?: string | null;
}

export interface FixtureRole {
  path?: string;
  trust?: unknown;
  inline?: Record<string, unknown>;
  attached?: string[];
}

/** One account's resources (the single-account fixture shape, without `accountId`). */
export interface AccountFixture {
  caller?: { arn?: string; userId?: string };
  regions?: Record<string, FixtureRegion>;
  buckets?: Record<string, FixtureBucket>;
  roles?: Record<string, FixtureRole>;
  policies?: Record<string, unknown>;
  /** Roles other accounts' callers may assume with sts:AssumeRole, by role name. */
  assumableRoles?: Record<string, FixtureAssumableRole>;
  /** Organizations ListAccounts fields (defaults: account-ID, aws+ID@example.com, ACTIVE). */
  name?: string;
  /** Organizations ListParents: the OU (a key of `organizationalUnits`) holding the account;
   * default the root `r-fake`. */
  parent?: string;
  email?: string;
  status?: string;
}

export interface FixtureAssumableRole {
  /** When set, AssumeRole must pass this ExternalId. */
  externalId?: string;
}

/**
 * Either the single-account shape (`accountId` plus the AccountFixture fields) or the
 * multi-account shape (`accounts` by 12-digit id plus `management`, the caller's account).
 */
export interface Fixture extends AccountFixture {
  accountId?: string;
  /** Organisational units by id (`ou-fake-xxxxxxxx`), each under `parent` (an OU; default the root). */
  organizationalUnits?: Record<string, { parent?: string }>;
  accounts?: Record<string, AccountFixture>;
  management?: string;
}

export interface FakeAwsOptions {
  fixture: Fixture;
  faults?: Fault[];
  /** Every response (successes and errors) is delayed by this many ms (timers, never blocking). */
  latencyMs?: number;
  /** Organizations ListAccounts page size (MaxResults can only lower it); default 20. */
  orgPageSize?: number;
  /** Port on 127.0.0.1; default a random free port. */
  port?: number;
  /** Silent calls and endless page tokens (hostile.ts). */
  hostile?: HostileOptions;
}

export interface Fault {
  /** IAM-style action, e.g. 's3:GetBucketPolicy'. */
  action: string;
  kind: 'AccessDenied' | 'Throttling' | 'InternalError';
  /** How many matching calls fail; default: every one. */
  times?: number;
  /** Only calls on this resource (bucket, key id as sent, role name, policy ARN); default: any. */
  resource?: string;
  /** Only calls served from this account; default: any. */
  account?: string;
}

export interface CallRecord {
  service: string;
  action: string;
  region: string;
  /** The account the call was served from (the account of the request's access key). */
  account: string;
  resource?: string;
}

export interface FakeAws {
  url: string;
  calls: CallRecord[];
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Fixture loading

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function accountIdOf(where: string, v: unknown): string {
  if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`${where} is required`);
  const id = String(v).padStart(12, '0');
  if (!/^\d{12}$/.test(id)) throw new Error(`${where} must be 12 digits, got ${String(v)}`);
  return id;
}

function checkAccount(where: string, data: Record<string, unknown>): void {
  for (const k of ['regions', 'buckets', 'roles', 'policies', 'assumableRoles'] as const) {
    if (data[k] !== undefined && data[k] !== null && !isObj(data[k])) throw new Error(`${where}${k} must be a mapping`);
  }
  for (const [name, r] of Object.entries((data.regions as Record<string, unknown> | undefined) ?? {})) {
    if (r !== null && !isObj(r)) throw new Error(`${where}regions.${name} must be a mapping`);
    for (const k of ['vpcs', 'flowLogs', 'logGroups', 'metricFilters', 'keys']) {
      const v = isObj(r) ? r[k] : undefined;
      if (v !== undefined && v !== null && !Array.isArray(v)) throw new Error(`${where}regions.${name}.${k} must be a list`);
    }
  }
}

export function loadFixture(path: string): Fixture {
  const data: unknown = parseYaml(readFileSync(path, 'utf8'));
  if (!isObj(data)) throw new Error(`${path}: a fixture must be a YAML mapping`);
  if (data.accounts !== undefined) {
    // YAML turns unquoted 12-digit keys into numbers, which become strings again as keys, but
    // leading zeros are lost: pad them back.
    if (!isObj(data.accounts)) throw new Error(`${path}: accounts must be a mapping`);
    const accounts: Record<string, AccountFixture> = {};
    for (const [k, v] of Object.entries(data.accounts)) {
      const id = accountIdOf(`${path}: accounts key`, k);
      if (v !== null && !isObj(v)) throw new Error(`${path}: accounts.${k} must be a mapping`);
      checkAccount(`${path}: accounts.${k}.`, v ?? {});
      accounts[id] = (v ?? {});
    }
    const ids = Object.keys(accounts);
    if (!ids.length) throw new Error(`${path}: accounts must not be empty`);
    const management = data.management === undefined ? ids[0]! : accountIdOf(`${path}: management`, data.management);
    if (!accounts[management]) throw new Error(`${path}: management account ${management} is not in accounts`);
    return { ...(data as unknown as Fixture), accounts, management };
  }
  const accountId = accountIdOf(`${path}: accountId`, data.accountId);
  checkAccount(`${path}: `, data);
  return { ...(data as unknown as Fixture), accountId };
}

/** The fixture as accounts by id plus the management (caller's) account. */
function normalize(fx: Fixture): { management: string; accounts: Map<string, AccountFixture> } {
  if (fx.accounts) {
    const accounts = new Map(Object.entries(fx.accounts));
    const management = fx.management ?? [...accounts.keys()][0];
    if (!management || !accounts.has(management)) throw new Error(`fake-aws: management account ${String(management)} is not in accounts`);
    return { management, accounts };
  }
  if (!fx.accountId) throw new Error('fake-aws: a fixture needs accountId or accounts');
  return { management: fx.accountId, accounts: new Map([[fx.accountId, fx]]) };
}

// ---------------------------------------------------------------------------------------------
// Helpers

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** `<name>content</name>`; content is already XML. */
const el = (name: string, content: string): string => `<${name}>${content}</${name}>`;
/** A value that `tx` writes as XML text. */
type Scalar = string | number | boolean | bigint;
const isScalar = (x: unknown): x is Scalar => ['string', 'number', 'boolean', 'bigint'].includes(typeof x);
/** `<name>escaped text</name>`, or nothing for null/undefined. */
const tx = (name: string, v: Scalar | null | undefined): string => (v === null || v === undefined ? '' : el(name, esc(String(v))));

const policyText = (p: unknown): string | undefined =>
  p === null || p === undefined ? undefined : typeof p === 'string' ? p : JSON.stringify(p);

/** AWS's URL encoding of IAM documents (encodeURIComponent, as the IAM API returns them). */
const iamEncode = (p: unknown): string => encodeURIComponent(policyText(p) ?? '{}');

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

const CREATED = '2024-01-01T00:00:00.000Z';
const CREATED_EPOCH_MS = Date.parse(CREATED);
const DEFAULT_LOG_FORMAT =
  '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}';

/** A stable pseudo id from a name, e.g. for RoleId / PolicyId. */
function stableId(prefix: string, name: string): string {
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return (prefix + h.toString(36).toUpperCase() + 'FAKEFAKEFAKEFAKEFAKE').slice(0, 21);
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Req {
  service: string;
  region: string;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  requestId: string;
}

interface Handled {
  status?: number;
  contentType: string;
  body: string;
}

/** What one call is: its action (IAM-style), its resource, and how to answer it. */
interface Call {
  action: string;
  aliases?: string[];
  resource?: string;
  run(): Handled;
}

// ---------------------------------------------------------------------------------------------
// Protocol encoders

const EC2_NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';
const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** EC2's XML names for list members that do not follow lowerFirst(name). */
const EC2_LIST_NAMES: Record<string, string> = {
  Tags: 'tagSet',
  TagFieldSpecifications: 'tagFieldSpecificationSet',
  TagKeys: 'tagKeySet',
  Geography: 'geographySet',
};

/** An object with PascalCase API field names as EC2 query XML (camelCase tags, `<item>` lists). */
function ec2Xml(o: Record<string, unknown>): string {
  let out = '';
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      const items = v.map((i) => el('item', isObj(i) ? ec2Xml(i) : esc(String(i)))).join('');
      out += el(EC2_LIST_NAMES[k] ?? lowerFirst(k), items);
    } else if (isObj(v)) out += el(lowerFirst(k), ec2Xml(v));
    else if (isScalar(v)) out += tx(lowerFirst(k), v);
    else throw new Error(`ec2Xml: ${k} is neither a scalar, a list nor a mapping`);
  }
  return out;
}

const ec2Ok = (action: string, req: Req, inner: string): Handled => ({
  contentType: 'text/xml;charset=UTF-8',
  body: `${XML_DECL}<${action}Response xmlns="${EC2_NS}">${tx('requestId', req.requestId)}${inner}</${action}Response>`,
});

const queryOk = (ns: string, action: string, req: Req, inner: string): Handled => ({
  contentType: 'text/xml',
  body:
    `${XML_DECL}<${action}Response xmlns="${ns}">${el(`${action}Result`, inner)}` +
    `${el('ResponseMetadata', tx('RequestId', req.requestId))}</${action}Response>`,
});

const jsonOk = (o: unknown): Handled => ({ contentType: 'application/x-amz-json-1.1', body: JSON.stringify(o) });

function errorResponse(service: string, err: ApiError, req: Req): Handled & { status: number; headers?: Record<string, string> } {
  const { status, code, message } = err;
  switch (service) {
    case 'ec2':
      return {
        status,
        contentType: 'text/xml;charset=UTF-8',
        body: `${XML_DECL}<Response><Errors><Error>${tx('Code', code)}${tx('Message', message)}</Error></Errors>${tx('RequestID', req.requestId)}</Response>`,
      };
    case 'iam':
    case 'sts':
      return {
        status,
        contentType: 'text/xml',
        body:
          `${XML_DECL}<ErrorResponse xmlns="${service === 'iam' ? IAM_NS : STS_NS}"><Error>${tx('Type', status >= 500 ? 'Receiver' : 'Sender')}` +
          `${tx('Code', code)}${tx('Message', message)}</Error>${tx('RequestId', req.requestId)}</ErrorResponse>`,
      };
    case 's3':
      return {
        status,
        contentType: 'application/xml',
        body: `${XML_DECL}<Error>${tx('Code', code)}${tx('Message', message)}${tx('RequestId', req.requestId)}${tx('HostId', 'fake-host-id')}</Error>`,
      };
    default:
      return {
        status,
        contentType: 'application/x-amz-json-1.1',
        headers: { 'x-amzn-errortype': code },
        body: JSON.stringify({ __type: code, message }),
      };
  }
}

function faultError(service: string, kind: Fault['kind'], action: string): ApiError {
  const denied = `User: arn:aws:iam::000000000000:user/fake is not authorized to perform: ${action} (fault injected by fake-aws)`;
  const table: Record<string, Record<Fault['kind'], [number, string, string]>> = {
    ec2: {
      AccessDenied: [403, 'UnauthorizedOperation', 'You are not authorized to perform this operation. (fault injected by fake-aws)'],
      Throttling: [503, 'RequestLimitExceeded', 'Request limit exceeded.'],
      InternalError: [500, 'InternalError', 'An internal error has occurred.'],
    },
    iam: {
      AccessDenied: [403, 'AccessDenied', denied],
      Throttling: [400, 'Throttling', 'Rate exceeded'],
      InternalError: [500, 'ServiceFailure', 'Service failure.'],
    },
    sts: {
      AccessDenied: [403, 'AccessDenied', denied],
      Throttling: [400, 'Throttling', 'Rate exceeded'],
      InternalError: [500, 'InternalFailure', 'Internal failure.'],
    },
    s3: {
      AccessDenied: [403, 'AccessDenied', 'Access Denied'],
      Throttling: [503, 'SlowDown', 'Please reduce your request rate.'],
      InternalError: [500, 'InternalError', 'We encountered an internal error. Please try again.'],
    },
    kms: {
      AccessDenied: [400, 'AccessDeniedException', denied],
      Throttling: [400, 'ThrottlingException', 'Rate exceeded'],
      InternalError: [500, 'KMSInternalException', 'Internal error.'],
    },
    organizations: {
      AccessDenied: [400, 'AccessDeniedException', denied],
      Throttling: [400, 'TooManyRequestsException', 'Rate exceeded'],
      InternalError: [500, 'ServiceException', 'Service exception.'],
    },
    logs: {
      AccessDenied: [400, 'AccessDeniedException', denied],
      Throttling: [400, 'ThrottlingException', 'Rate exceeded'],
      InternalError: [500, 'ServiceUnavailableException', 'Service unavailable.'],
    },
  };
  const [status, code, message] = (table[service] ?? table.logs!)[kind];
  return new ApiError(status, code, message);
}

// ---------------------------------------------------------------------------------------------
// Services

class Services {
  constructor(
    private readonly fx: AccountFixture,
    private readonly acct: string,
  ) {}

  private region(name: string): FixtureRegion {
    return this.fx.regions?.[name] ?? {};
  }

  /** Query-protocol lists: `Prefix.1`, `Prefix.2`, … */
  private static list(q: URLSearchParams, prefix: string): string[] {
    const out: string[] = [];
    for (let i = 1; q.has(`${prefix}.${i}`); i++) out.push(q.get(`${prefix}.${i}`) ?? '');
    return out;
  }

  // EC2 ---------------------------------------------------------------------------------------

  ec2(req: Req, action: string): Call {
    const q = req.query;
    const reg = this.region(req.region);
    switch (action) {
      case 'DescribeFlowLogs':
        return { action: 'ec2:DescribeFlowLogs', run: () => this.describeFlowLogs(req, reg) };
      case 'DescribeVpcs': {
        const ids = Services.list(q, 'VpcId');
        return {
          action: 'ec2:DescribeVpcs',
          ...(ids.length ? { resource: ids.join(',') } : {}),
          run: () => {
            const vpcs = (reg.vpcs ?? []).map((v) => (typeof v === 'string' ? { VpcId: v } : v));
            const missing = ids.filter((id) => !vpcs.some((v) => v.VpcId === id));
            if (missing.length) throw new ApiError(400, 'InvalidVpcID.NotFound', `The vpc ID '${missing.join(', ')}' does not exist`);
            const chosen = ids.length ? vpcs.filter((v) => ids.includes(String(v.VpcId))) : vpcs;
            const items = chosen.map((v) =>
              el('item', ec2Xml({ OwnerId: this.acct, State: 'available', CidrBlock: '10.0.0.0/16', IsDefault: false, InstanceTenancy: 'default', ...v })),
            );
            return ec2Ok(action, req, el('vpcSet', items.join('')));
          },
        };
      }
      case 'DescribeRegions': {
        const names = Services.list(q, 'RegionName');
        return {
          action: 'ec2:DescribeRegions',
          run: () => {
            const all = Object.keys(this.fx.regions ?? {}).sort();
            const bad = names.filter((n) => !all.includes(n));
            if (bad.length) throw new ApiError(400, 'InvalidParameterValue', `Invalid region: ${bad.join(', ')}`);
            const items = (names.length ? names : all).map((r) =>
              el('item', tx('regionName', r) + tx('regionEndpoint', `ec2.${r}.amazonaws.com`) + tx('optInStatus', 'opt-in-not-required')),
            );
            return ec2Ok(action, req, el('regionInfo', items.join('')));
          },
        };
      }
      default:
        return this.unknown('ec2', action, 'InvalidAction');
    }
  }

  private describeFlowLogs(req: Req, reg: FixtureRegion): Handled {
    const q = req.query;
    const FILTERS: Record<string, string> = {
      'resource-id': 'ResourceId',
      'flow-log-id': 'FlowLogId',
      'traffic-type': 'TrafficType',
      'log-destination-type': 'LogDestinationType',
      'deliver-log-status': 'DeliverLogsStatus',
      'log-group-name': 'LogGroupName',
    };
    let logs: Record<string, unknown>[] = (reg.flowLogs ?? []).map((f) => ({
      FlowLogStatus: 'ACTIVE',
      CreationTime: CREATED,
      LogFormat: DEFAULT_LOG_FORMAT,
      MaxAggregationInterval: 600,
      ...f,
    }));
    const ids = Services.list(q, 'FlowLogId');
    if (ids.length) logs = logs.filter((f) => ids.includes(String(f.FlowLogId)));
    for (let i = 1; q.has(`Filter.${i}.Name`); i++) {
      const name = q.get(`Filter.${i}.Name`) ?? '';
      const field = FILTERS[name];
      if (!field) throw new ApiError(400, 'InvalidParameterValue', `The filter '${name}' is invalid`);
      const values = Services.list(q, `Filter.${i}.Value`);
      logs = logs.filter((f) => values.includes(String(f[field])));
    }
    const max = q.has('MaxResults') ? Number(q.get('MaxResults')) : 1000;
    if (!Number.isInteger(max) || max < 1 || max > 1000) throw new ApiError(400, 'InvalidParameterValue', `Invalid MaxResults: ${q.get('MaxResults')}`);
    let start = 0;
    const token = q.get('NextToken');
    if (token) {
      const m = /^fake-page-(\d+)$/.exec(token);
      if (!m) throw new ApiError(400, 'InvalidNextToken', 'The token is invalid');
      start = Number(m[1]);
    }
    const page = logs.slice(start, start + max);
    const next = start + max < logs.length ? `fake-page-${start + max}` : undefined;
    const body = el('flowLogSet', page.map((f) => el('item', ec2Xml(f))).join('')) + tx('nextToken', next);
    return ec2Ok('DescribeFlowLogs', req, body);
  }

  // IAM ---------------------------------------------------------------------------------------

  private roleArn(name: string, r: FixtureRole): string {
    return `arn:aws:iam::${this.acct}:role${r.path ?? '/'}${name}`;
  }

  private role(name: string): FixtureRole {
    const r = this.fx.roles?.[name];
    if (!r) throw new ApiError(404, 'NoSuchEntity', `The role with name ${name} cannot be found.`);
    return r;
  }

  private policyDoc(arn: string): unknown {
    const p = this.fx.policies?.[arn];
    if (p === undefined || p === null) throw new ApiError(404, 'NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
    return p;
  }

  iam(req: Req, action: string): Call {
    const q = req.query;
    const roleName = q.get('RoleName') ?? '';
    const policyArn = q.get('PolicyArn') ?? '';
    const ok = (inner: string) => queryOk(IAM_NS, action, req, inner);
    switch (action) {
      case 'GetRole':
        return {
          action: 'iam:GetRole',
          resource: roleName,
          run: () => {
            const r = this.role(roleName);
            return ok(
              el(
                'Role',
                tx('Path', r.path ?? '/') +
                  tx('RoleName', roleName) +
                  tx('RoleId', stableId('AROA', roleName)) +
                  tx('Arn', this.roleArn(roleName, r)) +
                  tx('CreateDate', CREATED) +
                  tx('AssumeRolePolicyDocument', iamEncode(r.trust)) +
                  tx('MaxSessionDuration', 3600),
              ),
            );
          },
        };
      case 'ListRolePolicies':
        return {
          action: 'iam:ListRolePolicies',
          resource: roleName,
          run: () => {
            const r = this.role(roleName);
            const names = Object.keys(r.inline ?? {});
            return ok(el('PolicyNames', names.map((n) => tx('member', n)).join('')) + tx('IsTruncated', false));
          },
        };
      case 'GetRolePolicy':
        return {
          action: 'iam:GetRolePolicy',
          resource: roleName,
          run: () => {
            const r = this.role(roleName);
            const name = q.get('PolicyName') ?? '';
            const doc = r.inline?.[name];
            if (doc === undefined || doc === null) throw new ApiError(404, 'NoSuchEntity', `The role policy with name ${name} cannot be found.`);
            return ok(tx('RoleName', roleName) + tx('PolicyName', name) + tx('PolicyDocument', iamEncode(doc)));
          },
        };
      case 'ListAttachedRolePolicies':
        return {
          action: 'iam:ListAttachedRolePolicies',
          resource: roleName,
          run: () => {
            const r = this.role(roleName);
            const members = (r.attached ?? []).map((arn) => el('member', tx('PolicyName', arn.split('/').pop()) + tx('PolicyArn', arn)));
            return ok(el('AttachedPolicies', members.join('')) + tx('IsTruncated', false));
          },
        };
      case 'GetPolicy':
        return {
          action: 'iam:GetPolicy',
          resource: policyArn,
          run: () => {
            this.policyDoc(policyArn);
            const path = /:policy(\/.*\/|\/)[^/]+$/.exec(policyArn)?.[1] ?? '/';
            const attachments = Object.values(this.fx.roles ?? {}).filter((r) => r.attached?.includes(policyArn)).length;
            return ok(
              el(
                'Policy',
                tx('PolicyName', policyArn.split('/').pop()) +
                  tx('PolicyId', stableId('ANPA', policyArn)) +
                  tx('Arn', policyArn) +
                  tx('Path', path) +
                  tx('DefaultVersionId', 'v1') +
                  tx('AttachmentCount', attachments) +
                  tx('PermissionsBoundaryUsageCount', 0) +
                  tx('IsAttachable', true) +
                  tx('CreateDate', CREATED) +
                  tx('UpdateDate', CREATED),
              ),
            );
          },
        };
      case 'GetPolicyVersion':
        return {
          action: 'iam:GetPolicyVersion',
          resource: policyArn,
          run: () => {
            const doc = this.policyDoc(policyArn);
            const v = q.get('VersionId') ?? '';
            if (v !== 'v1') throw new ApiError(404, 'NoSuchEntity', `Policy ${policyArn} version ${v} does not exist.`);
            return ok(el('PolicyVersion', tx('Document', iamEncode(doc)) + tx('VersionId', 'v1') + tx('IsDefaultVersion', true) + tx('CreateDate', CREATED)));
          },
        };
      default:
        return this.unknown('iam', action, 'InvalidAction');
    }
  }

  // S3 ----------------------------------------------------------------------------------------

  s3(req: Req): Call {
    const segments = req.path.split('/').filter(Boolean).map(decodeURIComponent);
    const q = req.query;
    const xml = (body: string): Handled => ({ contentType: 'application/xml', body: XML_DECL + body });
    if (segments.length === 0) {
      if (req.method !== 'GET') return this.unknown('s3', `${req.method} /`, 'MethodNotAllowed', 405);
      return {
        action: 's3:ListAllMyBuckets',
        aliases: ['s3:ListBuckets'],
        run: () => {
          const items = Object.entries(this.fx.buckets ?? {}).map(([name, b]) =>
            el('Bucket', tx('Name', name) + tx('CreationDate', CREATED) + tx('BucketRegion', b.region ?? 'us-east-1')),
          );
          return xml(
            `<ListAllMyBucketsResult xmlns="${S3_NS}">${el('Owner', tx('ID', 'fakeownerid'))}${el('Buckets', items.join(''))}</ListAllMyBucketsResult>`,
          );
        },
      };
    }
    const bucket = segments[0]!;
    const sub = ['policy', 'encryption', 'location', 'ownershipControls'].find((k) => q.has(k));
    if (req.method !== 'GET' || segments.length > 1 || !sub) {
      const what = `${req.method} /${segments.join('/')}${req.query.size ? '?' + req.query.toString() : ''}`;
      return { ...this.unknown('s3', what, 'NotImplemented', 501), resource: bucket };
    }
    const get = (): FixtureBucket => {
      const b = this.fx.buckets?.[bucket];
      if (!b) throw new ApiError(404, 'NoSuchBucket', 'The specified bucket does not exist');
      return b;
    };
    switch (sub) {
      case 'policy':
        return {
          action: 's3:GetBucketPolicy',
          resource: bucket,
          run: () => {
            const text = policyText(get().policy);
            if (text === undefined) throw new ApiError(404, 'NoSuchBucketPolicy', 'The bucket policy does not exist');
            return { contentType: 'application/json', body: text };
          },
        };
      case 'encryption':
        return {
          action: 's3:GetEncryptionConfiguration',
          aliases: ['s3:GetBucketEncryption'],
          resource: bucket,
          run: () => {
            const e = get().encryption;
            if (!e) throw new ApiError(404, 'ServerSideEncryptionConfigurationNotFoundError', 'The server side encryption configuration was not found');
            const rule = el('ApplyServerSideEncryptionByDefault', tx('SSEAlgorithm', e.SSEAlgorithm) + tx('KMSMasterKeyID', e.KMSMasterKeyID)) + tx('BucketKeyEnabled', e.BucketKeyEnabled ?? false);
            return xml(`<ServerSideEncryptionConfiguration xmlns="${S3_NS}">${el('Rule', rule)}</ServerSideEncryptionConfiguration>`);
          },
        };
      case 'location':
        return {
          action: 's3:GetBucketLocation',
          resource: bucket,
          run: () => {
            const region = get().region ?? 'us-east-1';
            return xml(
              region === 'us-east-1'
                ? `<LocationConstraint xmlns="${S3_NS}"/>`
                : `<LocationConstraint xmlns="${S3_NS}">${esc(region)}</LocationConstraint>`,
            );
          },
        };
      default:
        return {
          action: 's3:GetBucketOwnershipControls',
          resource: bucket,
          run: () => {
            const o = get().ownership;
            if (!o) throw new ApiError(404, 'OwnershipControlsNotFoundError', 'The bucket ownership controls were not found');
            return xml(`<OwnershipControls xmlns="${S3_NS}">${el('Rule', tx('ObjectOwnership', o))}</OwnershipControls>`);
          },
        };
    }
  }

  // KMS ---------------------------------------------------------------------------------------

  private keyArn(region: string, k: FixtureKey): string {
    return k.Arn ?? `arn:aws:kms:${region}:${this.acct}:key/${k.KeyId}`;
  }

  private findKey(region: string, id: string): FixtureKey {
    const keys = this.region(region).keys ?? [];
    const aliasName = id.startsWith('alias/') ? id : /^arn:[^:]+:kms:[^:]*:\d*:(alias\/.+)$/.exec(id)?.[1];
    const k = aliasName
      ? keys.find((x) => (x.Aliases ?? []).includes(aliasName))
      : keys.find((x) => x.KeyId === id || this.keyArn(region, x) === id);
    if (!k) {
      const arn = id.startsWith('arn:') ? id : aliasName ? `arn:aws:kms:${region}:${this.acct}:${aliasName}` : `arn:aws:kms:${region}:${this.acct}:key/${id}`;
      throw new ApiError(400, 'NotFoundException', aliasName ? `Alias ${arn} is not found.` : `Key '${arn}' does not exist`);
    }
    return k;
  }

  kms(req: Req, action: string, input: Record<string, unknown>): Call {
    const region = req.region;
    const keyId = typeof input.KeyId === 'string' ? input.KeyId : undefined;
    switch (action) {
      case 'DescribeKey':
        return {
          action: 'kms:DescribeKey',
          ...(keyId !== undefined ? { resource: keyId } : {}),
          run: () => {
            const k = this.findKey(region, keyId ?? '');
            const state = k.KeyState ?? 'Enabled';
            return jsonOk({
              KeyMetadata: {
                AWSAccountId: this.acct,
                KeyId: k.KeyId,
                Arn: this.keyArn(region, k),
                CreationDate: CREATED_EPOCH_MS / 1000,
                Enabled: state === 'Enabled',
                Description: k.Description ?? '',
                KeyUsage: k.KeyUsage ?? 'ENCRYPT_DECRYPT',
                KeyState: state,
                Origin: 'AWS_KMS',
                KeyManager: k.KeyManager ?? 'CUSTOMER',
                CustomerMasterKeySpec: k.KeySpec ?? 'SYMMETRIC_DEFAULT',
                KeySpec: k.KeySpec ?? 'SYMMETRIC_DEFAULT',
                EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
                MultiRegion: false,
              },
            });
          },
        };
      case 'GetKeyPolicy':
        return {
          action: 'kms:GetKeyPolicy',
          ...(keyId !== undefined ? { resource: keyId } : {}),
          run: () => {
            if (keyId?.startsWith('alias/') || /:alias\//.test(keyId ?? '')) {
              throw new ApiError(400, 'NotFoundException', 'GetKeyPolicy does not accept an alias');
            }
            const k = this.findKey(region, keyId ?? '');
            const name = typeof input.PolicyName === 'string' ? input.PolicyName : 'default';
            if (name !== 'default') throw new ApiError(400, 'NotFoundException', `No such policy: ${name}`);
            const defaultPolicy = {
              Version: '2012-10-17',
              Id: 'key-default-1',
              Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${this.acct}:root` }, Action: 'kms:*', Resource: '*' }],
            };
            return jsonOk({ Policy: policyText(k.Policy) ?? JSON.stringify(defaultPolicy), PolicyName: 'default' });
          },
        };
      case 'ListAliases':
        return {
          action: 'kms:ListAliases',
          ...(keyId !== undefined ? { resource: keyId } : {}),
          run: () => {
            const keys = keyId ? [this.findKey(region, keyId)] : (this.region(region).keys ?? []);
            const aliases = keys.flatMap((k) =>
              (k.Aliases ?? []).map((a) => ({ AliasName: a, AliasArn: `arn:aws:kms:${region}:${this.acct}:${a}`, TargetKeyId: k.KeyId })),
            );
            return jsonOk({ Aliases: aliases, Truncated: false });
          },
        };
      case 'ListKeys':
        return {
          action: 'kms:ListKeys',
          run: () => jsonOk({ Keys: (this.region(region).keys ?? []).map((k) => ({ KeyId: k.KeyId, KeyArn: this.keyArn(region, k) })), Truncated: false }),
        };
      default:
        return this.unknown('kms', action, 'UnknownOperationException');
    }
  }

  // CloudWatch Logs ---------------------------------------------------------------------------

  logs(req: Req, action: string, input: Record<string, unknown>): Call {
    const region = req.region;
    const reg = this.region(region);
    const str = (k: string): string | undefined => (typeof input[k] === 'string' ? (input[k]) : undefined);
    const page = <T>(items: T[]): { items: T[]; nextToken?: string } => {
      const limit = typeof input.limit === 'number' ? input.limit : 50;
      const token = str('nextToken');
      const start = token ? Number(/^fake-page-(\d+)$/.exec(token)?.[1] ?? NaN) : 0;
      if (!Number.isInteger(start)) throw new ApiError(400, 'InvalidParameterException', 'The specified nextToken is invalid.');
      const next = start + limit < items.length ? `fake-page-${start + limit}` : undefined;
      return { items: items.slice(start, start + limit), ...(next ? { nextToken: next } : {}) };
    };
    switch (action) {
      case 'DescribeLogGroups': {
        const prefix = str('logGroupNamePrefix');
        return {
          action: 'logs:DescribeLogGroups',
          ...(prefix !== undefined ? { resource: prefix } : {}),
          run: () => {
            const groups = (reg.logGroups ?? [])
              .filter((g) => !prefix || g.logGroupName.startsWith(prefix))
              .map((g) => {
                const arn = g.arn ?? `arn:aws:logs:${region}:${this.acct}:log-group:${g.logGroupName}`;
                const bare = arn.replace(/:\*$/, '');
                return {
                  logGroupName: g.logGroupName,
                  creationTime: CREATED_EPOCH_MS,
                  metricFilterCount: (reg.metricFilters ?? []).filter((f) => f.logGroupName === g.logGroupName).length,
                  arn: `${bare}:*`,
                  logGroupArn: bare,
                  storedBytes: 0,
                  logGroupClass: 'STANDARD',
                  ...(g.retentionInDays !== undefined ? { retentionInDays: g.retentionInDays } : {}),
                  ...(g.kmsKeyId ? { kmsKeyId: g.kmsKeyId } : {}),
                };
              });
            const p = page(groups);
            return jsonOk({ logGroups: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) });
          },
        };
      }
      case 'DescribeMetricFilters': {
        const group = str('logGroupName');
        const namePrefix = str('filterNamePrefix');
        return {
          action: 'logs:DescribeMetricFilters',
          ...(group !== undefined ? { resource: group } : {}),
          run: () => {
            const filters = (reg.metricFilters ?? [])
              .filter((f) => !group || f.logGroupName === group)
              .filter((f) => !namePrefix || f.filterName.startsWith(namePrefix))
              .map((f) => ({ filterPattern: '', metricTransformations: [], creationTime: CREATED_EPOCH_MS, ...f }));
            const p = page(filters);
            return jsonOk({ metricFilters: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) });
          },
        };
      }
      default:
        return this.unknown('logs', action, 'UnknownOperationException');
    }
  }

  private unknown(service: string, action: string, code: string, status = 400): Call {
    return {
      action: `${service}:${action}`,
      run: () => {
        throw new ApiError(status, code, `fake-aws does not implement ${service} ${action}`);
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Generated fixtures (performance tests)

export interface GenerateFixtureOptions {
  accounts: number;
  regions: string[];
  flowLogsPerRegion: number;
  /** Buckets per account, spread over the regions, each SSE-KMS encrypted with a key of its region. */
  buckets: number;
  /** KMS keys per account and region. */
  keys: number;
  /** CloudWatch Logs delivery roles per account. */
  roles: number;
}

/** The ids generateFixture gives its accounts: 111122223333 (management), then 200000000001, … */
export function generatedAccountId(i: number): string {
  return i === 0 ? '111122223333' : String(200000000000 + i).padStart(12, '0');
}

/**
 * A large, consistent fixture (the single-account shape for `accounts: 1`, else the
 * multi-account shape with the first account as management): in each account and region, flowLogsPerRegion flow
 * logs alternating between S3 (spread over the account's buckets) and CloudWatch Logs (spread over
 * the roles, one log group per flow log, encrypted with the region's keys), every bucket, key
 * and role policy valid for delivery. Non-management accounts have an assumable
 * `OrganizationAccountAccessRole` (no external id). Deterministic.
 */
export function generateFixture(opts: GenerateFixtureOptions): Fixture {
  const nAcc = Math.max(1, opts.accounts);
  const regions = opts.regions.length ? opts.regions : ['us-east-1'];
  const nBuckets = Math.max(0, opts.buckets);
  const nKeys = Math.max(1, opts.keys);
  const nRoles = Math.max(0, opts.roles);
  const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0').slice(-width);
  const accounts: Record<string, AccountFixture> = {};
  for (let ai = 0; ai < nAcc; ai++) {
    const acct = generatedAccountId(ai);
    const keyId = (ri: number, ki: number): string => `${hex(ai, 8)}-${hex(ri, 4)}-4${hex(ki, 3)}-8000-${hex(ai * 7919 + ri * 131 + ki, 12)}`;
    const keyArn = (region: string, ri: number, ki: number): string => `arn:aws:kms:${region}:${acct}:key/${keyId(ri, ki)}`;
    const bucketName = (bi: number): string => `flow-logs-${acct}-${bi}`;
    const bucketRegion = (bi: number): number => bi % regions.length;
    const roleName = (i: number): string => `flow-logs-role-${i}`;

    const buckets: Record<string, FixtureBucket> = {};
    for (let bi = 0; bi < nBuckets; bi++) {
      const name = bucketName(bi);
      const ri = bucketRegion(bi);
      const region = regions[ri]!;
      buckets[name] = {
        region,
        ownership: 'BucketOwnerEnforced',
        encryption: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn(region, ri, bi % nKeys), BucketKeyEnabled: true },
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AWSLogDeliveryWrite',
              Effect: 'Allow',
              Principal: { Service: 'delivery.logs.amazonaws.com' },
              Action: 's3:PutObject',
              Resource: `arn:aws:s3:::${name}/AWSLogs/${acct}/*`,
              Condition: {
                StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': acct },
                ArnLike: { 'aws:SourceArn': `arn:aws:logs:*:${acct}:*` },
              },
            },
            {
              Sid: 'AWSLogDeliveryAclCheck',
              Effect: 'Allow',
              Principal: { Service: 'delivery.logs.amazonaws.com' },
              Action: 's3:GetBucketAcl',
              Resource: `arn:aws:s3:::${name}`,
              Condition: { StringEquals: { 'aws:SourceAccount': acct }, ArnLike: { 'aws:SourceArn': `arn:aws:logs:*:${acct}:*` } },
            },
          ],
        },
      };
    }

    const roles: Record<string, FixtureRole> = {};
    for (let i = 0; i < nRoles; i++) {
      roles[roleName(i)] = {
        path: '/',
        trust: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'vpc-flow-logs.amazonaws.com' },
              Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'aws:SourceAccount': acct }, ArnLike: { 'aws:SourceArn': `arn:aws:ec2:*:${acct}:vpc-flow-log/*` } },
            },
          ],
        },
        inline: {
          'deliver-to-cwl': {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams'],
                Resource: '*',
              },
            ],
          },
        },
        attached: [],
      };
    }

    const regionsOut: Record<string, FixtureRegion> = {};
    regions.forEach((region, ri) => {
      const keys: FixtureKey[] = [];
      for (let ki = 0; ki < nKeys; ki++) {
        keys.push({
          KeyId: keyId(ri, ki),
          Arn: keyArn(region, ri, ki),
          KeyManager: 'CUSTOMER',
          KeySpec: 'SYMMETRIC_DEFAULT',
          KeyState: 'Enabled',
          Aliases: [`alias/flow-logs-${ki}`],
          Policy: {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'EnableRoot', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${acct}:root` }, Action: 'kms:*', Resource: '*' },
              {
                Sid: 'AllowVpcFlowLogsDelivery',
                Effect: 'Allow',
                Principal: { Service: 'delivery.logs.amazonaws.com' },
                Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
                Resource: '*',
              },
              {
                Sid: 'AllowCloudWatchLogs',
                Effect: 'Allow',
                Principal: { Service: `logs.${region}.amazonaws.com` },
                Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
                Resource: '*',
                Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${region}:${acct}:*` } },
              },
            ],
          },
        });
      }
      const vpcs: string[] = [];
      const flowLogs: Record<string, unknown>[] = [];
      const logGroups: FixtureLogGroup[] = [];
      for (let i = 0; i < opts.flowLogsPerRegion; i++) {
        const vpc = `vpc-${hex(ai, 5)}${hex(ri, 3)}${hex(i, 9)}`;
        vpcs.push(vpc);
        const id = `fl-${hex(ai, 5)}${hex(ri, 3)}${hex(i, 9)}`;
        const base = { FlowLogId: id, ResourceId: vpc, TrafficType: 'ALL', DeliverLogsStatus: 'SUCCESS', MaxAggregationInterval: 600 };
        // Even: S3 (when there are buckets); odd: CloudWatch Logs (when there are roles).
        const toS3 = nBuckets > 0 && (nRoles === 0 || i % 2 === 0);
        if (toS3) {
          const bi = Math.floor(i / (nRoles === 0 ? 1 : 2)) % nBuckets;
          flowLogs.push({ ...base, LogDestinationType: 's3', LogDestination: `arn:aws:s3:::${bucketName(bi)}` });
        } else if (nRoles > 0) {
          const role = roleName(Math.floor(i / (nBuckets === 0 ? 1 : 2)) % nRoles);
          const group = `/vpc/flow-logs/${id}`;
          logGroups.push({ logGroupName: group, kmsKeyId: keyArn(region, ri, i % nKeys), retentionInDays: 365 });
          flowLogs.push({
            ...base,
            LogDestinationType: 'cloud-watch-logs',
            LogGroupName: group,
            LogDestination: `arn:aws:logs:${region}:${acct}:log-group:${group}`,
            DeliverLogsPermissionArn: `arn:aws:iam::${acct}:role/${role}`,
          });
        }
      }
      regionsOut[region] = { vpcs, flowLogs, logGroups, metricFilters: [], keys };
    });

    accounts[acct] = {
      name: ai === 0 ? 'management' : `member-${ai}`,
      email: `aws+${acct}@example.com`,
      regions: regionsOut,
      buckets,
      roles,
      policies: {},
      ...(ai === 0 ? {} : { assumableRoles: { OrganizationAccountAccessRole: {} } }),
    };
  }
  const management = generatedAccountId(0);
  // One account: the single-account shape (`accountId` plus the account's fields).
  if (nAcc === 1) return { accountId: management, ...accounts[management] };
  return { accounts, management };
}

// ---------------------------------------------------------------------------------------------
// Identities, STS and Organizations (these span accounts)

/** Who signed a request: the account it is served from, and the assumed role if any. */
interface Identity {
  account: string;
  assumed?: { role: string; session: string };
}

const ORG_ID = 'o-fakeorg1234';
const ORG_JOINED_EPOCH_S = CREATED_EPOCH_MS / 1000;

class World {
  readonly management: string;
  readonly accounts: Map<string, AccountFixture>;
  private readonly services = new Map<string, Services>();
  private readonly ous: NonNullable<Fixture['organizationalUnits']>;
  /** Access keys issued by AssumeRole. */
  private readonly issued = new Map<string, Identity>();

  constructor(
    fx: Fixture,
    private readonly orgPageSize: number,
  ) {
    const n = normalize(fx);
    this.management = n.management;
    this.accounts = n.accounts;
    this.ous = fx.organizationalUnits ?? {};
    for (const [id, a] of this.accounts) this.services.set(id, new Services(a, id));
  }

  /** The caller's env key (anything not issued by AssumeRole) is the management account. */
  identity(accessKeyId: string): Identity {
    const hit = this.issued.get(accessKeyId);
    if (hit) return hit;
    // Keys issued by another instance still carry their account.
    const acct = /^ASIA(\d{12})/.exec(accessKeyId)?.[1];
    if (acct && this.accounts.has(acct)) return { account: acct };
    return { account: this.management };
  }

  servicesOf(account: string): Services {
    return this.services.get(account)!;
  }

  private callerArn(ident: Identity): string {
    if (ident.assumed) return `arn:aws:sts::${ident.account}:assumed-role/${ident.assumed.role}/${ident.assumed.session}`;
    return this.accounts.get(ident.account)?.caller?.arn ?? `arn:aws:iam::${ident.account}:user/fake-auditor`;
  }

  sts(req: Req, action: string, ident: Identity): Call {
    const q = req.query;
    switch (action) {
      case 'GetCallerIdentity':
        return {
          action: 'sts:GetCallerIdentity',
          run: () => {
            const userId = ident.assumed
              ? `${stableId('AROA', `${ident.account}/${ident.assumed.role}`)}:${ident.assumed.session}`
              : (this.accounts.get(ident.account)?.caller?.userId ?? 'AIDAFAKEFAKEFAKEFAKE1');
            return queryOk(STS_NS, action, req, tx('Arn', this.callerArn(ident)) + tx('UserId', userId) + tx('Account', ident.account));
          },
        };
      case 'AssumeRole': {
        const roleArn = q.get('RoleArn') ?? '';
        return {
          action: 'sts:AssumeRole',
          resource: roleArn,
          run: () => {
            const m = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(roleArn);
            if (!m) throw new ApiError(400, 'ValidationError', `${roleArn} is invalid`);
            const session = q.get('RoleSessionName') ?? '';
            if (!/^[\w+=,.@-]{2,64}$/.test(session)) throw new ApiError(400, 'ValidationError', `1 validation error detected: Value '${session}' at 'roleSessionName' failed to satisfy constraint`);
            const [, account, role] = m as unknown as [string, string, string];
            const target = this.accounts.get(account)?.assumableRoles?.[role];
            const externalId = q.get('ExternalId') ?? undefined;
            if (!target || (target.externalId !== undefined && target.externalId !== externalId)) {
              throw new ApiError(403, 'AccessDenied', `User: ${this.callerArn(ident)} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
            }
            const accessKeyId = `ASIA${account}${randomBytes(4).toString('hex').toUpperCase()}`;
            this.issued.set(accessKeyId, { account, assumed: { role, session } });
            const creds =
              tx('AccessKeyId', accessKeyId) +
              tx('SecretAccessKey', randomBytes(30).toString('base64')) +
              tx('SessionToken', `FakeSessionToken/${randomBytes(48).toString('base64')}`) +
              tx('Expiration', '2030-01-01T00:00:00Z');
            const user = tx('AssumedRoleId', `${stableId('AROA', `${account}/${role}`)}:${session}`) + tx('Arn', `arn:aws:sts::${account}:assumed-role/${role}/${session}`);
            return queryOk(STS_NS, action, req, el('Credentials', creds) + el('AssumedRoleUser', user));
          },
        };
      }
      default:
        return {
          action: `sts:${action}`,
          run: () => {
            throw new ApiError(400, 'InvalidAction', `fake-aws does not implement sts ${action}`);
          },
        };
    }
  }

  private accountEntry(id: string, a: AccountFixture): Record<string, unknown> {
    return {
      Id: id,
      Arn: `arn:aws:organizations::${this.management}:account/${ORG_ID}/${id}`,
      Email: a.email ?? `aws+${id}@example.com`,
      Name: a.name ?? `account-${id}`,
      Status: a.status ?? 'ACTIVE',
      JoinedMethod: 'CREATED',
      JoinedTimestamp: ORG_JOINED_EPOCH_S,
    };
  }

  organizations(action: string, input: Record<string, unknown>, ident: Identity): Call {
    const denied = (): never => {
      throw new ApiError(400, 'AccessDeniedException', "You don't have permissions to access this resource.");
    };
    switch (action) {
      case 'ListAccounts':
        return {
          action: 'organizations:ListAccounts',
          run: () => {
            if (ident.account !== this.management) denied();
            const max = input.MaxResults === undefined ? this.orgPageSize : input.MaxResults;
            if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 20) throw new ApiError(400, 'InvalidInputException', 'You provided a value that does not match the required pattern.');
            const size = Math.min(max, this.orgPageSize);
            let start = 0;
            if (input.NextToken !== undefined) {
              const m = typeof input.NextToken === 'string' ? /^fake-org-page-(\d+)$/.exec(input.NextToken) : null;
              if (!m) throw new ApiError(400, 'InvalidInputException', 'The provided NextToken is invalid.');
              start = Number(m[1]);
            }
            const all = [...this.accounts].map(([id, a]) => this.accountEntry(id, a));
            const next = start + size < all.length ? `fake-org-page-${start + size}` : undefined;
            return jsonOk({ Accounts: all.slice(start, start + size), ...(next ? { NextToken: next } : {}) });
          },
        };
      case 'DescribeOrganization':
        return {
          action: 'organizations:DescribeOrganization',
          run: () => {
            const mgmt = this.accounts.get(this.management)!;
            return jsonOk({
              Organization: {
                Id: ORG_ID,
                Arn: `arn:aws:organizations::${this.management}:organization/${ORG_ID}`,
                FeatureSet: 'ALL',
                MasterAccountArn: `arn:aws:organizations::${this.management}:account/${ORG_ID}/${this.management}`,
                MasterAccountId: this.management,
                MasterAccountEmail: mgmt.email ?? `aws+${this.management}@example.com`,
              },
            });
          },
        };
      case 'ListParents':
        return listParentsCall(this.ous, this.accounts, ident.account === this.management, input);
      default:
        return {
          action: `organizations:${action}`,
          run: () => {
            throw new ApiError(400, 'UnknownOperationException', `fake-aws does not implement organizations ${action}`);
          },
        };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Organisation tree: Organizations ListParents (ChildId an account or OU id → its one parent,
// an OU or the root `r-fake`); only the management account may call it.

const ROOT_ID = 'r-fake';

function listParentsCall(ous: NonNullable<Fixture['organizationalUnits']>, accounts: Map<string, AccountFixture>, fromManagement: boolean, input: Record<string, unknown>): Call {
  const child = typeof input.ChildId === 'string' ? input.ChildId : '';
  return {
    action: 'organizations:ListParents',
    resource: child,
    run: () => {
      if (!fromManagement) throw new ApiError(400, 'AccessDeniedException', "You don't have permissions to access this resource.");
      const parent = accounts.has(child) ? accounts.get(child)?.parent : child in ous ? ous[child]?.parent : null;
      if (parent === null) throw new ApiError(400, 'ChildNotFoundException', `We can't find an organizational unit (OU) or AWS account with the ChildId that you specified: ${child}`);
      const id = parent ?? ROOT_ID;
      return jsonOk({ Parents: [{ Id: id, Type: id === ROOT_ID ? 'ROOT' : 'ORGANIZATIONAL_UNIT' }] });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Server

function scope(headers: IncomingMessage['headers']): { accessKeyId: string; region: string; service: string } | undefined {
  const auth = headers.authorization ?? '';
  const m = /Credential=([^/,\s]+)\/\d{8}\/([^/,\s]+)\/([^/,\s]+)\/aws4_request/.exec(auth);
  return m ? { accessKeyId: m[1]!, region: m[2]!, service: m[3]! } : undefined;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeAws(opts: FakeAwsOptions): Promise<FakeAws> {
  const calls: CallRecord[] = [];
  const faults = (opts.faults ?? []).map((f) => ({ ...f, left: f.times ?? Infinity }));
  const world = new World(opts.fixture, opts.orgPageSize ?? 20);
  const latency = Math.max(0, opts.latencyMs ?? 0);

  const classify = (r: Req, ident: Identity): Call => {
    const form = r.query;
    const services = world.servicesOf(ident.account);
    const jsonInput = (): Record<string, unknown> => {
      try {
        const parsed: unknown = r.body ? JSON.parse(r.body) : {};
        if (isObj(parsed)) return parsed;
      } catch {
        // handled as an empty input
      }
      return {};
    };
    const target = (): string => String(r.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    switch (r.service) {
      case 'ec2':
        return services.ec2(r, form.get('Action') ?? '');
      case 'iam':
        return services.iam(r, form.get('Action') ?? '');
      case 'sts':
        return world.sts(r, form.get('Action') ?? '', ident);
      case 's3':
        return services.s3(r);
      case 'organizations':
        return world.organizations(target(), jsonInput(), ident);
      case 'kms':
        return services.kms(r, target(), jsonInput());
      case 'logs':
        return services.logs(r, target(), jsonInput());
      default:
        return {
          action: `${r.service}:unknown`,
          run: () => {
            throw new ApiError(400, 'UnknownService', `fake-aws does not implement the service '${r.service}'`);
          },
        };
    }
  };

  const handle = async (hreq: IncomingMessage, hres: ServerResponse): Promise<void> => {
    const body = await readBody(hreq);
    const url = new URL(hreq.url ?? '/', 'http://127.0.0.1');
    const sc = scope(hreq.headers);
    const requestId = randomUUID();
    const send = async (h: Handled & { headers?: Record<string, string> }): Promise<void> => {
      if (latency > 0) await sleep(latency);
      const buf = Buffer.from(h.body, 'utf8');
      hres.writeHead(h.status ?? 200, {
        'content-type': h.contentType,
        'content-length': String(buf.length),
        'x-amzn-requestid': requestId,
        'x-amz-request-id': requestId,
        ...h.headers,
      });
      hres.end(buf);
    };
    if (!sc) {
      await send({ status: 403, contentType: 'text/plain', body: 'fake-aws: a SigV4 Authorization header with a credential scope is required' });
      return;
    }
    const query = new URLSearchParams(url.search);
    const ctype = String(hreq.headers['content-type'] ?? '');
    if (ctype.startsWith('application/x-www-form-urlencoded')) {
      for (const [k, v] of new URLSearchParams(body)) query.append(k, v);
    }
    const r: Req = { region: sc.region, service: sc.service, method: hreq.method ?? 'GET', path: url.pathname, query, headers: hreq.headers, body: dropHostileTokens(opts.hostile, query, body), requestId };
    const ident = world.identity(sc.accessKeyId);
    let call: Call;
    try {
      call = classify(r, ident);
    } catch (e) {
      call = { action: `${r.service}:unknown`, run: () => { throw e; } };
    }
    calls.push({
      service: r.service,
      action: call.action,
      region: r.region,
      account: ident.account,
      ...(call.resource !== undefined ? { resource: call.resource } : {}),
    });
    let out: Handled & { headers?: Record<string, string> };
    try {
      const names = [call.action, ...(call.aliases ?? [])];
      const fault = faults.find(
        (f) =>
          f.left > 0 &&
          names.includes(f.action) &&
          (f.resource === undefined || f.resource === call.resource) &&
          (f.account === undefined || f.account === ident.account),
      );
      if (fault) {
        fault.left--;
        throw faultError(r.service, fault.kind, call.action);
      }
      out = call.run();
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(500, 'InternalError', `fake-aws: ${e instanceof Error ? e.message : String(e)}`);
      out = errorResponse(r.service, err, r);
    }
    if (isSilent(opts.hostile, call.action)) return; // read, recorded, never answered
    await send(rewritePage(opts.hostile, call.action, out));
  };

  const server: Server = createServer((hreq, hres) => {
    handle(hreq, hres).catch((e: unknown) => {
      if (!hres.headersSent) hres.writeHead(500, { 'content-type': 'text/plain' });
      hres.end(`fake-aws: ${e instanceof Error ? e.message : String(e)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
