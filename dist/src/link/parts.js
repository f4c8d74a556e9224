import { concatParts } from '../model/value.js';
export function partsEqual(a, b) {
    const x = concatParts(a);
    const y = concatParts(b);
    if (x.length !== y.length)
        return false;
    for (let i = 0; i < x.length; i++) {
        const p = x[i];
        const q = y[i];
        if (typeof p === 'string' || typeof q === 'string') {
            if (p !== q)
                return false;
        }
        else if (p?.sym !== q?.sym)
            return false;
    }
    return true;
}
export function partsOf(v) {
    if (!v)
        return undefined;
    if (v.kind === 'str')
        return v.parts;
    if (v.kind === 'num')
        return [v.text];
    return undefined;
}
/** Splits parts at the first occurrence of `sep` in literal text. */
export function splitFirst(parts, sep) {
    const head = [];
    for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (typeof p === 'string') {
            const k = p.indexOf(sep);
            if (k >= 0) {
                head.push(p.slice(0, k));
                const tail = [p.slice(k + sep.length), ...parts.slice(i + 1)];
                return [concatParts(head), concatParts(tail)];
            }
        }
        if (p !== undefined)
            head.push(p);
    }
    return undefined;
}
export function hasSymbols(parts) {
    return parts.some((p) => typeof p !== 'string');
}
/** Labels of the symbols in parts, for "depends on …" messages. */
export function symbolLabels(parts) {
    return parts.filter((p) => typeof p !== 'string').map((p) => p.label);
}
export function endsWithText(parts, s) {
    const last = parts[parts.length - 1];
    return typeof last === 'string' && last.endsWith(s);
}
export function trimEnd(parts, s) {
    if (!endsWithText(parts, s))
        return [...parts];
    const out = [...parts];
    const last = out[out.length - 1];
    out[out.length - 1] = last.slice(0, -s.length);
    return concatParts(out);
}
