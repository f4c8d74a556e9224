import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  LinkRefused,
  writeFileNoFollow
} from "./chunk-3MAMLASU.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/audit/run.js
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// dist/src/audit/clients.js
var DEFAULT_TIMEOUT_MS = 3e4;
function timeouts(t = DEFAULT_TIMEOUT_MS) {
  return { connectionTimeout: Math.min(t, 5e3), requestTimeout: t, callDeadline: 3 * t };
}
var TimeoutError = class extends Error {
  name = "TimeoutError";
};
function withDeadline(client, ms) {
  const send = client.send.bind(client);
  client.send = async (command, options = {}) => {
    const signal = AbortSignal.timeout(ms);
    try {
      return await send(command, { abortSignal: signal, ...options });
    } catch (e) {
      if (signal.aborted)
        throw new TimeoutError(`no answer within ${Math.round(ms / 1e3)} s (--timeout)`);
      throw e;
    }
  };
}
var Clients = class {
  opts;
  cache = /* @__PURE__ */ new Map();
  constructor(opts) {
    this.opts = opts;
  }
  config(region) {
    const t = timeouts(this.opts.timeoutMs);
    return {
      region,
      requestHandler: { connectionTimeout: t.connectionTimeout, requestTimeout: t.requestTimeout, throwOnRequestTimeout: true },
      retryMode: "adaptive",
      maxAttempts: this.opts.maxAttempts ?? 6,
      ...this.opts.endpoint ? { endpoint: this.opts.endpoint } : {},
      ...this.opts.credentials ? { credentials: this.opts.credentials } : this.opts.profile ? { profile: this.opts.profile } : {}
    };
  }
  async get(key, region, load, extra = {}) {
    const k = `${key}:${region}`;
    const hit = this.cache.get(k);
    if (hit)
      return hit;
    const C = await load();
    const client = new C({ ...this.config(region), ...extra });
    withDeadline(client, timeouts(this.opts.timeoutMs).callDeadline);
    this.cache.set(k, client);
    return client;
  }
  ec2(region) {
    return this.get("ec2", region, async () => (await import("@aws-sdk/client-ec2")).EC2Client);
  }
  s3(region) {
    return this.get("s3", region, async () => (await import("@aws-sdk/client-s3")).S3Client, this.opts.endpoint ? { forcePathStyle: true } : {});
  }
  kms(region) {
    return this.get("kms", region, async () => (await import("@aws-sdk/client-kms")).KMSClient);
  }
  iam() {
    return this.get("iam", "us-east-1", async () => (await import("@aws-sdk/client-iam")).IAMClient);
  }
  logs(region) {
    return this.get("logs", region, async () => (await import("@aws-sdk/client-cloudwatch-logs")).CloudWatchLogsClient);
  }
  organizations() {
    return this.get("organizations", "us-east-1", async () => (await import("@aws-sdk/client-organizations")).OrganizationsClient);
  }
  sts(region) {
    return this.get("sts", region, async () => (await import("@aws-sdk/client-sts")).STSClient);
  }
};

// dist/src/audit/paginate.js
var MAX_PAGES = Number(process.env.FLOWLOG_LINT_MAX_PAGES) > 0 ? Number(process.env.FLOWLOG_LINT_MAX_PAGES) : 2e3;
var PageGuard = class {
  max;
  seen = /* @__PURE__ */ new Set();
  pages = 0;
  constructor(max = MAX_PAGES) {
    this.max = max;
  }
  /** Called with each page's next token: undefined when it may be followed (or is absent), else
   * why not — a token seen before in this listing, or too many pages. */
  check(token) {
    this.pages++;
    if (token === void 0 || token === "")
      return void 0;
    if (this.seen.has(token))
      return "PaginationLoop";
    if (this.pages >= this.max)
      return "PaginationLimit";
    this.seen.add(token);
    return void 0;
  }
};

// dist/src/audit/limit.js
function limiter(n) {
  let active = 0;
  const queue = [];
  return async (f) => {
    if (active >= n)
      await new Promise((r) => queue.push(r));
    active++;
    try {
      return await f();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}

// dist/src/audit/read.js
var NOT_FOUND = /* @__PURE__ */ new Set(["NoSuchBucketPolicy", "ServerSideEncryptionConfigurationNotFoundError", "OwnershipControlsNotFoundError", "NoSuchEntity", "NotFoundException"]);
function codeOf(e) {
  const x = e;
  return x.name ?? x.Code ?? x.code ?? "Error";
}
async function attempt(errors, action, resource, f) {
  try {
    return await f();
  } catch (e) {
    const code = codeOf(e);
    if (NOT_FOUND.has(code))
      return null;
    errors.push({ action, code, ...resource ? { resource } : {} });
    return void 0;
  }
}
function guarded(errors, action, resource, guard, token) {
  const t = typeof token === "string" ? token : void 0;
  const problem = guard.check(t);
  if (!problem)
    return t;
  errors.push({ action, code: problem, ...resource ? { resource } : {} });
  return void 0;
}
function bucketOf(dest) {
  const m = dest ? /^arn:[^:]+:s3:::([^/]+)/.exec(dest) : null;
  return m?.[1];
}
function regionOfArn(arn) {
  const m = arn ? /^arn:[^:]+:[^:]+:([^:]*):/.exec(arn) : null;
  return m?.[1] || void 0;
}
async function listPages(errors, action, resource, fetch, nextOf, each) {
  let token;
  const guard = new PageGuard();
  do {
    const page = await attempt(errors, action, resource, () => fetch(token));
    if (!page)
      break;
    const pending = each(page);
    if (pending)
      await pending;
    token = guarded(errors, action, resource, guard, nextOf(page));
  } while (token);
}
async function readAccount(clients, accountId, partition, regions, progress) {
  let count = 0;
  const r = {
    clients,
    accountId,
    partition,
    limits: { ec2: limiter(8), s3: limiter(8), kms: limiter(8), iam: limiter(4), logs: limiter(8) },
    bucketNames: /* @__PURE__ */ new Map(),
    roleArns: /* @__PURE__ */ new Set(),
    keyRefs: /* @__PURE__ */ new Map(),
    regions: [],
    tick: () => progress(++count)
  };
  await Promise.all(regions.map((region) => readRegion(r, region)));
  const s3Mod = await (r.bucketNames.size ? import("@aws-sdk/client-s3") : Promise.resolve(void 0));
  const buckets = await Promise.all([...r.bucketNames].map(([name, near]) => readBucket(r, s3Mod, name, near)));
  if (r.keyRefs.size) {
    const k = await import("@aws-sdk/client-kms");
    await Promise.all([...r.keyRefs].map(([ref, region]) => readKey(r, k, ref, region)));
  }
  const roles = [];
  if (r.roleArns.size) {
    const i = await import("@aws-sdk/client-iam");
    const iam = await clients.iam();
    await Promise.all([...r.roleArns].map(async (arn) => {
      const role = await readRole(r, i, iam, arn);
      if (role)
        roles.push(role);
    }));
  }
  const byName = (xs, k) => xs.sort((a, b) => String(a[k]).localeCompare(String(b[k])));
  return { accountId, partition, buckets: byName(buckets, "Name"), roles: byName(roles, "Arn"), regions: byName(r.regions, "region") };
}
async function readRegion(r, region) {
  const errors = [];
  const ec2 = await r.clients.ec2(region);
  const { DescribeFlowLogsCommand, DescribeVpcsCommand } = await import("@aws-sdk/client-ec2");
  const flowLogs = [];
  const page = (token) => ({ MaxResults: 1e3, ...token ? { NextToken: token } : {} });
  await listPages(errors, "ec2:DescribeFlowLogs", void 0, (t) => r.limits.ec2(() => ec2.send(new DescribeFlowLogsCommand(page(t)))), (p) => p.NextToken, (p) => {
    flowLogs.push(...p.FlowLogs ?? []);
  });
  const vpcs = [];
  await listPages(errors, "ec2:DescribeVpcs", void 0, (t) => r.limits.ec2(() => ec2.send(new DescribeVpcsCommand(page(t)))), (p) => p.NextToken, (p) => {
    vpcs.push(...(p.Vpcs ?? []).map((v) => ({ VpcId: v.VpcId })));
  });
  r.tick();
  const groups = /* @__PURE__ */ new Set();
  for (const f of flowLogs) {
    const b = f.LogDestinationType === "s3" ? bucketOf(f.LogDestination) : void 0;
    if (b && !r.bucketNames.has(b))
      r.bucketNames.set(b, region);
    if (typeof f.DeliverLogsPermissionArn === "string")
      r.roleArns.add(f.DeliverLogsPermissionArn);
    if (f.LogDestinationType === "cloud-watch-logs" || f.LogDestinationType === void 0) {
      const name = f.LogGroupName ?? /:log-group:([^:]+)/.exec(typeof f.LogDestination === "string" ? f.LogDestination : "")?.[1];
      if (name)
        groups.add(name);
    }
  }
  const logGroups = [];
  const metricFilters = [];
  if (groups.size) {
    const logs = await r.clients.logs(region);
    const cwl = await import("@aws-sdk/client-cloudwatch-logs");
    await Promise.all([...groups].map((name) => readLogGroup(r, cwl, logs, region, name, { errors, logGroups, metricFilters })));
  }
  r.regions.push({ region, vpcs, flowLogs, logGroups, metricFilters, keys: [], ...errors.length ? { errors } : {} });
}
async function readLogGroup(r, cwl, logs, region, name, into) {
  const { errors } = into;
  const after = (next) => next ? { nextToken: next } : {};
  await listPages(errors, "logs:DescribeLogGroups", name, (t) => r.limits.logs(() => logs.send(new cwl.DescribeLogGroupsCommand({ logGroupNamePrefix: name, ...after(t) }))), (p) => p.nextToken, (p) => {
    for (const g of p.logGroups ?? []) {
      if (g.logGroupName !== name)
        continue;
      into.logGroups.push({ logGroupName: name, ...g.kmsKeyId ? { kmsKeyId: g.kmsKeyId } : {} });
      if (typeof g.kmsKeyId === "string")
        r.keyRefs.set(g.kmsKeyId, regionOfArn(g.kmsKeyId) ?? region);
    }
  });
  await listPages(errors, "logs:DescribeMetricFilters", name, (t) => r.limits.logs(() => logs.send(new cwl.DescribeMetricFiltersCommand({ logGroupName: name, ...after(t) }))), (p) => p.nextToken, (p) => {
    for (const mf of p.metricFilters ?? [])
      into.metricFilters.push({ filterName: mf.filterName, logGroupName: mf.logGroupName, filterPattern: mf.filterPattern });
  });
  r.tick();
}
async function readBucket(r, m, name, near) {
  const errors = [];
  const s3 = await r.clients.s3(near);
  const loc = await attempt(errors, "s3:GetBucketLocation", name, () => r.limits.s3(() => s3.send(new m.GetBucketLocationCommand({ Bucket: name }))));
  const region = loc?.LocationConstraint || "us-east-1";
  const s3r = await r.clients.s3(region);
  const [policy, enc, own] = await Promise.all([
    attempt(errors, "s3:GetBucketPolicy", name, () => r.limits.s3(() => s3r.send(new m.GetBucketPolicyCommand({ Bucket: name })))),
    attempt(errors, "s3:GetEncryptionConfiguration", name, () => r.limits.s3(() => s3r.send(new m.GetBucketEncryptionCommand({ Bucket: name })))),
    attempt(errors, "s3:GetBucketOwnershipControls", name, () => r.limits.s3(() => s3r.send(new m.GetBucketOwnershipControlsCommand({ Bucket: name }))))
  ]);
  const sse = enc?.ServerSideEncryptionConfiguration;
  const rule = (sse?.Rules ?? [])[0];
  const keyId = rule?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID;
  if (keyId)
    r.keyRefs.set(keyId, regionOfArn(keyId) ?? region);
  r.tick();
  return {
    Name: name,
    Region: region,
    Policy: policy === void 0 ? null : policy?.Policy ?? null,
    Encryption: enc ? { ServerSideEncryptionConfiguration: sse } : null,
    ...own ? { OwnershipControls: own.OwnershipControls } : {},
    ...errors.length ? { errors } : {}
  };
}
async function readKey(r, k, ref, region) {
  const errors = [];
  const kms = await r.clients.kms(region);
  const desc = await attempt(errors, "kms:DescribeKey", ref, () => r.limits.kms(() => kms.send(new k.DescribeKeyCommand({ KeyId: ref }))));
  const meta = desc?.KeyMetadata ?? {};
  const keyId = meta.KeyId ?? ref;
  const policy = desc ? await attempt(errors, "kms:GetKeyPolicy", keyId, () => r.limits.kms(() => kms.send(new k.GetKeyPolicyCommand({ KeyId: keyId, PolicyName: "default" })))) : void 0;
  const aliases = desc ? await attempt(errors, "kms:ListAliases", keyId, () => r.limits.kms(() => kms.send(new k.ListAliasesCommand({ KeyId: keyId })))) : void 0;
  if (!desc && !errors.some((e) => e.action === "kms:GetKeyPolicy"))
    errors.push({ action: "kms:GetKeyPolicy", code: "NotRead", resource: ref });
  const out = {
    KeyId: keyId,
    Arn: meta.Arn ?? (ref.startsWith("arn:") ? ref : `arn:${r.partition}:kms:${region}:${r.accountId}:key/${keyId}`),
    KeyManager: meta.KeyManager ?? "CUSTOMER",
    ...meta.KeySpec ? { KeySpec: meta.KeySpec } : {},
    Policy: policy?.Policy ?? null,
    Aliases: (aliases?.Aliases ?? []).map((a) => a.AliasName),
    ...errors.length ? { errors } : {}
  };
  const target = r.regions.find((x) => x.region === region);
  if (target)
    target.keys.push(out);
  else
    r.regions.push({ region, vpcs: [], flowLogs: [], logGroups: [], metricFilters: [], keys: [out] });
  r.tick();
}
async function readRole(r, i, iam, arn) {
  const errors = [];
  const name = arn.slice(arn.lastIndexOf("/") + 1);
  const got = await attempt(errors, "iam:GetRole", name, () => r.limits.iam(() => iam.send(new i.GetRoleCommand({ RoleName: name }))));
  if (got === null)
    return void 0;
  const role = got?.Role ?? {};
  const after = (marker) => marker ? { Marker: marker } : {};
  const nextOf = (p) => p.IsTruncated ? p.Marker : void 0;
  const inline = [];
  await listPages(errors, "iam:ListRolePolicies", name, (t) => r.limits.iam(() => iam.send(new i.ListRolePoliciesCommand({ RoleName: name, ...after(t) }))), nextOf, async (page) => {
    for (const pn of page.PolicyNames ?? []) {
      const p = await attempt(errors, "iam:GetRolePolicy", `${name}/${pn}`, () => r.limits.iam(() => iam.send(new i.GetRolePolicyCommand({ RoleName: name, PolicyName: pn }))));
      if (p)
        inline.push({ PolicyName: pn, PolicyDocument: p.PolicyDocument });
    }
  });
  const attached = [];
  await listPages(errors, "iam:ListAttachedRolePolicies", name, (t) => r.limits.iam(() => iam.send(new i.ListAttachedRolePoliciesCommand({ RoleName: name, ...after(t) }))), nextOf, async (page) => {
    for (const ap of page.AttachedPolicies ?? []) {
      const pa = String(ap.PolicyArn);
      const pol = await attempt(errors, "iam:GetPolicy", pa, () => r.limits.iam(() => iam.send(new i.GetPolicyCommand({ PolicyArn: pa }))));
      const v = pol?.Policy?.DefaultVersionId;
      const ver = v ? await attempt(errors, "iam:GetPolicyVersion", pa, () => r.limits.iam(() => iam.send(new i.GetPolicyVersionCommand({ PolicyArn: pa, VersionId: v })))) : void 0;
      attached.push({ PolicyArn: pa, Document: ver?.PolicyVersion?.Document ?? null });
    }
  });
  r.tick();
  return { Arn: role.Arn ?? arn, RoleName: name, AssumeRolePolicyDocument: role.AssumeRolePolicyDocument ?? null, InlinePolicies: inline, AttachedPolicies: attached, ...errors.length ? { errors } : {} };
}

// dist/src/audit/org.js
async function describeOrganization(clients) {
  const { DescribeOrganizationCommand } = await import("@aws-sdk/client-organizations");
  try {
    const org = await clients.organizations();
    const r = await org.send(new DescribeOrganizationCommand({}));
    const id = r.Organization?.Id;
    return typeof id === "string" ? { organization: { Id: id } } : {};
  } catch (e) {
    const code = codeOf(e);
    if (code === "AWSOrganizationsNotInUseException")
      return { organization: null };
    return { organizationError: { action: "organizations:DescribeOrganization", code } };
  }
}
async function orgPath(clients, orgId, accountId) {
  const { ListParentsCommand } = await import("@aws-sdk/client-organizations");
  const org = await clients.organizations();
  const chain = [];
  let child = accountId;
  for (let depth = 0; depth < 10; depth++) {
    let r;
    try {
      r = await org.send(new ListParentsCommand({ ChildId: child }));
    } catch (e) {
      return { error: { action: "organizations:ListParents", code: codeOf(e) } };
    }
    const p = (r.Parents ?? [])[0];
    if (!p || typeof p.Id !== "string")
      break;
    chain.unshift(p.Id);
    if (p.Type === "ROOT")
      return `${orgId}/${chain.join("/")}/`;
    child = p.Id;
  }
  return { error: { action: "organizations:ListParents", code: "NoRootFound" } };
}
async function readOrganizations(clients, accountIds, org) {
  const out = /* @__PURE__ */ new Map();
  const head = await describeOrganization(clients);
  for (const id of accountIds) {
    if (!org || !head.organization) {
      out.set(id, head);
      continue;
    }
    const path = await orgPath(clients, head.organization.Id, id);
    out.set(id, typeof path === "string" ? { organization: { Id: head.organization.Id, Paths: [path] } } : { organization: { Id: head.organization.Id }, organizationError: path.error });
  }
  return out;
}

// dist/src/audit/sdk-warning.js
var installed = false;
function quietSdkNodeWarning(write = (l) => process.stderr.write(l)) {
  if (installed)
    return;
  installed = true;
  let said = false;
  const original = process.emitWarning.bind(process);
  process.emitWarning = ((warning, ...rest) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (/^NodeVersionSupportWarning\b/.test(text)) {
      if (!said)
        write(`flowlog-lint: note: ${oneLine(text.replace(/^NodeVersionSupportWarning:\s*/, ""))}
`);
      said = true;
      return;
    }
    original(warning, ...rest);
  });
}
function oneLine(text) {
  return text.split(/\n+/).map((l) => l.trim()).filter(Boolean).join(" ").replace(/\s+/g, " ");
}

// dist/src/audit/run.js
var AuditError = class extends Error {
  /** The AWS error code behind it, when there is one. */
  code;
};
function unreadAccount(accountId, partition, regions, code) {
  return {
    accountId,
    partition,
    buckets: [],
    roles: [],
    regions: regions.map((region) => ({ region, vpcs: [], flowLogs: [], logGroups: [], metricFilters: [], keys: [], errors: [{ action: "sts:AssumeRole", code }] }))
  };
}
function describe(e) {
  const x = e;
  return `${x.name ?? "Error"}: ${(x.message ?? String(e)).split("\n")[0]}`;
}
function shardOf(accountId, count) {
  let h = 2166136261;
  for (let i = 0; i < accountId.length; i++) {
    h ^= accountId.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h % count;
}
async function listAccounts(clients) {
  const org = await clients.organizations();
  const { ListAccountsCommand } = await import("@aws-sdk/client-organizations");
  const ids = [];
  let token;
  const guard = new PageGuard();
  try {
    do {
      const page = await org.send(new ListAccountsCommand({ ...token ? { NextToken: token } : {} }));
      for (const a of page.Accounts ?? [])
        if (a.Status === void 0 || a.Status === "ACTIVE")
          ids.push(String(a.Id));
      token = page.NextToken;
      const problem = guard.check(token);
      if (problem)
        throw Object.assign(new Error(`the service kept returning page tokens (${problem})`), { name: problem });
    } while (token);
  } catch (e) {
    throw new AuditError(`cannot list the organisation's accounts (organizations:ListAccounts): ${describe(e)}`);
  }
  return [...new Set(ids)].sort();
}
async function assumeInto(clients, opts, region, partition, accountId) {
  const roleName = opts.roleName ?? "OrganizationAccountAccessRole";
  const sts = await clients.sts(region);
  const { AssumeRoleCommand } = await import("@aws-sdk/client-sts");
  try {
    const r = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:${partition}:iam::${accountId}:role/${roleName}`, RoleSessionName: "flowlog-lint-audit", ...opts.externalId ? { ExternalId: opts.externalId } : {} }));
    const c = r.Credentials ?? {};
    return new Clients({
      ...opts.endpoint ? { endpoint: opts.endpoint } : {},
      ...opts.timeoutMs !== void 0 ? { timeoutMs: opts.timeoutMs } : {},
      credentials: { accessKeyId: String(c.AccessKeyId), secretAccessKey: String(c.SecretAccessKey), ...c.SessionToken ? { sessionToken: typeof c.SessionToken === "string" ? c.SessionToken : JSON.stringify(c.SessionToken) } : {} }
    });
  } catch (e) {
    const err = new AuditError(`cannot assume ${roleName} in account ${accountId} (sts:AssumeRole): ${describe(e)}`);
    err.code = e.name ?? "Error";
    throw err;
  }
}
async function runAudit(opts) {
  quietSdkNodeWarning();
  const clients = new Clients({
    ...opts.profile ? { profile: opts.profile } : {},
    ...opts.endpoint ? { endpoint: opts.endpoint } : {},
    ...opts.timeoutMs !== void 0 ? { timeoutMs: opts.timeoutMs } : {}
  });
  const home = opts.regions[0] ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? "us-east-1";
  let account;
  let partition;
  try {
    const sts = await clients.sts(home);
    const { GetCallerIdentityCommand } = await import("@aws-sdk/client-sts");
    const id = await sts.send(new GetCallerIdentityCommand({}));
    account = String(id.Account);
    partition = /^arn:([^:]+):/.exec(String(id.Arn))?.[1] ?? "aws";
  } catch (e) {
    throw new AuditError(`cannot identify the caller (sts:GetCallerIdentity): ${describe(e)}`);
  }
  let regions = [...opts.regions];
  if (opts.allRegions) {
    try {
      const ec2 = await clients.ec2(home);
      const { DescribeRegionsCommand } = await import("@aws-sdk/client-ec2");
      const r = await ec2.send(new DescribeRegionsCommand({}));
      regions = (r.Regions ?? []).map((x) => String(x.RegionName)).sort();
    } catch (e) {
      throw new AuditError(`cannot list regions (ec2:DescribeRegions): ${describe(e)}`);
    }
  }
  if (regions.length === 0)
    regions = [home];
  let ids = opts.org ? await listAccounts(clients) : [account];
  if (opts.accounts?.length)
    ids = ids.filter((id) => opts.accounts?.includes(id));
  if (opts.shard)
    ids = ids.filter((id) => shardOf(id, opts.shard?.count ?? 1) === (opts.shard?.index ?? 1) - 1);
  const reads = [];
  for (const id of ids) {
    let target;
    try {
      target = id === account ? clients : await assumeInto(clients, opts, home, partition, id);
    } catch (e) {
      if (!(e instanceof AuditError))
        throw e;
      opts.progress?.(e.message);
      reads.push(unreadAccount(id, partition, regions, e.code ?? "Error"));
      continue;
    }
    reads.push(await readAccount(target, id, partition, regions, (n) => opts.progress?.(`account ${id} (${reads.length + 1}/${ids.length}): ${regions.length} region(s), ${n} resource read(s)`)));
  }
  reads.sort((a, b) => a.accountId.localeCompare(b.accountId));
  const orgs = await readOrganizations(clients, reads.map((r) => r.accountId), opts.org === true);
  const accounts = reads.map((r) => ({ ...r, ...orgs.get(r.accountId) }));
  const snapshot = { flowlogLintSnapshot: 1, tool: { name: "flowlog-lint", version: opts.toolVersion }, accounts };
  const path = opts.save ?? join(mkdtempSync(join(tmpdir(), "flowlog-audit-")), "snapshot.json");
  try {
    writeFileNoFollow(path, `${JSON.stringify(snapshot, null, 2)}
`);
  } catch (e) {
    throw new AuditError(`--save ${e instanceof LinkRefused ? e.message : `${path}: cannot write (${e.code ?? e.message})`}`);
  }
  return path;
}
export {
  AuditError,
  runAudit,
  shardOf
};
