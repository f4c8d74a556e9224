// `flowlog-lint graph`: the delivery chains of the scanned inputs as Mermaid (default) or DOT.
import type { ChainGraph } from './chain.js';
import { toDot, toMermaid } from './render.js';

export function graphText(graph: ChainGraph, format: string | undefined): string {
  if (graph.chains.length === 0) return format === 'dot' ? 'digraph flowlogs {\n}\n' : 'flowchart LR\n  none["no flow log found"]\n';
  return format === 'dot' ? toDot(graph) : toMermaid(graph);
}
