import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  applyEdits,
  findNodeAtLocation,
  getNodeValue,
  modify,
  parseTree
} from "./chunk-XW2AUBQH.mjs";
import {
  CANNED_ACLS
} from "./chunk-O3US66JJ.mjs";
import {
  aclCheckRequest,
  putObjectRequest
} from "./chunk-RXFJR46R.mjs";
import {
  buildLinks,
  display,
  evaluate,
  literal
} from "./chunk-NC6JVQ5I.mjs";
import "./chunk-AZMZFJYR.mjs";
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
function stmtPath(s) {
  return ["Statement", s.index];
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
    const file = editableFile(scope);
    if (!file)
      continue;
    const { src, doc, tree, bucket, partition } = file;
    const entry = byFile.get(src.path) ?? { text: src.text, ops: [], changes: [], fmt: formatting(src.text) };
    byFile.set(src.path, entry);
    planFile({ scope, doc, docs: scope.policies.map((p) => p.doc), tree, bucket, partition, entry, conditionFor: /* @__PURE__ */ new Map() });
  }
  return applyPlans(byFile);
}
function editableFile(scope) {
  const bp = scope.policies[0];
  const src = bp?.origin.file;
  if (!bp || scope.policies.length !== 1 || !src || !src.path.endsWith(".json") || bp.doc.pos?.start !== 0 && src.text.trimStart() !== src.text.slice(bp.doc.pos?.start ?? 0))
    return void 0;
  const tree = parseTree(src.text);
  if (!tree || !findNodeAtLocation(tree, ["Statement"]))
    return void 0;
  if (findNodeAtLocation(tree, ["Statement"])?.type === "object")
    return void 0;
  const bucket = literalParts(scope.bucketName);
  const partition = literalParts(scope.partition);
  if (!bucket || !partition)
    return void 0;
  return { src, doc: bp.doc, tree, bucket, partition };
}
function planFile(p) {
  const accounts = p.scope.targets.flatMap((t) => t.accounts.map((a) => literalParts(a))).filter((a) => !!a);
  const added = addResourceEntries(p);
  addOwnerFullControl(p, added);
  const aclDenied = admitToAclCheck(p);
  addSourceConditions(p, [...new Set(accounts)]);
  if (aclDenied && !p.doc.statements.some((s) => s.sid === "AWSLogDeliveryAclCheck"))
    addAclCheck(p, [...new Set(accounts)]);
}
function admit(p, st, acct) {
  p.conditionFor.set(st, (p.conditionFor.get(st) ?? /* @__PURE__ */ new Set()).add(acct));
}
function addResourceEntries(p) {
  const added = /* @__PURE__ */ new Map();
  for (const t of p.scope.targets) {
    for (const a of t.accounts) {
      const acct = literalParts(a);
      if (!acct)
        continue;
      const d = evaluate(p.docs, putObjectRequest(p.scope, t, a, "bucket-owner-full-control"));
      if (d.verdict !== "implicit-deny")
        continue;
      const byCondition = d.trace.find((r) => r.statement.effect === "Allow" && r.element === "condition");
      if (byCondition) {
        admit(p, byCondition.statement, acct);
        continue;
      }
      const near = d.trace.find((r) => r.statement.effect === "Allow" && r.element === "resource");
      if (!near || !near.statement.resource)
        continue;
      admit(p, near.statement, acct);
      const prefix = t.prefix.length ? `${literalParts(t.prefix) ?? ""}/` : "";
      const resource = `arn:${p.partition}:s3:::${p.bucket}/${prefix}AWSLogs/${t.hive ? "aws-account-id=" : ""}${acct}/*`;
      const list = added.get(near.statement) ?? [];
      if (!list.includes(resource))
        list.push(resource);
      added.set(near.statement, list);
      p.entry.changes.push(`added Resource ${resource} for source account ${acct}`);
    }
  }
  for (const [st, news] of added) {
    const current = st.resource ? st.resource.kind === "arr" ? st.resource.items.map((x) => display(x)) : [display(st.resource)] : [];
    p.entry.ops.push({ path: [...stmtPath(st), "Resource"], value: [...current, ...news] });
  }
  return added;
}
function addOwnerFullControl(p, added) {
  const fixedAcl = /* @__PURE__ */ new Set();
  const fix = (st) => {
    fixedAcl.add(st);
    p.entry.ops.push({ path: [...stmtPath(st), "Condition", "StringEquals", "s3:x-amz-acl"], value: "bucket-owner-full-control" });
    p.entry.changes.push(`added the s3:x-amz-acl = bucket-owner-full-control condition to ${stmtName(st)}`);
  };
  for (const st of added.keys()) {
    const cond = rawCondition(p.tree, st) ?? {};
    if (Object.values(cond).some((b) => b && typeof b === "object" && Object.keys(b).some((k) => k.toLowerCase() === "s3:x-amz-acl")))
      continue;
    fix(st);
  }
  for (const t of p.scope.targets) {
    for (const a of t.accounts) {
      for (const acl of [void 0, ...CANNED_ACLS.filter((x) => x !== "bucket-owner-full-control")]) {
        const d = evaluate(p.docs, putObjectRequest(p.scope, t, a, acl));
        for (const r of d.allowedBy)
          if (!fixedAcl.has(r.statement))
            fix(r.statement);
      }
    }
  }
}
function admitToAclCheck(p) {
  let aclDenied = false;
  for (const t of p.scope.targets) {
    for (const a of t.accounts) {
      const d = evaluate(p.docs, aclCheckRequest(p.scope, t, a));
      if (d.verdict !== "implicit-deny")
        continue;
      const acct = literalParts(a);
      const byCondition = d.trace.find((r) => r.statement.effect === "Allow" && r.element === "condition");
      if (byCondition && acct)
        admit(p, byCondition.statement, acct);
      else
        aclDenied = true;
    }
  }
  return aclDenied;
}
function addSourceConditions(p, allAccounts) {
  const unconditioned = (st) => Object.keys(sourceConditionsOf(rawCondition(p.tree, st) ?? {})).length === 0;
  if (allAccounts.length && [...p.conditionFor.keys()].some(unconditioned)) {
    for (const st of p.doc.statements) {
      if (st.effect !== "Allow" || !unconditioned(st) || !deliveryPrincipal(p.tree, st))
        continue;
      p.conditionFor.delete(st);
      p.entry.ops.push({ path: [...stmtPath(st), "Condition", "StringEquals", "aws:SourceAccount"], value: allAccounts.length === 1 ? allAccounts[0] : allAccounts });
      p.entry.changes.push(`added aws:SourceAccount = ${allAccounts.join(", ")} to ${stmtName(st)}`);
    }
  }
  for (const [st, accts] of p.conditionFor) {
    const edits = sourceConditionEdits(rawCondition(p.tree, st) ?? {}, [...accts]);
    for (const e of edits)
      p.entry.ops.push({ path: [...stmtPath(st), "Condition", e.op, e.key], value: e.value });
    if (edits.length)
      p.entry.changes.push(`extended ${edits.map((e) => e.key).join(" and ")} of ${stmtName(st)} to source account(s) ${[...accts].join(", ")}`);
  }
}
function addAclCheck(p, accounts) {
  const statement = {
    Sid: "AWSLogDeliveryAclCheck",
    Effect: "Allow",
    Principal: { Service: "delivery.logs.amazonaws.com" },
    Action: "s3:GetBucketAcl",
    Resource: `arn:${p.partition}:s3:::${p.bucket}`
  };
  const statements = p.doc.statements;
  const sibling = statements.map((st) => sourceConditionsOf(rawCondition(p.tree, st) ?? {})).find((c, i) => Object.keys(c).length > 0 && isDeliveryWrite(statements[i]));
  const inherited = sibling ? extendSourceConditions(sibling, accounts) ?? sibling : void 0;
  if (inherited)
    statement.Condition = inherited;
  else if (accounts.length)
    statement.Condition = { StringEquals: { "aws:SourceAccount": accounts.length === 1 ? accounts[0] : accounts } };
  p.entry.ops.push({ path: ["Statement", statements.length], value: statement, insert: true });
  p.entry.changes.push("added the AWSLogDeliveryAclCheck statement");
}
function applyPlans(byFile) {
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
