import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  printConfig
} from "./chunk-YORZFFHG.mjs";
import {
  checkFormat
} from "./chunk-SYGR6OTG.mjs";
import {
  UsageError,
  applyRuleOptions,
  checkPartition,
  maxFileSizeOf,
  maxWarningsOf
} from "./chunk-M3F62DA2.mjs";
import {
  orgFromOptions
} from "./chunk-SJ5DMC32.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/cli/settings.js
async function resolveSettings(values, command, defaultFormat, io) {
  const loaded = await loadConfigFile(values, io);
  if (typeof loaded === "number")
    return loaded;
  const config = loaded.config;
  const accountIds = values["account-id"] ?? config.accounts ?? [];
  for (const a of accountIds)
    if (!/^\d{12}$/.test(a))
      throw new UsageError(`--account-id must be a 12-digit account ID, not "${a}"`);
  const organization = orgFromOptions(values["org-id"] ?? config.organization, values["org-path"] ?? config.organizationPaths ?? []);
  if ("error" in organization)
    throw new UsageError(organization.error);
  const format = values.format ?? defaultFormat;
  await checkFormat(format);
  if (command === "graph" && !["mermaid", "dot", void 0].includes(values["graph-format"]))
    throw new UsageError("--graph-format takes mermaid or dot");
  const maxWarnings = maxWarningsOf(values);
  const maxFileSize = maxFileSizeOf(values, config.maxFileSize);
  const { RULES } = await import("./rules-HEUMN6NL.mjs");
  const known = new Set(RULES.map((r) => r.meta.id));
  const { severityOf } = await import("./config-RFYPRMDO.mjs");
  const severities = configSeverities(loaded, known, severityOf, io);
  if (!severities)
    return 2;
  if (values["print-config"] !== void 0)
    return printConfig(values["print-config"], loaded, io);
  applyRuleOptions(values.rule ?? [], known, severities);
  const partition = values.partition ?? config.partition;
  checkPartition(partition);
  return { config, accountIds, organization, format, maxWarnings, maxFileSize, severities, partition };
}
async function loadConfigFile(values, io) {
  const { loadConfig, ConfigError } = await import("./config-RFYPRMDO.mjs");
  try {
    return await loadConfig(process.cwd(), values.config, { noJs: values["no-config-js"] === true, warn: (m) => io.stderr(`flowlog-lint: ${m}
`) });
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`flowlog-lint: ${e.message}
`);
      return 2;
    }
    throw e;
  }
}
function configSeverities(loaded, known, severityOf, io) {
  const { config } = loaded;
  const severities = /* @__PURE__ */ new Map();
  for (const [id, sev] of Object.entries(config.rules ?? {})) {
    if (!known.has(id)) {
      io.stderr(`flowlog-lint: ${loaded.file}: invalid configuration: unknown rule "rules.${id}" (see 'flowlog-lint rules')
`);
      return void 0;
    }
    severities.set(id, severityOf(sev));
  }
  for (const [i, o] of (config.overrides ?? []).entries()) {
    for (const id of Object.keys(o.rules)) {
      if (!known.has(id)) {
        io.stderr(`flowlog-lint: ${loaded.file}: invalid configuration: unknown rule "overrides.${i}.rules.${id}"
`);
        return void 0;
      }
    }
  }
  return severities;
}
export {
  resolveSettings
};
