// Node offsets recorded during the js-yaml parse itself (its `listener` option), so the fast YAML
// path needs no second, positioned parse. Each `composeNode` call is one event; its open and close
// offsets, the index after its subtree and a few flags go into one integer array per file. The
// ranges computed from them follow the `yaml` package's (what yaml.ts reports), which is what
// findings have always pointed at: content start (after `!tag`/`&anchor`), value end, and for a
// block collection the end of its last entry including that entry's trailing comment and line
// break. Anything the event stream cannot pair with the loaded data is reported as a mismatch and
// the caller falls back to the positioned parser for that file.
/** Flags word. */
const KIND_MASK = 3;
export const K_NONE = 0;
export const K_SCALAR = 1;
export const K_SEQ = 2;
export const K_MAP = 3;
/** A collection event that only re-exposes its single child's result (js-yaml tries a flow
 * collection as an implicit key first, inside another `composeNode`). */
export const F_WRAPPER = 4;
const STRIDE = 4;
export class YamlOffsets {
    text;
    raw;
    buf = new Int32Array(512);
    /** Number of events. */
    n = 0;
    /** Anchor name → event index of the node that carries it (the last one wins, as in YAML). */
    anchors;
    stack = [];
    lastClosed = -1;
    lastResult = undefined;
    /** `raw` maps a node's constructed result back to what was read (a tag's construct wraps it). */
    constructor(text, raw = (r) => r) {
        this.text = text;
        this.raw = raw;
    }
    listener = (type, state) => {
        if (type === 'open') {
            const i = this.n++;
            if ((i + 1) * STRIDE > this.buf.length) {
                const b = new Int32Array(this.buf.length * 2);
                b.set(this.buf);
                this.buf = b;
            }
            this.buf[i * STRIDE] = Math.min(state.position, this.text.length);
            this.stack.push(i);
            return;
        }
        const i = this.stack.pop() ?? 0;
        const o = i * STRIDE;
        const kind = state.kind === 'scalar' ? K_SCALAR : state.kind === 'sequence' ? K_SEQ : state.kind === 'mapping' ? K_MAP : K_NONE;
        let flags = kind;
        // Exactly one direct child, closed just before this event, with the very same result object.
        if (kind >= K_SEQ && this.lastClosed === i + 1 && this.n === this.next(i + 1) && this.lastResult === this.raw(state.result))
            flags |= F_WRAPPER;
        // js-yaml appends a line break to input without one; offsets stay inside the text.
        this.buf[o + 1] = Math.min(state.position, this.text.length);
        this.buf[o + 2] = this.n;
        this.buf[o + 3] = flags;
        if (state.anchor)
            (this.anchors ??= new Map()).set(state.anchor, i);
        this.lastClosed = i;
        this.lastResult = state.result;
    };
    open(i) {
        return this.buf[i * STRIDE] ?? 0;
    }
    close(i) {
        return this.buf[i * STRIDE + 1] ?? 0;
    }
    /** Index of the event after `i`'s subtree. */
    next(i) {
        return this.buf[i * STRIDE + 2] ?? 0;
    }
    kind(i) {
        return (this.buf[i * STRIDE + 3] ?? 0) & KIND_MASK;
    }
    isWrapper(i) {
        return ((this.buf[i * STRIDE + 3] ?? 0) & F_WRAPPER) !== 0;
    }
    /** Drops the parse-time state (the results the listener kept a reference to). */
    done() {
        this.lastResult = undefined;
        this.stack.length = 0;
    }
    /** First offset at or after `p` that is not white space, a line break or a comment. */
    skipSeparation(p) {
        const t = this.text;
        for (;;) {
            const c = t.charCodeAt(p);
            if (c === 32 || c === 9 || c === 10 || c === 13)
                p++;
            else if (c === 35 /* # */) {
                while (p < t.length && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13)
                    p++;
            }
            else
                return p;
        }
    }
    /** Where the node's content starts: after separation and its `!tag` / `&anchor` properties. */
    contentStart(i) {
        const t = this.text;
        let p = this.skipSeparation(this.open(i));
        for (;;) {
            const c = t.charCodeAt(p);
            if (c !== 33 /* ! */ && c !== 38 /* & */)
                return p;
            while (p < t.length && !isWsOrEol(t.charCodeAt(p)))
                p++;
            p = this.skipSeparation(p);
        }
    }
    /** End of a token followed, in block context, by optional blanks, a comment and one line break
     * (the `yaml` package's node end, which a block collection's range ends at). */
    lineEndAfter(p) {
        const t = this.text;
        while (t.charCodeAt(p) === 32 || t.charCodeAt(p) === 9)
            p++;
        if (t.charCodeAt(p) === 35)
            while (p < t.length && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13)
                p++;
        if (t.charCodeAt(p) === 13)
            p++;
        if (t.charCodeAt(p) === 10)
            p++;
        return p;
    }
    /** Back over blanks and line breaks. */
    trimBack(p, floor) {
        const t = this.text;
        while (p > floor) {
            const c = t.charCodeAt(p - 1);
            if (c === 32 || c === 9 || c === 10 || c === 13)
                p--;
            else
                break;
        }
        return p;
    }
    /** End of a block scalar (`|` / `>`) that starts at `start`: after its last content line's line
     * break, or, with keep chomping (`+`), after its trailing empty lines too. */
    blockScalarEnd(start, close) {
        const t = this.text;
        let h = start + 1;
        let keep = false;
        while (h < t.length && !isWsOrEol(t.charCodeAt(h))) {
            if (t.charCodeAt(h) === 43 /* + */)
                keep = true;
            h++;
        }
        let p = close;
        // Back to the start of the line js-yaml stopped on (it stops after that line's indentation).
        while (p > start && (t.charCodeAt(p - 1) === 32 || t.charCodeAt(p - 1) === 9))
            p--;
        if (keep)
            return p;
        const last = this.trimBack(p, start);
        if (last <= h)
            return p;
        let e = last;
        if (t.charCodeAt(e) === 13)
            e++;
        if (t.charCodeAt(e) === 10)
            e++;
        return e;
    }
}
function isWsOrEol(c) {
    return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}
