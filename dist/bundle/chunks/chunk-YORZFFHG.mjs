import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/cli/overrides.js
async function applyOverrides(results, config) {
  if (!config.overrides?.length)
    return results;
  const { pathMatcher, severityOf } = await import("./config-RFYPRMDO.mjs");
  const overrides = config.overrides.map((o) => ({ match: pathMatcher(o.files), rules: o.rules }));
  return results.flatMap((r) => {
    let sev;
    for (const o of overrides)
      if (r.file && o.match(r.file) && o.rules[r.ruleId])
        sev = severityOf(o.rules[r.ruleId]);
    if (sev === "off")
      return [];
    return sev && r.status === "fail" ? [{ ...r, severity: sev }] : [r];
  });
}
async function printConfig(path, loaded, io) {
  const { pathMatcher } = await import("./config-RFYPRMDO.mjs");
  const { config } = loaded;
  const effective = { ...config, rules: { ...config.rules ?? {} } };
  for (const o of config.overrides ?? [])
    if (pathMatcher(o.files)(path))
      Object.assign(effective.rules, o.rules);
  delete effective.overrides;
  io.stdout(`${JSON.stringify({ file: path, configFile: loaded.file ?? null, ...effective }, null, 2)}
`);
  return 0;
}

export {
  applyOverrides,
  printConfig
};
