import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  aclCheckRequest,
  buildLinks,
  display,
  evaluate,
  literal,
  putObjectRequest
} from "./chunk-KOFMTL3Y.mjs";
import {
  applyEdits,
  findNodeAtLocation,
  modify,
  parseTree
} from "./chunk-AVUPMHOO.mjs";
import "./chunk-S3OQVVMT.mjs";

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
function planBucketPolicyFixes(model, accountIds) {
  const links = buildLinks(model, accountIds);
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
    const added = /* @__PURE__ */ new Map();
    for (const t of scope.targets) {
      for (const a of t.accounts) {
        const acct = literalParts(a);
        if (!acct)
          continue;
        const d = evaluate(docs, putObjectRequest(scope, t, a, "bucket-owner-full-control"));
        if (d.verdict !== "implicit-deny")
          continue;
        const near = d.trace.find((r) => r.statement.effect === "Allow" && r.element === "resource");
        if (!near || !near.statement.resource)
          continue;
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
    for (const t of scope.targets) {
      for (const a of t.accounts) {
        for (const acl of [void 0, "public-read"]) {
          const d = evaluate(docs, putObjectRequest(scope, t, a, acl));
          for (const r of d.allowedBy) {
            if (fixedAcl.has(r.statement))
              continue;
            fixedAcl.add(r.statement);
            entry.ops.push({ path: [...stmtPath(r.statement, single), "Condition", "StringEquals", "s3:x-amz-acl"], value: "bucket-owner-full-control" });
            entry.changes.push(`added the s3:x-amz-acl = bucket-owner-full-control condition to ${r.statement.sid ? `statement ${r.statement.sid}` : `statement #${r.statement.index + 1}`}`);
          }
        }
      }
    }
    const aclDenied = scope.targets.some((t) => t.accounts.some((a) => evaluate(docs, aclCheckRequest(scope, t, a)).verdict === "implicit-deny"));
    if (aclDenied && !bp.doc.statements.some((s) => s.sid === "AWSLogDeliveryAclCheck")) {
      const statement = {
        Sid: "AWSLogDeliveryAclCheck",
        Effect: "Allow",
        Principal: { Service: "delivery.logs.amazonaws.com" },
        Action: "s3:GetBucketAcl",
        Resource: `arn:${partition}:s3:::${bucket}`
      };
      const uniq = [...new Set(accounts)];
      if (uniq.length)
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
