import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  capQuotedValues
} from "./chunk-3VIJNASO.mjs";
import {
  lineCol
} from "./chunk-RKRRC2OQ.mjs";
import {
  buildLinks,
  display
} from "./chunk-NC6JVQ5I.mjs";
import "./chunk-AZMZFJYR.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/graph/chain.js
var RANK = { pass: 0, unverifiable: 1, fail: 2 };
function worst(a, b) {
  return RANK[a] >= RANK[b] ? a : b;
}
var DESTINATION = ["flow-log/destination-arn", "flow-log/destination-settings", "flow-log/delivery-status", "arn/"];
var GUARDS = {
  s3: { source: [...DESTINATION, "flow-log/reserved-subfolder", "bucket-policy/"], target: ["bucket-policy/", "arn/"] },
  // With a policy in the scan its findings belong on the policy edge (a live bucket and its policy
  // share a name, so they would otherwise show twice).
  s3WithPolicy: { source: [...DESTINATION, "flow-log/reserved-subfolder", "bucket-policy/"], target: ["arn/"] },
  policy: { source: [], target: ["bucket-policy/", "policy/"] },
  bucketKey: { source: ["kms/"], target: ["kms/", "policy/"] },
  assumes: { source: ["delivery-role/", "creator/pass-role"], target: ["delivery-role/trust", "delivery-role/overbroad-trust", "delivery-role/trust-conditions"] },
  roleWrites: { source: ["delivery-role/permissions", "policy/"], target: [] },
  logGroup: { source: DESTINATION, target: [] },
  groupKey: { source: ["kms/"], target: ["kms/", "policy/"] },
  firehose: { source: DESTINATION, target: [] }
};
function whereOf(origin, p) {
  if (origin.file)
    return p && p.src === origin.file ? `${origin.file.path}:${lineCol(p.src, p.start).line}` : origin.file.path;
  const m = origin.source ? /^aws:([^:]*):(.*)$/.exec(origin.source) : null;
  return m ? `${m[1]}/${m[2]}` : origin.source ?? "";
}
function resultKey(name, place) {
  return `${name}\0${place ?? ""}`;
}
function buildChainGraph(model, accountIds, results, links) {
  const l = links ?? buildLinks(model, accountIds);
  const b = new GraphBuilder(resultsByResource(results));
  const chains = l.flowLogs.map((link) => b.chain(link, l));
  b.settleNodes();
  for (const c of chains) {
    c.outcome = c.nodes.reduce((o, k) => worst(o, b.nodes.get(k)?.outcome ?? "pass"), "pass");
    c.outcome = c.edges.reduce((o, e) => worst(o, e.outcome), c.outcome);
  }
  chains.sort((x, y) => cmp(x.where, y.where) || cmp(x.name, y.name) || cmp(x.flowLog, y.flowLog));
  return { nodes: b.nodes, chains };
}
function resultsByResource(results) {
  const byResource = /* @__PURE__ */ new Map();
  for (const r of results) {
    if (r.suppressed || !r.resource)
      continue;
    const k = resultKey(r.resource, r.file ?? r.source);
    byResource.set(k, [...byResource.get(k) ?? [], r]);
  }
  return byResource;
}
function matches(id, prefixes) {
  return prefixes.some((p) => id.startsWith(p));
}
var GraphBuilder = class {
  byResource;
  nodes = /* @__PURE__ */ new Map();
  /** Results shown on some edge (so a node lists only the rest). */
  shown = /* @__PURE__ */ new Set();
  resultsOf = /* @__PURE__ */ new Map();
  constructor(byResource) {
    this.byResource = byResource;
  }
  node = (kind, name, r) => {
    const where = r ? whereOf(r.origin, r.pos) : "";
    const key = `${kind}\0${name}\0${where}`;
    if (!this.nodes.has(key)) {
      this.nodes.set(key, { key, kind, name: capQuotedValues(name), where, inScan: r !== void 0, outcome: "pass", rules: [] });
      this.resultsOf.set(key, r ? this.byResource.get(resultKey(name, r.origin.file?.path ?? r.origin.source)) ?? [] : []);
    }
    return key;
  };
  /** A flow log's chain: its destination and role, each dependency an edge. */
  chain(link, l) {
    const fl = link.flowLog;
    const flKey = this.node("flow-log", fl.name, fl);
    const edges = [];
    const members = [flKey];
    const edge = (from, to, relation, guard, provenBy = false) => {
      edges.push(this.edge(from, to, relation, guard, provenBy));
      if (!members.includes(to))
        members.push(to);
    };
    addDestination(link, l, flKey, this.node, edge);
    const src = fl.origin.source ? /^aws:([^:]*):(.*)$/.exec(fl.origin.source) : null;
    return {
      flowLog: flKey,
      name: fl.name,
      where: this.nodes.get(flKey)?.where ?? "",
      ...fl.origin.file ? { file: fl.origin.file.path } : {},
      ...src ? { account: src[1], region: src[2] } : {},
      nodes: members,
      edges,
      outcome: "pass"
    };
  }
  /** An edge coloured by the results that guard it, on its source and on its target. */
  edge(from, to, relation, guard, provenBy) {
    const e = { from, to, relation, outcome: "pass", notes: [] };
    const notes = /* @__PURE__ */ new Set();
    const take = (key, prefixes) => {
      for (const r of this.resultsOf.get(key) ?? []) {
        if (!matches(r.ruleId, prefixes))
          continue;
        this.shown.add(r);
        e.outcome = worst(e.outcome, r.status);
        notes.add(r.ruleId);
      }
    };
    take(from, guard.source);
    take(to, guard.target);
    const target = this.nodes.get(to);
    if (target && !target.inScan && !(target.kind === "bucket" && provenBy)) {
      e.outcome = worst(e.outcome, "unverifiable");
      notes.add(target.kind === "firehose" ? "stream not checked" : "not in scan");
    }
    e.notes = [...notes].sort();
    return e;
  }
  /** Results no edge carries stay on their node. Call after every chain is built. */
  settleNodes() {
    for (const [key, rs] of this.resultsOf) {
      const n = this.nodes.get(key);
      const ids = /* @__PURE__ */ new Set();
      for (const r of rs) {
        if (this.shown.has(r))
          continue;
        n.outcome = worst(n.outcome, r.status);
        ids.add(r.ruleId);
      }
      n.rules = [...ids].sort();
    }
  }
};
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function addDestination(link, l, flKey, node, edge) {
  const fl = link.flowLog;
  if (link.type === "s3") {
    if (link.s3Unknown) {
      edge(flKey, node("unresolved", `S3 destination: ${link.s3Unknown.reason}`), "delivers to", GUARDS.s3);
      return;
    }
    const scope = link.bucketScope;
    if (!scope) {
      edge(flKey, node("unresolved", `S3 destination: ${display(fl.destination)}`), "delivers to", GUARDS.s3);
      return;
    }
    const b = scope.bucket;
    const bKey = b ? node("bucket", b.name, b) : node("bucket", display(scope.bucketName));
    edge(flKey, bKey, "delivers to", scope.policies.length ? GUARDS.s3WithPolicy : GUARDS.s3, scope.policies.length > 0);
    for (const p of scope.policies)
      edge(bKey, node("bucket-policy", p.name, p), "policy", GUARDS.policy);
    const kl = b ? l.keyOf(b) : void 0;
    if (kl)
      edge(bKey, kl.key ? node("kms-key", kl.key.name, kl.key) : node("kms-key", display(kl.ref)), "encrypted by", GUARDS.bucketKey);
    return;
  }
  if (link.type === "cloud-watch-logs" || link.type === "kinesis-data-firehose") {
    let from = flKey;
    if (link.roleArn) {
      const rKey = link.role ? node("role", link.role.name, link.role) : node("role", display(link.roleArn));
      edge(flKey, rKey, "assumes", GUARDS.assumes);
      from = rKey;
    }
    if (link.type === "cloud-watch-logs") {
      const g = link.logGroup;
      const name = g ? g.name : link.logGroupName ? display(link.logGroupName) : void 0;
      if (!name) {
        edge(from, node("unresolved", `log group: ${display(fl.logGroupName ?? fl.destination)}`), "writes to", from === flKey ? GUARDS.logGroup : GUARDS.roleWrites);
        return;
      }
      const gKey = g ? node("log-group", g.name, g) : node("log-group", name);
      edge(from, gKey, "writes to", from === flKey ? GUARDS.logGroup : GUARDS.roleWrites);
      if (from !== flKey) {
        edge(flKey, gKey, "delivers to", GUARDS.logGroup);
      }
      if (g?.kmsKeyId) {
        const kl = l.keyByRef(g.kmsKeyId);
        edge(gKey, kl.key ? node("kms-key", kl.key.name, kl.key) : node("kms-key", display(kl.ref)), "encrypted by", GUARDS.groupKey);
      }
      return;
    }
    edge(flKey, node("firehose", display(fl.destination)), "delivers to", GUARDS.firehose);
    return;
  }
  edge(flKey, node("unresolved", `destination type ${display(fl.destinationType)}`), "delivers to", GUARDS.firehose);
}
export {
  buildChainGraph,
  worst
};
