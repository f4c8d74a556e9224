import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  exitCode
} from "./chunk-QYVM5TTX.mjs";
import {
  applyOverrides
} from "./chunk-YORZFFHG.mjs";
import {
  writeReport,
  writeText
} from "./chunk-SYGR6OTG.mjs";
import {
  threadsOf
} from "./chunk-M3F62DA2.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/cli/fix.js
async function fixStep(req, io) {
  const { planBucketPolicyFixes } = await import("./bucket-policy-OYTVWMWV.mjs");
  const { withoutDuplicateKeyFiles, writeFixes } = await import("./write-7S6HUNRE.mjs");
  const say = (m) => io.stderr(`flowlog-lint: ${m}
`);
  const fixes = withoutDuplicateKeyFiles(planBucketPolicyFixes(req.model, req.accountIds, req.organization), req.model, say);
  if (req.dryRun) {
    const { createTwoFilesPatch } = await import("diff");
    for (const f of fixes)
      io.stdout(createTwoFilesPatch(`a/${f.path}`, `b/${f.path}`, f.before, f.after, void 0, void 0, { context: 3 }));
    await printSnippets(req, io, fixes.length);
    return { exit: 0 };
  }
  await printSnippets(req, io, fixes.length);
  if (!writeFixes(fixes, { cwd: process.cwd(), roots: req.roots }, say))
    return { exit: 2 };
  return { fixed: fixes.length };
}
async function printSnippets(req, io, fixed) {
  const { suggestSnippets } = await import("./snippet-IH5UX2VZ.mjs");
  const snippets = suggestSnippets(req.model, req.accountIds, req.organization);
  for (const sn of snippets)
    io.stderr(`flowlog-lint: ${sn.where}: --fix edits standalone JSON policy files only; ${sn.what}:
${sn.text.replace(/^/gm, "    ")}
`);
  if (!fixed && !snippets.length)
    io.stderr("flowlog-lint: nothing to fix\n");
}

// dist/src/cli/lint-run.js
async function lintStep(run, io) {
  const { values, settings } = run;
  const { lintAsync } = await import("./lint-LLUBKE3X.mjs");
  const lintOpts = await lintOptions(run, io);
  let out = await lintAsync(lintOpts);
  if (values.fix || values["fix-dry-run"]) {
    const r = await fixStep({ model: out.model, accountIds: settings.accountIds, organization: settings.organization, dryRun: values["fix-dry-run"] === true, roots: run.targets }, io);
    if ("exit" in r)
      return r.exit;
    if (r.fixed)
      out = await lintAsync(lintOpts);
  }
  out.results = await applyOverrides(out.results, settings.config);
  const baselined = await baselineStep(values, out.results, io);
  if (baselined === "written")
    return exitCode({ results: [], inputErrors: out.inputErrors }, io);
  if (baselined === "failed")
    return 2;
  if (baselined)
    out.results = baselined;
  const rep = { results: values.quiet ? out.results.filter((r) => r.severity === "error") : out.results, files: out.files, skipped: out.skipped, empty: out.empty, resources: out.resources, checks: out.checks, toolVersion: run.toolVersion };
  const { buildChainGraph } = await import("./chain-D7G4ZLWA.mjs");
  const graph = () => buildChainGraph(out.model, settings.accountIds, out.results);
  let written;
  if (run.command === "graph") {
    const g = await import("./command-JRMJ2NUS.mjs");
    const text = g.graphText(graph(), values["graph-format"]);
    io.stderr(g.inputErrors(out.results));
    written = await writeText(text, values.output, io);
  } else {
    const tty = values.output ? false : process.stdout.isTTY === true;
    const color = values["no-color"] ? false : values.color ? true : tty && !process.env.NO_COLOR;
    written = await writeReport(settings.format, { rep, color, graph }, values.output, io);
  }
  if (!written)
    return 2;
  if (run.command === "graph")
    return exitCode({ results: [], inputErrors: out.inputErrors }, io);
  const emptyFails = out.empty && (values["fail-on-empty"] ?? settings.config.failOnEmpty) === true;
  return exitCode({ results: out.results, inputErrors: out.inputErrors, emptyFails, maxWarnings: settings.maxWarnings }, io);
}
async function lintOptions(run, io) {
  const { values, settings } = run;
  const { config } = settings;
  const { pathMatcher } = await import("./config-RFYPRMDO.mjs");
  const classifiers = Object.entries(config.classify ?? {}).map(([glob, kind]) => ({ match: pathMatcher([glob]), kind }));
  const debug = values.debug ? (m) => io.stderr(`debug: ${m}
`) : void 0;
  return {
    ...values["var-file"] ?? config.varFiles ? { varFiles: values["var-file"] ?? config.varFiles ?? [] } : {},
    ...config.ignores ? { ignores: config.ignores } : {},
    ...classifiers.length ? { classify: (p) => classifiers.find((c) => c.match(p))?.kind } : {},
    ...settings.partition ? { partition: settings.partition } : {},
    ...values.parameters ?? config.parameters ? { parameterFiles: values.parameters ?? config.parameters ?? [], warn: (m) => io.stderr(`flowlog-lint: warning: ${m}
`) } : {},
    paths: run.targets,
    cwd: process.cwd(),
    accountIds: settings.accountIds,
    organization: settings.organization,
    severities: settings.severities,
    ...settings.maxFileSize ? { maxFileSize: settings.maxFileSize } : {},
    ...debug ? { debug } : {},
    // Parallel linting (src/pipeline/parallel.ts) keeps no model: one thread where the model is used.
    ...values.fix || values["fix-dry-run"] || run.command === "graph" || settings.format === "markdown" || settings.format === "html" ? { threads: 1 } : values.threads !== void 0 ? { threads: threadsOf(values) } : {}
  };
}
async function baselineStep(values, results, io) {
  const baselineFile = values.baseline ?? (values["update-baseline"] ? ".flowlog-lint-baseline.json" : void 0);
  if (!baselineFile)
    return void 0;
  const { applyBaseline, readBaseline, writeBaseline, BaselineError } = await import("./baseline-4RT3DFTJ.mjs");
  if (values["update-baseline"]) {
    try {
      const n = writeBaseline(baselineFile, results);
      io.stderr(`flowlog-lint: wrote ${n} finding(s) to ${baselineFile}
`);
      return "written";
    } catch (e) {
      if (!(e instanceof BaselineError))
        throw e;
      io.stderr(`flowlog-lint: ${e.message}
`);
      return "failed";
    }
  }
  try {
    const { sortResults } = await import("./lint-LLUBKE3X.mjs");
    return sortResults(applyBaseline(results, readBaseline(baselineFile), baselineFile));
  } catch (e) {
    if (e instanceof BaselineError) {
      io.stderr(`flowlog-lint: ${e.message}
`);
      return "failed";
    }
    throw e;
  }
}
export {
  lintStep
};
