import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/cli/exit.js
function exitCode(o, io) {
  if (o.inputErrors)
    return 2;
  if (o.emptyFails) {
    io.stderr("flowlog-lint: no flow-log inputs found (--fail-on-empty)\n");
    return 2;
  }
  const active = o.results.filter((r) => !r.suppressed);
  const errors = active.filter((r) => r.severity === "error").length;
  const warnings = active.filter((r) => r.severity === "warning").length;
  if (errors > 0)
    return 1;
  if (o.maxWarnings !== void 0 && warnings > o.maxWarnings) {
    io.stderr(`flowlog-lint: ${warnings} warning(s), more than --max-warnings ${o.maxWarnings} allows
`);
    return 1;
  }
  return 0;
}
function hasParseErrors(results) {
  return results.some((r) => !r.suppressed && r.ruleId === "parse-error");
}

export {
  exitCode,
  hasParseErrors
};
