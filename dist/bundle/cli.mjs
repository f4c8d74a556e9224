import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  packageRoot
} from "./chunks/chunk-Z7AWTSGF.mjs";
import {
  orgFromOptions
} from "./chunks/chunk-SJ5DMC32.mjs";
import "./chunks/chunk-S3OQVVMT.mjs";

// dist/src/cli.js
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
var HELP = `Usage: flowlog-lint [options] [PATH ...]
       flowlog-lint rules
       flowlog-lint explain RULE
       flowlog-lint init                 (write a starter .flowloglintrc.json)
       flowlog-lint merge REPORT.json ...  (combine JSON reports of separate runs)
       flowlog-lint audit [options]
       flowlog-lint graph [--graph-format mermaid|dot] [PATH ...]  (draw the delivery chains)

Proves AWS VPC Flow Logs will be delivered, and delivered safely: checks flow-log settings,
S3 bucket policies, KMS key policies, delivery roles and the identities that create flow logs,
across files (IAM policy JSON, AWS CLI outputs, CloudFormation/CDK, Terraform).

Audit options (flowlog-lint audit; read-only, AWS SDK standard credential chain):
  --profile NAME          Named profile
  --region R              Region to read (repeatable; default AWS_REGION or us-east-1)
  --all-regions           Every enabled region (ec2:DescribeRegions)
  --endpoint-url URL      Send every call to this endpoint (local test servers)
  --save FILE             Keep the snapshot of what was read; lint it later with flowlog-lint FILE
  --org                   Every account of the organisation (organizations:ListAccounts)
  --role-name NAME        Role assumed in member accounts (default OrganizationAccountAccessRole)
  --external-id ID        External ID for that role
  --accounts IDS          Only these accounts (comma-separated)
  --shard I/N             Only shard I of N of the accounts (stable; combine with merge)
  --timeout SECONDS       Per-request timeout (default 30; connecting \u2264 5 s, a call with retries \u2264 3\xD7)

Options:
  --account-id ID         Source account of inputs that do not state theirs (repeatable)
  --org-id ID             AWS Organization of the source accounts (aws:SourceOrgID conditions)
  --org-path PATH         Their organisation path o-\u2026/r-\u2026/ou-\u2026/ (repeatable; aws:SourceOrgPaths)
  --format NAME           stylish (default), json, sarif, junit, github, markdown, html
  --output FILE           Write the report to FILE instead of standard output
  -c, --config FILE       Use this config file instead of searching for one
  --no-config-js          Load only JSON/YAML config: never execute flowlog-lint.config.{js,mjs,cjs,ts}
                          (config files are code; use this on untrusted checkouts)
  --print-config PATH     Print the configuration that applies to PATH and exit
  --fix                   Fix bucket policies in JSON files (ACL-check statement, per-account
                          Resource entries, bucket-owner-full-control condition)
  --fix-dry-run           Print the fixes as a diff instead of writing them
  --baseline FILE         Hide findings recorded in FILE; report stale entries
  --update-baseline       Write the current findings to the baseline (default .flowlog-lint-baseline.json)
  --max-warnings N        Exit 1 when there are more than N warnings
  --quiet                 Report errors only
  --rule ID:SEVERITY      Set a rule's severity: off, warn or error (repeatable)
  --var-file FILE         Terraform variable values (.tfvars), repeatable
  --parameters FILE       CloudFormation parameter values (CLI JSON, {"Parameters": \u2026} or K=V lines), repeatable
  --partition NAME        Partition IaC symbols resolve to (default aws)
  --max-file-size BYTES   Skip (with a parse-error) files larger than this (default 10485760)
  --threads N             Worker threads for big runs (default: cores, from 200 files; 1 = one thread)
  --no-color, --color     Force colour off or on (default: on for a terminal, off with NO_COLOR)
  --fail-on-empty         Exit 2 when no flow-log input was found (a CI gate must check something)
  --debug                 Print debug messages (and each file skipped as not an input) to standard error
  -h, --help              Show this help
  -v, --version           Show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 the run could not do its job (bad usage, unreadable or unparsable input).`;
function version() {
  try {
    return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
  } catch {
    return "0.0.0";
  }
}
var UsageError = class extends Error {
};
async function main(argv, io = defaultIo()) {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof TypeError && e.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`flowlog-lint: ${e.message}
Run 'flowlog-lint --help' for usage.
`);
      return 2;
    }
    throw e;
  }
}
function defaultIo() {
  return { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
}
async function run(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      "account-id": { type: "string", multiple: true },
      "org-id": { type: "string" },
      "org-path": { type: "string", multiple: true },
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      rule: { type: "string", multiple: true },
      "max-file-size": { type: "string" },
      threads: { type: "string" },
      "var-file": { type: "string", multiple: true },
      parameters: { type: "string", multiple: true },
      profile: { type: "string" },
      region: { type: "string", multiple: true },
      "all-regions": { type: "boolean" },
      "endpoint-url": { type: "string" },
      save: { type: "string" },
      org: { type: "boolean" },
      "role-name": { type: "string" },
      "external-id": { type: "string" },
      accounts: { type: "string" },
      shard: { type: "string" },
      timeout: { type: "string" },
      config: { type: "string", short: "c" },
      "no-config-js": { type: "boolean" },
      "print-config": { type: "string" },
      baseline: { type: "string" },
      fix: { type: "boolean" },
      "fix-dry-run": { type: "boolean" },
      "update-baseline": { type: "boolean" },
      partition: { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      "graph-format": { type: "string" },
      debug: { type: "boolean" },
      "fail-on-empty": { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" }
    }
  });
  if (values.help) {
    io.stdout(`${HELP}
`);
    return 0;
  }
  if (values.version) {
    io.stdout(`${version()}
`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === "rules")
    return listRules(io);
  if (command === "explain")
    return explain(rest[0], io);
  if (command === "init")
    return init(io);
  let targets = command === "graph" ? rest.length ? rest : ["."] : command !== void 0 ? positionals : ["."];
  const AUDIT_ONLY = ["profile", "region", "all-regions", "endpoint-url", "save", "org", "role-name", "external-id", "accounts", "shard"];
  const misplaced = AUDIT_ONLY.filter((k) => values[k] !== void 0);
  if (command !== "audit" && misplaced.length)
    throw new UsageError(`--${misplaced[0]} is an audit option: flowlog-lint audit --${misplaced[0]} \u2026`);
  if (command === "audit" && rest.length)
    throw new UsageError(`audit reads live accounts and takes no paths (got "${rest[0]}"); lint files with flowlog-lint PATH \u2026`);
  const defaultFormat = command === "merge" ? "json" : "stylish";
  if (command === "merge") {
    const { splitMergeInputs } = await import("./chunks/merge-5PPCZ3TH.mjs");
    const { snapshots, reports } = splitMergeInputs(rest);
    if (reports.length) {
      let extra;
      if (snapshots.length) {
        const captured = [];
        const code = await run([...withoutMergeArgs(argv, rest, [values.format, values.output]), "--format", "json", ...snapshots], { stdout: (t) => captured.push(t), stderr: io.stderr });
        if (code === 2 && !captured.length)
          return 2;
        extra = captured.join("");
      }
      return merge(reports, values.format ?? defaultFormat, values.output, io, extra);
    }
    targets = rest;
  }
  if (command === "audit") {
    const { runAudit, AuditError } = await import("./chunks/run-OFVMRUMG.mjs");
    let shard;
    if (values.shard !== void 0) {
      const m = /^(\d+)\/(\d+)$/.exec(values.shard);
      const index = Number(m?.[1]);
      const count = Number(m?.[2]);
      if (!m || count < 1 || index < 1 || index > count)
        throw new UsageError("--shard takes I/N with 1 \u2264 I \u2264 N, e.g. --shard 2/3");
      shard = { index, count };
    }
    const accountList = values.accounts?.split(/[\s,]+/).filter(Boolean);
    for (const a of accountList ?? [])
      if (!/^\d{12}$/.test(a))
        throw new UsageError(`--accounts takes 12-digit account IDs, not "${a}"`);
    const timeoutS = values.timeout === void 0 ? void 0 : Number(values.timeout);
    if (timeoutS !== void 0 && !(timeoutS > 0 && timeoutS <= 3600))
      throw new UsageError(`--timeout takes seconds (0 < S \u2264 3600), not "${values.timeout}"`);
    const tty2 = process.stderr.isTTY === true && !values.quiet;
    try {
      const snapshot = await runAudit({
        regions: values.region ?? [],
        allRegions: values["all-regions"] ?? false,
        ...values.org ? { org: true } : {},
        ...values["role-name"] ? { roleName: values["role-name"] } : {},
        ...values["external-id"] ? { externalId: values["external-id"] } : {},
        ...accountList ? { accounts: accountList } : {},
        ...shard ? { shard } : {},
        ...timeoutS !== void 0 ? { timeoutMs: Math.round(timeoutS * 1e3) } : {},
        toolVersion: version(),
        ...values.profile ? { profile: values.profile } : {},
        ...values["endpoint-url"] ? { endpoint: values["endpoint-url"] } : {},
        ...values.save ? { save: values.save } : {},
        ...tty2 ? { progress: (m) => process.stderr.write(`\r${m}`) } : {}
      });
      if (tty2)
        process.stderr.write("\n");
      targets = [snapshot];
    } catch (e) {
      if (e instanceof AuditError) {
        io.stderr(`flowlog-lint: ${e.message}
`);
        return 2;
      }
      throw e;
    }
  }
  const { loadConfig, severityOf, pathMatcher, ConfigError } = await import("./chunks/config-RFYPRMDO.mjs");
  let loaded;
  try {
    loaded = await loadConfig(process.cwd(), values.config, { noJs: values["no-config-js"] === true, warn: (m) => io.stderr(`flowlog-lint: ${m}
`) });
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`flowlog-lint: ${e.message}
`);
      return 2;
    }
    throw e;
  }
  const config = loaded.config;
  const accountIds = values["account-id"] ?? config.accounts ?? [];
  for (const a of accountIds)
    if (!/^\d{12}$/.test(a))
      throw new UsageError(`--account-id must be a 12-digit account ID, not "${a}"`);
  const organization = orgFromOptions(values["org-id"] ?? config.organization, values["org-path"] ?? config.organizationPaths ?? []);
  if ("error" in organization)
    throw new UsageError(organization.error);
  const format = values.format ?? defaultFormat;
  const { FORMATS, isFormat } = await import("./chunks/registry-TYL76O25.mjs");
  if (!isFormat(format))
    throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(", ")})`);
  if (command === "graph" && !["mermaid", "dot", void 0].includes(values["graph-format"]))
    throw new UsageError("--graph-format takes mermaid or dot");
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError("--max-warnings takes a whole number");
  }
  let maxFileSize = config.maxFileSize;
  if (values["max-file-size"] !== void 0) {
    maxFileSize = Number(values["max-file-size"]);
    if (!Number.isInteger(maxFileSize) || maxFileSize <= 0)
      throw new UsageError("--max-file-size takes a positive whole number of bytes");
  }
  const { RULES } = await import("./chunks/rules-KOCF23MQ.mjs");
  const known = new Set(RULES.map((r) => r.meta.id));
  const severities = /* @__PURE__ */ new Map();
  for (const [id, sev] of Object.entries(config.rules ?? {})) {
    if (!known.has(id)) {
      io.stderr(`flowlog-lint: ${loaded.file}: invalid configuration: unknown rule "rules.${id}" (see 'flowlog-lint rules')
`);
      return 2;
    }
    severities.set(id, severityOf(sev));
  }
  for (const [i, o] of (config.overrides ?? []).entries()) {
    for (const id of Object.keys(o.rules)) {
      if (!known.has(id)) {
        io.stderr(`flowlog-lint: ${loaded.file}: invalid configuration: unknown rule "overrides.${i}.rules.${id}"
`);
        return 2;
      }
    }
  }
  if (values["print-config"] !== void 0) {
    const path = values["print-config"];
    const effective = { ...config, rules: { ...config.rules ?? {} } };
    for (const o of config.overrides ?? [])
      if (pathMatcher(o.files)(path))
        Object.assign(effective.rules, o.rules);
    delete effective.overrides;
    io.stdout(`${JSON.stringify({ file: path, configFile: loaded.file ?? null, ...effective }, null, 2)}
`);
    return 0;
  }
  for (const spec of values.rule ?? []) {
    const i = spec.lastIndexOf(":");
    if (i < 0)
      throw new UsageError(`--rule ${spec}: give a severity, e.g. --rule ${spec}:warn (off, warn or error)`);
    const id = spec.slice(0, i);
    const sev = spec.slice(i + 1);
    if (i <= 0 || !known.has(id))
      throw new UsageError(`--rule ${spec}: unknown rule "${id}" (see 'flowlog-lint rules')`);
    const map = { off: "off", warn: "warning", warning: "warning", error: "error" };
    const s = map[sev];
    if (!s)
      throw new UsageError(`--rule ${spec}: severity must be off, warn or error`);
    severities.set(id, s);
  }
  const debug = values.debug ? (m) => io.stderr(`debug: ${m}
`) : void 0;
  const partition = values.partition ?? config.partition;
  if (partition !== void 0 && !["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"].includes(partition)) {
    throw new UsageError(`--partition must be an AWS partition (aws, aws-cn, aws-us-gov, \u2026), not "${partition}"`);
  }
  const { lintAsync } = await import("./chunks/lint-I2ASGANJ.mjs");
  const classifiers = Object.entries(config.classify ?? {}).map(([glob, kind]) => ({ match: pathMatcher([glob]), kind }));
  const lintOpts = {
    ...values["var-file"] ?? config.varFiles ? { varFiles: values["var-file"] ?? config.varFiles ?? [] } : {},
    ...config.ignores ? { ignores: config.ignores } : {},
    ...classifiers.length ? { classify: (p) => classifiers.find((c) => c.match(p))?.kind } : {},
    ...partition ? { partition } : {},
    ...values.parameters ?? config.parameters ? { parameterFiles: values.parameters ?? config.parameters ?? [], warn: (m) => io.stderr(`flowlog-lint: warning: ${m}
`) } : {},
    paths: targets,
    cwd: process.cwd(),
    accountIds,
    organization,
    severities,
    ...maxFileSize ? { maxFileSize } : {},
    ...debug ? { debug } : {},
    // Parallel linting (src/engine/parallel.ts) keeps no model: one thread where the model is used.
    ...values.fix || values["fix-dry-run"] || command === "graph" || format === "markdown" || format === "html" ? { threads: 1 } : values.threads !== void 0 ? { threads: positiveInt(values.threads, "--threads") } : {}
  };
  let out = await lintAsync(lintOpts);
  if (values.fix || values["fix-dry-run"]) {
    const { planBucketPolicyFixes } = await import("./chunks/bucket-policy-AXQDE3S7.mjs");
    const { withoutDuplicateKeyFiles, writeFixes } = await import("./chunks/write-7S6HUNRE.mjs");
    const say = (m) => io.stderr(`flowlog-lint: ${m}
`);
    const fixes = withoutDuplicateKeyFiles(planBucketPolicyFixes(out.model, accountIds, organization), out.model, say);
    if (values["fix-dry-run"]) {
      const { createTwoFilesPatch } = await import("diff");
      for (const f of fixes)
        io.stdout(createTwoFilesPatch(`a/${f.path}`, `b/${f.path}`, f.before, f.after, void 0, void 0, { context: 3 }));
      await printSnippets(out.model, accountIds, io, fixes.length, organization);
      return 0;
    }
    await printSnippets(out.model, accountIds, io, fixes.length, organization);
    if (!writeFixes(fixes, { cwd: process.cwd(), roots: targets }, say))
      return 2;
    if (fixes.length)
      out = await lintAsync(lintOpts);
  }
  const overrides = (config.overrides ?? []).map((o) => ({ match: pathMatcher(o.files), rules: o.rules }));
  let results = out.results;
  if (overrides.length) {
    results = results.flatMap((r) => {
      let sev;
      for (const o of overrides)
        if (r.file && o.match(r.file) && o.rules[r.ruleId])
          sev = severityOf(o.rules[r.ruleId]);
      if (sev === "off")
        return [];
      return sev && r.status === "fail" ? [{ ...r, severity: sev }] : [r];
    });
    out.results = results;
  }
  const baselineFile = values.baseline ?? (values["update-baseline"] ? ".flowlog-lint-baseline.json" : void 0);
  if (baselineFile) {
    const { applyBaseline, readBaseline, writeBaseline, BaselineError } = await import("./chunks/baseline-WYVBBHBV.mjs");
    if (values["update-baseline"]) {
      const n = writeBaseline(baselineFile, results);
      io.stderr(`flowlog-lint: wrote ${n} finding(s) to ${baselineFile}
`);
      return out.inputErrors ? 2 : 0;
    }
    try {
      results = applyBaseline(results, readBaseline(baselineFile), baselineFile);
    } catch (e) {
      if (e instanceof BaselineError) {
        io.stderr(`flowlog-lint: ${e.message}
`);
        return 2;
      }
      throw e;
    }
    const { sortResults } = await import("./chunks/lint-I2ASGANJ.mjs");
    results = sortResults(results);
    out.results = results;
  }
  if (values.quiet)
    results = results.filter((r) => r.severity === "error");
  const rep = { results, files: out.files, skipped: out.skipped, empty: out.empty, resources: out.resources, checks: out.checks, toolVersion: version() };
  const tty = values.output ? false : process.stdout.isTTY === true;
  const color = values["no-color"] ? false : values.color ? true : tty && !process.env.NO_COLOR;
  const { buildChainGraph } = await import("./chunks/chain-76PIRUVC.mjs");
  const graph = () => buildChainGraph(out.model, accountIds, out.results);
  let text;
  if (command === "graph") {
    const g = await import("./chunks/command-JRMJ2NUS.mjs");
    text = g.graphText(graph(), values["graph-format"]);
    io.stderr(g.inputErrors(out.results));
  } else
    text = await (await import("./chunks/registry-TYL76O25.mjs")).formatReport(format, { rep, color, graph });
  if (values.output) {
    const { writeOutput } = await import("./chunks/output-6ZVXIYSH.mjs");
    const problem = writeOutput(values.output, text);
    if (problem) {
      io.stderr(`flowlog-lint: ${problem}
`);
      return 2;
    }
  } else
    io.stdout(text);
  if (out.inputErrors)
    return 2;
  if (command === "graph")
    return 0;
  if (out.empty && (values["fail-on-empty"] ?? config.failOnEmpty)) {
    io.stderr("flowlog-lint: no flow-log inputs found (--fail-on-empty)\n");
    return 2;
  }
  const active = out.results.filter((r) => !r.suppressed);
  const errors = active.filter((r) => r.severity === "error").length;
  const warnings = active.filter((r) => r.severity === "warning").length;
  if (errors > 0)
    return 1;
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr(`flowlog-lint: ${warnings} warning(s), more than --max-warnings ${maxWarnings} allows
`);
    return 1;
  }
  return 0;
}
async function printSnippets(model, accountIds, io, fixed, org) {
  const { suggestSnippets } = await import("./chunks/snippet-MOHOYUGL.mjs");
  const snippets = suggestSnippets(model, accountIds, org);
  for (const sn of snippets)
    io.stderr(`flowlog-lint: ${sn.where}: --fix edits standalone JSON policy files only; ${sn.what}:
${sn.text.replace(/^/gm, "    ")}
`);
  if (!fixed && !snippets.length)
    io.stderr("flowlog-lint: nothing to fix\n");
}
function withoutMergeArgs(argv, paths, values) {
  const drop = /* @__PURE__ */ new Set(["merge", "--format", "-f", "--output", "-o", ...paths, ...values.filter((v) => v !== void 0)]);
  return argv.filter((a) => !drop.has(a) && !/^--(format|output)=/.test(a));
}
async function merge(paths, format, output, io, snapshotReport) {
  const { mergeReports, MergeError } = await import("./chunks/merge-5PPCZ3TH.mjs");
  let merged;
  try {
    merged = mergeReports(paths, snapshotReport);
  } catch (e) {
    if (e instanceof MergeError) {
      io.stderr(`flowlog-lint: ${e.message}
`);
      return 2;
    }
    throw e;
  }
  const rep = { ...merged, toolVersion: version() };
  const { formatReport, isFormat } = await import("./chunks/registry-TYL76O25.mjs");
  if (!isFormat(format))
    throw new UsageError(`unknown format "${format}"`);
  const text = await formatReport(format, { rep, color: false });
  if (output) {
    const { writeOutput } = await import("./chunks/output-6ZVXIYSH.mjs");
    const problem = writeOutput(output, text);
    if (problem) {
      io.stderr(`flowlog-lint: ${problem}
`);
      return 2;
    }
  } else
    io.stdout(text);
  const active = rep.results.filter((r) => !r.suppressed);
  return active.some((r) => r.ruleId === "parse-error") ? 2 : active.some((r) => r.severity === "error") ? 1 : 0;
}
async function init(io) {
  const target = join(process.cwd(), ".flowloglintrc.json");
  if (existsSync(target)) {
    io.stderr("flowlog-lint: .flowloglintrc.json already exists; not overwritten\n");
    return 2;
  }
  const starter = {
    $schema: "./node_modules/flowlog-lint/schemas/config.schema.json",
    accounts: [],
    rules: { "flow-log/accept-only": "warn" },
    ignores: ["cdk.out/asset.*"],
    overrides: [{ files: ["examples/**"], rules: { "vpc/flow-logs-enabled": "off" } }]
  };
  writeFileSync(target, `${JSON.stringify(starter, null, 2)}
`);
  io.stdout("wrote .flowloglintrc.json\n");
  return 0;
}
async function listRules(io) {
  const { RULES, PARSE_ERROR, SUPPRESSION_RESULTS } = await import("./chunks/rules-KOCF23MQ.mjs");
  const metas = [...RULES.map((r) => r.meta), PARSE_ERROR, ...SUPPRESSION_RESULTS];
  const w = Math.max(...metas.map((m) => m.id.length));
  for (const m of metas)
    io.stdout(`${m.id.padEnd(w)}  ${m.severity.padEnd(7)}  ${m.description}
`);
  return 0;
}
async function explain(id, io) {
  if (!id)
    throw new UsageError("explain needs a rule ID, e.g. flowlog-lint explain bucket-policy/acl-check");
  const { RULES, PARSE_ERROR, SUPPRESSION_RESULTS } = await import("./chunks/rules-KOCF23MQ.mjs");
  const meta = [...RULES.map((r) => r.meta), PARSE_ERROR, ...SUPPRESSION_RESULTS].find((m) => m.id === id);
  if (!meta)
    throw new UsageError(`unknown rule "${id}" (see 'flowlog-lint rules')`);
  const file = join(packageRoot(), "docs", "rules", `${id}.md`);
  if (existsSync(file))
    io.stdout(readFileSync(file, "utf8"));
  else
    io.stdout(`${meta.id} (${meta.severity})

${meta.description}

Source: ${meta.source}
`);
  return 0;
}
function positiveInt(v, name) {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`${name} takes a positive whole number`);
  return n;
}
export {
  main
};
