// Worker-thread entry for parallel linting (engine/parallel.ts): lints one batch of files with the
// ordinary single-thread `lint` and returns its output (without the model, which stays here) and
// the names the batch's model may link on (engine/groups.ts).
import { parentPort } from 'node:worker_threads';
import type { LintOptions } from '../lint.js';
import type { WalkResult } from '../walk.js';
import type { BatchKeys } from './groups.js';
import type { RunOutput } from '../engine/types.js';

export interface WorkerRequest {
  id: number;
  options: LintOptions;
  walked: WalkResult;
}

export type WorkerReply = { id: number; kind: 'lint'; out: RunOutput; keys: BatchKeys } | { id: number; kind: 'error'; message: string };

const port = parentPort;
if (port) port.on('message', (req: WorkerRequest) => void handle(req).then((reply) => port.postMessage(reply)));

async function handle(req: WorkerRequest): Promise<WorkerReply> {
  try {
    const { lint } = await import('../lint.js');
    const { modelKeys, nameUse } = await import('./groups.js');
    const { model, ...out } = lint(req.options, req.walked);
    const keys = modelKeys(model);
    return { id: req.id, kind: 'lint', out, keys: keys.kind === 'keys' ? { ...keys, names: nameUse(model, out.results) } : keys };
  } catch (e) {
    return { id: req.id, kind: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}
