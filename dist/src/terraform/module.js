// Terraform modules: a folder of .tf files is a module; its variables, locals, resources, data
// sources, module calls and outputs are evaluated lazily, per instance (count / for_each), with
// references answered here and expressions evaluated by eval.ts.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNT, PARTITION, REGION, URL_SUFFIX, inputSym, isInputSym, optionalInputSym, spelledAccount } from '../model/symbols.js';
import { concatParts, lit, literal, unknown } from '../model/value.js';
import { makeSource } from '../parse/source.js';
import { applyAccessor, evalExpr } from './eval.js';
import { policyDocument } from './policy-document.js';
import { convert, parseType } from './types.js';
import { errorV } from './values.js';
import { notInstalledReason } from './installed.js';
import { parseJsonAt } from '../parse/embedded.js';
import { InputError } from '../parse/errors.js';
import { fromPNode } from '../model/value.js';
import { moduleBudgetReason, resourceBudgetReason } from './budgets.js';
import { nodePos } from './hcl.js';
export function moduleDef(dir, absDir, files) {
    const def = { dir, absDir, files, variables: new Map(), locals: new Map(), resources: new Map(), data: new Map(), modules: new Map(), outputs: new Map() };
    for (const f of files) {
        for (const b of f.body.blocks) {
            const [a, c] = b.labels;
            if (b.type === 'variable' && a)
                def.variables.set(a, b);
            else if (b.type === 'locals')
                for (const name of b.body.attributes.keys())
                    def.locals.set(name, { block: b, file: f });
            else if (b.type === 'resource' && a && c)
                def.resources.set(`${a}.${c}`, { mode: 'managed', type: a, name: c, block: b, file: f });
            else if (b.type === 'data' && a && c)
                def.data.set(`${a}.${c}`, { mode: 'data', type: a, name: c, block: b, file: f });
            else if (b.type === 'module' && a)
                def.modules.set(a, { block: b, file: f });
            else if (b.type === 'output' && a)
                def.outputs.set(a, { block: b, file: f });
        }
    }
    return def;
}
export class ModuleInstance {
    def;
    prefix;
    inputs;
    host;
    ancestors;
    library;
    localCache = new Map();
    varCache = new Map();
    instanceCache = new Map();
    attrCache = new Map();
    children = new Map();
    busy = new Set();
    constructor(def, 
    /** `module.vpc.` or '' for the root module. */
    prefix, 
    /** Input values from the caller (or tfvars for the root). */
    inputs, host, 
    /** Folders of the modules above this one: a module that calls one of them is a cycle. */
    ancestors = new Set(), 
    /** A library module checked on its own (RULES.md, "How rules decide"): an input whose default
     * is null is one callers are expected to set when the module needs it. */
    library = false) {
        this.def = def;
        this.prefix = prefix;
        this.inputs = inputs;
        this.host = host;
        this.ancestors = ancestors;
        this.library = library;
    }
    /** The root module's folder (where `terraform init` runs and `.terraform/` lives). */
    get rootDir() {
        return [...this.ancestors][0] ?? this.def.absDir;
    }
    guard(key, f, fallback) {
        if (this.busy.has(key))
            return fallback;
        this.busy.add(key);
        try {
            return f();
        }
        finally {
            this.busy.delete(key);
        }
    }
    scope(file, inst, vars) {
        return {
            src: file.src,
            ...(vars ? { vars } : {}),
            ref: (root, acc, at) => this.ref(root, acc, at, inst),
            readFile: (path) => this.host.readFile(path.startsWith('/') ? path : join(this.def.absDir, path)),
        };
    }
    pseudo(name, sym) {
        return this.host.bindings.get(name) ?? sym;
    }
    eval(file, expr, inst, vars) {
        return evalExpr(expr, this.scope(file, inst, vars));
    }
    /** Nested blocks of a type, with `dynamic` blocks expanded when their for_each is static. */
    blocks(file, parent, type, inst) {
        const out = parent.block.body.blocks.filter((b) => b.type === type).map((block) => ({ block, ...(parent.vars ? { vars: parent.vars } : {}) }));
        for (const d of parent.block.body.blocks) {
            if (d.type !== 'dynamic' || d.labels[0] !== type)
                continue;
            const fe = d.body.attributes.get('for_each');
            const content = d.body.blocks.find((b) => b.type === 'content');
            if (!fe || !content)
                continue;
            const coll = this.eval(file, fe.expr, inst, parent.vars);
            const iterator = d.body.attributes.get('iterator')?.expr.text ?? type;
            let pairs;
            if (coll.kind === 'arr')
                pairs = coll.items.map((v, i) => [{ kind: 'num', value: i, text: String(i) }, v]);
            else if (coll.kind === 'obj')
                pairs = coll.entries.map((e) => [lit(e.key), e.value]);
            else
                return { unknown: `dynamic "${type}" for_each cannot be resolved statically (${coll.kind === 'unknown' ? coll.reason : 'not a collection'})` };
            for (const [key, value] of pairs) {
                const vars = new Map(parent.vars ?? []);
                vars.set(iterator, { kind: 'obj', entries: [{ key: 'key', value: key }, { key: 'value', value }] });
                out.push({ block: content, vars });
            }
        }
        return out;
    }
    blockArg(file, b, name, inst) {
        const a = b.block.body.attributes.get(name);
        const v = a ? this.eval(file, a.expr, inst, b.vars) : undefined;
        // An argument set to null is the same as one left out.
        return v && v.kind !== 'null' ? v : undefined;
    }
    variable(name, at) {
        const hit = this.varCache.get(name);
        if (hit)
            return hit;
        const v = this.guard(`var.${name}`, () => this.computeVariable(name, at), unknown(`var.${name} refers to itself`, at));
        // A missing value is reported where each reference is written: only computed values are kept.
        if (v.kind === 'str' && v.parts.length === 1 && isInputSym(v.parts[0]))
            return { ...v, pos: at };
        if (v.kind !== 'unknown' || this.inputs.has(name) || this.def.variables.get(name)?.body.attributes.has('default'))
            this.varCache.set(name, v);
        return v;
    }
    computeVariable(name, at) {
        const block = this.def.variables.get(name);
        let given = this.inputs.get(name);
        if (!block)
            return given ?? unknown(`undeclared variable var.${name}`, at);
        const file = this.def.files.find((f) => f.body.blocks.includes(block));
        const d = block.body.attributes.get('default');
        // `nullable = false`: a null input means "use the default", as in Terraform.
        const nullable = block.body.attributes.get('nullable')?.expr.text.trim() !== 'false';
        if (given?.kind === 'null' && !nullable)
            given = undefined;
        const typeAttr = block.body.attributes.get('type');
        const type = typeAttr ? parseType(typeAttr.expr) : undefined;
        // A string input nobody gives is a symbol (RULES.md, "How rules decide"): whatever is decided
        // must hold for every value of it. Other types stay unknown (their shape is not known).
        const stringLike = !typeAttr || type?.kind === 'string';
        const scope = `tf:${this.def.dir}#${this.prefix}`;
        if (!given && (!d || !file)) {
            if (stringLike)
                return { kind: 'str', parts: [inputSym(scope, `var.${name}`)], pos: at };
            return unknown(`variable ${name} has no default${this.prefix ? ` and ${this.prefix.slice(0, -1)} does not set it` : ' (pass it in a .tfvars file)'}`, at);
        }
        if (!given && this.library && stringLike && d && /^\s*null\s*$/.test(d.expr.text))
            return { kind: 'str', parts: [optionalInputSym(scope, `var.${name}`)], pos: at };
        const raw = given ?? this.eval(file, d.expr);
        if (!type || !file)
            return raw;
        return convert(raw, type, (n) => this.eval(file, n), at, `var.${name}`);
    }
    local(name, at) {
        const hit = this.localCache.get(name);
        if (hit)
            return hit;
        const l = this.def.locals.get(name);
        if (!l)
            return unknown(`undeclared local.${name}`, at);
        const attr = l.block.body.attributes.get(name);
        if (!attr)
            return unknown(`undeclared local.${name}`, at);
        const v = this.guard(`local.${name}`, () => this.eval(l.file, attr.expr), unknown(`local.${name} refers to itself`, at));
        this.localCache.set(name, v);
        return v;
    }
    /** Instances of a resource or data source, from its count / for_each. */
    instances(decl) {
        const key = `${decl.mode}.${decl.type}.${decl.name}`;
        const hit = this.instanceCache.get(key);
        if (hit)
            return hit;
        const base = `${this.prefix}${decl.mode === 'data' ? 'data.' : ''}${decl.type}.${decl.name}`;
        const count = decl.block.body.attributes.get('count');
        const forEach = decl.block.body.attributes.get('for_each');
        let out;
        if (count) {
            const n = this.guard(`${key}.count`, () => this.eval(decl.file, count.expr), unknown('count refers to itself'));
            const k = n.kind === 'num' ? n.value : literal(n) !== undefined ? Number(literal(n)) : NaN;
            const fits = Number.isInteger(k) && k >= 0 && k <= 1000 && (this.host.budget?.takeResources(k) ?? true);
            if (fits) {
                out = Array.from({ length: k }, (_, i) => ({ decl, address: `${base}[${i}]`, key: { kind: 'num', value: i, text: String(i) }, countIndex: { kind: 'num', value: i, text: String(i) }, module: this }));
            }
            else {
                const reason = n.kind === 'unknown' ? n.reason : Number.isInteger(k) && k >= 0 && k <= 1000 ? resourceBudgetReason : 'count is not a whole number';
                out = [{ decl, address: `${base}[?]`, countIndex: unknown(`count of ${base} cannot be resolved statically (${reason})`), module: this }];
            }
        }
        else if (forEach) {
            const fe = this.guard(`${key}.for_each`, () => this.eval(decl.file, forEach.expr), unknown('for_each refers to itself'));
            if (fe.kind === 'obj')
                out = fe.entries.map((e) => ({ decl, address: `${base}[${JSON.stringify(e.key)}]`, key: lit(e.key), each: { key: lit(e.key), value: e.value }, module: this }));
            else if (fe.kind === 'arr' && fe.items.every((i) => literal(i) !== undefined)) {
                out = fe.items.map((i) => ({ decl, address: `${base}[${JSON.stringify(literal(i))}]`, key: i, each: { key: i, value: i }, module: this }));
            }
            else {
                const reason = fe.kind === 'unknown' ? fe.reason : 'for_each is not a map or a set of strings';
                const u = unknown(`for_each of ${base} cannot be resolved statically (${reason})`);
                out = [{ decl, address: `${base}[?]`, each: { key: u, value: u }, module: this }];
            }
        }
        else
            out = [{ decl, address: base, module: this }];
        this.instanceCache.set(key, out);
        return out;
    }
    /** The value of an argument of an instance (evaluated in that instance's scope); an argument
     * set to null counts as not set, as in Terraform. */
    arg(inst, name) {
        const a = inst.decl.block.body.attributes.get(name);
        const v = a ? this.eval(inst.decl.file, a.expr, inst) : undefined;
        return v && v.kind !== 'null' ? v : undefined;
    }
    sym(address, attr) {
        return { sym: `tf:${address}.${attr}`, label: `${address}.${attr}` };
    }
    /** A resource attribute: the argument when written, else what the provider computes. */
    attribute(inst, attr, at) {
        const ck = `${inst.address}|${attr}`;
        let v = this.attrCache.get(ck);
        if (!v) {
            v = this.guard(ck, () => this.computeAttribute(inst, attr, at), unknown(`${inst.address}.${attr} refers to itself`, at));
            this.attrCache.set(ck, v);
        }
        // A reference is reported where it is written, not where the value was first computed.
        return v.kind === 'obj' || v.kind === 'arr' ? v : ({ ...v, pos: at });
    }
    computeAttribute(inst, attr, at) {
        const { type } = inst.decl;
        const P = this.pseudo('AWS::Partition', PARTITION);
        const R = this.pseudo('AWS::Region', REGION);
        const A = this.pseudo('AWS::AccountId', ACCOUNT);
        const s = (parts) => ({ kind: 'str', parts: concatParts(parts), pos: at });
        const parts = (v) => (v?.kind === 'str' ? v.parts : v?.kind === 'num' ? [v.text] : undefined);
        const named = (argName, fallbackAttr) => {
            const v = this.arg(inst, argName);
            return parts(v) ?? [this.sym(inst.address, fallbackAttr)];
        };
        if (inst.decl.mode === 'data')
            return this.dataAttribute(inst, attr, at);
        switch (type) {
            case 'aws_s3_bucket':
                if (attr === 'id' || attr === 'bucket')
                    return s(named('bucket', 'bucket'));
                if (attr === 'arn')
                    return s(['arn:', P, ':s3:::', ...named('bucket', 'bucket')]);
                break;
            case 'aws_iam_role':
                if (attr === 'id' || attr === 'name')
                    return s(named('name', 'name'));
                if (attr === 'arn')
                    return s(['arn:', P, ':iam::', A, `:role${literal(this.arg(inst, 'path')) ?? '/'}`, ...named('name', 'name')]);
                break;
            case 'aws_iam_policy':
                if (attr === 'name')
                    return s(named('name', 'name'));
                if (attr === 'arn' || attr === 'id')
                    return s(['arn:', P, ':iam::', A, `:policy${literal(this.arg(inst, 'path')) ?? '/'}`, ...named('name', 'name')]);
                break;
            case 'aws_kms_key':
                if (attr === 'id' || attr === 'key_id')
                    return s([this.sym(inst.address, 'key_id')]);
                if (attr === 'arn')
                    return s(['arn:', P, ':kms:', R, ':', A, ':key/', this.sym(inst.address, 'key_id')]);
                break;
            case 'aws_kms_alias':
                if (attr === 'id' || attr === 'name')
                    return s(named('name', 'name'));
                if (attr === 'arn')
                    return s(['arn:', P, ':kms:', R, ':', A, ':', ...named('name', 'name')]);
                break;
            case 'aws_cloudwatch_log_group':
                if (attr === 'id' || attr === 'name')
                    return s(named('name', 'name'));
                if (attr === 'arn')
                    return s(['arn:', P, ':logs:', R, ':', A, ':log-group:', ...named('name', 'name')]);
                break;
            case 'aws_kinesis_firehose_delivery_stream':
                if (attr === 'arn')
                    return s(['arn:', P, ':firehose:', R, ':', A, ':deliverystream/', ...named('name', 'name')]);
                break;
            case 'aws_s3_bucket_policy':
                if (attr === 'id')
                    return this.arg(inst, 'bucket') ?? s([this.sym(inst.address, 'id')]);
                break;
            default:
                break;
        }
        const written = this.arg(inst, attr);
        if (written)
            return written;
        if (attr === 'id' || attr === 'arn')
            return s([this.sym(inst.address, attr)]);
        return s([this.sym(inst.address, attr)]);
    }
    dataAttribute(inst, attr, at) {
        const { type } = inst.decl;
        const s = (parts) => ({ kind: 'str', parts: concatParts(parts), pos: at });
        switch (type) {
            case 'aws_caller_identity':
                if (attr === 'account_id' || attr === 'id')
                    return s([this.pseudo('AWS::AccountId', spelledAccount(inst.decl.name, attr))]);
                break;
            case 'aws_partition':
                if (attr === 'partition' || attr === 'id')
                    return s([this.pseudo('AWS::Partition', PARTITION)]);
                if (attr === 'dns_suffix')
                    return s([URL_SUFFIX]);
                break;
            case 'aws_region':
                if (attr === 'name' || attr === 'region' || attr === 'id')
                    return s([this.pseudo('AWS::Region', REGION)]);
                break;
            case 'template_file':
                if (attr === 'rendered') {
                    const t = this.arg(inst, 'template');
                    if (!t || t.kind !== 'str')
                        return t?.kind === 'unknown' ? t : unknown('template_file template cannot be resolved', at);
                    const vars = this.arg(inst, 'vars');
                    const text = t.parts;
                    if (!text.some((x) => typeof x === 'string' && /\$\{/.test(x)))
                        return t;
                    if (vars && vars.kind !== 'obj')
                        return unknown('template_file vars cannot be resolved', at);
                    return unknown('template_file with variables is not rendered statically', at);
                }
                break;
            case 'aws_iam_policy_document':
                if (attr === 'json' || attr === 'minified_json') {
                    const file = inst.decl.file;
                    return policyDocument({ block: inst.decl.block }, {
                        ev: (name, b) => this.blockArg(file, b, name, inst),
                        blocks: (b, type) => this.blocks(file, b, type, inst),
                    }, (v) => policyValue(v));
                }
                break;
            default:
                break;
        }
        return unknown(`data.${type}.${inst.decl.name}.${attr} is read from AWS at plan time`, at);
    }
    child(name) {
        return this.childInstances(name)[0];
    }
    /** Instances of a module call (count / for_each), each with its own inputs and address. */
    childInstances(name) {
        const hit = this.children.get(name);
        if (hit !== undefined)
            return hit ?? [];
        const call = this.def.modules.get(name);
        const srcAttr = call?.block.body.attributes.get('source');
        const source = call && srcAttr ? literal(this.eval(call.file, srcAttr.expr)) : undefined;
        const def = call && source ? this.host.child(this, name, source) : undefined;
        if (!call || !def || def.absDir === this.def.absDir || this.ancestors.has(def.absDir) || this.ancestors.size > 32) {
            // A call of its own folder or of a caller's would hide that folder's resources: an error.
            if (call && srcAttr && def && (def.absDir === this.def.absDir || this.ancestors.has(def.absDir)))
                this.host.onCycle?.(nodePos(call.file.src, srcAttr.expr), `module "${name}": source ${JSON.stringify(source)} is ${def.absDir === this.def.absDir ? 'the calling module itself' : 'a module that calls this one (a cycle)'}; module sources must not form cycles`);
            this.children.set(name, null);
            return [];
        }
        const count = call.block.body.attributes.get('count');
        const forEach = call.block.body.attributes.get('for_each');
        const keys = [];
        // Past the instance budget a call gets at most one stand-in: its count is not even evaluated.
        const spent = this.host.budget?.modulesSpent === true;
        if (spent && (count || forEach))
            keys.push({ suffix: '[?]' }, { suffix: '[?]' });
        else if (count) {
            const n = this.eval(call.file, count.expr);
            const k = n.kind === 'num' ? n.value : NaN;
            if (Number.isInteger(k) && k >= 0 && k <= 1000) {
                for (let i = 0; i < k; i++)
                    keys.push({ suffix: `[${i}]`, vars: new Map([['count', { kind: 'obj', entries: [{ key: 'index', value: { kind: 'num', value: i, text: String(i) } }] }]]) });
            }
            else
                keys.push({ suffix: '[?]', vars: new Map([['count', { kind: 'obj', entries: [{ key: 'index', value: unknown('module count cannot be resolved statically') }] }]]) });
        }
        else if (forEach) {
            const fe = this.eval(call.file, forEach.expr);
            const pairs = fe.kind === 'obj' ? fe.entries.map((e) => [e.key, e.value]) : fe.kind === 'arr' && fe.items.every((i) => literal(i) !== undefined) ? fe.items.map((i) => [literal(i), i]) : undefined;
            if (pairs) {
                for (const [key, value] of pairs)
                    keys.push({ suffix: `[${JSON.stringify(key)}]`, vars: new Map([['each', { kind: 'obj', entries: [{ key: 'key', value: lit(key) }, { key: 'value', value }] }]]) });
            }
            else {
                const u = unknown('module for_each cannot be resolved statically');
                keys.push({ suffix: '[?]', vars: new Map([['each', { kind: 'obj', entries: [{ key: 'key', value: u }, { key: 'value', value: u }] }]]) });
            }
        }
        else
            keys.push({ suffix: '' });
        // The instance budget: past it, one stand-in instance (count.index / each unknown), or none.
        const granted = this.host.budget ? this.host.budget.takeModules(keys.length) : keys.length;
        if (granted < keys.length) {
            this.host.budget?.breach(`${this.prefix}module.${name}`, moduleBudgetReason);
            const u = unknown(moduleBudgetReason);
            keys.splice(0, keys.length, ...(granted > 0 ? [{ suffix: '[?]', vars: new Map([['count', { kind: 'obj', entries: [{ key: 'index', value: u }] }], ['each', { kind: 'obj', entries: [{ key: 'key', value: u }, { key: 'value', value: u }] }]]) }] : []));
        }
        const out = keys.map(({ suffix, vars }) => {
            const inputs = new Map();
            for (const [k, a] of call.block.body.attributes) {
                if (['source', 'version', 'providers', 'count', 'for_each', 'depends_on'].includes(k))
                    continue;
                inputs.set(k, this.eval(call.file, a.expr, undefined, vars));
            }
            return new ModuleInstance(def, `${this.prefix}module.${name}${suffix}.`, inputs, this.host, new Set([...this.ancestors, this.def.absDir]));
        });
        this.children.set(name, out);
        return out;
    }
    moduleSource(name) {
        const call = this.def.modules.get(name);
        const src = call?.block.body.attributes.get('source');
        return src && call ? literal(this.eval(call.file, src.expr)) : undefined;
    }
    ref(root, acc, at, inst) {
        const attrName = (a) => (a?.kind === 'attr' ? a.name : undefined);
        const rest = (v, from) => acc.slice(from).reduce((x, a) => applyAccessor(x, a, at), v);
        switch (root) {
            case 'var': {
                const n = attrName(acc[0]);
                return n ? rest(this.variable(n, at), 1) : unknown('var needs a name', at);
            }
            case 'local': {
                const n = attrName(acc[0]);
                return n ? rest(this.local(n, at), 1) : unknown('local needs a name', at);
            }
            case 'count':
                return inst?.countIndex ?? unknown('count.index outside a counted resource', at);
            case 'each': {
                const n = attrName(acc[0]);
                if (!inst?.each)
                    return unknown('each outside a for_each resource', at);
                return rest(n === 'key' ? inst.each.key : inst.each.value, 1);
            }
            case 'path':
                // Absolute, so file("${path.module}/x.json") reads the module's file.
                return lit(attrName(acc[0]) === 'module' ? this.def.absDir : '.', at);
            case 'terraform':
                return attrName(acc[0]) === 'workspace' ? lit('default', at) : unknown('terraform.* is not evaluated', at);
            case 'self':
                return unknown('self is not evaluated', at);
            case 'module': {
                const name = attrName(acc[0]);
                if (!name)
                    return unknown('module needs a name', at);
                if (acc[1]?.kind === 'index') {
                    const k = literal(acc[1].value);
                    const inst = this.childInstances(name).find((c) => c.prefix.endsWith(`module.${name}[${k}].`) || c.prefix.endsWith(`module.${name}[${JSON.stringify(k)}].`));
                    const o = attrName(acc[2]);
                    if (!inst || !o)
                        return unknown(`module.${name}[${k ?? '?'}] cannot be resolved`, at);
                    return rest(inst.output(o, at), 3);
                }
                const out = attrName(acc[1]);
                const child = this.child(name);
                if (!child) {
                    const source = this.moduleSource(name);
                    const local = source?.startsWith('./') || source?.startsWith('../');
                    return unknown(local ? `module ${name} (${source ?? ''}) cannot be read` : notInstalledReason(this.rootDir, this.prefix, name, source), at);
                }
                if (!out)
                    return unknown(`module.${name} needs an output name`, at);
                return rest(child.output(out, at), 2);
            }
            case 'data': {
                const type = attrName(acc[0]);
                const name = attrName(acc[1]);
                const decl = type && name ? this.def.data.get(`${type}.${name}`) : undefined;
                if (!decl)
                    return unknown(`undeclared data source data.${type ?? '?'}.${name ?? '?'}`, at);
                return this.instanceRef(decl, acc.slice(2), at);
            }
            default: {
                const name = attrName(acc[0]);
                const decl = name ? this.def.resources.get(`${root}.${name}`) : undefined;
                if (!decl)
                    return unknown(`undeclared resource ${root}.${name ?? '?'}`, at);
                return this.instanceRef(decl, acc.slice(1), at);
            }
        }
    }
    instanceRef(decl, acc, at) {
        const insts = this.instances(decl);
        let i = 0;
        let chosen;
        const first = acc[0];
        const multi = decl.block.body.attributes.has('for_each') || decl.block.body.attributes.has('count');
        if (multi && !first) {
            // A counted resource is a list of instances, a for_each one a map of them (Terraform's
            // rule): `for_each = aws_vpc.main`, `values(aws_vpc.main)`.
            if (insts.some((x) => x.address.endsWith('[?]')))
                return unknown(`the instances of ${decl.type}.${decl.name} cannot be resolved statically`, at);
            const whole = decl.block.body.attributes.has('for_each')
                ? { kind: 'obj', entries: insts.map((x) => ({ key: literal(x.key) ?? '', value: this.wholeInstance(x, at) })), pos: at }
                : { kind: 'arr', items: insts.map((x) => this.wholeInstance(x, at)), pos: at };
            return acc.reduce((x, a) => applyAccessor(x, a, at), whole);
        }
        if (first?.kind === 'index') {
            const k = literal(first.value);
            chosen = insts.find((x) => x.key !== undefined && literal(x.key) === k) ?? (insts.length === 1 && insts[0]?.address.endsWith('[?]') ? insts[0] : undefined);
            if (!chosen) {
                // All instances are known and none has this key: Terraform rejects the index (try() falls back).
                const known = k !== undefined && !insts.some((x) => x.address.endsWith('[?]'));
                return (known ? errorV : unknown)(`no instance ${decl.type}.${decl.name}[${k ?? '?'}]`, at);
            }
            i = 1;
        }
        else if (first?.kind === 'splat') {
            const inner = [...first.rest, ...acc.slice(1)];
            const a = inner[0];
            const items = insts.map((x) => (a?.kind === 'attr' ? inner.slice(1).reduce((y, r) => applyAccessor(y, r, at), this.attribute(x, a.name, at)) : unknown('splat needs an attribute', at)));
            return { kind: 'arr', items, pos: at };
        }
        else
            chosen = insts[0];
        if (!chosen)
            return unknown(`${decl.type}.${decl.name} has no instances`, at);
        const a = acc[i];
        if (!a)
            return this.wholeInstance(chosen, at);
        if (a.kind !== 'attr')
            return unknown(`a reference to ${chosen.address} needs an attribute`, at);
        return acc.slice(i + 1).reduce((x, y) => applyAccessor(x, y, at), this.attribute(chosen, a.name, at));
    }
    /** A resource used as a value (`[aws_vpc.main]`): its written arguments and the computed id and
     * arn; any other attribute read from it is then reported as missing (an error), so only these. */
    wholeInstance(inst, at) {
        const names = new Set(['id', 'arn', ...inst.decl.block.body.attributes.keys()]);
        for (const n of ['count', 'for_each', 'provider', 'depends_on', 'lifecycle'])
            names.delete(n);
        return { kind: 'obj', entries: [...names].map((key) => ({ key, value: this.attribute(inst, key, at) })), pos: at };
    }
    output(name, at) {
        const o = this.def.outputs.get(name);
        const v = o?.block.body.attributes.get('value');
        if (!o || !v)
            return unknown(`module output ${name} is not declared`, at);
        return this.guard(`output.${name}`, () => this.eval(o.file, v.expr), unknown(`output ${name} refers to itself`, at));
    }
}
/** A policy argument as a document value: an object (jsonencode, policy documents) or a JSON
 * string (heredoc, file()). Strings with interpolations are parsed with placeholders standing in
 * for the symbols, which are put back into the parsed strings. */
// Placeholders for symbols while a JSON string with interpolations is parsed (printable, so they
// are legal inside JSON strings, and never written by hand).
const PLACEHOLDER = /@@flowlog-sym-(\d+)@@/;
export function policyValue(v) {
    if (v.kind === 'obj')
        return v;
    if (v.kind !== 'str')
        return undefined;
    const syms = [];
    const text = v.parts.map((p) => (typeof p === 'string' ? p : `@@flowlog-sym-${syms.push(p) - 1}@@`)).join('');
    if (!/^\s*\{/.test(text))
        return undefined;
    try {
        const root = v.pos && syms.length === 0 ? parseJsonAt(text, v.pos).root : parseJsonAt(text, { src: makeSource('', text), start: 0, end: text.length }).root;
        const val = fromPNode(root);
        if (syms.length === 0)
            return val;
        return restoreSymbols(val, syms, v.pos);
    }
    catch (e) {
        // A literal policy string that is not JSON is an input error at its position (exit 2), never
        // "no policy". With interpolations the placeholders may stand where JSON needs a value, so
        // there the policy is only unreadable.
        if (e instanceof InputError && syms.length === 0 && v.pos)
            throw new InputError(`Policy is not valid JSON: ${e.message}`, e.pos ?? v.pos);
        return undefined;
    }
}
function restoreSymbols(v, syms, p) {
    const at = p ? { pos: p } : {};
    switch (v.kind) {
        case 'str': {
            const out = [];
            for (const part of v.parts) {
                if (typeof part !== 'string') {
                    out.push(part);
                    continue;
                }
                part.split(PLACEHOLDER).forEach((piece, i) => {
                    if (i % 2 === 1)
                        out.push(syms[Number(piece)] ?? '');
                    else
                        out.push(piece);
                });
            }
            return { kind: 'str', parts: concatParts(out), ...at };
        }
        case 'arr':
            return { kind: 'arr', items: v.items.map((x) => restoreSymbols(x, syms, p)), ...at };
        case 'obj':
            return { kind: 'obj', entries: v.entries.map((e) => ({ key: e.key, value: restoreSymbols(e.value, syms, p) })), ...at };
        default:
            return { ...v, ...at };
    }
}
/** Reads a file for file()/templatefile(): regular files only (never a device such as
 * /dev/zero), at most `maxBytes`; the BOM is dropped like for any input. */
export function readFileSource(absPath, display, maxBytes = 10 * 1024 * 1024) {
    try {
        const st = statSync(absPath);
        if (!st.isFile() || st.size > maxBytes)
            return undefined;
        const src = makeSource(display, readFileSync(absPath, 'utf8'));
        return { text: src.text, src };
    }
    catch {
        return undefined;
    }
}
