import { isTransitGateway, literal, pos as mkPos, TAG_FIELDS, TGW_FIELDS, VPC_FIELDS } from '../../src/engine/rule-api.js';
/** Parses a custom log format into field names, or the problems that make it invalid. */
export function parseLogFormat(format, transitGateway) {
    const problems = [];
    const fields = [];
    if (format.trim() === '')
        return { fields, problems: [{ messageId: 'empty' }] };
    const catalog = transitGateway ? TGW_FIELDS : VPC_FIELDS;
    const re = /\S+/g;
    let m;
    const seen = new Set();
    while ((m = re.exec(format))) {
        const tok = m[0];
        const at = { offset: m.index, length: tok.length };
        const t = /^\$\{([a-z0-9-]+)\}$/.exec(tok);
        if (!t?.[1]) {
            problems.push({ messageId: 'notToken', data: { token: tok }, ...at });
            continue;
        }
        const f = t[1];
        if (!(f in catalog)) {
            const other = transitGateway ? VPC_FIELDS : TGW_FIELDS;
            const near = suggest(f, Object.keys(catalog));
            problems.push({
                ...(f in other
                    ? { messageId: 'notForResource', data: { field: f, resourceKind: transitGateway ? 'transit gateway' : 'VPC, subnet or network interface' } }
                    : { messageId: 'unknownField', data: { field: f }, detail: { suggestion: near ? `; did you mean \`${near}\`?` : '.' } }),
                ...at,
            });
            continue;
        }
        if (seen.has(f))
            problems.push({ messageId: 'repeated', data: { field: f }, ...at });
        seen.add(f);
        fields.push(f);
    }
    if (/ {2,}|\t|^\s|\s$/.test(format))
        problems.push({ messageId: 'spacing' });
    return { fields, problems };
}
function suggest(f, names) {
    const norm = (s) => s.replace(/-/g, '');
    return names.find((n) => norm(n) === norm(f)) ?? names.find((n) => n.startsWith(f) || f.startsWith(n));
}
export const logFormat = {
    meta: {
        id: 'flow-log/log-format',
        severity: 'error',
        description: 'A custom log format must be space-separated `${field}` tokens from the documented field list.',
        source: 'AWS VPC User Guide, "Flow log records" (available fields by version); ../shared/spec/FIELDS.md.',
        messages: {
            unresolved: 'The log format cannot be resolved ({{reason}}).',
            unresolvable: 'The log format is built from values that cannot be resolved statically.',
            empty: 'Invalid log format: The log format is empty.',
            notToken: 'Invalid log format: `{{token}}` is not a `${field}` token.',
            notForResource: 'Invalid log format: `{{field}}` is not available for {{resourceKind}} flow logs.',
            unknownField: 'Invalid log format: `{{field}}` is not a flow-log field{{suggestion}}',
            repeated: 'Invalid log format: `{{field}}` appears more than once.',
            spacing: 'Invalid log format: Fields must be separated by single spaces.',
            tagFields: 'Invalid log format: Tag fields ({{fields}}) need `TagFieldSpecifications` on the flow log.',
        },
    },
    check(ctx) {
        for (const fl of ctx.model.flowLogs) {
            const v = fl.logFormat;
            if (!v)
                continue;
            const base = { resource: fl.name, origin: fl.origin };
            if (v.kind === 'unknown') {
                ctx.report({ ...base, status: 'unverifiable', messageId: 'unresolved', detail: { reason: v.reason }, ...(v.pos ? { pos: v.pos } : {}) });
                continue;
            }
            const text = literal(v);
            if (text === undefined) {
                ctx.report({ ...base, status: 'unverifiable', messageId: 'unresolvable', ...(v.pos ? { pos: v.pos } : {}) });
                continue;
            }
            const tgw = isTransitGateway(literal(fl.resourceType));
            const { fields, problems } = parseLogFormat(text, tgw);
            const tagFields = fields.filter((f) => TAG_FIELDS.includes(f));
            if (tagFields.length && !(fl.extra && 'TagFieldSpecifications' in fl.extra)) {
                problems.push({ messageId: 'tagFields', data: { fields: tagFields.join(', ') } });
            }
            if (problems.length === 0) {
                ctx.pass();
                continue;
            }
            for (const p of problems) {
                // Point into the string when its source text is the string itself (plain or quoted scalar).
                let at = v.pos;
                if (at && p.offset !== undefined) {
                    const raw = at.src.text.slice(at.start, at.end);
                    const inner = raw.indexOf(text);
                    if (inner >= 0)
                        at = mkPos(at.src, at.start + inner + p.offset, at.start + inner + p.offset + (p.length ?? 0));
                }
                ctx.report({ ...base, status: 'fail', messageId: p.messageId, ...(p.data ? { data: p.data } : {}), ...(p.detail ? { detail: p.detail } : {}), ...(at ? { pos: at } : {}) });
            }
        }
    },
};
