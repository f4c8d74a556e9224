import { INPUTS } from './inputs/registry.js';
import { collectInputs } from './pipeline/collect.js';
import { runOutput, suppressAndDedupe } from './pipeline/finish.js';
import { runWorlds } from './pipeline/rules.js';
import { startRun } from './pipeline/state.js';
import { loadFirstWorld, planWorlds } from './pipeline/worlds.js';
import { walk } from './walk.js';
export { DEFAULT_MAX_FILE_SIZE } from './pipeline/options.js';
export { sortResults } from './pipeline/finish.js';
import { sortResults } from './pipeline/finish.js';
/** Walks the inputs and lets each input kind prepare (Terraform loads the HCL parser's wasm only
 * when there are Terraform files). The CLI's entry point; lint() itself is synchronous. */
export async function lintAsync(opts) {
    const w = walk(opts.paths, opts.cwd, opts.ignores ?? []);
    for (const kind of INPUTS)
        await kind.prepareAsync?.(w.files, opts.varFiles ?? []);
    // Big runs lint by linked group on worker threads when that gives the same output (issue 15).
    const parallel = await (await import('./pipeline/parallel.js')).lintParallel(opts, w, sortResults);
    return parallel ?? lint(opts, w);
}
export function lint(opts, walked) {
    const run = startRun(opts, walked ?? walk(opts.paths, opts.cwd, opts.ignores ?? []));
    collectInputs(run); // read, detect, load once (or keep to load per world)
    const first = loadFirstWorld(run); // finds the conditions no input decides
    const worlds = planWorlds(run); // scenarios × assignments of those conditions
    const out = runWorlds(run, worlds, first); // link and run the rules in each world
    const all = suppressAndDedupe(run, out);
    return runOutput(run, all, out);
}
