import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  NO_INPUTS,
  isEmptyRun
} from "./chunk-YBBCWRX7.mjs";
import {
  escapeControls,
  guardCommandLines
} from "./chunk-VKEVNBG2.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/report/junit.js
var CHECKS_SUITE = "flowlog-lint checks";
function xmlEscape(s) {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]).replace(/[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `&#${c.charCodeAt(0)};`);
}
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "	": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;"
};
function xmlText(s) {
  return xmlEscape(s).replace(/&#10;/g, "\n");
}
function attrs(a) {
  return Object.entries(a).map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`).join("");
}
function describe(r) {
  const loc = r.line !== void 0 ? `${r.line}:${r.column ?? 1} ` : "";
  const msg = r.status === "unverifiable" ? `[unverifiable] ${r.message}` : r.message;
  const res = r.resource && !(r.file ?? "").endsWith(r.resource) ? ` [${r.resource}]` : "";
  return `${loc}${msg}${res}`;
}
var C0_KEPT = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== "\n" && c !== "\r").join("");
function describeLine(r) {
  return escapeControls(describe(r), C0_KEPT);
}
function suite(name, cases, lines) {
  const failures = cases.filter((c) => c.failed).length;
  const skipped = cases.filter((c) => c.skipped).length;
  lines.push(`  <testsuite${attrs({ name, tests: cases.length, failures, errors: 0, skipped })}>`);
  for (const c of cases) {
    const open = `    <testcase${attrs({ classname: name, name: c.name })}`;
    if (c.body.length === 0)
      lines.push(`${open}/>`);
    else
      lines.push(`${open}>`, ...c.body.map((b) => `      ${b}`), "    </testcase>");
  }
  lines.push("  </testsuite>");
}
function formatJunit(rep, _rules, opts = {}) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of rep.results) {
    const key = r.file ?? r.source ?? "(live)";
    const byRule = groups.get(key) ?? /* @__PURE__ */ new Map();
    groups.set(key, byRule);
    byRule.set(r.ruleId, [...byRule.get(r.ruleId) ?? [], r]);
  }
  const suites = [];
  const reported = /* @__PURE__ */ new Set();
  for (const [file, byRule] of groups) {
    const cases = [];
    for (const ruleId of [...byRule.keys()].sort()) {
      const rs = byRule.get(ruleId);
      reported.add(ruleId);
      const active = rs.filter((r) => !r.suppressed);
      const failing = active.filter((r) => r.severity !== "info");
      const infos = active.filter((r) => r.severity === "info");
      const suppressed = rs.filter((r) => r.suppressed);
      const body = [];
      if (failing.length) {
        const type = failing.some((r) => r.severity === "error") ? "error" : "warning";
        const message = failing.length === 1 ? describe(failing[0]) : `${failing.length} problems`;
        body.push(`<failure${attrs({ message, type })}>${xmlText(failing.map(describeLine).join("\n"))}</failure>`);
      } else if (!infos.length && suppressed.length) {
        const why = [...new Set(suppressed.map((r) => r.suppressed?.justification ?? ""))].join("; ");
        body.push(`<skipped${attrs({ message: `suppressed: ${why}` })}/>`);
      }
      const out = [
        ...infos.map((r) => `info: ${describeLine(r)}`),
        ...suppressed.map((r) => `suppressed (${escapeControls(r.suppressed?.justification ?? "", C0_KEPT)}): ${describeLine(r)}`)
      ];
      if (out.length)
        body.push(`<system-out>${xmlText(out.join("\n"))}</system-out>`);
      cases.push({ name: ruleId, body, failed: failing.length > 0, skipped: !failing.length && !infos.length && suppressed.length > 0 });
    }
    suites.push({ name: file, cases });
  }
  const checkCases = [];
  for (const ruleId of Object.keys(rep.checks).sort()) {
    if (reported.has(ruleId))
      continue;
    const c = rep.checks[ruleId];
    const text = `${c.pass} passed, ${c.fail} failed, ${c.unverifiable} unverifiable`;
    checkCases.push({ name: ruleId, body: [`<system-out>${xmlText(text)}</system-out>`], failed: false, skipped: false });
  }
  if (isEmptyRun(rep))
    checkCases.push({ name: NO_INPUTS, body: [`<skipped${attrs({ message: `${NO_INPUTS}${rep.skipped ? ` (${rep.skipped} file(s) skipped as not inputs)` : ""}` })}/>`], failed: false, skipped: true });
  suites.push({ name: CHECKS_SUITE, cases: checkCases });
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + s.cases.filter((c) => c.failed).length, 0);
  const skipped = suites.reduce((n, s) => n + s.cases.filter((c) => c.skipped).length, 0);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attrs({ name: opts.name ?? "flowlog-lint", tests, failures, errors: 0, skipped })}>`];
  for (const s of suites)
    suite(s.name, s.cases, lines);
  lines.push("</testsuites>");
  return guardCommandLines(`${lines.join("\n")}
`, (c) => `&#${c.charCodeAt(0)};`);
}
export {
  CHECKS_SUITE,
  formatJunit,
  xmlEscape
};
