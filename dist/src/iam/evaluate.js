// The IAM evaluator: "may principal P do action A on resource R with context C?" for a set of
// statements (one resource policy, or the identity policies of one principal), with IAM's
// semantics: wildcards, Not* elements, explicit Deny beats Allow, default deny, conditions.
//
// Written here rather than taken from a library: the one maintained TypeScript evaluator family is
// AGPL-licensed, and none answers "unknown" for symbolic values (the stack's own account), which
// is how flowlog-lint avoids false passes.
import { asList, literal } from '../model/value.js';
import { evalOperator, parseOperator, valueParts } from './conditions.js';
import { LITERAL, matchParts } from './match.js';
import { normalizeContext } from './request.js';
import { and, not, NO, or, UNKNOWN, YES } from './tri.js';
function parts(v) {
    return valueParts(v) ?? undefined;
}
/** Policy variables (`${aws:SourceAccount}`) in a policy value, replaced from the request context.
 * A variable the request does not carry makes the value unknown (no guess either way). */
function makeSubst(ctx, enabled) {
    return (p) => {
        if (!enabled)
            return p;
        let changed = false;
        const out = [];
        for (const part of p) {
            if (typeof part !== 'string' || !part.includes('${')) {
                out.push(part);
                continue;
            }
            const re = /\$\{([^}]*)\}/g;
            let last = 0;
            let m;
            while ((m = re.exec(part))) {
                changed = true;
                out.push(part.slice(last, m.index));
                const inner = (m[1] ?? '').trim();
                if (inner === '*' || inner === '?')
                    out.push({ sym: `${LITERAL}${inner}`, label: inner });
                else if (inner === '$')
                    out.push('$');
                else {
                    const [keyRaw, dflt] = inner.split(',', 2);
                    const vals = ctx.get((keyRaw ?? '').trim().toLowerCase());
                    const first = vals?.[0];
                    if (first)
                        out.push(...first);
                    else if (dflt !== undefined)
                        out.push(dflt.trim().replace(/^'(.*)'$/, '$1'));
                    else
                        return undefined;
                }
                last = m.index + m[0].length;
            }
            out.push(part.slice(last));
        }
        return changed ? out.filter((x) => x !== '') : p;
    };
}
/** In NotPrincipal, an account ARN (`…:root`) names the account principal itself, not every
 * principal in the account (IAM User Guide, NotPrincipal). */
function principalMatches(el, who, inNotPrincipal = false) {
    if (el.kind === 'unknown')
        return UNKNOWN;
    if (el.kind === 'str') {
        return literal(el) === '*' ? YES : NO;
    }
    if (el.kind !== 'obj')
        return NO;
    let r = NO;
    for (const e of el.entries) {
        for (const v of asList(e.value)) {
            if (v.kind === 'unknown') {
                r = or(r, UNKNOWN);
                continue;
            }
            const p = parts(v);
            if (!p)
                continue;
            const text = literal(v);
            if (text === '*' && (e.key === 'AWS' || e.key === '*')) {
                r = YES;
                continue;
            }
            if (e.key === 'Service' && who.kind === 'service') {
                r = or(r, matchParts(p, typeof who.service === 'string' ? [who.service] : who.service, { wildcards: false, ignoreCase: true }));
            }
            else if (e.key === 'AWS' && who.kind === 'aws') {
                r = or(r, inNotPrincipal ? matchParts(accountIdToRoot(p), who.arn, { wildcards: false }) : awsPrincipalMatches(p, who));
            }
            if (r === YES)
                return r;
        }
    }
    return r;
}
/** `123456789012`, `arn:aws:iam::123456789012:root` (the account: any principal in it), or a
 * specific role/user ARN. */
function awsPrincipalMatches(p, who) {
    const text = p.length === 1 && typeof p[0] === 'string' ? p[0] : undefined;
    if (text !== undefined && /^\d{12}$/.test(text))
        return matchParts(p, who.account, { wildcards: false });
    const last = p[p.length - 1];
    if (typeof last === 'string' && last.endsWith(':root')) {
        // arn:PARTITION:iam::ACCOUNT:root — compare the account field.
        const flat = p;
        const accountParts = accountOfRootArn(flat);
        if (accountParts)
            return matchParts(accountParts, who.account, { wildcards: false });
    }
    return matchParts(p, who.arn, { wildcards: false });
}
/** `123456789012` → `arn:aws:iam::123456789012:root` (partition as the request's). */
function accountIdToRoot(p) {
    const text = p.length === 1 && typeof p[0] === 'string' ? p[0] : undefined;
    return text !== undefined && /^\d{12}$/.test(text) ? [`arn:aws:iam::${text}:root`] : p;
}
function accountOfRootArn(p) {
    // Walk the parts to find the text between "iam::" and ":root".
    const out = [];
    let state = 'before';
    for (const part of p) {
        if (typeof part !== 'string') {
            if (state === 'in')
                out.push(part);
            continue;
        }
        let s = part;
        if (state === 'before') {
            const i = s.indexOf('iam::');
            if (i < 0)
                continue;
            s = s.slice(i + 5);
            state = 'in';
        }
        const j = s.indexOf(':root');
        if (j >= 0) {
            out.push(s.slice(0, j));
            return out.filter((x) => x !== '');
        }
        out.push(s);
    }
    return undefined;
}
function listMatches(el, value, ignoreCase, subst) {
    let r = NO;
    for (const v of asList(el)) {
        // A value IaC could not resolve may match anything: never a definite no.
        if (v.kind === 'unknown') {
            r = or(r, UNKNOWN);
            continue;
        }
        const p0 = parts(v);
        if (!p0)
            continue;
        const p = subst(p0);
        r = or(r, p === undefined ? UNKNOWN : matchParts(p, value, { wildcards: true, ignoreCase }));
        if (r === YES)
            break;
    }
    return r;
}
export function evaluateStatement(policy, s, req, ctx = normalizeContext(req.context)) {
    const base = { policy, statement: s };
    if (s.effect === 'invalid')
        return { ...base, applies: NO, element: 'effect' };
    const subst = makeSubst(ctx, policy.version === '2012-10-17');
    let applies = YES;
    let element;
    let at;
    let conditionKey;
    const step = (r, el, v) => {
        if (r < applies) {
            applies = r;
            element = el;
            at = v;
        }
        return applies === NO;
    };
    // Principal: identity policies have none (the identity itself is the principal).
    if (s.principal) {
        if (step(principalMatches(s.principal, req.principal), 'principal', s.principal))
            return done();
    }
    else if (s.notPrincipal) {
        if (step(not(principalMatches(s.notPrincipal, req.principal, true)), 'principal', s.notPrincipal))
            return done();
    }
    if (s.action) {
        if (step(listMatches(s.action, [req.action], true, (p) => p), 'action', s.action))
            return done();
    }
    else if (s.notAction) {
        if (step(not(listMatches(s.notAction, [req.action], true, (p) => p)), 'action', s.notAction))
            return done();
    }
    else if (step(NO, 'action', s.node))
        return done();
    if (s.resource) {
        if (step(listMatches(s.resource, req.resource, false, subst), 'resource', s.resource))
            return done();
    }
    else if (s.notResource) {
        if (step(not(listMatches(s.notResource, req.resource, false, subst)), 'resource', s.notResource))
            return done();
    }
    if (s.condition && s.condition.kind === 'unknown') {
        if (step(UNKNOWN, 'condition', s.condition))
            return done();
    }
    else if (s.condition && s.condition.kind === 'obj') {
        for (const e of s.condition.entries) {
            const op = parseOperator(e.key);
            if (!op) {
                // An operator IAM does not know makes the policy invalid (policy/syntax reports it).
                if (step(NO, 'condition', e.value))
                    return done();
                continue;
            }
            const r = evalOperator(op, e.value, ctx, subst);
            if (r.result < applies)
                conditionKey = r.failedKey;
            if (step(r.result, 'condition', e.value))
                return done();
        }
    }
    return done();
    function done() {
        return {
            ...base,
            applies,
            ...(element ? { element } : {}),
            ...(at ? { at } : {}),
            ...(conditionKey !== undefined && element === 'condition' ? { conditionKey } : {}),
        };
    }
}
/** Evaluates a request against a set of policies taken together (IAM's evaluation logic for one
 * policy type: an explicit Deny wins, then any Allow, else the implicit default deny). */
export function evaluate(policies, req) {
    const ctx = normalizeContext(req.context);
    const trace = [];
    const allowedBy = [];
    const deniedBy = [];
    const unknown = [];
    for (const p of policies) {
        for (const s of p.statements) {
            const r = evaluateStatement(p, s, req, ctx);
            trace.push(r);
            if (r.applies === YES)
                (s.effect === 'Deny' ? deniedBy : allowedBy).push(r);
            else if (r.applies === UNKNOWN)
                unknown.push(r);
        }
    }
    let verdict;
    const denyUnknown = unknown.some((r) => r.statement.effect === 'Deny');
    const allowUnknown = unknown.some((r) => r.statement.effect === 'Allow');
    if (deniedBy.length > 0)
        verdict = 'deny';
    else if (allowedBy.length > 0)
        verdict = denyUnknown ? 'unknown' : 'allow';
    else if (allowUnknown)
        verdict = 'unknown';
    else
        verdict = 'implicit-deny';
    return { verdict, allowedBy, deniedBy, unknown, trace, request: req };
}
/** Does a statement's Principal/NotPrincipal cover `who` (identity policies: always)? */
export function statementPrincipalMatches(s, who) {
    if (s.principal)
        return principalMatches(s.principal, who);
    if (s.notPrincipal)
        return not(principalMatches(s.notPrincipal, who, true));
    return YES;
}
/** Does a statement's action element cover `action` (ignoring everything else)? */
export function statementCoversAction(s, action) {
    if (s.action)
        return listMatches(s.action, [action], true, (p) => p);
    if (s.notAction)
        return not(listMatches(s.notAction, [action], true, (p) => p));
    return NO;
}
export { and, or, not };
