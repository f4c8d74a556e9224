import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/engine/fingerprint.js
import { createHash } from "node:crypto";
function stableMessage(m) {
  return m.replace(/([^\s():,]+\.[A-Za-z0-9]+):\d+(?::\d+)?(?=[)\s,;\]]|$)/g, "$1").replace(/\b(at )?line \d+(,? column \d+)?/gi, "line").replace(/\boffset \d+/gi, "offset");
}
function fingerprintBase(r) {
  const text = [r.ruleId, r.file ?? "", r.file === null ? r.source ?? "" : "", r.resource ?? "", stableMessage(r.message)].join("\0");
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function fingerprints(results) {
  const seen = /* @__PURE__ */ new Map();
  return results.map((r) => {
    const base = fingerprintBase(r);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}:${n}`;
  });
}

export {
  stableMessage,
  fingerprintBase,
  fingerprints
};
