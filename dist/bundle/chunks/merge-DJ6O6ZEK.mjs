import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  sortResults
} from "./chunk-VT4U5BEI.mjs";
import "./chunk-FFEINJQE.mjs";
import "./chunk-U4K2SQRJ.mjs";
import "./chunk-YPORQWOW.mjs";
import "./chunk-3566JZRY.mjs";
import "./chunk-XW2AUBQH.mjs";
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
import "./chunk-S3OQVVMT.mjs";

// dist/src/merge.js
import { readFileSync } from "node:fs";
var MergeError = class extends Error {
};
function isSnapshot(p) {
  try {
    const j = JSON.parse(readFileSync(p, "utf8"));
    return typeof j === "object" && j !== null && "flowlogLintSnapshot" in j;
  } catch {
    return false;
  }
}
function splitMergeInputs(paths) {
  const snapshots = paths.filter(isSnapshot);
  return { snapshots, reports: paths.filter((p) => !snapshots.includes(p)) };
}
function allSnapshots(paths) {
  return paths.length > 0 && paths.every(isSnapshot);
}
function mergeReports(paths, snapshotReport) {
  if (paths.length === 0)
    throw new MergeError("merge needs at least one JSON report (flowlog-lint --format json \u2026 --output FILE)");
  const seen = /* @__PURE__ */ new Set();
  const results = [];
  const checks = {};
  let files = 0;
  let skipped = 0;
  let resources = 0;
  const inputs = [...paths, ...snapshotReport !== void 0 ? ["(snapshots)"] : []];
  for (const p of inputs) {
    let rep;
    try {
      rep = JSON.parse(p === "(snapshots)" && snapshotReport !== void 0 ? snapshotReport : readFileSync(p, "utf8"));
    } catch (e) {
      throw new MergeError(`${p}: not a readable JSON report (${e.message})`);
    }
    if (rep.version !== 1 || !Array.isArray(rep.results) || typeof rep.summary !== "object") {
      throw new MergeError(`${p}: not a flowlog-lint JSON report (version 1)`);
    }
    files += rep.summary.files ?? 0;
    skipped += rep.summary.skipped ?? 0;
    resources += rep.summary.resources ?? 0;
    for (const [id, c] of Object.entries(rep.summary.checks ?? {})) {
      const t = checks[id] ??= { pass: 0, fail: 0, unverifiable: 0 };
      t.pass += c.pass;
      t.fail += c.fail;
      t.unverifiable += c.unverifiable;
    }
    for (const r of rep.results) {
      const key = JSON.stringify(r);
      if (seen.has(key))
        continue;
      seen.add(key);
      results.push(r);
    }
  }
  return { results: sortResults(results), files, skipped, resources, checks };
}
export {
  MergeError,
  allSnapshots,
  mergeReports,
  splitMergeInputs
};
