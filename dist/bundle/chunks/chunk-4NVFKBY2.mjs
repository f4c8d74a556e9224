import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  messageAsReleased
} from "./chunk-EYGGUHXL.mjs";
import {
  unspellSymbols
} from "./chunk-AZMZFJYR.mjs";

// dist/src/engine/fingerprint.js
import { createHash } from "node:crypto";
function stableMessage(m) {
  return unspellSymbols(m).replace(/([^\s():,]+\.[A-Za-z0-9]+):\d+(?::\d+)?(?=[)\s,;\]]|$)/g, "$1").replace(/\b(at )?line \d+(,? column \d+)?/gi, "line").replace(/\boffset \d+/gi, "offset");
}
var sha256 = (parts) => createHash("sha256").update(parts.join("\0"), "utf8").digest("hex");
var place = (r) => [r.file ?? "", r.file === null ? r.source ?? "" : "", r.resource ?? ""];
function legacyFingerprintBase(r) {
  return sha256([r.ruleId, ...place(r), stableMessage(messageAsReleased(r))]);
}
function fingerprintBase(r) {
  if (r.messageId === void 0)
    return legacyFingerprintBase(r);
  const data = Object.entries(r.data ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => `${k}=${stableMessage(String(v))}`);
  return sha256(["id", r.ruleId, r.messageId, ...place(r), ...data]);
}
function numbered(results, base) {
  const seen = /* @__PURE__ */ new Map();
  return results.map((r) => {
    const b = base(r);
    const n = (seen.get(b) ?? 0) + 1;
    seen.set(b, n);
    return n === 1 ? b : `${b}:${n}`;
  });
}
function fingerprints(results) {
  return numbered(results, fingerprintBase);
}
function legacyFingerprints(results) {
  return numbered(results, legacyFingerprintBase);
}

export {
  stableMessage,
  fingerprintBase,
  fingerprints,
  legacyFingerprints
};
