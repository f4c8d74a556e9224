import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  fingerprints
} from "./chunk-4NVFKBY2.mjs";
import {
  PARSE_ERROR,
  SUPPRESSION_RESULTS
} from "./chunk-B5YSNK2V.mjs";
import {
  jsonSafe
} from "./chunk-VKEVNBG2.mjs";

// dist/src/report/sarif.js
var DEFAULT_DOCS_BASE = "https://github.com/flowlog-lint/flowlog-lint/blob/main/docs/rules";
var DEFAULT_INFORMATION_URI = "https://github.com/flowlog-lint/flowlog-lint";
var FINGERPRINT_KEY = "flowlogLint/v2";
var PSEUDO_RULES = [PARSE_ERROR, ...SUPPRESSION_RESULTS];
function sarifLevel(s) {
  return s === "error" ? "error" : s === "warning" ? "warning" : "note";
}
function ruleTable(rules, results) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of [...rules, ...PSEUDO_RULES]) {
    if (seen.has(r.id))
      continue;
    seen.add(r.id);
    out.push(r);
  }
  const unknown = [...new Set(results.map((r) => r.ruleId).filter((id) => !seen.has(id)))].sort();
  for (const id of unknown) {
    const sev = results.find((r) => r.ruleId === id)?.severity ?? "warning";
    out.push({ id, severity: sev, description: `Results of ${id}.`, source: "flowlog-lint" });
  }
  return out;
}
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]?.toUpperCase() + w.slice(1)).join("");
}
function fileUri(file) {
  const f = file.split("\\").join("/");
  const enc = (p) => p.split("/").map(encodeURIComponent).join("/");
  if (/^[A-Za-z]:\//.test(f))
    return { uri: `file:///${f.slice(0, 2)}${enc(f.slice(2))}` };
  if (f.startsWith("/"))
    return { uri: `file://${enc(f)}` };
  return { uri: enc(f.replace(/^(\.\/)+/, "")), uriBaseId: "%SRCROOT%" };
}
function liveArtifact(source) {
  return { uri: source.split(":").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function sortedChecks(checks) {
  const out = {};
  for (const k of Object.keys(checks).sort())
    out[k] = checks[k];
  return out;
}
function formatSarif(rep, rules, opts = {}) {
  const docsBase = (opts.docsBase ?? DEFAULT_DOCS_BASE).replace(/\/+$/, "");
  const table = ruleTable(rules, rep.results);
  const index = new Map(table.map((r, i) => [r.id, i]));
  const fps = fingerprints(rep.results);
  const results = rep.results.map((r, i) => {
    const fingerprint = fps[i];
    let location;
    if (r.file !== null && r.file !== "") {
      const physicalLocation = { artifactLocation: fileUri(r.file) };
      if (r.line !== void 0 && r.line > 0) {
        const startColumn = r.column !== void 0 && r.column > 0 ? r.column : 1;
        const endLine = r.endLine !== void 0 && r.endLine >= r.line ? r.endLine : r.line;
        let endColumn = r.endColumn !== void 0 && r.endColumn > 0 ? r.endColumn : startColumn;
        if (endLine === r.line && endColumn < startColumn)
          endColumn = startColumn;
        physicalLocation.region = { startLine: r.line, startColumn, endLine, endColumn };
      }
      location = { physicalLocation };
    } else if (r.resource !== void 0 || r.source !== void 0) {
      const name = r.resource ?? r.source ?? "";
      const fullyQualifiedName = r.source !== void 0 && r.resource !== void 0 ? `${r.source}/${r.resource}` : name;
      const artifact = r.source !== void 0 ? liveArtifact(r.source) : void 0;
      location = { ...artifact ? { physicalLocation: { artifactLocation: artifact } } : {}, logicalLocations: [{ name, fullyQualifiedName, kind: "resource" }] };
    }
    const properties = { status: r.status };
    if (r.resource !== void 0)
      properties.resource = r.resource;
    if (r.source !== void 0)
      properties.source = r.source;
    return {
      ruleId: r.ruleId,
      ruleIndex: index.get(r.ruleId),
      level: sarifLevel(r.severity),
      message: { text: r.status === "unverifiable" ? `[unverifiable] ${r.message}` : r.message },
      ...location ? { locations: [location] } : {},
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
      ...r.suppressed ? { suppressions: [{ kind: r.suppressed.kind === "baseline" ? "external" : "inSource", justification: r.suppressed.justification }] } : {},
      properties
    };
  });
  const srcRoot = opts.srcRoot !== void 0 ? dirUri(opts.srcRoot) : void 0;
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "flowlog-lint",
            version: rep.toolVersion,
            .../^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(rep.toolVersion) ? { semanticVersion: rep.toolVersion } : {},
            informationUri: opts.informationUri ?? DEFAULT_INFORMATION_URI,
            rules: table.map((m) => ({
              id: m.id,
              name: ruleName(m.id),
              shortDescription: { text: m.description },
              fullDescription: { text: `${m.description} Source: ${m.source}` },
              helpUri: `${docsBase}/${m.id.split("/").map(encodeURIComponent).join("/")}.md`,
              defaultConfiguration: { level: sarifLevel(m.severity) },
              properties: { tags: [m.id.includes("/") ? m.id.slice(0, m.id.indexOf("/")) : m.id] }
            }))
          }
        },
        invocations: [{ executionSuccessful: true }],
        ...srcRoot ? { originalUriBaseIds: { "%SRCROOT%": { uri: srcRoot } } } : {},
        columnKind: "utf16CodeUnits",
        results,
        properties: { files: rep.files, skipped: rep.skipped ?? 0, resources: rep.resources, checks: sortedChecks(rep.checks) }
      }
    ]
  };
  return `${jsonSafe(JSON.stringify(log, null, 2))}
`;
}
function dirUri(dir) {
  const d = dir.split("\\").join("/");
  const enc = (p) => p.split("/").map(encodeURIComponent).join("/");
  const body = /^[A-Za-z]:\//.test(d) ? `/${d.slice(0, 2)}${enc(d.slice(2))}` : enc(d.startsWith("/") ? d : `/${d}`);
  return `file://${body.endsWith("/") ? body : `${body}/`}`;
}

export {
  DEFAULT_DOCS_BASE,
  DEFAULT_INFORMATION_URI,
  FINGERPRINT_KEY,
  PSEUDO_RULES,
  sarifLevel,
  ruleTable,
  fileUri,
  liveArtifact,
  formatSarif
};
