// YAML with exact positions, through the `yaml` package's document API. CloudFormation short-form
// tags are declared as custom tags (so they parse without warnings) and converted here into their
// long forms (`!Ref X` → `{Ref: X}`, `!GetAtt A.B` → `{"Fn::GetAtt": [A, B]}`).
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, } from 'yaml';
import { InputError, MAX_DEPTH } from './errors.js';
import { pos } from './source.js';
/** CloudFormation short-form tags and the long form each stands for. */
export const CFN_TAGS = {
    '!Ref': 'Ref',
    '!Condition': 'Condition',
    '!Sub': 'Fn::Sub',
    '!GetAtt': 'Fn::GetAtt',
    '!Join': 'Fn::Join',
    '!Select': 'Fn::Select',
    '!Split': 'Fn::Split',
    '!If': 'Fn::If',
    '!Equals': 'Fn::Equals',
    '!Not': 'Fn::Not',
    '!And': 'Fn::And',
    '!Or': 'Fn::Or',
    '!FindInMap': 'Fn::FindInMap',
    '!ImportValue': 'Fn::ImportValue',
    '!Base64': 'Fn::Base64',
    '!Cidr': 'Fn::Cidr',
    '!GetAZs': 'Fn::GetAZs',
    '!Transform': 'Fn::Transform',
    '!Length': 'Fn::Length',
    '!ToJsonString': 'Fn::ToJsonString',
};
// Identity tags: the node is kept as parsed; the conversion below reads its tag.
const customTags = Object.keys(CFN_TAGS).flatMap((tag) => [
    { tag, resolve: (s) => s },
    { tag, collection: 'seq', resolve: (v) => v },
    { tag, collection: 'map', resolve: (v) => v },
]);
/** Cap on alias expansions per document: stops "billion laughs" alias bombs. */
const MAX_ALIAS_EXPANSIONS = 1000;
export function parseYaml(src) {
    let doc;
    try {
        doc = parseDocument(src.text, { customTags, uniqueKeys: true, prettyErrors: false, strict: true });
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new InputError('YAML nested too deeply', pos(src, 0, 0));
        throw e;
    }
    const issues = [];
    for (const err of doc.errors) {
        const [start, end] = err.pos;
        // Duplicate keys are found during conversion, at the repeated key itself.
        if (err.code === 'DUPLICATE_KEY')
            continue;
        throw new InputError(`YAML syntax error: ${firstLine(err.message)}`, pos(src, start, end));
    }
    if (!doc.contents)
        throw new InputError('empty YAML document', pos(src, 0, 0));
    // Aliases may repeat a large anchored node: cap the expanded size as well as the alias count.
    const state = { aliases: 0, nodes: 0, maxNodes: Math.max(200_000, src.text.length * 4) };
    return { root: convert(src, doc, doc.contents, issues, 0, state), issues };
}
function firstLine(s) {
    const m = /^(.*?)( at line \d+, column \d+)?(:|\n|$)/.exec(s);
    return (m?.[1] ?? s).trim();
}
function convert(src, doc, node, issues, depth, state) {
    const range = node.range ?? [0, 0, 0];
    const p = pos(src, range[0], range[1]);
    if (depth > MAX_DEPTH)
        throw new InputError(`YAML nested deeper than ${MAX_DEPTH} levels`, p);
    if (++state.nodes > state.maxNodes)
        throw new InputError(`YAML aliases expand the document beyond ${state.maxNodes} nodes`, p);
    if (isAlias(node)) {
        if (++state.aliases > MAX_ALIAS_EXPANSIONS)
            throw new InputError(`more than ${MAX_ALIAS_EXPANSIONS} alias expansions`, p);
        const target = node.resolve(doc);
        if (!target)
            throw new InputError(`unknown alias *${node.source}`, p);
        return convert(src, doc, target, issues, depth + 1, state);
    }
    const longForm = node.tag ? CFN_TAGS[node.tag] : undefined;
    let out;
    if (isScalar(node)) {
        let value = node.value;
        if (value instanceof Date)
            value = src.text.slice(range[0], range[1]);
        if (typeof value === 'bigint')
            value = Number(value);
        if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
            // Any other scalar type the parser may produce is kept as its text (never an object here).
            // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar, see above
            value = String(value);
        }
        const text = typeof node.source === 'string' && node.type === 'PLAIN' ? node.source : src.text.slice(range[0], range[1]);
        out = { kind: 'scalar', value: value, text, pos: p };
        if (longForm === 'Fn::GetAtt' && typeof value === 'string') {
            // `!GetAtt A.B.C` splits at the first dot: resource `A`, attribute `B.C`.
            const dot = value.indexOf('.');
            const parts = dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
            out = { kind: 'array', items: parts.map((s) => ({ kind: 'scalar', value: s, text: s, pos: p })), pos: p };
        }
    }
    else if (isMap(node)) {
        const entries = [];
        const seen = new Set();
        for (const item of node.items) {
            if (!isPair(item))
                continue;
            const k = item.key;
            const keyText = k && isScalar(k) ? String(k.value) : k ? String(k) : '';
            const kr = k?.range ?? range;
            if (seen.has(keyText))
                issues.push({ code: 'duplicate-key', message: `duplicate key "${keyText}"`, pos: pos(src, kr[0], kr[1]) });
            seen.add(keyText);
            const v = item.value;
            const value = v
                ? convert(src, doc, v, issues, depth + 1, state)
                : { kind: 'scalar', value: null, text: '', pos: pos(src, kr[1], kr[1]) };
            entries.push({ key: keyText, keyPos: pos(src, kr[0], kr[1]), value });
        }
        out = { kind: 'object', entries, pos: p };
    }
    else if (isSeq(node)) {
        out = { kind: 'array', items: node.items.map((i) => convert(src, doc, i, issues, depth + 1, state)), pos: p };
    }
    else {
        throw new InputError('unsupported YAML node', p);
    }
    if (longForm) {
        // The node's range starts at its value; widen it to include the `!Tag` before it.
        let start = range[0];
        let i = start - 1;
        while (i >= 0 && /[ \t\r\n]/.test(src.text[i] ?? ''))
            i--;
        const tag = node.tag ?? '';
        if (src.text.slice(i - tag.length + 1, i + 1) === tag)
            start = i - tag.length + 1;
        const tagPos = pos(src, start, range[1]);
        return { kind: 'object', entries: [{ key: longForm, keyPos: tagPos, value: out }], pos: tagPos, tag: node.tag };
    }
    return out;
}
