/** Module instances per run (all module calls, all levels). */
export const MAX_MODULE_INSTANCES = 2_000;
/** Resource and data source instances per run. */
export const MAX_RESOURCE_INSTANCES = 10_000;
/** Characters of one string value (file() contents, interpolations, function results). AWS
 * policies are at most 20 KB (bucket) or 32 KB (key), so a checked value is never this big; an
 * interpolation copies its pieces per instance, so the cap times the instance budget bounds
 * memory. */
export const MAX_STRING_CHARS = 64 * 1024;
/** Elements of one list or map value built by a function. */
export const MAX_LIST_ITEMS = 10_000;
/** Nesting of "${…}" / "%{…}" template sequences in a .tf file (checked before parsing). */
export const MAX_INTERPOLATION_DEPTH = 256;
/** Expression evaluations per run: `for` expressions over 1000-element ranges in a module called
 * thousands of times are millions of steps even within the instance budgets. */
export const MAX_EVAL_STEPS = 3_000_000;
// How values are quoted in messages is shared with the engine's message cap (model/quote.ts).
export { QUOTE_CHARS, quoteValue } from '../model/quote.js';
/** Counts instances against the per-run budgets (one per Terraform load). */
export class InstanceBudget {
    modules = 0;
    resources = 0;
    /** Module calls cut short by the budget: address → reason (reported as unread modules). */
    breaches = new Map();
    /** Whether the budget is spent: a further module call need not even evaluate its count. */
    get modulesSpent() {
        return this.modules >= MAX_MODULE_INSTANCES;
    }
    /** How many of `wanted` module instances may be made: all of them within the budget; past it
     * one stand-in (an instance whose count.index / each is unknown) while twice the budget is not
     * reached, so every module call still shows its resources once; after that none. */
    takeModules(wanted) {
        const n = this.modules + wanted <= MAX_MODULE_INSTANCES ? wanted : wanted > 0 && this.modules < 2 * MAX_MODULE_INSTANCES ? 1 : 0;
        this.modules += n;
        return n;
    }
    /** Records a module call cut short (the first few: each one is quoted in findings). */
    breach(address, reason) {
        if (this.breaches.size < 5)
            this.breaches.set(address, reason);
    }
    /** Whether `wanted` more resource instances fit; if not, one stand-in instance is taken. */
    takeResources(wanted) {
        if (this.resources + wanted <= MAX_RESOURCE_INSTANCES) {
            this.resources += wanted;
            return true;
        }
        this.resources++;
        return false;
    }
}
/** The evaluation steps of the current run (reset by each Terraform load). */
export const evalSteps = { used: 0 };
export const evalBudgetReason = `the evaluation budget (${MAX_EVAL_STEPS} steps per run) is exhausted`;
export const moduleBudgetReason = `the module instance budget (${MAX_MODULE_INSTANCES} per run) is exhausted`;
export const resourceBudgetReason = `the resource instance budget (${MAX_RESOURCE_INSTANCES} per run) is exhausted`;
/** Why a value is over a size budget, or undefined. Only the outer level is measured: inner
 * values were measured when they were built. */
export function overBudget(v) {
    if (v.kind === 'str') {
        let n = 0;
        for (const p of v.parts)
            n += typeof p === 'string' ? p.length : 1;
        if (n > MAX_STRING_CHARS)
            return `a string of ${n} characters is over the string size budget (${MAX_STRING_CHARS})`;
    }
    else if (v.kind === 'arr' && v.items.length > MAX_LIST_ITEMS)
        return `a list of ${v.items.length} elements is over the list size budget (${MAX_LIST_ITEMS})`;
    else if (v.kind === 'obj' && v.entries.length > MAX_LIST_ITEMS)
        return `a map of ${v.entries.length} elements is over the list size budget (${MAX_LIST_ITEMS})`;
    return undefined;
}
/** The offset where "${…}" / "%{…}" nesting first goes deeper than the budget, or -1. A lexical
 * over-approximation: `$${` (an escaped sequence) is not counted; plain `{` is, so `}` closes
 * the innermost brace of either kind. */
export function interpolationTooDeep(text) {
    const stack = [];
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x7b /* { */) {
            const prev = text.charCodeAt(i - 1);
            const seq = (prev === 0x24 /* $ */ || prev === 0x25) /* % */ && text.charCodeAt(i - 2) !== prev;
            stack.push(seq);
            if (seq && ++depth > MAX_INTERPOLATION_DEPTH)
                return i - 1;
        }
        else if (c === 0x7d /* } */ && stack.length) {
            if (stack.pop())
                depth--;
        }
    }
    return -1;
}
