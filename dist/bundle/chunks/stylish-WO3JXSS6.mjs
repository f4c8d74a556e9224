import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
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

// dist/src/report/stylish.js
var WIDTH = 120;
function wrap(text, width) {
  const out = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else
      line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  return out;
}
function formatStylish(rep, color) {
  const paint = (code, s) => color ? `\x1B[${code}m${s}\x1B[0m` : s;
  const groups = /* @__PURE__ */ new Map();
  for (const r of rep.results) {
    if (r.suppressed)
      continue;
    const k = escapeControls(r.file ?? r.source ?? "(live)");
    groups.set(k, [...groups.get(k) ?? [], r]);
  }
  const lines = [];
  for (const [file, rs] of groups) {
    lines.push("", paint("4", file));
    const rows = rs.map((r) => {
      const loc = r.line !== void 0 ? `${r.line}:${r.column}` : "";
      const sev = r.status === "unverifiable" ? "unverifiable" : r.severity;
      const sevText = sev === "error" ? paint("31", "error") : sev === "unverifiable" ? paint("35", "unverifiable") : paint("33", sev);
      return { loc, sev: sevText, sevLen: sev.length, msg: escapeControls(r.resource && !(r.file ?? "").endsWith(r.resource) ? `${r.message} [${r.resource}]` : r.message), rule: paint("2", escapeControls(r.ruleId)), ruleLen: r.ruleId.length };
    });
    const locW = Math.max(...rows.map((r) => r.loc.length));
    const sevW = Math.max(...rows.map((r) => r.sevLen));
    const indent = 2 + locW + 2 + sevW + 2;
    for (const r of rows) {
      const head = `  ${paint("2", r.loc.padEnd(locW))}  ${r.sev}${" ".repeat(sevW - r.sevLen)}  `;
      const wrapped = wrap(r.msg, Math.max(40, WIDTH - indent));
      const last = wrapped.length - 1;
      const ruleFits = indent + (wrapped[last] ?? "").length + 2 + r.ruleLen <= WIDTH || wrapped.length === 1;
      wrapped.forEach((chunk, i) => {
        const tail = i === last && ruleFits ? `  ${r.rule}` : "";
        lines.push(`${i === 0 ? head : " ".repeat(indent)}${chunk}${tail}`);
      });
      if (!ruleFits)
        lines.push(`${" ".repeat(indent)}${r.rule}`);
    }
  }
  const c = counts(rep.results);
  const total = c.errors + c.warnings;
  const checked = Object.values(rep.checks).reduce((n, x) => n + x.pass + x.fail + x.unverifiable, 0);
  const skippedNote = rep.skipped ? ` (${rep.skipped} file(s) skipped as not inputs; --debug names them)` : "";
  if (isEmptyRun(rep)) {
    lines.push(`${paint("33", "\u26A0")} ${NO_INPUTS}${skippedNote}`);
  } else if (total === 0) {
    lines.push(`${paint("32", "\u2714")} ${rep.files} file(s)${rep.skipped ? ` (${rep.skipped} skipped)` : ""}, ${rep.resources} resource(s), ${checked} check(s): no problems${c.suppressed ? ` (${c.suppressed} suppressed)` : ""}`);
  } else {
    lines.push("", paint(c.errors ? "31;1" : "33;1", `\u2716 ${total} problem${total === 1 ? "" : "s"} (${c.errors} error${c.errors === 1 ? "" : "s"}, ${c.warnings} warning${c.warnings === 1 ? "" : "s"})${c.suppressed ? `, ${c.suppressed} suppressed` : ""}`));
  }
  return guardCommandLines(`${lines.join("\n").replace(/^\n/, "")}
`, (c2) => `\\${c2}`);
}
export {
  formatStylish,
  wrap
};
