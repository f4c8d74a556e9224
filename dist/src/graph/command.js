import { toDot, toMermaid } from './render.js';
export function graphText(graph, format) {
    if (graph.chains.length === 0)
        return format === 'dot' ? 'digraph flowlogs {\n}\n' : 'flowchart LR\n  none["no flow log found"]\n';
    return format === 'dot' ? toDot(graph) : toMermaid(graph);
}
/** `file:line:col: message` for each input that could not be read or parsed. */
export function inputErrors(results) {
    return results
        .filter((r) => r.ruleId === 'parse-error')
        .map((r) => `flowlog-lint: ${r.file ?? r.source ?? ''}${r.line !== undefined ? `:${r.line}:${r.column ?? 1}` : ''}: ${r.message}\n`)
        .join('');
}
