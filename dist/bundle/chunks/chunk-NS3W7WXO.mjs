import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  capQuotedValues
} from "./chunk-IBOJ53DV.mjs";
import {
  lineCol
} from "./chunk-RKRRC2OQ.mjs";

// dist/src/engine/messages.js
var MessageError = class extends Error {
};
var PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
function renderMessage(ruleId, messages, messageId, values) {
  const template = messages && Object.hasOwn(messages, messageId) ? messages[messageId] : void 0;
  if (template === void 0)
    throw new MessageError(`rule ${ruleId} has no message "${messageId}"`);
  return template.replace(PLACEHOLDER, (_m, name) => {
    if (!Object.hasOwn(values, name))
      throw new MessageError(`message "${messageId}" of rule ${ruleId} needs a value for {{${name}}}`);
    return String(values[name]);
  });
}

// dist/src/engine/run.js
var INTERNAL_ERROR = {
  id: "internal-error",
  severity: "error",
  description: "A rule failed with an internal error, so its checks did not run (the run exits 2).",
  source: "flowlog-lint"
};
function describeError(err) {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, " ");
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
function toResult(ruleId, severity, r, message) {
  const p = r.pos;
  const file = p ? p.src.path : r.origin?.file?.path ?? null;
  let loc = {};
  if (p) {
    const s = lineCol(p.src, p.start);
    const e = lineCol(p.src, Math.max(p.start, p.end));
    loc = { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  }
  return {
    ruleId,
    severity,
    status: r.status,
    message,
    file,
    ...file === null && r.origin?.source ? { source: r.origin.source } : {},
    ...loc,
    ...r.resource ? { resource: r.resource } : {},
    messageId: r.messageId,
    ...r.data ? { data: r.data } : {}
  };
}
function runRules(rules, model, links, opts) {
  const results = [];
  const positions = [];
  const checks = {};
  for (const rule of rules) {
    const id = rule.meta.id;
    const override = opts.severities.get(id);
    if (override === "off")
      continue;
    const severity = override ?? rule.meta.severity;
    const counts = () => checks[id] ??= { pass: 0, fail: 0, unverifiable: 0 };
    try {
      rule.check({
        model,
        links,
        options: opts,
        pass: () => {
          counts().pass++;
        },
        report: (r0) => {
          let message = renderMessage(id, rule.meta.messages, r0.messageId, { ...r0.detail, ...r0.data });
          let r = r0;
          if (r0.status === "fail" && r0.resource?.includes("[?]")) {
            r = { ...r0, status: "unverifiable" };
            message = `${message} (Unverifiable: whether and how often ${r0.resource.replace(/\[\?\].*/, "")} is created depends on a count/for_each that cannot be resolved statically.)`;
          }
          counts()[r.status]++;
          const sev = r.status === "unverifiable" ? "warning" : override ?? r.severity ?? severity;
          results.push(toResult(id, sev, r, capQuotedValues(message)));
          positions.push(r.pos ? { src: r.pos.src, start: r.pos.start } : void 0);
        }
      });
    } catch (err) {
      opts.onError?.(id, err);
      counts().fail++;
      results.push({
        ruleId: INTERNAL_ERROR.id,
        severity: "error",
        status: "fail",
        message: `Rule ${id} failed while checking this input (${describeError(err)}); its checks did not run. Run with --debug for the stack, and please report it.`,
        file: null
      });
      positions.push(void 0);
    }
  }
  return { results, checks, positions };
}

export {
  INTERNAL_ERROR,
  toResult,
  runRules
};
