import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  releasedWording,
  renderMessage
} from "./chunk-EYGGUHXL.mjs";
import {
  capQuotedValues
} from "./chunk-3VIJNASO.mjs";
import {
  lineCol
} from "./chunk-RKRRC2OQ.mjs";
import {
  asList,
  field,
  fieldEntry,
  literal
} from "./chunk-NC6JVQ5I.mjs";

// dist/src/model/instances.js
var marks = /* @__PURE__ */ new WeakMap();
function markMaybeAbsent(record, counted) {
  marks.set(record, counted);
}
var nameOf = (r) => "name" in r ? r.name : r.owner;
function maybeAbsentNames(m) {
  const out = /* @__PURE__ */ new Map();
  for (const r of recordsOf(m)) {
    const counted = marks.get(r);
    if (counted !== void 0)
      out.set(nameOf(r), counted);
  }
  return out;
}
function recordsOf(m) {
  return [m.flowLogs, m.buckets, m.bucketPolicies, m.keys, m.roles, m.identityPolicies, m.logGroups, m.metricFilters, m.vpcs, m.policies, m.deliveryStreams ?? []].flat();
}

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
function toResult(ruleId, severity, r, message) {
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
    message,
    file,
    ...file === null && r.origin?.source ? { source: r.origin.source } : {},
    ...loc,
    ...r.resource ? { resource: r.resource } : {},
    messageId: r.messageId,
    ...r.data ? { data: r.data } : {}
  };
}
function runRules(rules, model, links, opts) {
  const results = [];
  const positions = [];
  const checks = {};
  const maybeAbsent = maybeAbsentNames(model);
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
          const rendered = renderMessage(id, rule.meta.messages, r0.messageId, { ...r0.detail, ...r0.data });
          let message = rendered;
          let r = r0;
          const counted = r0.resource === void 0 ? void 0 : maybeAbsent.get(r0.resource);
          if (r0.status === "fail" && counted !== void 0) {
            r = { ...r0, status: "unverifiable" };
            message = `${message} (Unverifiable: whether and how often ${counted} is created depends on a count/for_each that cannot be resolved statically.)`;
          }
          counts()[r.status]++;
          const sev = r.status === "unverifiable" ? "warning" : override ?? r.severity ?? severity;
          const wordedBefore = releasedWording(id, rule.meta.messages, r0, rendered);
          results.push({ ...toResult(id, sev, r, capQuotedValues(message)), ...wordedBefore ? { wordedBefore } : {} });
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

// dist/src/model/facts.js
function scopeName(scope) {
  return scope.startsWith("tf:") ? "Terraform module" : "template";
}
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
function arnLiteralsIn(text, at, scope) {
  const out = [];
  for (const m of text.matchAll(ARN_PARTITION)) {
    const i = m.index ?? 0;
    out.push({ pos: at(i, i + m[0].length - 1), partition: m[1] ?? "aws", scope });
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

export {
  markMaybeAbsent,
  nameOf,
  recordsOf,
  INTERNAL_ERROR,
  runRules,
  scopeName,
  factsOf,
  siteKey,
  orderNode,
  reaches,
  arnLiteralsIn,
  addArnLiterals,
  mergeFacts,
  grantsByTarget,
  statementsOf,
  makePolicy,
  describeStatement
};
