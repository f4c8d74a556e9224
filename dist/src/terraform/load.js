// Terraform configurations → model resources. Folders of .tf files are modules; a folder that
// another scanned module uses as a local `source` is loaded as that module's child (with its
// inputs), not as a root of its own.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath, sep } from 'node:path';
import { fieldCI } from '../model/value.js';
import { InputError } from '../parse/errors.js';
import { pos } from '../parse/source.js';
import { readFileSync } from 'node:fs';
import { makeSource } from '../parse/source.js';
import { parseHcl } from './hcl.js';
import { ModuleInstance, moduleDef, readFileSource } from './module.js';
import { evalExpr } from './eval.js';
import { installedModuleDir, notInstalledReason, resetInstalledModules } from './installed.js';
import { terraformFacts } from './dependencies.js';
import { isLibraryModule, libraryScenario, planLibrary } from './scenarios.js';
import { evalSteps, InstanceBudget, MAX_STRING_CHARS, quoteValue } from './budgets.js';
import { confinement } from './confine.js';
import { mapResource } from './resources.js';
function displayPath(abs, cwd) {
    const r = relative(cwd, abs);
    return (r === '' ? '.' : r).split(sep).join('/');
}
/** Loads the Terraform modules; returns the display paths of files read through file() /
 * templatefile(), which are then inputs of Terraform, not standalone documents. */
export function loadTerraform(model, input) {
    resetInstalledModules();
    const budget = new InstanceBudget();
    evalSteps.used = 0;
    const refused = new Map();
    const byDir = new Map();
    for (const f of input.files) {
        const d = dirname(f.abs);
        byDir.set(d, [...(byDir.get(d) ?? []), f.src]);
    }
    const defs = new ModuleDefs(byDir, input);
    const extraSources = [];
    const host = moduleHost(input, defs, budget, refused, extraSources);
    const { callers, called } = localModuleCalls(byDir);
    const run = { model, input, defs, host, tfvars: tfvarValues(input.varFiles), called, mapped: new Set() };
    const children = new Set(callers.keys());
    for (const dir of [...byDir.keys()].sort())
        if (!children.has(dir))
            mapRoot(run, dir);
    // Called folders none of whose callers was ever mapped (an a↔b cycle, callers that are
    // themselves only called in a cycle) would vanish: each becomes a root, first by name.
    for (;;) {
        const orphan = [...children].sort().find((d) => byDir.has(d) && !run.mapped.has(d) && ![...(callers.get(d) ?? [])].some((c) => run.mapped.has(c)));
        if (orphan === undefined)
            break;
        mapRoot(run, orphan);
        run.mapped.add(orphan);
    }
    for (const [name, reason] of [...refused, ...budget.breaches])
        (model.unreadModules ??= []).push({ name, reason });
    defs.disposeAll();
    return new Set(extraSources.map((s) => s.path));
}
/** Module definitions by absolute folder, parsed on first use. A file that does not parse is
 * reported (input.onError) and left out of its module. */
class ModuleDefs {
    byDir;
    input;
    defs = new Map();
    constructor(byDir, input) {
        this.byDir = byDir;
        this.input = input;
    }
    get(absDir) {
        const hit = this.defs.get(absDir);
        if (hit)
            return hit;
        const sources = this.byDir.get(absDir);
        // A local module outside the scanned paths: read it now.
        const files = sources ? sources.map((src) => this.parse(() => src, src.path)) : this.readOutside(absDir);
        if (!files)
            return undefined;
        const def = moduleDef(displayPath(absDir, this.input.cwd), absDir, files.filter((f) => !!f));
        this.defs.set(absDir, def);
        return def;
    }
    /** Frees a root folder's syntax trees once it is mapped and nothing else uses it. */
    free(absDir, def) {
        for (const f of def.files)
            f.dispose();
        this.defs.delete(absDir);
    }
    disposeAll() {
        for (const d of this.defs.values())
            for (const f of d.files)
                f.dispose();
    }
    readOutside(absDir) {
        if (!existsSync(absDir))
            return undefined;
        return readdirSync(absDir)
            .filter((n) => n.endsWith('.tf'))
            .sort()
            .map((name) => {
            const abs = join(absDir, name);
            const display = displayPath(abs, this.input.cwd);
            return this.parse(() => makeSource(display, readFileSync(abs, 'utf8')), display);
        });
    }
    /** `source` reads the file inside the error handling: its InputErrors are reported too. */
    parse(source, path) {
        try {
            return parseHcl(source());
        }
        catch (e) {
            if (e instanceof InputError)
                this.input.onError(e, path);
            else
                throw e;
            return undefined;
        }
    }
}
/** What the modules need from the run: child modules, file() reads, the budget, cycle reports. */
function moduleHost(input, defs, budget, refused, extraSources) {
    const confined = confinement(input.roots ?? [], input.cwd);
    const cycles = new Set();
    const read = new Map();
    return {
        child: (parent, name, source) => {
            const local = source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..';
            const dir = local ? resolvePath(parent.def.absDir, source) : installedModuleDir(parent.rootDir, parent.prefix, name);
            const why = dir === undefined ? undefined : confined.refuse(dir);
            if (why)
                refused.set(`${parent.prefix}module.${name}`, `its source ${why}`);
            return dir && !why ? defs.get(dir) : undefined;
        },
        readFile: (abs) => {
            // Once per path: `count = 1000` over one file() is one read, one source kept.
            if (!read.has(abs))
                read.set(abs, readConfined(abs, confined, displayPath(abs, input.cwd), extraSources));
            return read.get(abs);
        },
        bindings: input.bindings,
        budget,
        onCycle: (at, message) => {
            const key = `${at.src.path}:${at.start}`;
            if (!cycles.has(key))
                input.onError(new InputError(message, at), at.src.path);
            cycles.add(key);
        },
    };
}
/** Folders a scanned folder uses as its own parts (`source = "./modules/x"`) are not roots (found
 * from the source text, before anything is parsed). A folder called from outside itself
 * (`source = "../.."`, as examples/ call a module repository's root) is checked under each
 * caller's inputs and also on its own, as a library module. A call of the folder itself or of a
 * folder above it never makes the called folder a child: that call would hide the caller's own
 * resources. `callers`: child folder → the folders that use it; `called`: every folder called. */
function localModuleCalls(byDir) {
    const callers = new Map();
    const called = new Set();
    for (const [dir, sources] of byDir) {
        for (const src of sources) {
            for (const m of src.text.matchAll(/^\s*source\s*=\s*"(\.{1,2}(?:\/[^"]*)?)"/gm)) {
                const target = resolvePath(dir, m[1] ?? '');
                called.add(target);
                if (target === dir || !relative(target, dir).startsWith('..'))
                    continue;
                if (m[1]?.startsWith('./'))
                    callers.set(target, (callers.get(target) ?? new Set()).add(dir));
            }
        }
    }
    return { callers, called };
}
/** Variable values from -var-file / *.auto.tfvars (which cannot reference anything). */
function tfvarValues(varFiles) {
    const tfvars = new Map();
    for (const vf of varFiles) {
        for (const [name, a] of vf.body.attributes)
            tfvars.set(name, evalExpr(a.expr, { src: vf.src, ref: (root, _acc, at) => ({ kind: 'unknown', reason: `${root} cannot be referenced in a .tfvars file`, pos: at }) }));
    }
    return tfvars;
}
/** Maps a root folder: with the tfvars, or, for a library module, this scenario's inputs. */
function mapRoot(run, dir) {
    const { input } = run;
    const def = run.defs.get(dir);
    if (!def)
        return;
    const library = !input.explicitVarFiles && isLibraryModule(def);
    const inputs = new Map(run.tfvars);
    const plan = library ? planLibrary(def, new Set(run.tfvars.keys())) : undefined;
    if (plan) {
        const sc = libraryScenario(plan, input.scenario ?? 0);
        for (const [k, v] of sc.inputs)
            inputs.set(k, v);
        input.onScenario?.(def.files.map((f) => f.src.path), plan, sc.labels);
    }
    const root = new ModuleInstance(def, '', inputs, run.host, new Set(), library);
    mapModule(run.model, root, input, run.mapped);
    // A root folder that nothing else uses: free its syntax trees now.
    if (!run.called.has(dir))
        run.defs.free(dir, def);
}
/** file()/templatefile(): inside the confinement roots and within the file size budget, or why not. */
function readConfined(abs, confined, display, sources) {
    const why = confined.refuse(abs);
    if (why)
        return why;
    const size = fileSize(abs);
    if (size !== undefined && size > MAX_STRING_CHARS)
        return `${quoteValue(display)} is ${size} bytes, over the file size budget (${MAX_STRING_CHARS} bytes); it is not read`;
    const f = readFileSource(abs, display);
    if (f)
        sources.push(f.src);
    return f;
}
function fileSize(abs) {
    try {
        return statSync(abs).size;
    }
    catch {
        return undefined;
    }
}
/** `via`: the caller's folder, for resources of a module called from outside that folder
 * (`examples/complete → module.flow_logs.aws_iam_role.this`). `mapped`: the folders mapped so far
 * (a called folder none of whose callers was mapped becomes a root). */
function mapModule(model, mi, input, mapped, via) {
    mapped.add(mi.def.absDir);
    terraformFacts(model, mi);
    for (const decl of mi.def.resources.values()) {
        for (const inst of mi.instances(decl)) {
            try {
                mapResource(model, hclView(mi, inst), input.bindings, via);
            }
            catch (e) {
                if (e instanceof InputError)
                    input.onError(e, e.pos?.src.path ?? inst.decl.file.src.path);
                else {
                    // Never a silent drop: the resource is reported as one that cannot be read.
                    input.debug(`${inst.address}: ${String(e)}`);
                    (model.unreadModules ??= []).push({ name: inst.address, reason: `evaluating it failed: ${quoteValue(e instanceof Error ? e.message : String(e))}` });
                }
            }
        }
    }
    for (const f of mi.def.files) {
        for (const b of f.body.blocks) {
            if (b.type === 'resource')
                model.spans.push(pos(f.src, b.pos.start, b.pos.end));
        }
    }
    for (const name of mi.def.modules.keys()) {
        const children = mi.childInstances(name);
        // Named by the call path when the module folder is also checked on its own (it is scanned).
        const alone = children[0] ? input.files.some((f) => dirname(f.abs) === children[0]?.def.absDir) : false;
        const outside = via ?? (mi.prefix === '' && alone && mi.moduleSource(name)?.startsWith('../') ? mi.def.dir || '.' : undefined);
        for (const child of children)
            mapModule(model, child, input, mapped, outside);
        if (children.length === 0 && mi.moduleSource(name)?.startsWith('.'))
            continue;
        if (children.length === 0) {
            const reason = notInstalledReason(mi.rootDir, mi.prefix, name, mi.moduleSource(name));
            input.debug(`${reason}; its resources are not checked`);
            (model.unreadModules ??= []).push({ name: `${mi.prefix}module.${name}`, reason });
        }
    }
}
function hclBlockView(mi, inst, ctx) {
    const file = inst.decl.file;
    return {
        pos: ctx.block.pos,
        arg: (n) => (ctx.block === inst.decl.block && !ctx.vars ? mi.arg(inst, n) : mi.blockArg(file, ctx, n, inst)),
        blocks: (n) => {
            // A dynamic block that cannot be expanded counts as absent here (the arguments it would
            // set are then unknown to the rules that need them).
            const r = mi.blocks(file, ctx, n, inst);
            return 'unknown' in r ? [] : r.map((c) => hclBlockView(mi, inst, c));
        },
    };
}
function hclView(mi, inst) {
    const b = inst.decl.block;
    const at = pos(inst.decl.file.src, b.pos.start, b.pos.start + b.type.length);
    return { ...hclBlockView(mi, inst, { block: b }), type: inst.decl.type, address: inst.address, src: inst.decl.file.src, pos: at, attribute: (n) => mi.attribute(inst, n, at) };
}
export { fieldCI };
// plan.ts maps plan/state JSON through the same mapping, and links it the same way.
export { mapResource };
