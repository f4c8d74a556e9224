// Worker-thread entry for parallel linting (engine/parallel.ts): lints one batch of files with the
// ordinary single-thread `lint` and returns its output (without the model, which stays here) and
// the names the batch's model may link on (engine/groups.ts).
import { parentPort } from 'node:worker_threads';
const port = parentPort;
if (port)
    port.on('message', (req) => void handle(req).then((reply) => port.postMessage(reply)));
async function handle(req) {
    try {
        const { lint } = await import('../lint.js');
        const { modelKeys, nameUse } = await import('./groups.js');
        const { model, ...out } = lint(req.options, req.walked);
        const keys = modelKeys(model);
        return { id: req.id, kind: 'lint', out, keys: keys.kind === 'keys' ? { ...keys, names: nameUse(model, out.results) } : keys };
    }
    catch (e) {
        return { id: req.id, kind: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
}
