// The command line's options table and the checks of option values that need no config (the
// ones that do are in settings.ts). Kept free of heavy imports: `--version` loads this.
import { parseArgs } from 'node:util';
/** Bad usage: main() prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {
}
const OPTIONS = {
    'account-id': { type: 'string', multiple: true },
    'org-id': { type: 'string' },
    'org-path': { type: 'string', multiple: true },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    rule: { type: 'string', multiple: true },
    'max-file-size': { type: 'string' },
    threads: { type: 'string' },
    'var-file': { type: 'string', multiple: true },
    parameters: { type: 'string', multiple: true },
    profile: { type: 'string' },
    region: { type: 'string', multiple: true },
    'all-regions': { type: 'boolean' },
    'endpoint-url': { type: 'string' },
    save: { type: 'string' },
    org: { type: 'boolean' },
    'role-name': { type: 'string' },
    'external-id': { type: 'string' },
    accounts: { type: 'string' },
    shard: { type: 'string' },
    timeout: { type: 'string' },
    config: { type: 'string', short: 'c' },
    'no-config-js': { type: 'boolean' },
    'print-config': { type: 'string' },
    baseline: { type: 'string' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    'update-baseline': { type: 'boolean' },
    partition: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    'graph-format': { type: 'string' },
    debug: { type: 'boolean' },
    'fail-on-empty': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
export function parseCommandLine(argv) {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
}
/** Options only `audit` reads: refused elsewhere rather than silently ignored. */
const AUDIT_ONLY = ['profile', 'region', 'all-regions', 'endpoint-url', 'save', 'org', 'role-name', 'external-id', 'accounts', 'shard'];
/** Refuses options of the other mode, and paths given to `audit`. */
export function checkMode(command, rest, values) {
    const misplaced = AUDIT_ONLY.filter((k) => values[k] !== undefined);
    if (command !== 'audit' && misplaced.length)
        throw new UsageError(`--${misplaced[0]} is an audit option: flowlog-lint audit --${misplaced[0]} …`);
    if (command === 'audit' && rest.length)
        throw new UsageError(`audit reads live accounts and takes no paths (got "${rest[0]}"); lint files with flowlog-lint PATH …`);
}
/** `--shard I/N`, `--accounts`, `--timeout`, checked. */
export function auditLimits(values) {
    let shard;
    if (values.shard !== undefined) {
        const m = /^(\d+)\/(\d+)$/.exec(values.shard);
        const index = Number(m?.[1]);
        const count = Number(m?.[2]);
        if (!m || count < 1 || index < 1 || index > count)
            throw new UsageError('--shard takes I/N with 1 ≤ I ≤ N, e.g. --shard 2/3');
        shard = { index, count };
    }
    const accounts = values.accounts?.split(/[\s,]+/).filter(Boolean);
    for (const a of accounts ?? [])
        if (!/^\d{12}$/.test(a))
            throw new UsageError(`--accounts takes 12-digit account IDs, not "${a}"`);
    const timeoutS = values.timeout === undefined ? undefined : Number(values.timeout);
    if (timeoutS !== undefined && !(timeoutS > 0 && timeoutS <= 3600))
        throw new UsageError(`--timeout takes seconds (0 < S ≤ 3600), not "${values.timeout}"`);
    return {
        ...(accounts ? { accounts } : {}),
        ...(shard ? { shard } : {}),
        ...(timeoutS !== undefined ? { timeoutMs: Math.round(timeoutS * 1000) } : {}),
    };
}
/** `--max-warnings N` (undefined: no limit). */
export function maxWarningsOf(values) {
    if (values['max-warnings'] === undefined)
        return undefined;
    const n = Number(values['max-warnings']);
    if (!Number.isInteger(n) || n < 0)
        throw new UsageError('--max-warnings takes a whole number');
    return n;
}
/** `--threads N`: worker threads for big runs (1 = one thread). */
export function threadsOf(values) {
    if (values.threads === undefined)
        return undefined;
    const n = Number(values.threads);
    if (!Number.isInteger(n) || n <= 0)
        throw new UsageError('--threads takes a positive whole number');
    return n;
}
/** `--max-file-size BYTES` over the config's value. */
export function maxFileSizeOf(values, configured) {
    if (values['max-file-size'] === undefined)
        return configured;
    const n = Number(values['max-file-size']);
    if (!Number.isInteger(n) || n <= 0)
        throw new UsageError('--max-file-size takes a positive whole number of bytes');
    return n;
}
const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];
export function checkPartition(partition) {
    if (partition !== undefined && !PARTITIONS.includes(partition)) {
        throw new UsageError(`--partition must be an AWS partition (aws, aws-cn, aws-us-gov, …), not "${partition}"`);
    }
}
const SEVERITY_WORDS = { off: 'off', warn: 'warning', warning: 'warning', error: 'error' };
/** `--rule ID:SEVERITY` (repeatable), set over the config's severities in `severities`. */
export function applyRuleOptions(specs, known, severities) {
    for (const spec of specs) {
        const i = spec.lastIndexOf(':');
        if (i < 0)
            throw new UsageError(`--rule ${spec}: give a severity, e.g. --rule ${spec}:warn (off, warn or error)`);
        const id = spec.slice(0, i);
        const sev = spec.slice(i + 1);
        if (i <= 0 || !known.has(id))
            throw new UsageError(`--rule ${spec}: unknown rule "${id}" (see 'flowlog-lint rules')`);
        const s = SEVERITY_WORDS[sev];
        if (!s)
            throw new UsageError(`--rule ${spec}: severity must be off, warn or error`);
        severities.set(id, s);
    }
}
