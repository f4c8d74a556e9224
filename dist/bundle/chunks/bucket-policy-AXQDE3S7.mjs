import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  CANNED_ACLS
} from "./chunk-IXRLUS6D.mjs";
import {
  aclCheckRequest,
  putObjectRequest
} from "./chunk-P7WGN3RQ.mjs";
import {
  applyEdits,
  findNodeAtLocation,
  getNodeValue,
  modify,
  parseTree
} from "./chunk-XW2AUBQH.mjs";
import {
  buildLinks,
  display,
  evaluate,
  literal
} from "./chunk-74P6QA3M.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/fix/conditions.js
var SOURCE_KEYS = /* @__PURE__ */ new Set(["aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid", "aws:sourceorgpaths"]);
var values = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : typeof v === "string" ? [v] : [];
function globMatch(pattern, text) {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "i");
  return re.test(text);
}
function sourceConditionsOf(cond) {
  const out = {};
  for (const [op, block] of Object.entries(cond)) {
    if (!block || typeof block !== "object" || /Not/i.test(op))
      continue;
    for (const [key, v] of Object.entries(block)) {
      if (SOURCE_KEYS.has(key.toLowerCase()))
        (out[op] ??= {})[key] = v;
    }
  }
  return out;
}
function sourceConditionEdits(cond, accounts) {
  const edits = [];
  for (const [op, block] of Object.entries(cond)) {
    if (!block || typeof block !== "object" || /Not/i.test(op))
      continue;
    const like = /Like/i.test(op);
    const admits = (vals, text) => vals.some((v) => like ? globMatch(v, text) : v === text);
    for (const [key, v] of Object.entries(block)) {
      const k = key.toLowerCase();
      const current = values(v);
      const next = [...current];
      for (const acct of accounts) {
        if (k === "aws:sourceaccount") {
          if (!admits(next, acct))
            next.push(acct);
        } else if (k === "aws:sourcearn") {
          const template = current.map((x) => x.split(":")).find((p) => p.length >= 6 && /^\d{12}$/.test(p[4] ?? ""));
          if (!template)
            continue;
          const arn = [...template.slice(0, 4), acct, ...template.slice(5)].join(":");
          if (!admits(next, arn))
            next.push(arn);
        }
      }
      if (next.length !== current.length)
        edits.push({ op, key, value: next.length === 1 ? next[0] : next });
    }
  }
  return edits;
}
function extendSourceConditions(cond, accounts) {
  const edits = sourceConditionEdits(cond, accounts);
  if (!edits.length)
    return void 0;
  const out = Object.fromEntries(Object.entries(cond).map(([op, b]) => [op, { ...b }]));
  for (const e of edits)
    (out[e.op] ??= {})[e.key] = e.value;
  return out;
}

// dist/src/fix/bucket-policy.js
function literalParts(p) {
  return p.every((x) => typeof x === "string") ? p.join("") : void 0;
}
function formatting(text) {
  const m = /\n([ \t]+)"/.exec(text);
  const indent = m?.[1] ?? "  ";
  return { insertSpaces: !indent.startsWith("	"), tabSize: indent.startsWith("	") ? 1 : indent.length, eol: text.includes("\r\n") ? "\r\n" : "\n" };
}
function stmtPath(s, single) {
  return single ? ["Statement"] : ["Statement", s.index];
}
function stmtName(s) {
  return s.sid ? `statement ${s.sid}` : `statement #${s.index + 1}`;
}
function rawCondition(tree, s) {
  const n = findNodeAtLocation(tree, ["Statement", s.index, "Condition"]);
  const v = n ? getNodeValue(n) : void 0;
  return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function deliveryPrincipal(tree, s) {
  const n = findNodeAtLocation(tree, ["Statement", s.index, "Principal"]);
  return n !== void 0 && /delivery\.logs\.amazonaws\.com/.test(JSON.stringify(getNodeValue(n)));
}
function isDeliveryWrite(s) {
  const actions = s.action ? (s.action.kind === "arr" ? s.action.items : [s.action]).map((x) => display(x).toLowerCase()) : [];
  return s.effect === "Allow" && actions.some((a) => a === "s3:putobject" || a === "s3:*" || a === "*");
}
function planBucketPolicyFixes(model, accountIds, org) {
  const links = buildLinks(model, accountIds, org);
  const byFile = /* @__PURE__ */ new Map();
  for (const scope of links.buckets) {
    const bp = scope.policies[0];
    const src = bp?.origin.file;
    if (!bp || scope.policies.length !== 1 || !src || !src.path.endsWith(".json") || bp.doc.pos?.start !== 0 && src.text.trimStart() !== src.text.slice(bp.doc.pos?.start ?? 0))
      continue;
    const tree = parseTree(src.text);
    if (!tree || !findNodeAtLocation(tree, ["Statement"]))
      continue;
    const single = findNodeAtLocation(tree, ["Statement"])?.type === "object";
    if (single)
      continue;
    const bucket = literalParts(scope.bucketName);
    const partition = literalParts(scope.partition);
    if (!bucket || !partition)
      continue;
    const fmt = formatting(src.text);
    const entry = byFile.get(src.path) ?? { text: src.text, ops: [], changes: [], fmt };
    byFile.set(src.path, entry);
    const docs = scope.policies.map((p) => p.doc);
    const accounts = scope.targets.flatMap((t) => t.accounts.map((a) => literalParts(a))).filter((a) => !!a);
    const conditionFor = /* @__PURE__ */ new Map();
    const admit = (st, acct) => conditionFor.set(st, (conditionFor.get(st) ?? /* @__PURE__ */ new Set()).add(acct));
    const added = /* @__PURE__ */ new Map();
    for (const t of scope.targets) {
      for (const a of t.accounts) {
        const acct = literalParts(a);
        if (!acct)
          continue;
        const d = evaluate(docs, putObjectRequest(scope, t, a, "bucket-owner-full-control"));
        if (d.verdict !== "implicit-deny")
          continue;
        const byCondition = d.trace.find((r) => r.statement.effect === "Allow" && r.element === "condition");
        if (byCondition) {
          admit(byCondition.statement, acct);
          continue;
        }
        const near = d.trace.find((r) => r.statement.effect === "Allow" && r.element === "resource");
        if (!near || !near.statement.resource)
          continue;
        admit(near.statement, acct);
        const prefix = t.prefix.length ? `${literalParts(t.prefix) ?? ""}/` : "";
        const resource = `arn:${partition}:s3:::${bucket}/${prefix}AWSLogs/${t.hive ? "aws-account-id=" : ""}${acct}/*`;
        const list = added.get(near.statement) ?? [];
        if (!list.includes(resource))
          list.push(resource);
        added.set(near.statement, list);
        entry.changes.push(`added Resource ${resource} for source account ${acct}`);
      }
    }
    for (const [st, news] of added) {
      const current = st.resource ? st.resource.kind === "arr" ? st.resource.items.map((x) => display(x)) : [display(st.resource)] : [];
      entry.ops.push({ path: [...stmtPath(st, single), "Resource"], value: [...current, ...news] });
    }
    const fixedAcl = /* @__PURE__ */ new Set();
    for (const st of added.keys()) {
      const cond = rawCondition(tree, st) ?? {};
      if (Object.values(cond).some((b) => b && typeof b === "object" && Object.keys(b).some((k) => k.toLowerCase() === "s3:x-amz-acl")))
        continue;
      fixedAcl.add(st);
      entry.ops.push({ path: [...stmtPath(st, single), "Condition", "StringEquals", "s3:x-amz-acl"], value: "bucket-owner-full-control" });
      entry.changes.push(`added the s3:x-amz-acl = bucket-owner-full-control condition to ${stmtName(st)}`);
    }
    for (const t of scope.targets) {
      for (const a of t.accounts) {
        for (const acl of [void 0, ...CANNED_ACLS.filter((x) => x !== "bucket-owner-full-control")]) {
          const d = evaluate(docs, putObjectRequest(scope, t, a, acl));
          for (const r of d.allowedBy) {
            if (fixedAcl.has(r.statement))
              continue;
            fixedAcl.add(r.statement);
            entry.ops.push({ path: [...stmtPath(r.statement, single), "Condition", "StringEquals", "s3:x-amz-acl"], value: "bucket-owner-full-control" });
            entry.changes.push(`added the s3:x-amz-acl = bucket-owner-full-control condition to ${stmtName(r.statement)}`);
          }
        }
      }
    }
    let aclDenied = false;
    for (const t of scope.targets) {
      for (const a of t.accounts) {
        const d = evaluate(docs, aclCheckRequest(scope, t, a));
        if (d.verdict !== "implicit-deny")
          continue;
        const acct = literalParts(a);
        const byCondition = d.trace.find((r) => r.statement.effect === "Allow" && r.element === "condition");
        if (byCondition && acct) {
          admit(byCondition.statement, acct);
        } else
          aclDenied = true;
      }
    }
    const allAccounts = [...new Set(accounts)];
    const unconditioned = (st) => Object.keys(sourceConditionsOf(rawCondition(tree, st) ?? {})).length === 0;
    if (allAccounts.length && [...conditionFor.keys()].some(unconditioned)) {
      for (const st of bp.doc.statements) {
        if (st.effect !== "Allow" || !unconditioned(st) || !deliveryPrincipal(tree, st))
          continue;
        conditionFor.delete(st);
        entry.ops.push({ path: [...stmtPath(st, single), "Condition", "StringEquals", "aws:SourceAccount"], value: allAccounts.length === 1 ? allAccounts[0] : allAccounts });
        entry.changes.push(`added aws:SourceAccount = ${allAccounts.join(", ")} to ${stmtName(st)}`);
      }
    }
    for (const [st, accts] of conditionFor) {
      const edits = sourceConditionEdits(rawCondition(tree, st) ?? {}, [...accts]);
      for (const e of edits)
        entry.ops.push({ path: [...stmtPath(st, single), "Condition", e.op, e.key], value: e.value });
      if (edits.length)
        entry.changes.push(`extended ${edits.map((e) => e.key).join(" and ")} of ${stmtName(st)} to source account(s) ${[...accts].join(", ")}`);
    }
    if (aclDenied && !bp.doc.statements.some((s) => s.sid === "AWSLogDeliveryAclCheck")) {
      const statement = {
        Sid: "AWSLogDeliveryAclCheck",
        Effect: "Allow",
        Principal: { Service: "delivery.logs.amazonaws.com" },
        Action: "s3:GetBucketAcl",
        Resource: `arn:${partition}:s3:::${bucket}`
      };
      const uniq = [...new Set(accounts)];
      const sibling = bp.doc.statements.map((st) => sourceConditionsOf(rawCondition(tree, st) ?? {})).find((c, i) => Object.keys(c).length > 0 && isDeliveryWrite(bp.doc.statements[i]));
      const inherited = sibling ? extendSourceConditions(sibling, uniq) ?? sibling : void 0;
      if (inherited)
        statement.Condition = inherited;
      else if (uniq.length)
        statement.Condition = { StringEquals: { "aws:SourceAccount": uniq.length === 1 ? uniq[0] : uniq } };
      entry.ops.push({ path: ["Statement", bp.doc.statements.length], value: statement, insert: true });
      entry.changes.push("added the AWSLogDeliveryAclCheck statement");
    }
  }
  const out = [];
  for (const [path, e] of byFile) {
    if (!e.ops.length)
      continue;
    let text = e.text;
    for (const op of e.ops)
      text = applyEdits(text, modify(text, op.path, op.value, { formattingOptions: e.fmt, ...op.insert ? { isArrayInsertion: true } : {} }));
    out.push({ path, before: e.text, after: text, changes: e.changes });
  }
  return out;
}
export {
  literal,
  planBucketPolicyFixes
};
