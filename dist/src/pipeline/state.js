// The state one file-mode run carries between its steps (lint.ts): the errors found so far, the
// part of the model loaded once, the documents loaded again per world, and each input kind's
// session.
import { PARSE_ERROR } from '../../rules/index.js';
import { INPUTS } from '../inputs/registry.js';
import { linkDeclaredApart } from '../link/apart.js';
import { emptyModel } from '../model/model.js';
import { lineCol } from '../parse/source.js';
/** Starts a run: the walk's errors, the bindings, one session per input kind. */
export function startRun(opts, walked) {
    const debug = opts.debug ?? (() => { });
    const errors = [];
    const errorAt = (message, src, file, offset) => {
        const lc = src && offset !== undefined ? lineCol(src, offset) : { line: 1, column: 1 };
        if (errors.some((x) => x.file === file && x.message === message && x.line === lc.line))
            return;
        errors.push({ ruleId: PARSE_ERROR.id, severity: 'error', status: 'fail', message, file, line: lc.line, column: lc.column });
    };
    for (const m of walked.missing)
        errors.push({ ruleId: PARSE_ERROR.id, severity: 'error', status: 'fail', message: `No such file or folder: ${m}`, file: m.split('\\').join('/') });
    for (const u of walked.unreadable)
        errorAt(`Cannot read folder: ${u.reason}`, undefined, u.path);
    const bindings = runBindings(opts);
    const sessions = [];
    const bindingsFor = (path) => sessions.reduce((b, s) => s.bindingsFor?.(path, b) ?? b, bindings);
    const state = {
        opts, debug, walked, errors, errorAt, sessions, loadOpts: { debug }, undecided: new Set(), base: emptyModel(), perWorld: [], yamlSources: [], worldStates: [], bindingsFor, skipped: 0, snapshotFiles: 0,
        skip(display, why) {
            state.skipped++;
            debug(`${display}: skipped: ${why}`);
        },
    };
    const ctx = {
        paths: opts.paths, cwd: opts.cwd, files: walked.files, bindings, varFiles: opts.varFiles ?? [], parameters: opts.parameters ?? new Map(), parameterFiles: opts.parameterFiles ?? [],
        debug, warn: opts.warn ?? debug, errorAt, bindingsFor, skip: (display, why) => state.skip(display, why), linkLoaded: linkDeclaredApart,
    };
    for (const k of INPUTS)
        if (k.session)
            sessions.push(k.session(ctx));
    const sessionOpts = Object.assign({}, ...sessions.map((s) => s.loadOptions?.() ?? {}));
    Object.assign(state.loadOpts, { undecided: state.undecided, ...sessionOpts, ...(opts.classify ? { classify: opts.classify } : {}) });
    return state;
}
function runBindings(opts) {
    const bindings = new Map();
    if (opts.accountIds.length === 1)
        bindings.set('AWS::AccountId', opts.accountIds[0]);
    // Symbols for the partition resolve to the one the user deploys to (default aws), so a literal
    // `arn:aws:…` in a policy compares with `!GetAtt Bucket.Arn` instead of being undecidable.
    bindings.set('AWS::Partition', opts.partition ?? 'aws');
    return bindings;
}
