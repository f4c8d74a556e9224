// Reads one file and hands it to the loader that knows its format. Formats are recognised by
// content; the extension only picks the parser.
import { InputError } from '../parse/errors.js';
import { parseJson } from '../parse/json.js';
import { parseYaml } from '../parse/yaml.js';
import { pos } from '../parse/source.js';
import { loadCloudFormation, looksLikeTemplate } from '../cfn/load.js';
import { loadRaw } from './raw.js';
import { loadSnapshot, looksLikeSnapshot } from './snapshot.js';
import { loadPlan, looksLikePlan } from '../terraform/plan.js';
export function parserFor(path, text) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    if (lower.endsWith('.template'))
        return /^\s*\{/.test(text) ? 'json' : 'yaml';
    if (lower.endsWith('.tf') || lower.endsWith('.tfvars'))
        return 'terraform';
    return undefined;
}
/** Loads a parsed document (JSON or YAML) into the model; false when it is no known input. */
export function loadDocument(t, root) {
    if (looksLikeTemplate(root)) {
        loadCloudFormation(t, root);
        return true;
    }
    if (looksLikeSnapshot(root)) {
        loadSnapshot(t, root);
        return true;
    }
    if (looksLikePlan(root)) {
        loadPlan(t, root);
        return true;
    }
    return loadRaw(t, root);
}
export function loadFile(t, parser) {
    const src = t.src;
    if (src.text.includes('\u0000'))
        throw new InputError('binary file (contains NUL bytes)', pos(src, src.text.indexOf('\u0000'), src.text.indexOf('\u0000')));
    if (parser === 'terraform') {
        t.opts.debug(`${src.path}: Terraform is not supported yet; skipped`);
        return false;
    }
    const parsed = parser === 'json' ? parseJson(src) : parseYaml(src);
    const ok = loadDocument(t, parsed.root);
    if (ok)
        t.model.parseIssues.push(...parsed.issues);
    return ok;
}
