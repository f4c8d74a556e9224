import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  toDot,
  toMermaid
} from "./chunk-TPFGJ5YB.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/graph/command.js
function graphText(graph, format) {
  if (graph.chains.length === 0)
    return format === "dot" ? "digraph flowlogs {\n}\n" : 'flowchart LR\n  none["no flow log found"]\n';
  return format === "dot" ? toDot(graph) : toMermaid(graph);
}
function inputErrors(results) {
  return results.filter((r) => r.ruleId === "parse-error").map((r) => `flowlog-lint: ${r.file ?? r.source ?? ""}${r.line !== void 0 ? `:${r.line}:${r.column ?? 1}` : ""}: ${r.message}
`).join("");
}
export {
  graphText,
  inputErrors
};
