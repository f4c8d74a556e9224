// Reading one file: within the size limit, valid UTF-8, and which syntax (JSON or YAML) a
// document is in. What fails is an input error at its position, never an exception.
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../parse/errors.js';
import { parseJson } from '../parse/json.js';
import { makeSource, pos } from '../parse/source.js';
import { parseYamlFast } from '../parse/yaml-fast.js';
/** The file's text, or undefined after reporting why it cannot be read. */
export function readText(abs, display, maxSize, errorAt) {
    try {
        const size = statSync(abs).size;
        if (size > maxSize) {
            errorAt(`File is ${size} bytes, over the ${maxSize}-byte limit (raise it with --max-file-size)`, undefined, display);
            return undefined;
        }
        const buf = readFileSync(abs);
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(buf);
        }
        catch {
            const bad = firstInvalidUtf8(buf);
            const prefix = new TextDecoder('utf-8').decode(buf.subarray(0, bad));
            const src = makeSource(display, prefix);
            errorAt(`File is not valid UTF-8 (first invalid byte at offset ${bad})`, src, display, src.text.length);
            return undefined;
        }
    }
    catch (e) {
        errorAt(`Cannot read file: ${e.code ?? e.message}`, undefined, display);
        return undefined;
    }
}
/** The syntax of a document file: by extension, else JSON when the text starts like JSON. */
export function syntaxOf(path, text) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    if (lower.endsWith('.template'))
        return /^\s*\{/.test(text) ? 'json' : 'yaml';
    return /^\s*[{[]/.test(text) ? 'json' : undefined;
}
/** Parses a document; throws InputError (binary content, syntax errors). */
export function parseDocument(src, syntax) {
    const nul = src.text.indexOf('\u0000');
    if (nul >= 0)
        throw new InputError('binary file (contains NUL bytes)', pos(src, nul, nul));
    const p = syntax === 'json' ? parseJson(src) : parseYamlFast(src);
    return { src, root: p.root, issues: p.issues, syntax };
}
/** Offset of the first byte that is not part of a valid UTF-8 sequence (overlong forms,
 * surrogates and code points past U+10FFFF included). */
function firstInvalidUtf8(buf) {
    let i = 0;
    const at = (k) => buf[k];
    const cont = (k, lo = 0x80, hi = 0xbf) => k < buf.length && at(k) >= lo && at(k) <= hi;
    while (i < buf.length) {
        const b = at(i);
        if (b < 0x80)
            i += 1;
        else if (b >= 0xc2 && b <= 0xdf && cont(i + 1))
            i += 2;
        else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2))
            i += 3;
        else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1) && cont(i + 2))
            i += 3;
        else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2))
            i += 3;
        else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3))
            i += 4;
        else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3))
            i += 4;
        else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3))
            i += 4;
        else
            return i;
    }
    return i;
}
