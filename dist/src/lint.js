// The file-mode pipeline: inputs → loaders → one model → linking → rules → results.
import { dedupeConsumed } from './engine/consumed-dedupe.js';
import { readFileSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { RULES, PARSE_ERROR } from '../rules/index.js';
import { INTERNAL_ERROR, runRules, toResult } from './engine/run.js';
import { applySuppressions, scanCommentSuppressions } from './engine/suppress.js';
import { attachPolicies } from './link/attach.js';
import { buildLinks } from './link/links.js';
import { loadDocument, parserFor } from './loaders/load.js';
import { looksLikeSnapshot } from './loaders/snapshot.js';
import { notAnInputAfterAll, sniffInput } from './loaders/sniff.js';
import { emptyModel, resourceCount } from './model/model.js';
import { mergeFacts } from './model/facts.js';
import { InputError } from './parse/errors.js';
import { parseJson } from './parse/json.js';
import { lineCol, makeSource, pos } from './parse/source.js';
import { parseYamlFast } from './parse/yaml-fast.js';
import { toDisplay, walk } from './walk.js';
import { hclReady, initHcl, parseHcl } from './terraform/hcl.js';
import { TerraformWorlds } from './terraform/worlds.js';
import { dropCallerDuplicates } from './engine/caller-dedupe.js';
import { sayForAnyValue } from './engine/any-value.js';
import { looksLikeTemplate, nestedStacks, templateInfo } from './cfn/load.js';
import { resolve as resolveCfn } from './cfn/resolve.js';
import { toPlainVal } from './model/value.js';
import { planScenarios, scenarioValues, MAX_SCENARIOS } from './cfn/scenarios.js';
import { combinedState, fileState, scenarioLabel } from './cfn/label.js';
import { checkGivenParameters, declaredParameters, readGivenParameters } from './cfn/parameters.js';
import { readCdkEnvironments } from './cfn/cdk-manifest.js';
import { assetOutsideRoots, assetRoots } from './cfn/assets.js';
import { resultKey, splitWorlds } from './engine/worlds.js';
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** Walks the inputs and initialises the HCL parser when there are Terraform files (the wasm is
 * loaded only then). The CLI's entry point; lint() itself is synchronous. */
export async function lintAsync(opts) {
    const w = walk(opts.paths, opts.cwd, opts.ignores ?? []);
    if (w.files.some((f) => f.endsWith('.tf') || f.endsWith('.tfvars')) || (opts.varFiles?.length ?? 0) > 0)
        await initHcl();
    // Big runs lint by linked group on worker threads when that gives the same output (issue 15).
    const parallel = await (await import('./engine/parallel.js')).lintParallel(opts, w, sortResults);
    return parallel ?? lint(opts, w);
}
/** At most this many CloudFormation "worlds" (assignments of undecidable conditions). */
const MAX_WORLDS = 8;
export function lint(opts, walked) {
    const debug = opts.debug ?? (() => { });
    const { files, missing, unreadable, explicit } = walked ?? walk(opts.paths, opts.cwd, opts.ignores ?? []);
    // Files that are not flow-log inputs: counted, and named with --debug.
    let skipped = 0;
    const skip = (display, why) => {
        skipped++;
        debug(`${display}: skipped: ${why}`);
    };
    const errors = [];
    const errorAt = (message, src, file, offset) => {
        const lc = src && offset !== undefined ? lineCol(src, offset) : { line: 1, column: 1 };
        if (errors.some((x) => x.file === file && x.message === message && x.line === lc.line))
            return;
        errors.push({ ruleId: PARSE_ERROR.id, severity: 'error', status: 'fail', message, file, line: lc.line, column: lc.column });
    };
    for (const m of missing)
        errors.push({ ruleId: PARSE_ERROR.id, severity: 'error', status: 'fail', message: `No such file or folder: ${m}`, file: m.split('\\').join('/') });
    for (const u of unreadable)
        errorAt(`Cannot read folder: ${u.reason}`, undefined, u.path);
    const bindings = new Map();
    if (opts.accountIds.length === 1)
        bindings.set('AWS::AccountId', opts.accountIds[0]);
    // Symbols for the partition resolve to the one the user deploys to (default aws), so a literal
    // `arn:aws:…` in a policy compares with `!GetAtt Bucket.Arn` instead of being undecidable.
    bindings.set('AWS::Partition', opts.partition ?? 'aws');
    // Files are loaded as they are parsed and their trees dropped (memory stays flat), except those
    // that must be loaded again per "world" (CloudFormation conditions that cannot be decided) or
    // together (CDK nested stacks): those are kept in `parsed`.
    const parsed = [];
    const base = emptyModel();
    const undecided = new Set();
    const envs = readCdkEnvironments(files, opts.cwd, debug);
    const bindingsFor = (path) => {
        const e = envs.get(path);
        return e ? new Map([...bindings, ...e]) : bindings;
    };
    const given = readGivenParameters(opts.parameterFiles ?? [], opts.cwd, errorAt);
    const parameterValues = new Map([...given.map((g) => [g.key, g.value]), ...(opts.parameters ?? [])]);
    const declared = new Map();
    const loadOpts = { debug, bindings, undecided, parameterValues, ...(opts.classify ? { classify: opts.classify } : {}) };
    const tfFiles = [];
    const yamlSources = [];
    let snapshotFiles = 0;
    const varFiles = [];
    const maxSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const explicitVarFiles = (opts.varFiles ?? []).map((v) => (v.startsWith('/') ? v : `${opts.cwd}/${v}`));
    for (const abs of [...files, ...explicitVarFiles.filter((v) => !files.includes(v))]) {
        const display = toDisplay(abs, opts.cwd);
        let text;
        try {
            const size = statSync(abs).size;
            if (size > maxSize) {
                errorAt(`File is ${size} bytes, over the ${maxSize}-byte limit (raise it with --max-file-size)`, undefined, display);
                continue;
            }
            const buf = readFileSync(abs);
            try {
                text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
            }
            catch {
                const bad = firstInvalidUtf8(buf);
                const prefix = new TextDecoder('utf-8').decode(buf.subarray(0, bad));
                const src = makeSource(display, prefix);
                errorAt(`File is not valid UTF-8 (first invalid byte at offset ${bad})`, src, display, src.text.length);
                continue;
            }
        }
        catch (e) {
            errorAt(`Cannot read file: ${e.code ?? e.message}`, undefined, display);
            continue;
        }
        const src = makeSource(display, text);
        const parser = parserFor(abs, src.text) ?? (/^\s*[{[]/.test(src.text) ? 'json' : undefined);
        if (!parser) {
            skip(display, 'not a recognised input');
            continue;
        }
        // A walked JSON/YAML file is parsed only when its content claims to be an input.
        const walkedDoc = parser !== 'terraform' && !explicit.has(abs) && !explicitVarFiles.includes(abs);
        const sniff = walkedDoc ? sniffInput(src.text) : undefined;
        if (sniff && !sniff.claims) {
            skip(display, sniff.reason);
            continue;
        }
        if (parser === 'terraform' || abs.endsWith('.tfvars')) {
            const isVars = abs.endsWith('.tfvars');
            if (isVars && !explicitVarFiles.includes(abs) && !/(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)$/.test(abs)) {
                skip(display, 'variable file not loaded (name it terraform.tfvars / *.auto.tfvars or pass --var-file)');
                continue;
            }
            if (!hclReady()) {
                errorAt('Terraform file found but the HCL parser is not initialised', src, display, 0);
                continue;
            }
            if (!isVars) {
                tfFiles.push({ abs, src });
                continue;
            }
            try {
                varFiles.push(parseHcl(src));
            }
            catch (e) {
                if (e instanceof InputError)
                    errorAt(e.message, e.pos?.src ?? src, display, e.pos?.start ?? 0);
                else
                    throw e;
            }
            continue;
        }
        try {
            if (src.text.includes('\u0000'))
                throw new InputError('binary file (contains NUL bytes)', pos(src, src.text.indexOf('\u0000'), src.text.indexOf('\u0000')));
            const p = parser === 'json' ? parseJson(src) : parseYamlFast(src);
            const entry = { src, root: p.root, issues: p.issues, parser };
            if (given.length && looksLikeTemplate(p.root))
                for (const [k, allowed] of declaredParameters(p.root))
                    declared.set(k, [...(declared.get(k) ?? []), { file: display, allowed }]);
            if (/AWS::CloudFormation::Stack|"Type":\s*"AWS::CloudFormation::Stack"/.test(src.text) || /\.nested\.template\.json$/.test(display)) {
                parsed.push(entry);
                continue;
            }
            // Templates whose conditions read parameters are loaded again per scenario.
            if (looksLikeTemplate(p.root) && planScenarios(templateInfo(display, p.root), new Set(parameterValues.keys())).scenarios.length > 1) {
                parsed.push(entry);
                continue;
            }
            const scratch = emptyModel();
            const before = undecided.size;
            const ok = loadDocument({ model: scratch, src, opts: { ...loadOpts, bindings: bindingsFor(display), assume: new Map() } }, p.root);
            // A snapshot is what an audit read, not a source file: it does not count in summary.files
            // (so an audit, a lint of its saved snapshot and merged shards all report the same).
            const isSnapshot = ok && looksLikeSnapshot(p.root);
            if (isSnapshot)
                snapshotFiles++;
            if (undecided.size > before)
                parsed.push(entry);
            else if (ok) {
                mergeInto(base, scratch);
                base.files++;
                if (!isSnapshot)
                    base.sources.push(src);
                base.parseIssues.push(...p.issues);
                if (parser === 'yaml')
                    yamlSources.push(src);
            }
            else
                skip(display, 'parsed, but not a flow-log input the loaders know');
        }
        catch (e) {
            const notInput = walkedDoc && e instanceof InputError ? notAnInputAfterAll(src.text, e.message) : undefined;
            if (notInput)
                skip(display, notInput);
            else if (e instanceof InputError)
                errorAt(e.message, e.pos?.src ?? src, display, e.pos?.start ?? 0);
            else if (e instanceof RangeError)
                errorAt('Input nested too deeply', src, display, 0);
            else
                throw e;
        }
    }
    checkGivenParameters(given, declared, errorAt, opts.warn ?? debug);
    // CDK nested stacks: the parent passes parameters to a child template in the same folder.
    const nested = [];
    const roots = assetRoots(opts.paths, opts.cwd);
    for (const p of parsed) {
        if (!looksLikeTemplate(p.root))
            continue;
        for (const n of nestedStacks(p.root)) {
            const outside = assetOutsideRoots(p.src.path, n.assetPath, opts.cwd, roots);
            if (outside)
                (base.unreadModules ??= []).push({ name: `nested stack ${n.logicalId} of ${p.src.path}`, reason: outside });
            if (outside)
                continue;
            const dir = p.src.path.includes('/') ? p.src.path.slice(0, p.src.path.lastIndexOf('/') + 1) : '';
            const child = parsed.find((c) => c.src.path === `${dir}${n.assetPath}`);
            if (child)
                nested.push({ parent: p, child, parameters: n.parameters });
        }
    }
    // A nested stack deploys where its parent does.
    for (const n of nested) {
        const e = envs.get(n.parent.src.path);
        if (e && !envs.has(n.child.src.path))
            envs.set(n.child.src.path, e);
    }
    // Scenario plans (cfn/scenarios.ts); a child stack's parameters set by its parent are not explored.
    const plans = new Map();
    for (const p of parsed) {
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
    /** Per world: each reloaded template's conditions and explored parameters, for labels. */
    const worldStates = [];
    const loadWorld = (assume, undecided, scenario = 0) => {
        const model = emptyModel();
        mergeInto(model, base);
        model.files = base.files;
        model.sources.push(...base.sources);
        model.parseIssues.push(...base.parseIssues);
        const paramOverrides = new Map();
        const otherParams = new Map();
        const labels = new Map();
        for (const [path, plan] of plans) {
            const v = scenarioValues(plan, scenario);
            paramOverrides.set(path, v.overrides);
            otherParams.set(path, v.other);
            labels.set(path, v.labels);
        }
        const cfnOpts = (path) => ({ bindings: bindingsFor(path), assume, parameterValues, ...(paramOverrides.get(path) ? { overrides: paramOverrides.get(path) } : {}), ...(otherParams.get(path) ? { otherParams: otherParams.get(path) } : {}) });
        for (const n of nested) {
            const info = templateInfo(n.parent.src.path, n.parent.root, { ...cfnOpts(n.parent.src.path), undecided });
            const values = paramOverrides.get(n.child.src.path) ?? new Map();
            if (n.parameters?.kind === 'object')
                for (const e of n.parameters.entries)
                    values.set(e.key, resolveCfn(info, e.value));
            paramOverrides.set(n.child.src.path, values);
        }
        const states = new Map();
        for (const p of parsed)
            if (looksLikeTemplate(p.root))
                states.set(p.src.path, fileState(templateInfo(p.src.path, p.root, { ...cfnOpts(p.src.path), undecided: new Set() }), labels.get(p.src.path) ?? new Map()));
        worldStates.push(states);
        for (const p of parsed) {
            let ok;
            try {
                ok = loadDocument({ model, src: p.src, opts: { debug, bindings: bindingsFor(p.src.path), assume, undecided, paramOverrides, otherParams, parameterValues, ...(opts.classify ? { classify: opts.classify } : {}) } }, p.root);
            }
            catch (e) {
                if (!(e instanceof InputError))
                    throw e;
                if (assume.size === 0)
                    errorAt(e.message, e.pos?.src ?? p.src, p.src.path, e.pos?.start ?? 0);
                continue;
            }
            if (ok) {
                model.files++;
                model.sources.push(p.src);
                model.parseIssues.push(...p.issues);
            }
            else
                debug(`${p.src.path}: not a recognised input; skipped`);
        }
        if (tfFiles.length) {
            const tfw = tf.get(scenario);
            const { model: tfModel, consumed } = tfw;
            for (const [f, st] of tfw.states)
                states.set(f, st);
            mergeInto(model, tfModel);
            model.files += tfFiles.length;
            for (const f of tfFiles)
                model.sources.push(f.src);
            // A policy file that Terraform reads with file() is still linted on its own (dropping its
            // standalone reading let a .tf file hide the file's findings); only its policy document,
            // which the Terraform reading holds at the same positions, is not checked twice.
            if (consumed.size) {
                model.policies = model.policies.filter((r) => !consumed.has(r.origin.file?.path ?? ''));
                model.roles = withoutPhantomRoles(model.roles, tfModel.roles, consumed);
            }
        }
        attachPolicies(model);
        return model;
    };
    // Terraform does not depend on CloudFormation conditions: loaded once per scenario of its
    // library modules (terraform/worlds.ts), scenario i going with CloudFormation's scenario i.
    const tf = new TerraformWorlds({ files: tfFiles, varFiles, cwd: opts.cwd, roots: opts.paths, bindings, debug, explicitVarFiles: explicitVarFiles.length > 0, onError: (e, path) => errorAt(e.message, e.pos?.src, path, e.pos?.start ?? 0) });
    const first = loadWorld(new Map(), undecided);
    worldStates.length = 0;
    // Worlds: parameter scenarios (per template, the i-th of each) times assignments of the
    // conditions that stay undecidable (they compare things no parameter fixes, like the region).
    const condWorlds = [];
    if (undecided.size === 0)
        condWorlds.push(new Map());
    else {
        const names = [...undecided].sort();
        const combos = names.length <= 3 ? 1 << names.length : 2;
        for (let c = 0; c < Math.min(combos, MAX_WORLDS); c++) {
            const assume = new Map();
            names.forEach((n, i) => assume.set(n, names.length <= 3 ? ((c >> i) & 1) === 0 : c === 0));
            condWorlds.push(assume);
        }
    }
    const nScenarios = Math.max(1, tf.scenarios, ...[...plans.values()].map((p) => p.scenarios.length));
    // Keep the run bounded: many scenarios take only the all-true and all-false assumptions.
    if (nScenarios * condWorlds.length > 2 * MAX_SCENARIOS && condWorlds.length > 2)
        condWorlds.splice(1, condWorlds.length - 2);
    const worlds = [];
    for (let si = 0; si < nScenarios; si++)
        for (const assume of condWorlds)
            worlds.push({ assume, scenario: si });
    if (worlds.length > 1)
        debug(`${worlds.length} worlds: ${nScenarios} parameter scenario(s) × ${condWorlds.length} assignment(s) of undecidable conditions`);
    const merged = new Map();
    const positions = new Map();
    let checks = {};
    let model = first;
    const seenIn = new Map();
    // Later worlds re-run the rules only over the files they touch (engine/worlds.ts).
    const loadNth = (wi) => (worlds.length === 1 ? first : loadWorld(worlds[wi].assume, new Set(), worlds[wi].scenario));
    const split = splitWorlds(worlds.length, loadNth, () => void (worldStates.length = 1), new Set(parsed.map((p) => p.src.path)), tfFiles.length + snapshotFiles === 0, (m) => buildLinks(m, opts.accountIds, opts.organization), debug);
    worlds.forEach((w, wi) => {
        const { model: m, links } = split.world(wi);
        if (wi === 0)
            model = m;
        const out = runRules(opts.rules ?? RULES, m, links, { accountIds: opts.accountIds, severities: opts.severities, onError: (rule, err) => debug(`rule ${rule} failed: ${err instanceof Error ? (err.stack ?? String(err)) : String(err)}`) });
        if (wi === 0)
            checks = out.checks;
        split.ran(wi, out.results, seenIn);
        out.results.forEach((r, i) => {
            const key = resultKey(r);
            seenIn.set(key, (seenIn.get(key) ?? new Set()).add(wi));
            if (merged.has(key))
                return;
            if (wi > 0) {
                const c = (checks[r.ruleId] ??= { pass: 0, fail: 0, unverifiable: 0 });
                c[r.status]++;
            }
            const p = out.positions[i];
            const res = { ...r, __world: String(wi) };
            merged.set(key, res);
            if (p)
                positions.set(res, p);
        });
    });
    const whenLabel = (file, present) => {
        if (!file)
            return undefined;
        const label = scenarioLabel(worldStates.map((s) => s.get(file)), present) ??
            (present.size < worlds.length ? scenarioLabel(worldStates.map(combinedState), present) : undefined);
        const plan = plans.get(file) ?? tf.plans.get(file);
        const capped = plan?.cappedFrom;
        return label && capped ? `${label}; ${plan?.scenarios.length} of ${capped} scenarios explored: defaults plus each ${plans.has(file) ? 'parameter' : 'input'} changed alone` : label;
    };
    const results = [];
    for (const [key, r] of merged) {
        const { __world, ...plain } = r;
        void __world;
        const label = worlds.length > 1 ? whenLabel(plain.file, seenIn.get(key) ?? new Set()) : undefined;
        const res = label ? { ...plain, message: `${plain.message} [when ${label}]` } : plain;
        const p = positions.get(r);
        if (p)
            positions.set(res, p);
        results.push(res);
    }
    // Inline comment suppressions (YAML; HCL adds its own scanner through the same mechanism).
    const commented = [...yamlSources, ...parsed.filter((p) => p.parser === 'yaml').map((p) => p.src), ...tfFiles.map((f) => f.src)];
    for (const src of commented) {
        scanCommentSuppressions(src, (offset) => model.spans.find((s) => s.src === src && s.start === offset)?.end, model.suppressions);
    }
    for (const v of varFiles)
        v.dispose();
    const extra = applySuppressions(results, model, positions);
    // Files read through file() keep their own findings; one both readings make is listed once.
    const consumed = tfFiles.length ? tf.get(0).consumed : new Set();
    const all = [...errors, ...dedupeConsumed(sayForAnyValue(dropCallerDuplicates(results, checks), model), consumed), ...extra];
    if (errors.length)
        checks[PARSE_ERROR.id] = { pass: parsed.length, fail: errors.length, unverifiable: 0 };
    void toResult;
    return {
        results: sortResults(all),
        files: files.length - snapshotFiles - skipped,
        resources: resourceCount(model),
        checks,
        inputErrors: errors.length > 0 || all.some((r) => r.ruleId === INTERNAL_ERROR.id),
        skipped,
        empty: files.length - skipped === 0,
        model,
    };
}
/** A trust-policy file that a Terraform role reads with file() is that role's trust policy: its
 * standalone reading (a role of its own, whose permissions are unknown) is a phantom of the
 * Terraform role. It is dropped only when a Terraform role holds the very same document, so the
 * document's findings are still reported, on that role; a file read anywhere else keeps its own. */
function withoutPhantomRoles(roles, tfRoles, consumed) {
    const docKey = (r) => (r.trust ? JSON.stringify(toPlainVal(r.trust.node)) : undefined);
    const tfTrusts = new Set(tfRoles.map(docKey).filter((k) => k !== undefined));
    return roles.filter((r) => {
        const file = r.origin.file?.path;
        if (!file || !consumed.has(file) || tfRoles.includes(r))
            return true;
        const key = docKey(r);
        return key === undefined || !tfTrusts.has(key);
    });
}
/** Adds the resources of one model to another (both world-independent at this point). */
function mergeInto(into, from) {
    into.flowLogs.push(...from.flowLogs);
    into.buckets.push(...from.buckets);
    into.bucketPolicies.push(...from.bucketPolicies);
    into.keys.push(...from.keys);
    into.roles.push(...from.roles);
    into.identityPolicies.push(...from.identityPolicies);
    into.logGroups.push(...from.logGroups);
    into.metricFilters.push(...from.metricFilters);
    into.vpcs.push(...from.vpcs);
    into.policies.push(...from.policies);
    into.suppressions.push(...from.suppressions);
    into.spans.push(...from.spans);
    into.readErrors.push(...from.readErrors);
    if (from.unreadModules?.length)
        (into.unreadModules ??= []).push(...from.unreadModules);
    mergeFacts(into, from);
    if (from.deliveryStreams?.length)
        (into.deliveryStreams ??= []).push(...from.deliveryStreams);
}
export function sortResults(rs) {
    const cmp = (a, b) => {
        if (a === b)
            return 0;
        if (a === null || a === undefined)
            return 1;
        if (b === null || b === undefined)
            return -1;
        return a < b ? -1 : 1;
    };
    return [...rs].sort((a, b) => cmp(a.file, b.file) || cmp(a.source, b.source) || cmp(a.line, b.line) || cmp(a.column, b.column) || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message));
}
/** Offset of the first byte that is not part of a valid UTF-8 sequence (overlong forms,
 * surrogates and code points past U+10FFFF included). */
function firstInvalidUtf8(buf) {
    let i = 0;
    const at = (k) => buf[k];
    const cont = (k, lo = 0x80, hi = 0xbf) => k < buf.length && at(k) >= lo && at(k) <= hi;
    while (i < buf.length) {
        const b = at(i);
        if (b < 0x80)
            i += 1;
        else if (b >= 0xc2 && b <= 0xdf && cont(i + 1))
            i += 2;
        else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2))
            i += 3;
        else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1) && cont(i + 2))
            i += 3;
        else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2))
            i += 3;
        else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3))
            i += 4;
        else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3))
            i += 4;
        else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3))
            i += 4;
        else
            return i;
    }
    return i;
}
export { resolvePath };
