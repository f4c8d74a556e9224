// Finds the input files: folders are walked honouring .gitignore files and the config's ignore
// patterns, skipping node_modules and .git; symlinked folders are not followed (no loops).
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore from 'ignore';
// .terraform holds modules installed by `terraform init`: read through their callers, not as roots.
const ALWAYS_SKIP = new Set(['node_modules', '.git', 'cdk.out.tmp', '.terraform']);
const EXTENSIONS = ['.json', '.yaml', '.yml', '.template', '.tf', '.tfvars'];
export function toDisplay(p, cwd) {
    const r = relative(cwd, p);
    return (r === '' ? '.' : r).split(sep).join('/');
}
export function walk(inputs, cwd, extraIgnores = []) {
    const files = new Set();
    const explicit = new Set();
    const missing = [];
    const unreadable = [];
    const configIgnore = ignore().add([...extraIgnores]);
    for (const input of inputs) {
        const full = input.startsWith('/') ? input : join(cwd, input);
        if (!existsSync(full)) {
            missing.push(input);
            continue;
        }
        let st;
        try {
            st = statSync(full);
        }
        catch (e) {
            unreadable.push({ path: input, reason: e.message });
            continue;
        }
        if (st.isFile()) {
            files.add(full);
            explicit.add(full);
            continue;
        }
        const stack = [{ dir: full, ignores: [] }];
        while (stack.length) {
            const { dir, ignores } = stack.pop();
            let entries;
            try {
                entries = readdirSync(dir).sort();
            }
            catch (e) {
                unreadable.push({ path: toDisplay(dir, cwd), reason: e.code ?? e.message });
                continue;
            }
            let scoped = ignores;
            if (entries.includes('.gitignore')) {
                try {
                    scoped = [...ignores, { base: dir, ig: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) }];
                }
                catch {
                    // An unreadable .gitignore ignores nothing.
                }
            }
            for (const name of entries) {
                if (ALWAYS_SKIP.has(name))
                    continue;
                const p = join(dir, name);
                let ls;
                try {
                    ls = lstatSync(p);
                }
                catch {
                    continue;
                }
                if (ls.isSymbolicLink())
                    continue;
                const isDir = ls.isDirectory();
                const ignored = scoped.some(({ base, ig }) => {
                    const rel = relative(base, p).split(sep).join('/');
                    return rel !== '' && ig.ignores(isDir ? `${rel}/` : rel);
                });
                if (ignored)
                    continue;
                const relCwd = relative(cwd, p).split(sep).join('/');
                if (relCwd && !relCwd.startsWith('..') && configIgnore.ignores(isDir ? `${relCwd}/` : relCwd))
                    continue;
                if (isDir)
                    stack.push({ dir: p, ignores: scoped });
                else if (ls.isFile() && EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)))
                    files.add(p);
            }
        }
    }
    return { files: [...files].sort(), missing, unreadable, explicit };
}
