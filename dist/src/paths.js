// Files shipped with the package (schemas, docs), found relative to this module whether it runs
// from src/ (tests) or dist/src/ (the built CLI).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
let root;
export function packageRoot() {
    if (root)
        return root;
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 5; i++) {
        if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schemas')))
            return (root = dir);
        dir = dirname(dir);
    }
    return (root = process.cwd());
}
