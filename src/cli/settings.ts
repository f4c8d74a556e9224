// What a lint runs with: the config file, then the command line over it, checked. Config
// problems are printed and give exit 2; bad options throw UsageError.
import type { Config, LoadedConfig, SeverityName } from '../config.js';
import { orgFromOptions, type OrgContext } from '../model/org.js';
import { applyRuleOptions, checkPartition, maxFileSizeOf, maxWarningsOf, UsageError, type CliValues, type Io } from './options.js';
import { checkFormat } from './report.js';
import { printConfig } from './overrides.js';

type Severity = 'error' | 'warning' | 'info' | 'off';

export interface Settings {
  readonly config: Config;
  readonly accountIds: readonly string[];
  readonly organization: OrgContext;
  readonly format: string;
  readonly maxWarnings: number | undefined;
  readonly maxFileSize: number | undefined;
  readonly severities: Map<string, Severity>;
  readonly partition: string | undefined;
}

/** The settings, or the exit code when the run ends here (bad config, --print-config). */
export async function resolveSettings(values: CliValues, command: string | undefined, defaultFormat: string, io: Io): Promise<Settings | number> {
  const loaded = await loadConfigFile(values, io);
  if (typeof loaded === 'number') return loaded;
  const config = loaded.config;
  const accountIds = values['account-id'] ?? config.accounts ?? [];
  for (const a of accountIds) if (!/^\d{12}$/.test(a)) throw new UsageError(`--account-id must be a 12-digit account ID, not "${a}"`);
  const organization = orgFromOptions(values['org-id'] ?? config.organization, values['org-path'] ?? config.organizationPaths ?? []);
  if ('error' in organization) throw new UsageError(organization.error);
  const format = values.format ?? defaultFormat;
  await checkFormat(format);
  if (command === 'graph' && !['mermaid', 'dot', undefined].includes(values['graph-format'])) throw new UsageError('--graph-format takes mermaid or dot');
  const maxWarnings = maxWarningsOf(values);
  const maxFileSize = maxFileSizeOf(values, config.maxFileSize);
  const { RULES } = await import('../../rules/index.js');
  const known = new Set(RULES.map((r) => r.meta.id));
  const { severityOf } = await import('../config.js');
  const severities = configSeverities(loaded, known, severityOf, io);
  if (!severities) return 2;
  if (values['print-config'] !== undefined) return printConfig(values['print-config'], loaded, io);
  applyRuleOptions(values.rule ?? [], known, severities);
  const partition = values.partition ?? config.partition;
  checkPartition(partition);
  return { config, accountIds, organization, format, maxWarnings, maxFileSize, severities, partition };
}

async function loadConfigFile(values: CliValues, io: Io): Promise<LoadedConfig | number> {
  const { loadConfig, ConfigError } = await import('../config.js');
  try {
    return await loadConfig(process.cwd(), values.config, { noJs: values['no-config-js'] === true, warn: (m) => io.stderr(`flowlog-lint: ${m}\n`) });
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`flowlog-lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** The config's rule severities; undefined (after saying which) when it names an unknown rule. */
function configSeverities(loaded: LoadedConfig, known: ReadonlySet<string>, severityOf: (s: SeverityName) => Severity, io: Io): Map<string, Severity> | undefined {
  const { config } = loaded;
  const severities = new Map<string, Severity>();
  for (const [id, sev] of Object.entries(config.rules ?? {})) {
    if (!known.has(id)) {
      io.stderr(`flowlog-lint: ${loaded.file}: invalid configuration: unknown rule "rules.${id}" (see 'flowlog-lint rules')\n`);
      return undefined;
    }
    severities.set(id, severityOf(sev));
  }
  for (const [i, o] of (config.overrides ?? []).entries()) {
    for (const id of Object.keys(o.rules)) {
      if (!known.has(id)) {
        io.stderr(`flowlog-lint: ${loaded.file}: invalid configuration: unknown rule "overrides.${i}.rules.${id}"\n`);
        return undefined;
      }
    }
  }
  return severities;
}
