import { describeStatement, display, isInputSym, lineCol, normalizeContext, symbolLabels, UNKNOWN } from '../src/engine/rule-api.js';
export function posOf(v) {
    return v?.pos;
}
export function where(p) {
    if (!p)
        return '';
    const lc = lineCol(p.src, p.start);
    const file = p.src.path.slice(p.src.path.lastIndexOf('/') + 1);
    return ` (${file}:${lc.line})`;
}
export function stmtName(r) {
    return `${describeStatement(r.statement)}${where(r.statement.node.pos)}`;
}
/** The place a "not allowed" finding points at: the blocking Deny, else the statement that came
 * closest (right principal and action, wrong resource or condition), else the document. */
export function blamePos(d, doc) {
    const deny = d.deniedBy[0];
    if (deny)
        return deny.statement.node.pos;
    const near = d.trace.find((r) => r.statement.effect === 'Allow' && (r.element === 'resource' || r.element === 'condition'));
    if (near?.element === 'condition' && near.conditionKey && near.at?.kind === 'obj') {
        // The condition key that excludes the request, not the whole operator block.
        const e = near.at.entries.find((x) => x.key === near.conditionKey);
        if (e)
            return e.keyPos ?? e.value.pos ?? near.at.pos;
    }
    if (near)
        return near.at?.pos ?? near.statement.node.pos;
    return doc?.pos;
}
/** Why a request was not allowed, in words. */
export function denialReason(d) {
    const deny = d.deniedBy[0];
    if (deny)
        return `Deny ${stmtName(deny)} blocks it`;
    const near = d.trace.find((r) => r.statement.effect === 'Allow' && (r.element === 'resource' || r.element === 'condition'));
    if (near?.element === 'resource')
        return `${stmtName(near)} grants it, but not on this resource`;
    if (near?.element === 'condition') {
        return `${stmtName(near)} grants it, but its condition${near.conditionKey ? ` on \`${near.conditionKey}\`` : ''} does not hold for this request`;
    }
    return 'no statement allows it';
}
/** What to do about a denial, matched to its cause. */
export function denialAdvice(d, missing) {
    const deny = d.deniedBy[0];
    if (deny)
        return `Exempt the delivery service from ${describeStatement(deny.statement)} (for example with a condition on aws:SourceAccount or aws:PrincipalServiceName), or narrow its resources.`;
    const near = d.trace.find((r) => r.statement.effect === 'Allow' && (r.element === 'resource' || r.element === 'condition'));
    if (near?.element === 'resource')
        return `Add a Resource entry for this path to ${describeStatement(near.statement)} (one entry per source account).`;
    if (near?.element === 'condition')
        return `Let the condition of ${describeStatement(near.statement)} admit this source account.`;
    return missing;
}
/** The reasons of unresolved values inside a policy element (a variable without default…). */
function inputLabelsIn(v, out, depth = 0) {
    if (!v || depth > 8)
        return;
    if (v.kind === 'str')
        for (const x of v.parts)
            if (typeof x !== 'string' && isInputSym(x))
                out.add(x.label);
    if (v.kind === 'arr')
        for (const i of v.items)
            inputLabelsIn(i, out, depth + 1);
    else if (v.kind === 'obj')
        for (const e of v.entries)
            inputLabelsIn(e.value, out, depth + 1);
}
function unresolvedIn(v, out, depth = 0) {
    if (!v || depth > 6)
        return;
    if (v.kind === 'unknown')
        out.add(v.reason);
    else if (v.kind === 'arr')
        for (const i of v.items)
            unresolvedIn(i, out, depth + 1);
    else if (v.kind === 'obj')
        for (const e of v.entries)
            unresolvedIn(e.value, out, depth + 1);
}
/** Why the decision is unknown: unresolved values in the deciding statements, else the symbols
 * it depends on. */
export function unknownReason(d, request) {
    const reasons = new Set();
    for (const r of d.unknown)
        unresolvedIn(r.at, reasons);
    if (reasons.size) {
        const stmts = d.unknown.map((r) => stmtName(r));
        return `the policy has values that cannot be resolved statically (${[...reasons].join('; ')})${stmts.length ? `; undecided: ${stmts.join(', ')}` : ''}`;
    }
    const labels = new Set();
    // Inputs (variables, parameters) first: they are what the user can set. Those written in the
    // undecided statements count too (a Resource built from `var.log_folder`).
    for (const r of d.unknown)
        inputLabelsIn(r.at, labels);
    for (const p of request)
        for (const x of p)
            if (isInputSym(x) && typeof x !== 'string')
                labels.add(x.label);
    // Symbols of the request values an undecided condition compared (`aws:SourceOrgID` when the
    // organisation is not stated), then those of the resource path.
    const ctx = d.request ? normalizeContext(d.request.context) : undefined;
    for (const r of d.unknown) {
        if (r.applies !== UNKNOWN || r.conditionKey === undefined)
            continue;
        for (const v of ctx?.get(r.conditionKey.toLowerCase()) ?? [])
            for (const l of symbolLabels(v))
                labels.add(l);
    }
    for (const p of request)
        for (const l of symbolLabels(p))
            labels.add(l);
    const stmts = d.unknown.filter((r) => r.applies === UNKNOWN).map((r) => stmtName(r));
    const what = labels.size ? `it depends on ${[...labels].map((l) => (l.startsWith('<') ? l : `\${${l}}`)).join(', ')}` : 'a value could not be resolved';
    return `${what}${stmts.length ? `; undecided: ${stmts.join(', ')}` : ''}`;
}
export function show(parts) {
    return display(parts);
}
