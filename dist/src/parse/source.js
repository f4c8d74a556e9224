// A source file and lazy offset→line/column conversion. Line starts are computed only when a
// finding needs a position, so files that produce no findings never pay for it.
export function makeSource(path, text) {
    // A UTF-8 BOM is not content; dropping it keeps columns of the first line right.
    return { path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
function lineStartsOf(src) {
    if (src.lineStarts)
        return src.lineStarts;
    const starts = [0];
    const t = src.text;
    for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10)
            starts.push(i + 1);
        else if (c === 13) {
            if (t.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
    }
    src.lineStarts = starts;
    return starts;
}
/** 1-based line and column of a character offset. */
export function lineCol(src, offset) {
    const starts = lineStartsOf(src);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
export function pos(src, start, end) {
    return { src, start, end };
}
/** The range from the start of `a` to the end of `b`, read only when used (positions may be
 * computed lazily). */
export function span(a, b) {
    return {
        src: a.src,
        get start() {
            return a.start;
        },
        get end() {
            return b.end;
        },
    };
}
