import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  LinkRefused,
  writeFileNoFollow
} from "./chunk-3MAMLASU.mjs";
import {
  fingerprints,
  legacyFingerprints
} from "./chunk-4NVFKBY2.mjs";
import "./chunk-EYGGUHXL.mjs";
import "./chunk-3VIJNASO.mjs";
import "./chunk-AZMZFJYR.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/engine/baseline.js
import { existsSync, readFileSync } from "node:fs";
var BaselineError = class extends Error {
};
function readBaseline(path) {
  if (!existsSync(path))
    throw new BaselineError(`${path}: baseline file not found (create it with --update-baseline)`);
  let data;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new BaselineError(`${path}: not valid JSON (${e.message})`);
  }
  const b = data;
  if (b.version !== 1 && b.version !== 2 || !Array.isArray(b.entries))
    throw new BaselineError(`${path}: not a flowlog-lint baseline (version 1 or 2 with entries)`);
  return b;
}
function writeBaseline(path, results) {
  const active = results.filter((r) => !r.suppressed && r.ruleId !== "parse-error" && !r.ruleId.startsWith("baseline/"));
  const fps = fingerprints(active);
  const entries = active.map((r, i) => ({
    ruleId: r.ruleId,
    file: r.file,
    ...r.resource ? { resource: r.resource } : {},
    ...r.messageId !== void 0 ? { messageId: r.messageId } : {},
    fingerprint: fps[i],
    message: r.message
  }));
  const b = { version: 2, tool: "flowlog-lint", entries };
  try {
    writeFileNoFollow(path, `${JSON.stringify(b, null, 2)}
`);
  } catch (e) {
    if (e instanceof LinkRefused)
      throw new BaselineError(`baseline ${e.message}`);
    throw new BaselineError(`baseline ${path}: cannot write (${e.code ?? e.message})`);
  }
  return entries.length;
}
function applyBaseline(results, baseline, baselineFile) {
  const fps = fingerprints(results);
  const legacy = legacyFingerprints(results);
  const key = (ruleId, file, resource, fp) => `${ruleId}|${file}|${resource ?? ""}|${fp}`;
  const wanted = new Map(baseline.entries.map((e) => [key(e.ruleId, e.file, e.resource, e.fingerprint), e]));
  const used = /* @__PURE__ */ new Set();
  const out = results.map((r, i) => {
    if (r.suppressed)
      return r;
    const k = [key(r.ruleId, r.file, r.resource, fps[i]), key(r.ruleId, r.file, r.resource, legacy[i])].find((c) => wanted.has(c) && !used.has(c));
    if (k === void 0)
      return r;
    used.add(k);
    return { ...r, suppressed: { kind: "baseline", justification: `accepted in ${baselineFile}` } };
  });
  for (const [k, e] of wanted) {
    if (used.has(k))
      continue;
    out.push({
      ruleId: "baseline/stale",
      severity: "info",
      status: "fail",
      message: `Baseline entry no longer matches any finding (${e.ruleId}${e.resource ? ` on ${e.resource}` : ""}: "${e.message.slice(0, 120)}"): refresh the baseline with --update-baseline.`,
      file: baselineFile
    });
  }
  return out;
}
export {
  BaselineError,
  applyBaseline,
  readBaseline,
  writeBaseline
};
