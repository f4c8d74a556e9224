// Modules installed by `terraform init`: `.terraform/modules/modules.json` in the root module's
// folder maps every module call — registry, git or local — by its key (`vpc`, `vpc.flow_log`) to
// the folder holding its source. flowlog-lint follows them like local modules (tflint and checkov
// do the same); without the file, a non-local module cannot be read and the message says to run
// `terraform init`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
const cache = new Map();
/** Forgets the manifests read (a new run may follow a new `terraform init`). */
export function resetInstalledModules() {
    cache.clear();
}
function manifest(rootDir) {
    const hit = cache.get(rootDir);
    if (hit !== undefined)
        return hit;
    const file = join(rootDir, '.terraform', 'modules', 'modules.json');
    let out = null;
    if (existsSync(file)) {
        try {
            const json = JSON.parse(readFileSync(file, 'utf8'));
            const dirs = new Map();
            for (const m of json.Modules ?? []) {
                if (typeof m.Key === 'string' && typeof m.Dir === 'string' && m.Key !== '')
                    dirs.set(m.Key, resolve(rootDir, m.Dir));
            }
            out = { dirs };
        }
        catch {
            out = null;
        }
    }
    cache.set(rootDir, out);
    return out;
}
/** The module key of a call: the call names from the root, without instance keys. */
export function moduleKey(parentPrefix, name) {
    const names = [...parentPrefix.matchAll(/module\.([^.[\]]+)/g)].map((m) => m[1]);
    return [...names, name].join('.');
}
/** The installed folder of a module call, or undefined (not installed, or no manifest). */
export function installedModuleDir(rootDir, parentPrefix, name) {
    const dir = manifest(rootDir)?.dirs.get(moduleKey(parentPrefix, name));
    return dir && existsSync(dir) ? dir : undefined;
}
export function hasManifest(rootDir) {
    return manifest(rootDir) !== null;
}
/** Why a non-local module cannot be read: for the unknown values that depend on it. */
export function notInstalledReason(rootDir, parentPrefix, name, source) {
    const key = moduleKey(parentPrefix, name);
    return hasManifest(rootDir)
        ? `module ${key} (${source ?? 'unknown source'}) is not in .terraform/modules/modules.json: run \`terraform init\` again`
        : `module ${key} (${source ?? 'unknown source'}) is not installed: run \`terraform init\` so that .terraform/modules/modules.json maps it`;
}
