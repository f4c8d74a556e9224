// A chain as inline SVG, laid out here (no renderer at view time): nodes in layers by longest path
// from the flow log, left to right; edges as curves with their label. Failing links are thick and
// red and say FAIL with the rule IDs; unverifiable ones are dashed and say so — never colour alone.
// Styling comes from classes (see the report's CSS), which keeps each diagram small: an org audit
// draws thousands of them.
import { escapeHtml } from '../report/escape.js';
import type { Chain, ChainGraph, GraphNode } from './chain.js';
import { edgeLabel, nodeLines } from './render.js';

const W = 190;
const GAP = 170;
const LINE = 14;
const PAD = 8;
const VGAP = 18;
const MAX_CHARS = 30;

const esc = escapeHtml;

function clip(s: string): string {
  return s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS - 1)}…` : s;
}

/** Arrow markers shared by every diagram of the page (ids are document-wide). */
export const SVG_DEFS =
  '<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>' +
  ['pass', 'fail', 'unverifiable'].map((o) => `<marker id="a-${o}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><path d="M0,0L10,5L0,10z" class="m-${o}"/></marker>`).join('') +
  '</defs></svg>';

export function chainSvg(graph: ChainGraph, chain: Chain): string {
  // Longest-path layers (the chain is a small DAG rooted at the flow log).
  const depth = new Map<string, number>([[chain.flowLog, 0]]);
  for (let round = 0; round < chain.nodes.length; round++) {
    let changed = false;
    for (const e of chain.edges) {
      const d = (depth.get(e.from) ?? 0) + 1;
      if ((depth.get(e.to) ?? -1) < d) {
        depth.set(e.to, d);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const columns: string[][] = [];
  for (const k of chain.nodes) (columns[depth.get(k) ?? 0] ??= []).push(k);
  const box = new Map<string, { x: number; y: number; h: number; lines: string[]; node: GraphNode }>();
  let height = 0;
  columns.forEach((col, ci) => {
    let y = PAD;
    for (const k of col) {
      const node = graph.nodes.get(k) as GraphNode;
      const lines = nodeLines(node);
      const h = lines.length * LINE + 2 * PAD;
      box.set(k, { x: PAD + ci * (W + GAP), y, h, lines, node });
      y += h + VGAP;
    }
    height = Math.max(height, y - VGAP + PAD);
  });
  const width = PAD * 2 + columns.length * W + (columns.length - 1) * GAP;
  // Edges that skip a layer run below the boxes they pass.
  const below = height + 10;
  if (chain.edges.some((e) => (depth.get(e.to) ?? 0) - (depth.get(e.from) ?? 0) > 1)) height += 60;
  const parts: string[] = [];
  for (const e of chain.edges) {
    const a = box.get(e.from);
    const b = box.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + W;
    const y1 = a.y + a.h / 2;
    const x2 = b.x;
    const y2 = b.y + b.h / 2;
    const mx = (x1 + x2) / 2;
    const label = edgeLabel(e);
    const [head, ...rest] = e.outcome === 'pass' ? [label] : [label.slice(0, label.indexOf(':')), ...e.notes];
    const skip = (depth.get(e.to) ?? 0) - (depth.get(e.from) ?? 0) > 1;
    const d = skip ? `M${a.x + W / 2},${a.y + a.h}C${a.x + W / 2},${below + 40} ${b.x + W / 2},${below + 40} ${b.x + W / 2},${b.y + b.h}` : `M${x1},${y1}C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
    const ly = skip ? below + 40 - rest.length * 11 : Math.min(y1, y2) - 7 - rest.length * 11;
    parts.push(
      `<g class="e ${e.outcome[0]}"><path d="${d}" marker-end="url(#a-${e.outcome})"/>` +
        `<text x="${mx}" y="${ly}">${esc(head)}${rest.map((r) => `<tspan x="${mx}" dy="11">${esc(clip(r))}</tspan>`).join('')}</text></g>`,
    );
  }
  for (const { x, y, h, lines, node } of box.values()) {
    const cls = node.inScan ? node.outcome[0] : 'x';
    parts.push(
      `<g class="n ${cls}"><title>${esc(lines.join('\n'))}</title><rect x="${x}" y="${y}" width="${W}" height="${h}" rx="6"/>` +
        `<text x="${x + PAD}" y="${y + PAD + 10}">${lines.map((l, i) => (i === 0 ? `<tspan class="k">${esc(clip(l))}</tspan>` : `<tspan x="${x + PAD}" dy="${LINE}">${esc(clip(l))}</tspan>`)).join('')}</text></g>`,
    );
  }
  const title = `Delivery chain of flow log ${chain.name}: ${chain.outcome}`;
  return `<svg class="chain-svg" viewBox="0 0 ${width} ${height}" width="${width}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`;
}
