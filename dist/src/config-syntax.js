// A config file cosmiconfig could not parse: the reason with its line and column. cosmiconfig's
// own message puts the reason after a code frame on later lines; the project's parsers say the
// same thing in one line with the place, so the file is parsed again with them.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { InputError } from './parse/errors.js';
import { parseJson } from './parse/json.js';
import { lineCol, makeSource } from './parse/source.js';
import { parseYaml } from './parse/yaml.js';
export function configSyntaxMessage(cwd, fallbackName, err) {
    const m = /^(JSON|YAML) Error in (.+?):\s*$/m.exec(err.message);
    const filepath = m?.[2];
    const display = filepath ? relative(cwd, filepath).split(sep).join('/') : fallbackName;
    if (filepath) {
        try {
            const src = makeSource(display, readFileSync(filepath, 'utf8'));
            if (err.message.startsWith('JSON'))
                parseJson(src);
            else
                parseYaml(src);
        }
        catch (e) {
            if (e instanceof InputError && e.pos) {
                const lc = lineCol(e.pos.src, e.pos.start);
                return `${display}:${lc.line}:${lc.column}: ${e.message}`;
            }
        }
    }
    // Otherwise the message without code frames (lines of "  12 | …" and carets), on one line.
    const text = err.message
        .split('\n')
        .filter((l) => !/^\s*>?\s*\d*\s*\|/.test(l) && !/^\s*-*\^\s*$/.test(l))
        .map((l) => l.trim())
        .filter((l) => l && !(filepath && l.startsWith(`${m?.[1]} Error in ${filepath}`)))
        .join(' ');
    return `${display}: ${text}`;
}
