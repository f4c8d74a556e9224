// CloudFormation/CDK asset paths (a nested stack's `aws:asset:path`) come from the scanned files,
// which on a CI gate are written by whoever opens the pull request (issue 16, "Confinement"). A
// path is followed only inside the scan roots or the repository holding the working folder; one
// outside is never read, and the stack it names counts as unread (VPC checks say so by its path).
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
/** The folders asset paths may resolve into: each scanned folder (a scanned file's folder) and the
 * repository root (the nearest folder above `cwd` with a `.git`). */
export function assetRoots(paths, cwd) {
    const roots = paths.map((p) => {
        const abs = resolve(cwd, p);
        try {
            return statSync(abs).isDirectory() ? abs : dirname(abs);
        }
        catch {
            return abs;
        }
    });
    for (let d = resolve(cwd);; d = dirname(d)) {
        if (existsSync(resolve(d, '.git'))) {
            roots.push(d);
            break;
        }
        if (dirname(d) === d)
            break;
    }
    return roots;
}
function inside(abs, root) {
    const rel = relative(root, abs);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
/** Why a nested stack's template is not followed (its path leaves every root), or undefined. */
export function assetOutsideRoots(templateDisplay, assetPath, cwd, roots) {
    const abs = resolve(cwd, dirname(templateDisplay), assetPath);
    if (roots.some((r) => inside(abs, r)))
        return undefined;
    return `its template path ${JSON.stringify(assetPath.slice(0, 120))} is outside the scanned folders and the repository; not read`;
}
