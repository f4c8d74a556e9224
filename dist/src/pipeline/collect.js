// Steps 1–3 of a run: read each file, detect its input kind, load it. A document is loaded once
// into the shared part of the model, unless its kind says it must be loaded per world (then it
// is kept, parsed). Files are loaded as they are parsed and their trees dropped, so memory stays
// flat except for the documents kept.
import { DEFAULT_MAX_FILE_SIZE } from './options.js';
import { detectKind } from '../inputs/registry.js';
import { parseDocument, readText, syntaxOf } from '../inputs/read.js';
import { mergeInto } from '../inputs/model-merge.js';
import { linkDeclaredApart } from '../link/apart.js';
import { notAnInputAfterAll, sniffInput } from '../loaders/sniff.js';
import { emptyModel } from '../model/model.js';
import { InputError } from '../parse/errors.js';
import { makeSource } from '../parse/source.js';
import { toDisplay } from '../walk.js';
/** Reads every file the walk found (and those input kinds add, like --var-file). */
export function collectInputs(run) {
    const { files } = run.walked;
    const extra = run.sessions.flatMap((s) => s.extraFiles?.() ?? []);
    for (const abs of [...files, ...extra.filter((v) => !files.includes(v))])
        collectFile(run, abs, extra);
    for (const s of run.sessions)
        s.prepare?.(run.perWorld, run.base);
}
function collectFile(run, abs, extra) {
    const display = toDisplay(abs, run.opts.cwd);
    const text = readText(abs, display, run.opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, run.errorAt);
    if (text === undefined)
        return;
    const src = makeSource(display, text);
    const claimer = run.sessions.find((s) => s.claimsFile?.(abs));
    if (claimer)
        return claimer.addFile?.(abs, src, display);
    const syntax = syntaxOf(abs, src.text);
    if (!syntax)
        return run.skip(display, 'not a recognised input');
    // A walked JSON/YAML file is parsed only when its content claims to be an input.
    const walkedDoc = !run.walked.explicit.has(abs) && !extra.includes(abs);
    const sniff = walkedDoc ? sniffInput(src.text) : undefined;
    if (sniff && !sniff.claims)
        return run.skip(display, sniff.reason);
    try {
        loadOnceOrKeep(run, parseDocument(src, syntax));
    }
    catch (e) {
        const notInput = walkedDoc && e instanceof InputError ? notAnInputAfterAll(src.text, e.message) : undefined;
        if (notInput)
            run.skip(display, notInput);
        else
            inputError(run, e, src, display);
    }
}
/** Reports what a parser or loader threw about an input; rethrows anything else (a bug). */
export function inputError(run, e, src, display) {
    if (e instanceof InputError)
        run.errorAt(e.message, e.pos?.src ?? src, display, e.pos?.start ?? 0);
    else if (e instanceof RangeError)
        run.errorAt('Input nested too deeply', src, display, 0);
    else
        throw e;
}
/** Loads a document into the shared model, or keeps it to load per world. */
function loadOnceOrKeep(run, doc) {
    const { src } = doc;
    for (const s of run.sessions)
        s.onDocument?.(doc);
    if (run.sessions.some((s) => s.perWorld?.(doc)))
        return void run.perWorld.push(doc);
    const kind = detectKind(doc.root);
    const scratch = emptyModel();
    const before = run.undecided.size;
    const ok = kind.load?.({ model: scratch, src, opts: { ...run.loadOpts, bindings: run.bindingsFor(src.path), assume: new Map() } }, doc.root) ?? false;
    linkDeclaredApart(scratch);
    // A snapshot is what an audit read, not a source file: it does not count in summary.files
    // (so an audit, a lint of its saved snapshot and merged shards all report the same).
    const notASource = ok && kind.notASource === true;
    if (notASource)
        run.snapshotFiles++;
    // A document whose conditions could not be decided is loaded again in each world.
    if (run.undecided.size > before)
        run.perWorld.push(doc);
    else if (ok) {
        mergeInto(run.base, scratch);
        run.base.files++;
        if (!notASource)
            run.base.sources.push(src);
        run.base.parseIssues.push(...doc.issues);
        if (doc.syntax === 'yaml')
            run.yamlSources.push(src);
    }
    else
        run.skip(src.path, 'parsed, but not a flow-log input the loaders know');
}
