// Step 5 of a run: link each world's model and run the rules over it; a finding seen in several
// worlds is reported once, labelled `[when …]` with the scenarios it holds in when not all.
import { RULES } from '../../rules/index.js';
import { runRules } from '../engine/run.js';
import { resultKey, splitWorlds } from '../engine/worlds.js';
import { combinedState, scenarioLabel } from '../inputs/labels.js';
import { buildLinks } from '../link/links.js';
import { loadWorld } from './worlds.js';
/** Runs the rules in every world; `first` is world 0's model, already loaded. */
export function runWorlds(run, worlds, first) {
    const { opts } = run;
    const merged = new Map();
    const positions = new Map();
    let checks = {};
    let model = first;
    const seenIn = new Map();
    // Later worlds re-run the rules only over the files they touch (engine/worlds.ts).
    const loadNth = (wi) => (worlds.length === 1 ? first : loadWorld(run, { ...worlds[wi], undecided: new Set() }));
    const eligible = run.snapshotFiles === 0 && run.sessions.every((s) => s.splittable?.() ?? true);
    const reloaded = new Set(run.perWorld.map((p) => p.src.path));
    const split = splitWorlds(worlds.length, loadNth, () => void (run.worldStates.length = 1), reloaded, eligible, (m) => buildLinks(m, opts.accountIds, opts.organization), run.debug);
    worlds.forEach((_, wi) => {
        const { model: m, links } = split.world(wi);
        if (wi === 0)
            model = m;
        const out = runRules(opts.rules ?? RULES, m, links, { accountIds: opts.accountIds, severities: opts.severities, onError: (rule, err) => run.debug(`rule ${rule} failed: ${err instanceof Error ? (err.stack ?? String(err)) : String(err)}`) });
        if (wi === 0)
            checks = out.checks;
        split.ran(wi, out.results, seenIn);
        out.results.forEach((r, i) => {
            const key = resultKey(r);
            seenIn.set(key, (seenIn.get(key) ?? new Set()).add(wi));
            if (merged.has(key))
                return;
            // A finding only a later world makes counts as a check of its own.
            if (wi > 0)
                (checks[r.ruleId] ??= { pass: 0, fail: 0, unverifiable: 0 })[r.status]++;
            merged.set(key, r);
            const p = out.positions[i];
            if (p)
                positions.set(r, p);
        });
    });
    return { results: labelled(run, worlds.length, merged, seenIn, positions), checks, model, positions };
}
/** The merged results, each labelled with the scenarios it holds in when not all. */
function labelled(run, nWorlds, merged, seenIn, positions) {
    const results = [];
    for (const [key, plain] of merged) {
        const label = nWorlds > 1 ? whenLabel(run, nWorlds, plain.file, seenIn.get(key) ?? new Set()) : undefined;
        const res = label ? { ...plain, message: `${plain.message} [when ${label}]` } : plain;
        const p = positions.get(plain);
        if (p)
            positions.set(res, p);
        results.push(res);
    }
    return results;
}
function whenLabel(run, nWorlds, file, present) {
    if (!file)
        return undefined;
    const states = run.worldStates;
    const label = scenarioLabel(states.map((s) => s.get(file)), present) ?? (present.size < nWorlds ? scenarioLabel(states.map(combinedState), present) : undefined);
    const plan = run.sessions.map((s) => s.planOf?.(file)).find((p) => p !== undefined);
    return label && plan?.cappedFrom ? `${label}; ${plan.explored} of ${plan.cappedFrom} scenarios explored: defaults plus each ${plan.noun} changed alone` : label;
}
