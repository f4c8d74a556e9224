// CloudFormation intrinsic functions, resolved in one place (cfn-lint's lesson: rules must never
// walk Fn::If or Ref themselves). Values the template does not determine become symbols (pseudo
// parameters, generated names, parameters without default) or unknowns (imports, SSM parameters).
import { ACCOUNT, PARTITION, REGION, STACK_ID, STACK_NAME, URL_SUFFIX, inputSym } from '../model/symbols.js';
import { concatParts, lit, literal, unknown } from '../model/value.js';
import { get } from '../parse/pnode.js';
import { NO, UNKNOWN, YES } from '../iam/tri.js';
import { MAX_EXPANDED_CHARS, MAX_EXPANDED_NODES, MAX_LIST_ITEMS, budgetReason, charCount, memoOf, nodeCount, remember } from './budget.js';
/** Runs `f` unless `key` is already being resolved (a reference cycle). */
function guarded(t, key, p, f) {
    const busy = memoOf(t).resolving;
    if (busy.has(key))
        return unknown(`${key} refers to itself`, p);
    busy.add(key);
    try {
        return f();
    }
    finally {
        busy.delete(key);
    }
}
/** Marker for `Ref: AWS::NoValue`: the property is removed. */
const NO_VALUE = { kind: 'unknown', reason: '\u0000novalue' };
export function isNoValue(v) {
    return v === NO_VALUE;
}
const PSEUDO = {
    'AWS::AccountId': ACCOUNT,
    'AWS::Region': REGION,
    'AWS::Partition': PARTITION,
    'AWS::URLSuffix': URL_SUFFIX,
    'AWS::StackName': STACK_NAME,
    'AWS::StackId': STACK_ID,
};
function sym(t, id, label) {
    return { sym: `${t.scope}#${id}`, label };
}
function pseudo(t, name) {
    const bound = t.bindings.get(name);
    if (bound !== undefined)
        return bound;
    // Own keys only: a Ref to `constructor` or `__proto__` is not a pseudo parameter.
    return Object.hasOwn(PSEUDO, name) ? PSEUDO[name] : undefined;
}
const s = (parts, p) => ({ kind: 'str', parts: concatParts(parts), ...(p ? { pos: p } : {}) });
/** The value `Ref` returns for a resource of a given type. */
export function refOfResource(t, id, p) {
    // Memoised without a position (a chain of names that each join two copies of the previous one
    // is exponential otherwise); the asking position is added to the remembered value.
    const memo = memoOf(t);
    const v = remember(memo.refs, id, () => guarded(t, `resource ${id}`, undefined, () => refOfResourceUnguarded(t, id)));
    return p ? { ...v, pos: p } : v;
}
function refOfResourceUnguarded(t, id, p) {
    const r = t.resources.get(id);
    if (!r)
        return unknown(`Ref to unknown resource ${id}`, p);
    const prop = (k) => {
        const n = get(r.props, k);
        return n ? resolve(t, n) : undefined;
    };
    const named = (k) => {
        const v = prop(k);
        return v && v.kind === 'str' ? { ...v, ...(p ? { pos: p } : {}) } : s([sym(t, id, id)], p);
    };
    switch (r.type) {
        case 'AWS::S3::Bucket':
            return named('BucketName');
        case 'AWS::IAM::Role':
            return named('RoleName');
        case 'AWS::Logs::LogGroup':
            return named('LogGroupName');
        case 'AWS::KMS::Alias':
            return named('AliasName');
        case 'AWS::IAM::ManagedPolicy': {
            const name = named('ManagedPolicyName');
            const path = literal(prop('Path')) ?? '/';
            return s(['arn:', pseudo(t, 'AWS::Partition'), ':iam::', pseudo(t, 'AWS::AccountId'), `:policy${path}`, ...(name.kind === 'str' ? name.parts : [])], p);
        }
        default:
            return s([sym(t, id, id)], p);
    }
}
export function getAtt(t, id, attr, p) {
    const r = t.resources.get(id);
    if (!r)
        return unknown(`Fn::GetAtt of unknown resource ${id}`, p);
    const P = pseudo(t, 'AWS::Partition');
    const R = pseudo(t, 'AWS::Region');
    const A = pseudo(t, 'AWS::AccountId');
    const ref = refOfResource(t, id);
    const refParts = ref.kind === 'str' ? ref.parts : [sym(t, id, id)];
    if (attr === 'Arn') {
        switch (r.type) {
            case 'AWS::S3::Bucket':
                return s(['arn:', P, ':s3:::', ...refParts], p);
            case 'AWS::KMS::Key':
                return s(['arn:', P, ':kms:', R, ':', A, ':key/', ...refParts], p);
            case 'AWS::IAM::Role': {
                const path = literal(get(r.props, 'Path') ? resolve(t, get(r.props, 'Path')) : undefined) ?? '/';
                return s(['arn:', P, ':iam::', A, `:role${path}`, ...refParts], p);
            }
            case 'AWS::Logs::LogGroup':
                return s(['arn:', P, ':logs:', R, ':', A, ':log-group:', ...refParts, ':*'], p);
            case 'AWS::KinesisFirehose::DeliveryStream':
                return s(['arn:', P, ':firehose:', R, ':', A, ':deliverystream/', ...refParts], p);
            default:
                return s([sym(t, `${id}.Arn`, `${id}.Arn`)], p);
        }
    }
    // Attributes that return the same value as Ref.
    const sameAsRef = { 'AWS::KMS::Key': 'KeyId', 'AWS::EC2::VPC': 'VpcId', 'AWS::EC2::Subnet': 'SubnetId', 'AWS::EC2::FlowLog': 'Id', 'AWS::IAM::Role': 'RoleName' };
    if (Object.hasOwn(sameAsRef, r.type) && sameAsRef[r.type] === attr)
        return s(refParts, p);
    if (r.type === 'AWS::S3::Bucket' && attr === 'DomainName')
        return s([...refParts, '.s3.amazonaws.com'], p);
    return s([sym(t, `${id}.${attr}`, `${id}.${attr}`)], p);
}
function paramValue(t, name, p) {
    // Memoised per template: a list parameter's default is split once (as text; its items carry the
    // asking position, so they are made per use), and a list over the budget is refused once.
    const memo = memoOf(t);
    const v = remember(memo.params, name, () => guarded(t, `parameter ${name}`, undefined, () => paramValueUnguarded(t, name)));
    if (Array.isArray(v))
        return { kind: 'arr', items: v.map((x) => lit(x, p)), ...(p ? { pos: p } : {}) };
    return p ? ({ ...v, pos: p }) : v;
}
/** A parameter's value without a position; a list parameter's default as its trimmed items. */
function paramValueUnguarded(t, name, p) {
    const given = t.overrides?.get(name);
    if (given)
        return { ...given, ...(p ? { pos: p } : {}) };
    const param = t.parameters.get(name);
    if (!param)
        return unknown(`Ref to unknown parameter or resource ${name}`, p);
    const type = literal(resolvePlain(get(param, 'Type'))) ?? 'String';
    if (type.startsWith('AWS::SSM::Parameter::Value'))
        return unknown(`parameter ${name} is read from SSM Parameter Store at deploy time`, p);
    // A parameter without default (or, in a scenario, with "another value") is a symbol: whatever
    // holds must hold for every value the deployer may give.
    const d = get(param, 'Default');
    if (!d || t.otherParams?.has(name))
        return s([paramSym(t, name)], p);
    const v = resolve(t, d);
    if (v.kind === 'num' || v.kind === 'bool')
        return s([literal(v) ?? ''], p);
    if ((type === 'CommaDelimitedList' || type.startsWith('List<')) && v.kind === 'str') {
        const text = literal(v) ?? '';
        let items = 1;
        for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1))
            items++;
        if (items > MAX_LIST_ITEMS)
            return unknown(budgetReason.list(`parameter ${name}`, items), p);
        return text.split(',').map((x) => x.trim());
    }
    return { ...v, ...(p ? { pos: p } : {}) };
}
function resolvePlain(n) {
    if (!n || n.kind !== 'scalar')
        return undefined;
    return typeof n.value === 'string' ? lit(n.value) : n.value === null ? undefined : lit(String(n.text));
}
/** The symbol standing for a parameter's deploy-time value. */
export function paramSym(t, name) {
    return inputSym(t.scope, name);
}
/** Resolves `Ref X` (pseudo parameter, parameter or resource). */
export function ref(t, name, p) {
    if (name === 'AWS::NoValue')
        return NO_VALUE;
    if (name === 'AWS::NotificationARNs')
        return unknown('AWS::NotificationARNs is known only at deploy time', p);
    const ps = pseudo(t, name);
    if (ps !== undefined)
        return s([ps], p);
    if (t.parameters.has(name))
        return paramValue(t, name, p);
    if (t.resources.has(name))
        return refOfResource(t, name, p);
    return unknown(`Ref to unknown name ${name}`, p);
}
function partsOfVal(v) {
    if (v.kind === 'str')
        return v.parts;
    if (v.kind === 'num')
        return [v.text];
    if (v.kind === 'bool')
        return [String(v.value)];
    return undefined;
}
/** `Fn::Sub` template text: `${Name}`, `${Res.Attr}`, `${!Literal}`. */
function sub(t, text, vars, p) {
    const out = [];
    const re = /\$\{([^}]*)\}/g;
    let last = 0;
    let m;
    while ((m = re.exec(text))) {
        out.push(text.slice(last, m.index));
        last = m.index + m[0].length;
        const name = (m[1] ?? '').trim();
        if (name.startsWith('!')) {
            out.push(`\${${name.slice(1)}}`);
            continue;
        }
        let v;
        const local = vars.get(name);
        if (local)
            v = local;
        else if (name.includes('.') && !name.startsWith('AWS::')) {
            const dot = name.indexOf('.');
            v = getAtt(t, name.slice(0, dot), name.slice(dot + 1));
        }
        else
            v = ref(t, name);
        if (v.kind === 'unknown')
            return unknown(v.reason, p);
        const parts = partsOfVal(v);
        if (!parts)
            return unknown(`\${${name}} in Fn::Sub is not a string`, p);
        out.push(...parts);
    }
    out.push(text.slice(last));
    return withinChars(out, 'Fn::Sub', p);
}
/** A parameter's "other value" symbol, unequal to the literals its conditions compare it with. */
function isOther(t, parts) {
    const only = parts.length === 1 ? parts[0] : undefined;
    if (only === undefined || typeof only === 'string' || !t.otherParams)
        return false;
    for (const n of t.otherParams)
        if (only.sym === paramSym(t, n).sym)
            return true;
    return false;
}
function listOf(v) {
    return v.kind === 'arr' ? [...v.items] : undefined;
}
/** Evaluates a condition expression; undecidable named conditions take the world's assumption. */
export function condition(t, name, seen = new Set()) {
    const memo = memoOf(t);
    // Memoised: conditions naming a condition twice, 40 deep, are 2^40 evaluations otherwise.
    return remember(memo.conditions, name, () => conditionUnmemoised(t, name, seen));
}
function conditionUnmemoised(t, name, seen) {
    if (seen.has(name))
        return UNKNOWN;
    const n = t.conditions.get(name);
    if (!n)
        return UNKNOWN;
    const r = condExpr(t, n, new Set([...seen, name]));
    if (r !== UNKNOWN)
        return r;
    // Conditions are per template: key them by the template's scope.
    const key = `${t.scope}::${name}`;
    t.undecided.add(key);
    const a = t.assume.get(key);
    return a === undefined ? UNKNOWN : a ? YES : NO;
}
function condExpr(t, n, seen) {
    if (n.kind !== 'object' || n.entries.length !== 1)
        return UNKNOWN;
    const e = n.entries[0];
    const args = e.value.kind === 'array' ? e.value.items : [e.value];
    switch (e.key) {
        case 'Condition':
            return e.value.kind === 'scalar' ? condition(t, String(e.value.value), seen) : UNKNOWN;
        case 'Fn::Equals': {
            const [a, b] = args.map((x) => resolve(t, x));
            const pa = a ? partsOfVal(a) : undefined;
            const pb = b ? partsOfVal(b) : undefined;
            if (!pa || !pb)
                return UNKNOWN;
            const la = literal(a);
            const lb = literal(b);
            if (la !== undefined && lb !== undefined)
                return la === lb ? YES : NO;
            if (JSON.stringify(pa) === JSON.stringify(pb))
                return YES;
            if ((la !== undefined && isOther(t, pb)) || (lb !== undefined && isOther(t, pa)))
                return NO;
            return UNKNOWN;
        }
        case 'Fn::Not': {
            const r = args[0] ? condExpr(t, args[0], seen) : UNKNOWN;
            return (2 - r);
        }
        case 'Fn::And':
            return args.map((x) => condExpr(t, x, seen)).reduce((acc, x) => (x < acc ? x : acc), YES);
        case 'Fn::Or':
            return args.map((x) => condExpr(t, x, seen)).reduce((acc, x) => (x > acc ? x : acc), NO);
        default:
            return UNKNOWN;
    }
}
const INTRINSICS = new Set([
    'Ref',
    'Fn::GetAtt',
    'Fn::Sub',
    'Fn::Join',
    'Fn::Select',
    'Fn::Split',
    'Fn::If',
    'Fn::FindInMap',
    'Fn::ImportValue',
    'Fn::Base64',
    'Fn::Cidr',
    'Fn::GetAZs',
    'Fn::Transform',
    'Fn::Length',
    'Fn::ToJsonString',
    'Fn::Equals',
    'Fn::Not',
    'Fn::And',
    'Fn::Or',
]);
/** Nesting of template values and intrinsic functions (mapping entries and parameter defaults
 * count where they are used). */
const MAX_DEPTH = 100;
export function isIntrinsic(n) {
    return n.kind === 'object' && n.entries.length === 1 && INTRINSICS.has(n.entries[0].key);
}
/** Resolves any template value. */
export function resolve(t, n, depth = 0) {
    if (depth > MAX_DEPTH)
        return unknown(`intrinsic functions nested more than ${MAX_DEPTH} deep (the nesting budget)`, n.pos);
    if (n.kind === 'scalar') {
        if (typeof n.value === 'string')
            return lit(n.value, n.pos);
        if (typeof n.value === 'number')
            return { kind: 'num', value: n.value, text: n.text, pos: n.pos };
        if (typeof n.value === 'boolean')
            return { kind: 'bool', value: n.value, pos: n.pos };
        return { kind: 'null', pos: n.pos };
    }
    if (n.kind === 'array') {
        const items = n.items.map((i) => resolve(t, i, depth + 1)).filter((v) => !isNoValue(v));
        return withinNodes({ kind: 'arr', items, pos: n.pos }, 'a list');
    }
    if (isIntrinsic(n))
        return intrinsic(t, n, depth);
    const entries = [];
    for (const e of n.entries) {
        const v = resolve(t, e.value, depth + 1);
        if (!isNoValue(v))
            entries.push({ key: e.key, keyPos: e.keyPos, value: v });
    }
    return withinNodes({ kind: 'obj', entries, pos: n.pos }, 'an object');
}
/** The value, or an unknown naming the expanded-size budget when it holds too many nodes. */
function withinNodes(v, what) {
    return nodeCount(v) > MAX_EXPANDED_NODES ? unknown(budgetReason.nodes(what), v.pos) : v;
}
/** A string value, or an unknown naming the expanded-size budget when it is too long. */
function withinChars(parts, what, p) {
    const chars = charCount(parts);
    if (chars > MAX_EXPANDED_CHARS)
        return unknown(budgetReason.chars(what, chars), p);
    if (parts.length > MAX_EXPANDED_NODES)
        return unknown(budgetReason.nodes(what), p);
    return s(parts, p);
}
function intrinsic(t, n, depth) {
    const e = n.entries[0];
    const call = { t, arg: e.value, p: n.pos, r: (x) => resolve(t, x, depth + 1) };
    const handler = Object.hasOwn(INTRINSIC_HANDLERS, e.key) ? INTRINSIC_HANDLERS[e.key] : undefined;
    return handler ? handler(call) : unknown(`${e.key} is not evaluated statically`, n.pos);
}
function fnGetAtt({ t, arg, p, r }) {
    let id;
    let attr;
    if (arg.kind === 'array') {
        id = arg.items[0]?.kind === 'scalar' ? String(arg.items[0].value) : undefined;
        attr = arg.items[1] ? r(arg.items[1]) : undefined;
    }
    else if (arg.kind === 'scalar' && typeof arg.value === 'string') {
        // The short form `Res.Attr`.
        const dot = arg.value.indexOf('.');
        id = dot < 0 ? arg.value : arg.value.slice(0, dot);
        attr = lit(dot < 0 ? '' : arg.value.slice(dot + 1));
    }
    const a = literal(attr);
    if (id === undefined || a === undefined)
        return unknown('Fn::GetAtt with an unresolvable argument', p);
    return getAtt(t, id, a, p);
}
function fnSub({ t, arg, p, r }) {
    if (arg.kind === 'scalar' && typeof arg.value === 'string')
        return sub(t, arg.value, new Map(), p);
    if (arg.kind === 'array' && arg.items[0]?.kind === 'scalar') {
        const vars = new Map();
        const m = arg.items[1];
        if (m?.kind === 'object')
            for (const v of m.entries)
                vars.set(v.key, r(v.value));
        return sub(t, String(arg.items[0].value), vars, p);
    }
    return unknown('Fn::Sub with an unresolvable argument', p);
}
function fnJoin({ arg, p, r }) {
    if (arg.kind !== 'array' || arg.items.length !== 2)
        return unknown('Fn::Join needs [delimiter, list]', p);
    const delim = r(arg.items[0]);
    const d = literal(delim);
    const list = r(arg.items[1]);
    const items = listOf(list);
    if (d === undefined)
        return unknown(delim.kind === 'unknown' ? delim.reason : 'Fn::Join delimiter is not a literal', p);
    if (!items)
        return list.kind === 'unknown' ? unknown(list.reason, p) : unknown('Fn::Join list cannot be resolved', p);
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const it = items[i];
        if (it.kind === 'unknown')
            return unknown(it.reason, p);
        const parts = partsOfVal(it);
        if (!parts)
            return unknown('Fn::Join item is not a string', p);
        if (i > 0)
            out.push(d);
        out.push(...parts);
        // Checked as it grows: a join of a huge list is refused before it is built.
        if (out.length > MAX_EXPANDED_NODES)
            return unknown(budgetReason.nodes('Fn::Join'), p);
    }
    return withinChars(out, 'Fn::Join', p);
}
function fnSelect({ arg, p, r }) {
    if (arg.kind !== 'array' || arg.items.length !== 2)
        return unknown('Fn::Select needs [index, list]', p);
    const idx = Number(literal(r(arg.items[0])));
    const list = r(arg.items[1]);
    const items = listOf(list);
    if (!items || Number.isNaN(idx))
        return unknown(list.kind === 'unknown' ? list.reason : 'Fn::Select cannot be resolved', p);
    const v = items[idx];
    return v ? { ...v, pos: p } : unknown(`Fn::Select index ${idx} is out of range`, p);
}
function fnSplit({ arg, p, r }) {
    if (arg.kind !== 'array' || arg.items.length !== 2)
        return unknown('Fn::Split needs [delimiter, string]', p);
    const d = literal(r(arg.items[0]));
    const v = r(arg.items[1]);
    const parts = partsOfVal(v);
    if (d === undefined || d === '' || !parts)
        return unknown(v.kind === 'unknown' ? v.reason : 'Fn::Split cannot be resolved', p);
    // Split on the literal text; symbols stay inside their piece.
    const pieces = [[]];
    for (const part of parts) {
        if (typeof part !== 'string') {
            pieces[pieces.length - 1].push(part);
            continue;
        }
        const bits = part.split(d);
        pieces[pieces.length - 1].push(bits[0] ?? '');
        for (const b of bits.slice(1))
            pieces.push([b]);
    }
    if (pieces.length > MAX_LIST_ITEMS)
        return unknown(budgetReason.list('Fn::Split', pieces.length), p);
    return { kind: 'arr', items: pieces.map((x) => s(x, p)), pos: p };
}
/** Fn::If takes the branch its condition decides (in this world); undecided, the value is unknown. */
function fnIf({ t, arg, p, r }) {
    if (arg.kind !== 'array' || arg.items.length !== 3)
        return unknown('Fn::If needs [condition, then, else]', p);
    const name = arg.items[0]?.kind === 'scalar' ? String(arg.items[0].value) : '';
    const c = condition(t, name);
    if (c === YES)
        return r(arg.items[1]);
    if (c === NO)
        return r(arg.items[2]);
    return unknown(`depends on condition ${name}`, p);
}
function fnFindInMap({ t, arg, p, r }) {
    if (arg.kind !== 'array' || arg.items.length < 3)
        return unknown('Fn::FindInMap needs [map, key, key]', p);
    const keys = arg.items.slice(0, 3).map((x) => literal(r(x)));
    if (keys.some((k) => k === undefined))
        return unknown('Fn::FindInMap keys cannot be resolved (they depend on the deployment)', p);
    const hit = get(get(get(t.mappings, keys[0]), keys[1]), keys[2]);
    if (hit) {
        // Memoised per entry, and guarded: an entry built from two copies of another, 40 deep, is
        // 2^40 lookups otherwise, and one that names itself never ends.
        const key = JSON.stringify(keys);
        const memo = memoOf(t);
        return { ...remember(memo.mappings, key, () => guarded(t, `mapping ${keys.join('/')}`, p, () => r(hit))), pos: p };
    }
    const dflt = arg.items[3];
    const dv = dflt ? get(dflt, 'DefaultValue') : undefined;
    return dv ? r(dv) : unknown(`Fn::FindInMap: no entry ${keys.join('/')} in Mappings`, p);
}
/** The intrinsics evaluated statically; the others in INTRINSICS (Fn::Cidr, Fn::Transform…) are
 * unknown naming the function. */
const INTRINSIC_HANDLERS = {
    Ref: ({ t, arg, p }) => {
        const name = arg.kind === 'scalar' ? String(arg.value) : undefined;
        return name === undefined ? unknown('Ref needs a name', p) : ref(t, name, p);
    },
    'Fn::GetAtt': fnGetAtt,
    'Fn::Sub': fnSub,
    'Fn::Join': fnJoin,
    'Fn::Select': fnSelect,
    'Fn::Split': fnSplit,
    'Fn::If': fnIf,
    'Fn::FindInMap': fnFindInMap,
    'Fn::ImportValue': ({ arg, p, r }) => unknown(`Fn::ImportValue ${literal(arg.kind === 'scalar' ? lit(String(arg.value)) : r(arg)) ?? ''} comes from another stack`.trim(), p),
    'Fn::GetAZs': ({ p }) => unknown('Fn::GetAZs is known only at deploy time', p),
    'Fn::Base64': ({ arg, p, r }) => {
        const v = r(arg);
        return v.kind === 'str' ? { ...v, pos: p } : unknown('Fn::Base64 of an unresolvable value', p);
    },
    'Fn::ToJsonString': ({ arg, p, r }) => {
        const v = r(arg);
        return v.kind === 'obj' || v.kind === 'arr' ? { ...v, pos: p } : unknown('Fn::ToJsonString of an unresolvable value', p);
    },
    'Fn::Length': ({ arg, p, r }) => {
        const v = r(arg);
        return v.kind === 'arr' ? { kind: 'num', value: v.items.length, text: String(v.items.length), pos: p } : unknown('Fn::Length of an unresolvable list', p);
    },
};
