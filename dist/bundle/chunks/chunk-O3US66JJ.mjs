import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  NO,
  UNKNOWN,
  YES,
  evaluate,
  evaluateStatement,
  normalizeContext,
  statementCoversAction,
  statementPrincipalMatches
} from "./chunk-NC6JVQ5I.mjs";

// dist/src/iam/closed-sets.js
var CANNED_ACLS = [
  "private",
  "public-read",
  "public-read-write",
  "authenticated-read",
  "aws-exec-read",
  "bucket-owner-read",
  "bucket-owner-full-control",
  "log-delivery-write"
];
var BOOL = ["true", "false"];
var CLOSED = /* @__PURE__ */ new Map([
  ["s3:x-amz-acl", CANNED_ACLS],
  ["aws:securetransport", BOOL],
  ["aws:multifactorauthpresent", BOOL],
  ["aws:principalisawsservice", BOOL],
  ["aws:viaawsservice", BOOL]
]);
function closedSetValues(key) {
  return CLOSED.get(key.toLowerCase());
}
function mentioned(policies, key) {
  const k = key.toLowerCase();
  const walk = (v, depth) => {
    if (!v || depth > 64)
      return depth > 64;
    switch (v.kind) {
      case "obj":
        return v.entries.some((e) => e.key.toLowerCase() === k || walk(e.value, depth + 1));
      case "arr":
        return v.items.some((x) => walk(x, depth + 1));
      case "str":
        return v.parts.some((p) => typeof p === "string" && p.includes("${") && p.toLowerCase().includes(k));
      default:
        return false;
    }
  };
  return policies.some((d) => d.statements.some((st) => walk(st.node, 0)));
}
function requestVariants(req, keys, named) {
  let out = [{ request: req, choice: {} }];
  for (const k of keys) {
    const values = closedSetValues(k.key);
    if (!values)
      throw new Error(`${k.key} is not a closed-set condition key`);
    const except = new Set((k.except ?? []).map((x) => x.toLowerCase()));
    let options = [...k.absent ? [void 0] : [], ...values.filter((v) => !except.has(v))];
    if (named && !named(k.key))
      options = options.slice(0, 1);
    const next = [];
    for (const { request, choice } of out) {
      for (const v of options) {
        const context = {};
        const lower = k.key.toLowerCase();
        for (const [ck, cv] of Object.entries(request.context))
          if (ck.toLowerCase() !== lower)
            context[ck] = cv;
        if (v !== void 0)
          context[k.key] = [[v]];
        next.push({ request: { ...request, context }, choice: { ...choice, [k.key]: v } });
      }
    }
    out = next;
  }
  return out;
}
var preparedBySet = /* @__PURE__ */ new WeakMap();
function prepare(policies, req) {
  const who = req.principal.kind === "service" ? `s:${JSON.stringify(req.principal.service)}` : req.principal.kind === "aws" ? `a:${JSON.stringify(req.principal.arn)}` : "anon";
  const key = `${who}|${req.action}`;
  let bySet = preparedBySet.get(policies);
  if (!bySet) {
    bySet = /* @__PURE__ */ new Map();
    preparedBySet.set(policies, bySet);
  }
  const hit = bySet.get(key);
  if (hit)
    return hit;
  const docs = policies.map((d) => ({
    ...d,
    statements: d.statements.filter((st) => statementPrincipalMatches(st, req.principal) !== NO && statementCoversAction(st, req.action) !== NO)
  }));
  const namedCache = /* @__PURE__ */ new Map();
  const p = {
    docs,
    denies: docs.flatMap((d) => d.statements.filter((st) => st.effect === "Deny").map((st) => ({ d, st }))),
    named: (k) => {
      let v = namedCache.get(k);
      if (v === void 0)
        namedCache.set(k, v = mentioned(docs, k));
      return v;
    },
    denyCache: /* @__PURE__ */ new Map()
  };
  bySet.set(key, p);
  return p;
}
function evaluateClosedSets(policies, req, keys) {
  const { docs, named } = prepare(policies, req);
  let unknown;
  let first;
  for (const { request, choice } of requestVariants(req, keys, named)) {
    const decision = evaluate(docs, request);
    if (decision.verdict === "allow")
      return { decision, choice };
    if (decision.verdict === "unknown")
      unknown ??= { decision, choice };
    first ??= { decision, choice };
  }
  const r = unknown ?? first;
  if (!r)
    return { decision: evaluate(docs, req), choice: {} };
  return r;
}
function allowedByStatement(policies, policy, statement, req, keys) {
  if (statement.effect !== "Allow")
    return { verdict: "no" };
  const { denies, named, denyCache } = prepare(policies, req);
  const resourceKey = JSON.stringify([req.resource, req.context]);
  let unknown = false;
  for (const { request, choice } of requestVariants(req, keys, named)) {
    const ctx = normalizeContext(request.context);
    const by = evaluateStatement(policy, statement, request, ctx);
    if (by.applies === NO)
      continue;
    const ck = `${JSON.stringify(choice)}|${resourceKey}`;
    let deny = denyCache.get(ck);
    if (deny === void 0) {
      deny = "clear";
      for (const { d, st } of denies) {
        const r = evaluateStatement(d, st, request, ctx);
        if (r.applies === YES) {
          deny = "denied";
          break;
        }
        if (r.applies === UNKNOWN)
          deny = "maybe";
      }
      denyCache.set(ck, deny);
    }
    if (deny === "denied")
      continue;
    if (deny === "clear" && by.applies === YES)
      return { verdict: "allow", by, choice };
    unknown = true;
  }
  return { verdict: unknown ? "unknown" : "no" };
}

export {
  CANNED_ACLS,
  evaluateClosedSets,
  allowedByStatement
};
