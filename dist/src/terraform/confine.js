// Confinement of what Terraform code can make the linter read. The code under review is written
// by whoever opens the pull request: `file("/proc/self/environ")`, `file("../../../etc/passwd")`,
// `source = "../outside"` or a symlink pointing out of the checkout would otherwise read (and
// print) anything the CI job can read. Paths resolve only inside the allowed roots: the
// repository root (the nearest ancestor of a scan root holding `.git`), else the scan roots (or
// the working folder, when it holds them).
// Symlinks are resolved before the check, so a link inside that points outside is refused too.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { quoteValue } from './budgets.js';
function real(p) {
    try {
        return realpathSync(p);
    }
    catch {
        return resolve(p);
    }
}
/** The repository root of a folder: the nearest ancestor (itself included) with `.git`. */
function repositoryRoot(dir) {
    for (let d = dir;; d = dirname(d)) {
        if (existsSync(resolve(d, '.git')))
            return d;
        if (dirname(d) === d)
            return undefined;
    }
}
function inside(root, p) {
    const r = relative(root, p);
    return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r));
}
/** The roots for a scan of `paths` (relative to `cwd`): each one's repository root, else the
 * scanned folder itself (a scanned file stands for its folder). */
export function confinement(paths, cwd) {
    const roots = new Set();
    for (const p of paths.length ? paths : ['.']) {
        const abs = real(resolve(cwd, p));
        let dir = abs;
        try {
            if (!statSync(abs).isDirectory())
                dir = dirname(abs);
        }
        catch {
            dir = dirname(abs);
        }
        // Outside a repository, the folder the run starts in also counts when it holds the scanned
        // path (`flowlog-lint app` from a checkout without .git may use `../modules/x`).
        const cwdReal = real(cwd);
        roots.add(repositoryRoot(dir) ?? (inside(cwdReal, dir) ? cwdReal : dir));
    }
    const list = [...roots];
    return {
        roots: list,
        refuse(abs) {
            // Where the path leads once its symlinks are followed (a link inside may point out).
            const target = real(resolve(abs));
            if (list.some((r) => inside(r, target)))
                return undefined;
            return `${quoteValue(abs)} is outside the scanned folders (${list.map((r) => quoteValue(r)).join(', ')}); it is not read`;
        },
    };
}
