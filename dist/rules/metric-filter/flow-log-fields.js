import { DEFAULT_FORMAT_FIELDS, display, isTransitGateway, literal, partsEqual, partsOf } from '../../src/engine/rule-api.js';
import { parseLogFormat } from '../flow-log/log-format.js';
/** Terms of a space-delimited filter pattern `[a, b, c="x"]`, or undefined for other patterns. */
export function spaceDelimitedTerms(pattern) {
    const t = pattern.trim();
    if (!t.startsWith('[') || !t.endsWith(']'))
        return undefined;
    const inner = t.slice(1, -1);
    const terms = [];
    let cur = '';
    let quote = false;
    for (const ch of inner) {
        if (ch === '"')
            quote = !quote;
        if (ch === ',' && !quote) {
            terms.push(cur.trim());
            cur = '';
        }
        else
            cur += ch;
    }
    terms.push(cur.trim());
    return terms.filter((x) => x !== '');
}
export const flowLogFields = {
    meta: {
        id: 'metric-filter/flow-log-fields',
        severity: 'warning',
        description: "A space-delimited metric filter on a flow-log group must have one term per field of the flow log's record format.",
        source: 'AWS VPC User Guide, "Working with flow logs" (CloudWatch metric filter and alarm for rejected SSH traffic); CloudWatch Logs filter pattern syntax.',
        messages: {
            termCount: `The filter pattern has {{terms}} terms but flow log {{flowLog}} writes {{fields}} fields per record ({{format}}) into {{logGroup}}: the filter never matches. Write one term per field, in the format's order.`,
        },
    },
    check(ctx) {
        for (const mf of ctx.model.metricFilters) {
            const name = partsOf(mf.logGroupName);
            if (!name)
                continue;
            // Log group names are per account and region: literal accounts or regions that differ are
            // different log groups (symbols and unstated values may be the same).
            const differ = (a, b) => !!a && !!b && a.every((x) => typeof x === 'string') && b.every((x) => typeof x === 'string') && !partsEqual(a, b);
            const sameEnv = (l) => !differ(l.flowLog.env.region, mf.env.region) && !differ(l.flowLog.env.account, mf.env.account);
            const fls = ctx.links.flowLogs.filter((l) => l.logGroupName && partsEqual(l.logGroupName, name) && sameEnv(l));
            if (fls.length === 0)
                continue;
            const pattern = literal(mf.pattern);
            if (pattern === undefined)
                continue;
            const terms = spaceDelimitedTerms(pattern);
            if (!terms)
                continue;
            let ok = true;
            for (const l of fls) {
                const fmt = literal(l.flowLog.logFormat);
                const count = fmt ? parseLogFormat(fmt, isTransitGateway(literal(l.flowLog.resourceType))).fields.length : DEFAULT_FORMAT_FIELDS.length;
                if (terms.length !== count) {
                    ok = false;
                    ctx.report({
                        status: 'fail',
                        messageId: 'termCount',
                        data: { terms: terms.length, flowLog: l.flowLog.name, fields: count, format: fmt ? 'its custom format' : 'the default format', logGroup: display(name) },
                        ...(mf.pattern.pos ? { pos: mf.pattern.pos } : {}),
                        resource: mf.name,
                        origin: mf.origin,
                    });
                }
            }
            if (ok)
                ctx.pass();
        }
    },
};
