import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  UsageError,
  checkMode,
  parseCommandLine
} from "./chunks/chunk-M3F62DA2.mjs";
import {
  writeFileNoFollow
} from "./chunks/chunk-3MAMLASU.mjs";
import {
  packageRoot
} from "./chunks/chunk-Z7AWTSGF.mjs";
import "./chunks/chunk-S3OQVVMT.mjs";

// dist/src/cli.js
import { existsSync, lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
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
  const { values, positionals } = parseCommandLine(argv);
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
  checkMode(command, rest, values);
  const defaultFormat = command === "merge" ? "json" : "stylish";
  if (command === "merge") {
    const { mergeStep } = await import("./chunks/merge-5HRK7OQ5.mjs");
    const m = await mergeStep(argv, rest, values, version(), io, run);
    if ("exit" in m)
      return m.exit;
    targets = m.targets;
  }
  if (command === "audit") {
    const { auditStep } = await import("./chunks/audit-HC3MYQGB.mjs");
    const snapshot = await auditStep(values, version(), io);
    if (typeof snapshot === "number")
      return snapshot;
    targets = [snapshot];
  }
  const { resolveSettings } = await import("./chunks/settings-PDW7FSUP.mjs");
  const settings = await resolveSettings(values, command, defaultFormat, io);
  if (typeof settings === "number")
    return settings;
  const { lintStep } = await import("./chunks/lint-run-4DQUITVH.mjs");
  return lintStep({ command, targets, values, settings, toolVersion: version() }, io);
}
function init(io) {
  const target = join(process.cwd(), ".flowloglintrc.json");
  if (existsSync(target) || lstatSync(target, { throwIfNoEntry: false })) {
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
  try {
    writeFileNoFollow(target, `${JSON.stringify(starter, null, 2)}
`, true);
  } catch (e) {
    io.stderr(`flowlog-lint: .flowloglintrc.json: cannot write (${e.code ?? e.message})
`);
    return 2;
  }
  io.stdout("wrote .flowloglintrc.json\n");
  return 0;
}
async function listRules(io) {
  const metas = await (await import("./chunks/registry-B7AGDBWX.mjs")).ruleMetas();
  const w = Math.max(...metas.map((m) => m.id.length));
  for (const m of metas)
    io.stdout(`${m.id.padEnd(w)}  ${m.severity.padEnd(7)}  ${m.description}
`);
  return 0;
}
async function explain(id, io) {
  if (!id)
    throw new UsageError("explain needs a rule ID, e.g. flowlog-lint explain bucket-policy/acl-check");
  const meta = (await (await import("./chunks/registry-B7AGDBWX.mjs")).ruleMetas()).find((m) => m.id === id);
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
export {
  main
};
