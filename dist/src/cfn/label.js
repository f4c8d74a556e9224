// `[when …]` labels: which scenarios of a template a result holds in, said with the template's
// own condition names where they tell those scenarios apart, else with parameter values.
import { NO, YES } from '../iam/tri.js';
import { condition } from './resolve.js';
export function fileState(info, params) {
    const conds = new Map();
    for (const name of info.conditions.keys()) {
        const c = condition(info, name);
        if (c === YES || c === NO)
            conds.set(name, `${name}=${c === YES}`);
    }
    return { conds, params };
}
const keyOf = (s) => JSON.stringify([[...s.conds.values()], [...s.params.values()]]);
/** The label of a result seen in the worlds `present` (indices into `states`); undefined when it
 * holds in every scenario of its template (or the template has a single one). */
export function scenarioLabel(states, present) {
    const distinct = new Map();
    const holding = new Map();
    states.forEach((s, i) => {
        if (!s)
            return;
        distinct.set(keyOf(s), s);
        if (present.has(i))
            holding.set(keyOf(s), s);
    });
    if (holding.size === 0 || holding.size === distinct.size)
        return undefined;
    let rest = [...distinct.entries()].filter(([k]) => !holding.has(k)).map(([, s]) => s);
    const chosen = [];
    const all = [...holding.values()];
    // Conditions first (they are what the template's author named), then parameters: keep a term
    // when all holding scenarios share it and it rules out some scenario that does not hold.
    // Each step takes the shared term that rules out the most remaining scenarios (fewest terms).
    for (const pick of [(s) => s.conds, (s) => s.params]) {
        const has = (s, term) => [...pick(s).values()].includes(term);
        const shared = [...new Set(all.flatMap((s) => [...pick(s).values()]))].filter((t) => all.every((s) => has(s, t))).sort();
        while (rest.length) {
            let best;
            for (const term of shared) {
                const left = rest.filter((s) => has(s, term));
                if (left.length < rest.length && (!best || left.length < best.left.length))
                    best = { term, left };
            }
            if (!best)
                break;
            chosen.push(best.term);
            rest = best.left;
        }
    }
    // No single set of shared terms describes them: list each holding scenario's parameters.
    if (rest.length)
        return all.map((s) => [...s.params.values(), ...(s.params.size ? [] : s.conds.values())].join(', ')).join(' | ');
    return chosen.join(', ');
}
/** One state over all reloaded templates (terms prefixed with the file name), for results whose
 * own file does not tell their scenarios apart (a bucket policy used by another stack's flow log). */
export function combinedState(states) {
    const conds = new Map();
    const params = new Map();
    for (const [file, s] of states) {
        const name = file.slice(file.lastIndexOf('/') + 1);
        for (const [k, v] of s.conds)
            conds.set(`${file}::${k}`, `${name}: ${v}`);
        for (const [k, v] of s.params)
            params.set(`${file}::${k}`, `${name}: ${v}`);
    }
    return { conds, params };
}
