import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  jsonSafe
} from "./chunk-VKEVNBG2.mjs";

// dist/src/report/json.js
var NO_INPUTS = "no flow-log inputs found";
function isEmptyRun(rep) {
  return (rep.empty ?? (rep.files === 0 && rep.resources === 0)) && rep.results.length === 0;
}
function counts(results) {
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  for (const r of results) {
    if (r.suppressed)
      suppressed++;
    else if (r.severity === "error")
      errors++;
    else if (r.severity === "warning")
      warnings++;
  }
  return { errors, warnings, suppressed };
}
function formatJson(rep) {
  const c = counts(rep.results);
  const sortedChecks = {};
  for (const k of Object.keys(rep.checks).sort())
    sortedChecks[k] = rep.checks[k];
  const out = {
    version: 1,
    tool: { name: "flowlog-lint", version: rep.toolVersion },
    results: rep.results.map((r) => ({
      ruleId: r.ruleId,
      severity: r.severity,
      status: r.status,
      message: r.message,
      file: r.file,
      ...r.source ? { source: r.source } : {},
      ...r.line !== void 0 ? { line: r.line, column: r.column, endLine: r.endLine ?? r.line, endColumn: r.endColumn ?? r.column } : {},
      ...r.resource ? { resource: r.resource } : {},
      ...r.suppressed ? { suppressed: r.suppressed } : {}
    })),
    summary: { files: rep.files, skipped: rep.skipped ?? 0, resources: rep.resources, ...c, checks: sortedChecks }
  };
  return `${jsonSafe(JSON.stringify(out, null, 2))}
`;
}

export {
  NO_INPUTS,
  isEmptyRun,
  counts,
  formatJson
};
