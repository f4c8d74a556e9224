export const KIND_LABEL = {
    'flow-log': 'flow log',
    bucket: 'S3 bucket',
    'bucket-policy': 'bucket policy',
    'kms-key': 'KMS key',
    role: 'IAM role',
    'log-group': 'log group',
    firehose: 'Firehose stream',
    unresolved: 'unresolved',
};
export const COLOURS = {
    pass: { stroke: '#1a7f37', fill: '#e6f4ea' },
    fail: { stroke: '#cf222e', fill: '#ffebe9' },
    unverifiable: { stroke: '#9a6700', fill: '#fff8c5' },
};
/** The words on an edge: what it is, and for a failing or unverifiable one, why. */
export function edgeLabel(e) {
    if (e.outcome === 'pass')
        return e.relation;
    return `${e.outcome === 'fail' ? 'FAIL' : 'UNVERIFIABLE'}: ${e.notes.join(', ')}`;
}
/** Node text lines: kind, name, place, and rule IDs found on the resource itself. */
export function nodeLines(n) {
    const lines = [KIND_LABEL[n.kind], n.name];
    lines.push(n.inScan ? n.where : 'not in scan');
    if (n.rules.length)
        lines.push(`${n.outcome === 'fail' ? 'FAIL' : 'UNVERIFIABLE'}: ${n.rules.join(', ')}`);
    return lines;
}
function layout(graph, chains) {
    const ids = new Map();
    const uses = new Map();
    for (const c of chains) {
        for (const k of c.nodes) {
            if (!ids.has(k))
                ids.set(k, `n${ids.size + 1}`);
            uses.set(k, (uses.get(k) ?? 0) + 1);
        }
    }
    const own = new Map();
    for (const c of chains)
        own.set(c, c.nodes.filter((k) => uses.get(k) === 1 || k === c.flowLog));
    const shared = [...ids.keys()].filter((k) => (uses.get(k) ?? 0) > 1 && graph.nodes.get(k)?.kind !== 'flow-log');
    const seen = new Set();
    const edges = [];
    for (const c of chains) {
        for (const e of c.edges) {
            const k = `${e.from}\u0000${e.to}\u0000${e.relation}`;
            if (seen.has(k))
                continue;
            seen.add(k);
            edges.push(e);
        }
    }
    return { ids, own, shared, edges };
}
/** Text inside a quoted Mermaid label: anything beyond plain ASCII words becomes an entity code
 * (`#35;`), so names cannot end the string or be read as markup. */
function mmText(s) {
    return s.replace(/[^A-Za-z0-9 ._:/,=+@()*-]/g, (c) => `#${c.codePointAt(0)};`);
}
/** Mermaid flowchart of the given chains (default: all). */
export function toMermaid(graph, chains = graph.chains) {
    const { ids, own, shared, edges } = layout(graph, chains);
    const out = ['flowchart LR'];
    for (const o of ['pass', 'fail', 'unverifiable']) {
        out.push(`  classDef ${o} fill:${COLOURS[o].fill},stroke:${COLOURS[o].stroke},color:#1f2328`);
    }
    out.push('  classDef missing fill:#f6f8fa,stroke:#59636e,stroke-dasharray:4 3,color:#1f2328');
    const nodeLine = (k) => {
        const n = graph.nodes.get(k);
        return `${ids.get(k)}["${nodeLines(n).map(mmText).join('<br/>')}"]`;
    };
    chains.forEach((c, i) => {
        out.push(`  subgraph c${i + 1}["${mmText(`flow log ${c.name}`)}"]`);
        for (const k of own.get(c) ?? [])
            out.push(`    ${nodeLine(k)}`);
        out.push('  end');
    });
    for (const k of shared)
        out.push(`  ${nodeLine(k)}`);
    const styles = [];
    edges.forEach((e, index) => {
        const arrow = e.outcome === 'fail' ? '==>' : e.outcome === 'unverifiable' ? '-.->' : '-->';
        out.push(`  ${ids.get(e.from)} ${arrow}|"${mmText(edgeLabel(e))}"| ${ids.get(e.to)}`);
        if (e.outcome !== 'pass')
            styles.push(`  linkStyle ${index} stroke:${COLOURS[e.outcome].stroke},stroke-width:${e.outcome === 'fail' ? 3 : 2}px`);
    });
    out.push(...styles);
    const byClass = new Map();
    for (const [k, id] of ids) {
        const n = graph.nodes.get(k);
        const cls = !n.inScan ? 'missing' : n.outcome;
        byClass.set(cls, [...(byClass.get(cls) ?? []), id]);
    }
    for (const cls of ['pass', 'fail', 'unverifiable', 'missing']) {
        const list = byClass.get(cls);
        if (list)
            out.push(`  class ${list.join(',')} ${cls}`);
    }
    return `${out.join('\n')}\n`;
}
function dotText(s) {
    return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, ' ');
}
/** Graphviz DOT of the given chains (default: all). */
export function toDot(graph, chains = graph.chains) {
    const { ids, own, shared, edges } = layout(graph, chains);
    const out = ['digraph flowlogs {', '  rankdir=LR;', '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];', '  edge [fontname="Helvetica", fontsize=9];'];
    const nodeLine = (k) => {
        const n = graph.nodes.get(k);
        const c = COLOURS[n.outcome];
        const style = n.inScan ? '"rounded,filled"' : '"rounded,filled,dashed"';
        return `${ids.get(k)} [label="${nodeLines(n).map(dotText).join('\\n')}", color="${n.inScan ? c.stroke : '#59636e'}", fillcolor="${n.inScan ? c.fill : '#f6f8fa'}", style=${style}];`;
    };
    chains.forEach((c, i) => {
        out.push(`  subgraph cluster_${i + 1} {`, `    label="${dotText(`flow log ${c.name}`)}";`, '    style=rounded;');
        for (const k of own.get(c) ?? [])
            out.push(`    ${nodeLine(k)}`);
        out.push('  }');
    });
    for (const k of shared)
        out.push(`  ${nodeLine(k)}`);
    for (const e of edges) {
        const style = e.outcome === 'fail' ? 'bold' : e.outcome === 'unverifiable' ? 'dashed' : 'solid';
        out.push(`  ${ids.get(e.from)} -> ${ids.get(e.to)} [label="${dotText(edgeLabel(e))}", color="${COLOURS[e.outcome].stroke}", fontcolor="${COLOURS[e.outcome].stroke}", style=${style}];`);
    }
    out.push('}');
    return `${out.join('\n')}\n`;
}
