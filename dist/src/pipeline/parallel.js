// Lint by linked group on worker threads (issue 15). The files are cut into batches (walk order)
// that workers lint with the ordinary `lint`; each batch also reports the names its model may link
// on (engine/groups.ts). Batches that share a name are linted again together, so every finding
// comes from a lint of whole linked groups, which gives what one run over everything gives; the
// outputs are then merged into exactly that run's output. Memory follows the batch (or the
// largest group), not the repository. Used only where valid: the caller must not need the
// in-memory model (fixes, snippets, graphs), and runs that cannot be split safely (see
// `unsplittable` and groups.ts) stay on the single-thread path.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { INPUTS } from '../inputs/registry.js';
import { emptyModel } from '../model/model.js';
import { batchComponents } from './groups.js';
import { INTERNAL_ERROR } from '../engine/run.js';
/** Below this many files one thread is faster (worker start-up and the first pass cost more than
 * they save). Measured on 2 cores: see the report of issue 15. */
export const MIN_FILES = 200;
/** Batch size bounds: large enough to amortise a lint call, small enough that memory stays flat
 * and both workers get work (10,000 stacks: peak RSS 577 MB with batches of 256, 404 MB with 96). */
const MIN_BATCH = 32;
const MAX_BATCH = 96;
/** Why this run stays on one thread, or undefined when it can be split. */
function unsplittable(opts, walked) {
    // Functions cannot cross to a worker, and --debug output must keep its order.
    if (opts.debug || opts.classify || opts.warn || opts.rules)
        return 'options that stay in this thread';
    if (opts.varFiles?.length || opts.parameterFiles?.length)
        return 'variable or parameter files';
    const text = (f) => {
        try {
            // Files over the size limit are not read by the lint either (it reports them).
            if (statSync(f).size > (opts.maxFileSize ?? 10 * 1024 * 1024))
                return undefined;
            return readFileSync(f, 'latin1');
        }
        catch {
            return undefined; // the lint reports it
        }
    };
    // Each input kind says whether its files share run-wide state (the pipeline names none). First
    // every kind answers from file names alone (no text), so that a Terraform tree is recognised
    // before any kind reads every file; then the kinds that need the texts read them.
    for (const read of [() => undefined, text]) {
        for (const kind of INPUTS) {
            const why = kind.keepsRunWhole?.(walked.files, opts.cwd, read);
            if (why)
                return why;
        }
    }
    return undefined;
}
export function threadCount(opts, files) {
    const env = Number(process.env.FLOWLOG_LINT_THREADS);
    const asked = opts.threads ?? (Number.isInteger(env) && env > 0 ? env : undefined);
    if (asked !== undefined)
        return Math.max(1, Math.floor(asked));
    return files >= MIN_FILES ? availableParallelism() : 1;
}
/** The worker entry next to this module: the bundle (dist/bundle, or dist/bundle/chunks when
 * this module sits in a chunk) or the unbundled build (dist/src/engine). */
function workerFile() {
    const here = dirname(fileURLToPath(import.meta.url));
    return [join(here, 'lint-worker.mjs'), join(here, '..', 'lint-worker.mjs'), join(here, 'lint-worker.js')].find((f) => existsSync(f));
}
/** Lints on worker threads, or returns undefined when the run must stay on one thread (the caller
 * then runs `lint` itself). */
export async function lintParallel(opts, walked, sortResults, note = () => { }) {
    const threads = Math.min(threadCount(opts, walked.files.length), Math.max(1, walked.files.length));
    if (threads <= 1)
        return undefined;
    const why = unsplittable(opts, walked);
    if (why)
        return void note(`one thread: ${why}`);
    const file = workerFile();
    if (!file)
        return void note('one thread: no worker entry built');
    const pool = new Pool(file, threads);
    try {
        return await run(pool, opts, walked, sortResults, note);
    }
    catch (e) {
        note(`one thread: ${e.message}`);
        // A worker that failed (or a value that cannot cross to it): one thread decides, and reports
        // whatever went wrong exactly as it always did.
        return undefined;
    }
    finally {
        await pool.close();
    }
}
async function run(pool, opts, walked, sortResults, note) {
    const { files } = walked;
    const size = Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.ceil(files.length / (pool.size * 4))));
    const batches = [];
    for (let i = 0; i < files.length; i += size)
        batches.push(files.slice(i, i + size));
    // The walk's missing and unreadable paths go with the first batch's files.
    const walkOf = (fs, first) => ({
        files: fs,
        missing: first ? walked.missing : [],
        unreadable: first ? walked.unreadable : [],
        explicit: new Set(fs.filter((f) => walked.explicit.has(f))),
    });
    const firstPass = await Promise.all(batches.map((b, i) => pool.lint(opts, walkOf(b, i === 0))));
    const keyed = [];
    for (const r of firstPass) {
        if (r.keys.kind === 'unsplittable')
            return void note(`one thread: ${r.keys.reason}`);
        keyed.push(r.keys);
    }
    // Batches linked with others are linted again, together: whole groups in one lint.
    const components = batchComponents(keyed);
    note(`${batches.length} batches of up to ${size} files; ${components.filter((c) => c.length > 1).length} linked set(s) of batches linted again`);
    const outs = await Promise.all(components.map(async (c) => {
        if (c.length === 1)
            return firstPass[c[0]].out;
        return (await pool.lint(opts, walkOf(c.flatMap((i) => batches[i]), c[0] === 0))).out;
    }));
    // Results that name no file could not be ordered as one run orders them.
    if (outs.some((o) => o.results.some((r) => r.ruleId === INTERNAL_ERROR.id || r.file === null)))
        return void note('one thread: a result without a file');
    return merge(outs, walked, sortResults);
}
/** One run's output from the outputs of independent batches. */
function merge(outs, walked, sortResults) {
    const checks = {};
    let files = 0;
    let resources = 0;
    let skipped = 0;
    let inputErrors = false;
    for (const o of outs) {
        files += o.files;
        resources += o.resources;
        skipped += o.skipped;
        inputErrors ||= o.inputErrors;
        for (const [id, c] of Object.entries(o.checks)) {
            const t = (checks[id] ??= { pass: 0, fail: 0, unverifiable: 0 });
            t.pass += c.pass;
            t.fail += c.fail;
            t.unverifiable += c.unverifiable;
        }
    }
    return {
        results: sortResults(outs.flatMap((o) => o.results)),
        files,
        resources,
        checks,
        inputErrors,
        skipped,
        empty: walked.files.length - skipped === 0,
        // The caller chose this path because it does not use the model.
        model: emptyModel(),
    };
}
/** A fixed set of workers taking requests in order as they become free. */
class Pool {
    size;
    workers = [];
    idle = [];
    queue = [];
    pending = new Map();
    nextId = 0;
    broken;
    constructor(file, size) {
        this.size = size;
        for (let i = 0; i < size; i++) {
            const w = new Worker(file);
            w.on('message', (r) => {
                const p = this.pending.get(r.id);
                this.pending.delete(r.id);
                this.idle.push(w);
                this.pump();
                p?.done(r);
            });
            w.on('error', (e) => this.fail(e));
            this.workers.push(w);
            this.idle.push(w);
        }
    }
    fail(e) {
        this.broken = e;
        for (const p of this.pending.values())
            p.fail(e);
        this.pending.clear();
        for (const q of this.queue.splice(0))
            q.fail(e);
    }
    pump() {
        while (this.idle.length && this.queue.length) {
            const w = this.idle.pop();
            const q = this.queue.shift();
            this.pending.set(q.req.id, { done: q.done, fail: q.fail, worker: w });
            w.postMessage(q.req);
        }
    }
    send(req) {
        return new Promise((done, fail) => {
            if (this.broken)
                return fail(this.broken);
            this.queue.push({ req, done, fail });
            this.pump();
        });
    }
    async lint(options, walked) {
        const r = await this.send({ id: this.nextId++, options, walked });
        if (r.kind !== 'lint')
            throw new Error(r.message);
        return r;
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}
