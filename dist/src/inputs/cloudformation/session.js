// CloudFormation's part of a run: `--parameters` values, parameter scenarios (cfn/scenarios.ts),
// nested-stack parameters, and per world the options its templates are loaded again with and
// the condition/parameter state its `[when …]` labels are made of.
import { looksLikeTemplate, templateInfo } from '../../cfn/load.js';
import { fileState } from '../../cfn/label.js';
import { checkGivenParameters, declaredParameters, readGivenParameters } from '../../cfn/parameters.js';
import { resolve as resolveCfn } from '../../cfn/resolve.js';
import { planScenarios, scenarioValues } from '../../cfn/scenarios.js';
import { findNestedStacks, mayBeNested } from '../cdk/nested.js';
export function cloudFormationSession(ctx) {
    const given = readGivenParameters(ctx.parameterFiles, ctx.cwd, ctx.errorAt);
    const parameterValues = new Map([...given.map((g) => [g.key, g.value]), ...ctx.parameters]);
    const declared = new Map();
    const plans = new Map();
    let nested = [];
    let perWorldDocs = [];
    return {
        loadOptions: () => ({ parameterValues }),
        onDocument(doc) {
            if (!given.length || !looksLikeTemplate(doc.root))
                return;
            for (const [k, allowed] of declaredParameters(doc.root))
                declared.set(k, [...(declared.get(k) ?? []), { file: doc.src.path, allowed }]);
        },
        // Templates whose conditions read parameters are loaded again per scenario.
        perWorld: (doc) => mayBeNested(doc) || (looksLikeTemplate(doc.root) && planScenarios(templateInfo(doc.src.path, doc.root), new Set(parameterValues.keys())).scenarios.length > 1),
        prepare(docs, base) {
            checkGivenParameters(given, declared, ctx.errorAt, ctx.warn);
            perWorldDocs = docs;
            const found = findNestedStacks(docs, ctx.paths, ctx.cwd);
            if (found.outside.length)
                (base.unreadModules ??= []).push(...found.outside);
            nested = found.pairs;
            planAll(docs, nested, parameterValues, plans, ctx.debug);
        },
        scenarios: () => Math.max(1, ...[...plans.values()].map((p) => p.scenarios.length)),
        beginWorld: (world, states) => beginWorld(world, states, { ctx, plans, nested, docs: perWorldDocs, parameterValues }),
        splittable: () => true,
        planOf(file) {
            const plan = plans.get(file);
            return plan && { explored: plan.scenarios.length, ...(plan.cappedFrom ? { cappedFrom: plan.cappedFrom } : {}), noun: 'parameter' };
        },
    };
}
/** Scenario plans (cfn/scenarios.ts); a child stack's parameters set by its parent are not explored. */
function planAll(docs, nested, parameterValues, plans, debug) {
    for (const p of docs) {
        if (!looksLikeTemplate(p.root))
            continue;
        const fixed = new Set(parameterValues.keys());
        for (const n of nested)
            if (n.child === p && n.parameters?.kind === 'object')
                for (const e of n.parameters.entries)
                    fixed.add(e.key);
        const plan = planScenarios(templateInfo(p.src.path, p.root), fixed);
        if (plan.scenarios.length > 1)
            plans.set(p.src.path, plan);
        if (plan.cappedFrom)
            debug(`${p.src.path}: ${plan.cappedFrom} parameter scenarios; exploring ${plan.scenarios.length} (defaults plus each parameter changed alone)`);
    }
}
/** The options a world's templates load with: its scenario's parameter values (and those a
 * parent stack passes its child); fills `states` with each template's label state. */
function beginWorld(world, states, w) {
    const paramOverrides = new Map();
    const otherParams = new Map();
    const labels = new Map();
    for (const [path, plan] of w.plans) {
        const v = scenarioValues(plan, world.scenario);
        paramOverrides.set(path, v.overrides);
        otherParams.set(path, v.other);
        labels.set(path, v.labels);
    }
    const { assume } = world;
    const cfnOpts = (path) => {
        const overrides = paramOverrides.get(path);
        const other = otherParams.get(path);
        return { bindings: w.ctx.bindingsFor(path), assume, parameterValues: w.parameterValues, ...(overrides ? { overrides } : {}), ...(other ? { otherParams: other } : {}) };
    };
    for (const n of w.nested) {
        const info = templateInfo(n.parent.src.path, n.parent.root, { ...cfnOpts(n.parent.src.path), undecided: world.undecided });
        const values = paramOverrides.get(n.child.src.path) ?? new Map();
        if (n.parameters?.kind === 'object')
            for (const e of n.parameters.entries)
                values.set(e.key, resolveCfn(info, e.value));
        paramOverrides.set(n.child.src.path, values);
    }
    for (const p of w.docs) {
        if (looksLikeTemplate(p.root))
            states.set(p.src.path, fileState(templateInfo(p.src.path, p.root, { ...cfnOpts(p.src.path), undecided: new Set() }), labels.get(p.src.path) ?? new Map()));
    }
    return { paramOverrides, otherParams, parameterValues: w.parameterValues };
}
