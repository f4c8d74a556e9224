import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  toMermaid
} from "./chunk-TPFGJ5YB.mjs";
import {
  DEFAULT_DOCS_BASE
} from "./chunk-RSNXDIDU.mjs";
import "./chunk-4NVFKBY2.mjs";
import "./chunk-B5YSNK2V.mjs";
import "./chunk-O3US66JJ.mjs";
import "./chunk-RXFJR46R.mjs";
import "./chunk-L3U4QQF4.mjs";
import "./chunk-EYGGUHXL.mjs";
import "./chunk-3VIJNASO.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-NC6JVQ5I.mjs";
import "./chunk-AZMZFJYR.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-Z7AWTSGF.mjs";
import {
  NO_INPUTS,
  counts,
  isEmptyRun
} from "./chunk-YBBCWRX7.mjs";
import {
  escapeControls,
  guardCommandLines
} from "./chunk-VKEVNBG2.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/graph/markdown-section.js
var GITHUB_COMMENT_LIMIT = 65536;
var COLLAPSE_OVER = 1500;
function failingChainsSection(graph, used, limit = GITHUB_COMMENT_LIMIT) {
  const failing = graph.chains.filter((c) => c.outcome === "fail");
  if (failing.length === 0)
    return [];
  const budget = limit - used - 900;
  let shown = [];
  let size = 0;
  for (const c of failing) {
    const s = toMermaid(graph, [c]).length;
    if (size + s > budget)
      break;
    shown.push(c);
    size += s;
  }
  let text = shown.length ? toMermaid(graph, shown) : "";
  while (shown.length && text.length > budget) {
    shown = shown.slice(0, -1);
    text = shown.length ? toMermaid(graph, shown) : "";
  }
  const lines = ["", "### Delivery chains with failures", ""];
  const block = ["```mermaid", ...text.trimEnd().split("\n"), "```"];
  if (shown.length) {
    if (text.length > COLLAPSE_OVER)
      lines.push("<details>", `<summary>${shown.length} chain${shown.length === 1 ? "" : "s"} (red, labelled FAIL: broken link; dashed, UNVERIFIABLE: not provable from the inputs)</summary>`, "", ...block, "", "</details>");
    else
      lines.push(...block);
  }
  const left = failing.length - shown.length;
  if (left > 0) {
    const names = failing.slice(shown.length, shown.length + 10).map((c) => c.name.replace(/[\\`*_[\]<>|~$&]/g, (ch) => `\\${ch}`).slice(0, 40));
    lines.push("", `${left} more chain${left === 1 ? "" : "s"} with failures left out to stay under GitHub's ${limit.toLocaleString("en-US")}-character comment limit (${names.join(", ")}${left > names.length ? ", \u2026" : ""}); run \`flowlog-lint graph\` to see them all.`);
  }
  return lines;
}

// dist/src/report/markdown.js
function mdText(s) {
  return escapeControls(s, "\r\n").replace(/[\\`*_[\]<>|~$]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/\r\n|\r|\n/g, "<br>");
}
function mdCode(s) {
  const t = escapeControls(s.replace(/\r\n|\r|\n/g, " ").replace(/\|/g, "\\|"));
  if (t === "")
    return "";
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = t.startsWith("`") || t.endsWith("`") || t.startsWith(" ") && t.endsWith(" ") ? " " : "";
  return `${fence}${pad}${t}${pad}${fence}`;
}
function mdMessage(s) {
  let out = "";
  let last = 0;
  for (const m of s.matchAll(/`([^`\r\n]+)`/g)) {
    out += mdText(s.slice(last, m.index)) + mdCode(m[1]);
    last = m.index + m[0].length;
  }
  return out + mdText(s.slice(last));
}
var SEVERITY = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function location(r) {
  if (r.file)
    return mdCode(r.line !== void 0 ? `${r.file}:${r.line}` : r.file);
  return r.source ? mdCode(r.source) : "";
}
function formatMarkdown(rep, _rules, opts = {}) {
  const docsBase = (opts.docsBase ?? DEFAULT_DOCS_BASE).replace(/\/+$/, "");
  const ruleLink = (id) => `[${mdCode(id)}](${docsBase}/${id.split("/").map(encodeURIComponent).join("/")}.md)`;
  const c = counts(rep.results);
  const active = rep.results.filter((r) => !r.suppressed);
  const infos = active.filter((r) => r.severity === "info").length;
  const total = c.errors + c.warnings;
  const checkIds = Object.keys(rep.checks).sort();
  const checked = checkIds.reduce((n, k) => {
    const x = rep.checks[k];
    return n + x.pass + x.fail + x.unverifiable;
  }, 0);
  const lines = [];
  const totals = [plural(c.errors, "error"), plural(c.warnings, "warning"), ...infos ? [`${infos} info`] : []].join(", ");
  if (isEmptyRun(rep))
    lines.push(`## \u26A0\uFE0F flowlog-lint: ${NO_INPUTS}`);
  else if (total === 0 && infos === 0)
    lines.push("## \u2705 flowlog-lint: no problems");
  else
    lines.push(`## ${c.errors ? "\u274C" : "\u26A0\uFE0F"} flowlog-lint: ${plural(total + infos, "problem")} (${totals})`);
  lines.push("");
  lines.push(`${plural(rep.files, "file")}, ${plural(rep.resources, "resource")}, ${plural(checked, "check")} \xB7 ${c.suppressed} suppressed \xB7 flowlog-lint ${mdText(rep.toolVersion)}`);
  lines.push("", "### Checks", "");
  if (checkIds.length === 0)
    lines.push("No rule applied to these inputs.");
  else {
    lines.push("| Rule | Pass | Fail | Unverifiable |", "| --- | ---: | ---: | ---: |");
    for (const id of checkIds) {
      const x = rep.checks[id];
      lines.push(`| ${ruleLink(id)} | ${x.pass} | ${x.fail} | ${x.unverifiable} |`);
    }
  }
  lines.push("", "### Findings", "");
  if (active.length === 0)
    lines.push(c.suppressed ? `No problems found (${c.suppressed} suppressed).` : "No problems found.");
  else {
    const shown = opts.maxFindings !== void 0 && opts.maxFindings >= 0 ? active.slice(0, opts.maxFindings) : active;
    lines.push("| Severity | Rule | Location | Resource | Message |", "| --- | --- | --- | --- | --- |");
    for (const r of shown) {
      const sev = r.status === "unverifiable" ? `${SEVERITY[r.severity]} (unverifiable)` : SEVERITY[r.severity];
      lines.push(`| ${sev} | ${ruleLink(r.ruleId)} | ${location(r)} | ${r.resource ? mdCode(r.resource) : ""} | ${mdMessage(r.message)} |`);
    }
    if (shown.length < active.length)
      lines.push("", `\u2026and ${plural(active.length - shown.length, "more finding")} not shown.`);
    if (c.suppressed)
      lines.push("", `${c.suppressed} suppressed finding${c.suppressed === 1 ? "" : "s"} not shown.`);
  }
  if (opts.graph)
    lines.push(...failingChainsSection(opts.graph, lines.join("\n").length + 1));
  return guardCommandLines(`${lines.join("\n")}
`, (c2) => `\\${c2}`);
}
export {
  formatMarkdown,
  mdCode,
  mdMessage,
  mdText
};
