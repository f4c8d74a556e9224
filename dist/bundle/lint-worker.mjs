import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/pipeline/lint-worker.js
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (port)
  port.on("message", (req) => void handle(req).then((reply) => port.postMessage(reply)));
async function handle(req) {
  try {
    const { lint } = await import("./chunks/lint-LLUBKE3X.mjs");
    const { modelKeys, nameUse } = await import("./chunks/groups-VUNUGADR.mjs");
    const { model, ...out } = lint(req.options, req.walked);
    const keys = modelKeys(model);
    return { id: req.id, kind: "lint", out, keys: keys.kind === "keys" ? { ...keys, names: nameUse(model, out.results) } : keys };
  } catch (e) {
    return { id: req.id, kind: "error", message: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
}
