// Step 4 of a run: the worlds. A world is an assignment of the conditions no input decides and
// an index into each input's parameter scenarios; its model is the part loaded once plus the
// documents loaded again with the world's options, plus the sessions' own parts, linked.
import { linkDeclaredApart } from '../link/apart.js';
import { attachPolicies } from '../link/attach.js';
import { MAX_SCENARIOS } from '../inputs/labels.js';
import { mergeInto } from '../inputs/model-merge.js';
import { detectKind } from '../inputs/registry.js';
import { emptyModel } from '../model/model.js';
import { InputError } from '../parse/errors.js';
/** At most this many assignments of undecidable conditions. */
const MAX_WORLDS = 8;
/** Loads one world's model and links its policies to their principals. */
export function loadWorld(run, world) {
    const model = emptyModel();
    mergeInto(model, run.base);
    model.files = run.base.files;
    model.sources.push(...run.base.sources);
    model.parseIssues.push(...run.base.parseIssues);
    const states = new Map();
    const worldOpts = Object.assign({}, ...run.sessions.map((s) => s.beginWorld?.(world, states) ?? {}));
    run.worldStates.push(states);
    for (const doc of run.perWorld)
        loadPerWorld(run, model, doc, world, worldOpts);
    for (const s of run.sessions)
        s.addToWorld?.(model, world, states);
    attachPolicies(model);
    return model;
}
function loadPerWorld(run, model, doc, world, worldOpts) {
    const { src } = doc;
    let ok;
    try {
        const opts = { ...run.loadOpts, bindings: run.bindingsFor(src.path), assume: world.assume, undecided: world.undecided, ...worldOpts };
        ok = detectKind(doc.root).load?.({ model, src, opts }, doc.root) ?? false;
        linkDeclaredApart(model);
    }
    catch (e) {
        if (!(e instanceof InputError))
            throw e;
        // Reported once, in the first world.
        if (world.assume.size === 0)
            run.errorAt(e.message, e.pos?.src ?? src, src.path, e.pos?.start ?? 0);
        return;
    }
    if (ok) {
        model.files++;
        model.sources.push(src);
        model.parseIssues.push(...doc.issues);
    }
    else
        run.debug(`${src.path}: not a recognised input; skipped`);
}
/** World 0 as first loaded: it fills `run.undecided` with the conditions no input decides. Its
 * label states are dropped: labels are made of the worlds `runWorlds` loads. */
export function loadFirstWorld(run) {
    const first = loadWorld(run, { assume: new Map(), scenario: 0, undecided: run.undecided });
    run.worldStates.length = 0;
    return first;
}
/** The worlds to run, once the first load has found the undecidable conditions: parameter
 * scenarios (per input, the i-th of each) times assignments of the conditions that stay
 * undecidable (they compare things no parameter fixes, like the region). */
export function planWorlds(run) {
    const condWorlds = [];
    if (run.undecided.size === 0)
        condWorlds.push(new Map());
    else {
        const names = [...run.undecided].sort();
        const combos = names.length <= 3 ? 1 << names.length : 2;
        for (let c = 0; c < Math.min(combos, MAX_WORLDS); c++) {
            const assume = new Map();
            names.forEach((n, i) => assume.set(n, names.length <= 3 ? ((c >> i) & 1) === 0 : c === 0));
            condWorlds.push(assume);
        }
    }
    const nScenarios = Math.max(1, ...run.sessions.map((s) => s.scenarios?.() ?? 1));
    // Keep the run bounded: many scenarios take only the all-true and all-false assumptions.
    if (nScenarios * condWorlds.length > 2 * MAX_SCENARIOS && condWorlds.length > 2)
        condWorlds.splice(1, condWorlds.length - 2);
    const worlds = [];
    for (let si = 0; si < nScenarios; si++)
        for (const assume of condWorlds)
            worlds.push({ assume, scenario: si, undecided: new Set() });
    if (worlds.length > 1)
        run.debug(`${worlds.length} worlds: ${nScenarios} parameter scenario(s) × ${condWorlds.length} assignment(s) of undecidable conditions`);
    return worlds;
}
