// CDK's cloud assembly manifest (`cdk.out/manifest.json`): a stack artifact with a concrete
// environment `aws://ACCOUNT/REGION` is deployed there, so its template's `AWS::AccountId` and
// `AWS::Region` are those literals. Environment-agnostic stacks (`unknown-account`,
// `unknown-region`) keep their symbols.
import { readFileSync } from 'node:fs';
import { parseJson } from '../parse/json.js';
import { get, str } from '../parse/pnode.js';
import { makeSource } from '../parse/source.js';
import { toDisplay } from '../walk.js';
/** True for a cloud assembly manifest (an `artifacts` map with CloudFormation stack artifacts). */
export function looksLikeCdkManifest(root) {
    const artifacts = get(root, 'artifacts');
    return artifacts?.kind === 'object' && artifacts.entries.some((e) => str(get(e.value, 'type')) === 'aws:cloudformation:stack');
}
/** Template path (relative to the manifest's folder, as written) → pseudo-parameter bindings. */
export function cdkEnvironments(root) {
    const out = new Map();
    const artifacts = get(root, 'artifacts');
    if (artifacts?.kind !== 'object')
        return out;
    for (const e of artifacts.entries) {
        if (str(get(e.value, 'type')) !== 'aws:cloudformation:stack')
            continue;
        const template = str(get(get(e.value, 'properties'), 'templateFile'));
        const m = /^aws:\/\/([^/]*)\/(.*)$/.exec(str(get(e.value, 'environment')) ?? '');
        if (!template || !m)
            continue;
        const bindings = new Map();
        if (/^\d{12}$/.test(m[1] ?? ''))
            bindings.set('AWS::AccountId', m[1]);
        if (/^[a-z]{2}(-[a-z]+)+-\d+$/.test(m[2] ?? ''))
            bindings.set('AWS::Region', m[2]);
        if (bindings.size)
            out.set(template, bindings);
    }
    return out;
}
/** Environments of CDK stacks, from every `manifest.json` in the scan: template path → bindings. */
export function readCdkEnvironments(files, cwd, debug) {
    const out = new Map();
    for (const abs of files) {
        if (!/(^|[\\/])manifest\.json$/.test(abs))
            continue;
        const display = toDisplay(abs, cwd);
        try {
            const root = parseJson(makeSource(display, readFileSync(abs, 'utf8'))).root;
            if (!looksLikeCdkManifest(root))
                continue;
            const dir = display.includes('/') ? display.slice(0, display.lastIndexOf('/') + 1) : '';
            for (const [template, b] of cdkEnvironments(root))
                out.set(`${dir}${template}`, b);
        }
        catch (e) {
            // The main loop reports a file it cannot read or parse; here it only has no environments.
            debug(`${display}: not read as a CDK manifest (${e.message})`);
        }
    }
    return out;
}
