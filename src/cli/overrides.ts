// Per-path rule settings (the config's `overrides`): applied to a run's results, and shown by
// --print-config.
import type { Config, LoadedConfig } from '../config.js';
import type { Result } from '../engine/types.js';
import type { Io } from './options.js';

/** The results with each override that matches its file applied: the last matching override
 * that names the rule wins; `off` drops the result; a severity applies to failures only. */
export async function applyOverrides(results: Result[], config: Config): Promise<Result[]> {
  if (!config.overrides?.length) return results;
  const { pathMatcher, severityOf } = await import('../config.js');
  const overrides = config.overrides.map((o) => ({ match: pathMatcher(o.files), rules: o.rules }));
  return results.flatMap((r) => {
    let sev: string | undefined;
    for (const o of overrides) if (r.file && o.match(r.file) && o.rules[r.ruleId]) sev = severityOf(o.rules[r.ruleId] as 'off');
    if (sev === 'off') return [];
    return sev && r.status === 'fail' ? [{ ...r, severity: sev as 'error' | 'warning' }] : [r];
  });
}

/** `--print-config PATH`: the configuration that applies to PATH, overrides folded in. */
export async function printConfig(path: string, loaded: LoadedConfig, io: Io): Promise<number> {
  const { pathMatcher } = await import('../config.js');
  const { config } = loaded;
  const effective: Record<string, unknown> = { ...config, rules: { ...(config.rules ?? {}) } };
  for (const o of config.overrides ?? []) if (pathMatcher(o.files)(path)) Object.assign(effective.rules as object, o.rules);
  delete effective.overrides;
  io.stdout(`${JSON.stringify({ file: path, configFile: loaded.file ?? null, ...effective }, null, 2)}\n`);
  return 0;
}
