import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  batchComponents
} from "./chunk-BFYRDBD6.mjs";
import {
  INPUTS,
  emptyModel
} from "./chunk-YPORQWOW.mjs";
import "./chunk-3566JZRY.mjs";
import "./chunk-XW2AUBQH.mjs";
import {
  INTERNAL_ERROR
} from "./chunk-L3U4QQF4.mjs";
import "./chunk-EYGGUHXL.mjs";
import "./chunk-3VIJNASO.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-NC6JVQ5I.mjs";
import "./chunk-AZMZFJYR.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/pipeline/parallel.js
import { existsSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var MIN_FILES = 200;
var MIN_BATCH = 32;
var MAX_BATCH = 96;
function unsplittable(opts, walked) {
  if (opts.debug || opts.classify || opts.warn || opts.rules)
    return "options that stay in this thread";
  if (opts.varFiles?.length || opts.parameterFiles?.length)
    return "variable or parameter files";
  const text = (f) => {
    try {
      if (statSync(f).size > (opts.maxFileSize ?? 10 * 1024 * 1024))
        return void 0;
      return readFileSync(f, "latin1");
    } catch {
      return void 0;
    }
  };
  for (const read of [() => void 0, text]) {
    for (const kind of INPUTS) {
      const why = kind.keepsRunWhole?.(walked.files, opts.cwd, read);
      if (why)
        return why;
    }
  }
  return void 0;
}
function threadCount(opts, files) {
  const env = Number(process.env.FLOWLOG_LINT_THREADS);
  const asked = opts.threads ?? (Number.isInteger(env) && env > 0 ? env : void 0);
  if (asked !== void 0)
    return Math.max(1, Math.floor(asked));
  return files >= MIN_FILES ? availableParallelism() : 1;
}
function workerFile() {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, "lint-worker.mjs"), join(here, "..", "lint-worker.mjs"), join(here, "lint-worker.js")].find((f) => existsSync(f));
}
async function lintParallel(opts, walked, sortResults, note = () => {
}) {
  const threads = Math.min(threadCount(opts, walked.files.length), Math.max(1, walked.files.length));
  if (threads <= 1)
    return void 0;
  const why = unsplittable(opts, walked);
  if (why)
    return void note(`one thread: ${why}`);
  const file = workerFile();
  if (!file)
    return void note("one thread: no worker entry built");
  const pool = new Pool(file, threads);
  try {
    return await run(pool, opts, walked, sortResults, note);
  } catch (e) {
    note(`one thread: ${e.message}`);
    return void 0;
  } finally {
    await pool.close();
  }
}
async function run(pool, opts, walked, sortResults, note) {
  const { files } = walked;
  const size = Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.ceil(files.length / (pool.size * 4))));
  const batches = [];
  for (let i = 0; i < files.length; i += size)
    batches.push(files.slice(i, i + size));
  const walkOf = (fs, first) => ({
    files: fs,
    missing: first ? walked.missing : [],
    unreadable: first ? walked.unreadable : [],
    explicit: new Set(fs.filter((f) => walked.explicit.has(f)))
  });
  const firstPass = await Promise.all(batches.map((b, i) => pool.lint(opts, walkOf(b, i === 0))));
  const keyed = [];
  for (const r of firstPass) {
    if (r.keys.kind === "unsplittable")
      return void note(`one thread: ${r.keys.reason}`);
    keyed.push(r.keys);
  }
  const components = batchComponents(keyed);
  note(`${batches.length} batches of up to ${size} files; ${components.filter((c) => c.length > 1).length} linked set(s) of batches linted again`);
  const outs = await Promise.all(components.map(async (c) => {
    if (c.length === 1)
      return firstPass[c[0]].out;
    return (await pool.lint(opts, walkOf(c.flatMap((i) => batches[i]), c[0] === 0))).out;
  }));
  if (outs.some((o) => o.results.some((r) => r.ruleId === INTERNAL_ERROR.id || r.file === null)))
    return void note("one thread: a result without a file");
  return merge(outs, walked, sortResults);
}
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
      const t = checks[id] ??= { pass: 0, fail: 0, unverifiable: 0 };
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
    model: emptyModel()
  };
}
var Pool = class {
  size;
  workers = [];
  idle = [];
  queue = [];
  pending = /* @__PURE__ */ new Map();
  nextId = 0;
  broken;
  constructor(file, size) {
    this.size = size;
    for (let i = 0; i < size; i++) {
      const w = new Worker(file);
      w.on("message", (r) => {
        const p = this.pending.get(r.id);
        this.pending.delete(r.id);
        this.idle.push(w);
        this.pump();
        p?.done(r);
      });
      w.on("error", (e) => this.fail(e));
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
    if (r.kind !== "lint")
      throw new Error(r.message);
    return r;
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};
export {
  MIN_FILES,
  lintParallel,
  threadCount
};
