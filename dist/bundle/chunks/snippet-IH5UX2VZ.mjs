import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-U4K2SQRJ.mjs";
import {
  aclCheckRequest,
  putObjectRequest
} from "./chunk-RXFJR46R.mjs";
import {
  lineCol
} from "./chunk-RKRRC2OQ.mjs";
import {
  buildLinks,
  evaluate
} from "./chunk-NC6JVQ5I.mjs";
import "./chunk-AZMZFJYR.mjs";
import "./chunk-SJ5DMC32.mjs";
import {
  __toESM
} from "./chunk-S3OQVVMT.mjs";

// dist/src/fix/snippet.js
var import_yaml = __toESM(require_dist(), 1);
var literal = (p) => p.every((x) => typeof x === "string") ? p.join("") : void 0;
function suggestSnippets(model, accountIds, org) {
  const out = [];
  for (const scope of buildLinks(model, accountIds, org).buckets) {
    const bp = scope.policies[0];
    const src = bp?.origin.file;
    if (!bp || !src || src.path.endsWith(".json"))
      continue;
    const bucket = literal(scope.bucketName);
    const partition = literal(scope.partition) ?? "aws";
    if (!bucket)
      continue;
    const docs = scope.policies.map((p) => p.doc);
    const accountsOf = (t) => {
      const stated = t.accounts.map(literal).filter((a) => !!a);
      return stated.length === t.accounts.length && stated.length ? stated : [...accountIds];
    };
    const accounts = [...new Set(scope.targets.flatMap(accountsOf))];
    const yaml = /\.ya?ml$|\.template$/.test(src.path);
    const render = (v) => yaml ? (0, import_yaml.stringify)([v]).trimEnd() : JSON.stringify(v, null, 2);
    const where = `${src.path}${bp.pos ? `:${lineCol(src, bp.pos.start).line}` : ""}`;
    const condition = accounts.length ? { StringEquals: { "aws:SourceAccount": accounts.length === 1 ? accounts[0] : accounts } } : void 0;
    const aclDenied = scope.targets.some((t) => accountsOf(t).some((a) => evaluate(docs, aclCheckRequest(scope, t, [a])).verdict === "implicit-deny"));
    if (aclDenied) {
      out.push({
        where,
        what: "add the AWSLogDeliveryAclCheck statement",
        text: render({ Sid: "AWSLogDeliveryAclCheck", Effect: "Allow", Principal: { Service: "delivery.logs.amazonaws.com" }, Action: "s3:GetBucketAcl", Resource: `arn:${partition}:s3:::${bucket}`, ...condition ? { Condition: condition } : {} })
      });
    }
    const resources = [];
    const missing = [];
    for (const t of scope.targets) {
      for (const acct of accountsOf(t)) {
        if (evaluate(docs, putObjectRequest(scope, t, [acct], "bucket-owner-full-control")).verdict === "implicit-deny")
          missing.push(acct);
        const prefix = t.prefix.length ? `${literal(t.prefix) ?? ""}/` : "";
        const r = `arn:${partition}:s3:::${bucket}/${prefix}AWSLogs/${t.hive ? "aws-account-id=" : ""}${acct}/*`;
        if (!resources.includes(r))
          resources.push(r);
      }
    }
    if (missing.length) {
      out.push({
        where,
        what: `delivery cannot write for source account(s) ${[...new Set(missing)].join(", ")}; the delivery statement should read`,
        text: render({ Sid: "AWSLogDeliveryWrite", Effect: "Allow", Principal: { Service: "delivery.logs.amazonaws.com" }, Action: "s3:PutObject", Resource: resources, Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", ...condition?.StringEquals ?? {} } } })
      });
    }
  }
  return out;
}
export {
  suggestSnippets
};
