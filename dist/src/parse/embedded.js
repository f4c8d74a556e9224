// Positions for a document held in a string value (a JSON policy in a YAML block scalar, a
// heredoc, a quoted JSON string): each decoded character is matched, in order, to the next equal
// character of the raw source text, which skips indentation, quotes and escape backslashes. Where
// that fails (an escape like `\n` that has no literal twin) every offset falls back to the
// value's start.
import { parseEmbeddedJson, parseJson } from './json.js';
export function offsetMapFor(raw, rawStart, text) {
    const offsets = [];
    let j = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        while (j < raw.length && raw[j] !== ch)
            j++;
        if (j >= raw.length)
            return () => rawStart;
        offsets.push(rawStart + j);
        j++;
    }
    offsets.push(rawStart + Math.min(j, raw.length));
    return (o) => offsets[Math.max(0, Math.min(o, offsets.length - 1))] ?? rawStart;
}
/** Parses JSON text that came from the string value at `at`, with positions mapped into its file. */
export function parseJsonAt(text, at) {
    const raw = at.src.text.slice(at.start, at.end);
    if (at.start === 0 && at.end === at.src.text.length && raw === text)
        return parseJson(at.src);
    // A JSON string literal in a JSON file (plan JSON, CLI output): decode escapes exactly.
    if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') && JSON.parse(raw) === text)
        return parseEmbeddedJson(at.src, at);
    return parseJson(at.src, { text, map: offsetMapFor(raw, at.start, text) });
}
