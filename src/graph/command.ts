// `flowlog-lint graph`: the delivery chains of the scanned inputs as Mermaid (default) or DOT.
// Findings are not printed (that is the lint's job), but inputs that could not be read are, on
// standard error, so a missing chain is never silent.
import type { Result } from '../engine/types.js';
import type { ChainGraph } from './chain.js';
import { toDot, toMermaid } from './render.js';

export function graphText(graph: ChainGraph, format: string | undefined): string {
  if (graph.chains.length === 0) return format === 'dot' ? 'digraph flowlogs {\n}\n' : 'flowchart LR\n  none["no flow log found"]\n';
  return format === 'dot' ? toDot(graph) : toMermaid(graph);
}

/** `file:line:col: message` for each input that could not be read or parsed. */
export function inputErrors(results: readonly Result[]): string {
  return results
    .filter((r) => r.ruleId === 'parse-error')
    .map((r) => `flowlog-lint: ${r.file ?? r.source ?? ''}${r.line !== undefined ? `:${r.line}:${r.column ?? 1}` : ''}: ${r.message}\n`)
    .join('');
}
