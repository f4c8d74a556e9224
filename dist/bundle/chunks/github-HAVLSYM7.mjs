import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  NO_INPUTS,
  counts,
  isEmptyRun
} from "./chunk-YBBCWRX7.mjs";
import {
  escapeControls
} from "./chunk-VKEVNBG2.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/report/github.js
function escapeData(s) {
  return escapeControls(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function annotation(r) {
  const props = [];
  if (r.file) {
    props.push(["file", r.file.split("\\").join("/")]);
    if (r.line !== void 0) {
      props.push(["line", r.line]);
      if (r.column !== void 0)
        props.push(["col", r.column]);
      const endLine = r.endLine ?? r.line;
      props.push(["endLine", endLine]);
      const endColumn = r.endColumn ?? r.column;
      if (endColumn !== void 0)
        props.push(["endColumn", endColumn]);
    }
  }
  props.push(["title", r.ruleId]);
  const where = r.file ? "" : r.source ? `${r.source}: ` : "";
  const res = r.resource && !(r.file ?? "").endsWith(r.resource) ? ` [${r.resource}]` : "";
  const msg = `${where}${r.status === "unverifiable" ? "[unverifiable] " : ""}${r.message}${res}`;
  return `::${COMMAND[r.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(msg)}`;
}
function formatGithub(rep, _rules, _opts = {}) {
  const lines = rep.results.filter((r) => !r.suppressed).map(annotation);
  const c = counts(rep.results);
  const infos = rep.results.filter((r) => !r.suppressed && r.severity === "info").length;
  const total = c.errors + c.warnings;
  const parts = [`${c.errors} error${c.errors === 1 ? "" : "s"}`, `${c.warnings} warning${c.warnings === 1 ? "" : "s"}`];
  if (infos)
    parts.push(`${infos} info`);
  const tail = c.suppressed ? `, ${c.suppressed} suppressed` : "";
  if (isEmptyRun(rep))
    lines.push(`flowlog-lint: ${NO_INPUTS}`);
  else
    lines.push(total === 0 && infos === 0 ? `flowlog-lint: no problems in ${rep.files} file(s)${tail}` : `flowlog-lint: ${parts.join(", ")}${tail}`);
  return `${lines.join("\n")}
`;
}
export {
  escapeData,
  escapeProperty,
  formatGithub
};
