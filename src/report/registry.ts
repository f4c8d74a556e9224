// The one table of output formats, used by `lint`, `audit` and `merge` alike: a new format is a
// module in this folder plus one entry here. Each formatter is imported only when chosen, so the
// common path stays light.
import type { RuleMeta } from '../engine/types.js';
import type { ChainGraph } from '../graph/chain.js';
import type { Report } from './json.js';

export interface FormatInput {
  readonly rep: Report;
  /** Colour for terminal formats. */
  readonly color: boolean;
  /** The delivery chains, when the run has a model (file lint, audit, snapshot merge); undefined
   * for merged JSON reports, which carry results only. Computed only by formats that draw them. */
  readonly graph?: () => ChainGraph;
}

type Formatter = (input: FormatInput, rules: readonly RuleMeta[]) => Promise<string>;

const FORMATTERS: Record<string, Formatter> = {
  stylish: async ({ rep, color }) => (await import('./stylish.js')).formatStylish(rep, color),
  json: async ({ rep }) => (await import('./json.js')).formatJson(rep),
  sarif: async ({ rep }, rules) => (await import('./sarif.js')).formatSarif(rep, rules),
  junit: async ({ rep }, rules) => (await import('./junit.js')).formatJunit(rep, rules),
  github: async ({ rep }, rules) => (await import('./github.js')).formatGithub(rep, rules),
  markdown: async ({ rep, graph }, rules) => (await import('./markdown.js')).formatMarkdown(rep, rules, graph ? { graph: graph() } : {}),
  html: async ({ rep, graph }, rules) => (await import('./html.js')).formatHtml(rep, rules, graph ? { graph: graph() } : {}),
};

export const FORMATS: readonly string[] = Object.keys(FORMATTERS);

export function isFormat(name: string): boolean {
  return Object.hasOwn(FORMATTERS, name);
}

/** Every result descriptor: the rules, then the results that are not rules (parse errors,
 * suppression problems). */
export async function ruleMetas(): Promise<RuleMeta[]> {
  const { RULES, PARSE_ERROR, SUPPRESSION_RESULTS } = await import('../../rules/index.js');
  return [...RULES.map((r) => r.meta), PARSE_ERROR, ...SUPPRESSION_RESULTS];
}

export async function formatReport(name: string, input: FormatInput): Promise<string> {
  const f = FORMATTERS[name];
  if (!f) throw new Error(`unknown format "${name}"`);
  return f(input, await ruleMetas());
}
