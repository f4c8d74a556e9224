import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  edgeLabel,
  nodeLines
} from "./chunk-TPFGJ5YB.mjs";
import {
  DEFAULT_DOCS_BASE
} from "./chunk-RSNXDIDU.mjs";
import "./chunk-4NVFKBY2.mjs";
import "./chunk-B5YSNK2V.mjs";
import "./chunk-O3US66JJ.mjs";
import "./chunk-RXFJR46R.mjs";
import "./chunk-L3U4QQF4.mjs";
import "./chunk-EYGGUHXL.mjs";
import "./chunk-3VIJNASO.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-NC6JVQ5I.mjs";
import "./chunk-AZMZFJYR.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-Z7AWTSGF.mjs";
import {
  counts
} from "./chunk-YBBCWRX7.mjs";
import {
  escapeHtml
} from "./chunk-VKEVNBG2.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/graph/svg.js
var W = 190;
var GAP = 170;
var LINE = 14;
var PAD = 8;
var VGAP = 18;
var MAX_CHARS = 30;
var esc = escapeHtml;
function clip(s) {
  return s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS - 1)}\u2026` : s;
}
var SVG_DEFS = '<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>' + ["pass", "fail", "unverifiable"].map((o) => `<marker id="a-${o}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><path d="M0,0L10,5L0,10z" class="m-${o}"/></marker>`).join("") + "</defs></svg>";
function chainSvg(graph, chain) {
  const depth = /* @__PURE__ */ new Map([[chain.flowLog, 0]]);
  for (let round = 0; round < chain.nodes.length; round++) {
    let changed = false;
    for (const e of chain.edges) {
      const d = (depth.get(e.from) ?? 0) + 1;
      if ((depth.get(e.to) ?? -1) < d) {
        depth.set(e.to, d);
        changed = true;
      }
    }
    if (!changed)
      break;
  }
  const columns = [];
  for (const k of chain.nodes)
    (columns[depth.get(k) ?? 0] ??= []).push(k);
  const box = /* @__PURE__ */ new Map();
  let height = 0;
  columns.forEach((col, ci) => {
    let y = PAD;
    for (const k of col) {
      const node = graph.nodes.get(k);
      const lines = nodeLines(node);
      const h = lines.length * LINE + 2 * PAD;
      box.set(k, { x: PAD + ci * (W + GAP), y, h, lines, node });
      y += h + VGAP;
    }
    height = Math.max(height, y - VGAP + PAD);
  });
  const width = PAD * 2 + columns.length * W + (columns.length - 1) * GAP;
  const below = height + 10;
  if (chain.edges.some((e) => (depth.get(e.to) ?? 0) - (depth.get(e.from) ?? 0) > 1))
    height += 60;
  const parts = [];
  for (const e of chain.edges) {
    const a = box.get(e.from);
    const b = box.get(e.to);
    if (!a || !b)
      continue;
    const x1 = a.x + W;
    const y1 = a.y + a.h / 2;
    const x2 = b.x;
    const y2 = b.y + b.h / 2;
    const mx = (x1 + x2) / 2;
    const label = edgeLabel(e);
    const [head, ...rest] = e.outcome === "pass" ? [label] : [label.slice(0, label.indexOf(":")), ...e.notes];
    const skip = (depth.get(e.to) ?? 0) - (depth.get(e.from) ?? 0) > 1;
    const d = skip ? `M${a.x + W / 2},${a.y + a.h}C${a.x + W / 2},${below + 40} ${b.x + W / 2},${below + 40} ${b.x + W / 2},${b.y + b.h}` : `M${x1},${y1}C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
    const ly = skip ? below + 40 - rest.length * 11 : Math.min(y1, y2) - 7 - rest.length * 11;
    parts.push(`<g class="e ${e.outcome[0]}"><path d="${d}" marker-end="url(#a-${e.outcome})"/><text x="${mx}" y="${ly}">${esc(head)}${rest.map((r) => `<tspan x="${mx}" dy="11">${esc(clip(r))}</tspan>`).join("")}</text></g>`);
  }
  for (const { x, y, h, lines, node } of box.values()) {
    const cls = node.inScan ? node.outcome[0] : "x";
    parts.push(`<g class="n ${cls}"><title>${esc(lines.join("\n"))}</title><rect x="${x}" y="${y}" width="${W}" height="${h}" rx="6"/><text x="${x + PAD}" y="${y + PAD + 10}">${lines.map((l, i) => i === 0 ? `<tspan class="k">${esc(clip(l))}</tspan>` : `<tspan x="${x + PAD}" dy="${LINE}">${esc(clip(l))}</tspan>`).join("")}</text></g>`);
  }
  const title = `Delivery chain of flow log ${chain.name}: ${chain.outcome}`;
  return `<svg class="chain-svg" viewBox="0 0 ${width} ${height}" width="${width}" role="img" aria-label="${esc(title)}">${parts.join("")}</svg>`;
}

// dist/src/report/html.js
var esc2 = escapeHtml;
function placeOf(r) {
  const m = r.source ? /^aws:([^:]*):(.*)$/.exec(r.source) : null;
  const where = r.file ? r.line !== void 0 ? `${r.file}:${r.line}` : r.file : r.source ?? "";
  return { account: m?.[1] ?? "", region: m?.[2] ?? "", where };
}
var CSS = `
:root{--fail:#cf222e;--unv:#9a6700;--pass:#1a7f37;--bg:#fff;--fg:#1f2328;--mut:#59636e;--line:#d1d9e0}
*{box-sizing:border-box}
body{margin:0;padding:16px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:24px 0 8px;border-bottom:1px solid var(--line)}h3{font-size:15px;margin:0}
.cards{display:flex;flex-wrap:wrap;gap:8px}.card{border:1px solid var(--line);border-radius:6px;padding:6px 12px;min-width:110px}
.card b{display:block;font-size:20px}.card.fail b{color:var(--fail)}.card.unv b{color:var(--unv)}.card.pass b{color:var(--pass)}
.wrap{overflow-x:auto}table{border-collapse:collapse;width:100%}th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.msg{min-width:260px}td.rule code{white-space:nowrap;word-break:normal}code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
.sev-error{color:var(--fail);font-weight:600}.sev-warning{color:var(--unv);font-weight:600}
.filters{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--mut)}
.filters select{font:inherit;max-width:260px}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;border:1px solid}
.badge.fail{color:var(--fail)}.badge.unverifiable{color:var(--unv)}.badge.pass{color:var(--pass)}
.chain{border:1px solid var(--line);border-radius:6px;padding:8px;margin:8px 0;content-visibility:auto;contain-intrinsic-size:auto 220px}
.chain.fail{border-left:4px solid var(--fail)}.chain.unverifiable{border-left:4px solid var(--unv)}
.chain .where{color:var(--mut);font-size:12px}.chain-svg{max-width:100%;height:auto;display:block;margin-top:6px}
.n rect{stroke-width:1.5}.n text{font-size:11px;fill:var(--fg)}.n .k{font-weight:600;fill:var(--mut)}
.n.p rect{fill:#e6f4ea;stroke:var(--pass)}.n.f rect{fill:#ffebe9;stroke:var(--fail);stroke-width:2.5}.n.u rect{fill:#fff8c5;stroke:var(--unv)}
.n.x rect{fill:#f6f8fa;stroke:var(--mut);stroke-dasharray:4 3}
.e path{fill:none}.e text{font-size:10px;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}.e.p path{stroke:var(--pass);stroke-width:1.5}.e.p text{fill:var(--mut)}
.e.f path{stroke:var(--fail);stroke-width:3.5}.e.f text{fill:var(--fail);font-weight:700}
.e.u path{stroke:var(--unv);stroke-width:2;stroke-dasharray:6 4}.e.u text{fill:var(--unv);font-weight:600}
.m-pass{fill:var(--pass)}.m-fail{fill:var(--fail)}.m-unverifiable{fill:var(--unv)}
.matrix td{text-align:center}.matrix td.bad{background:#ffebe9}.matrix td.unk{background:#fff8c5}
.hidden{display:none}.count{color:var(--mut);font-size:12px}
@media (max-width:640px){body{padding:8px}td,th{font-size:12px;padding:3px}.card{min-width:90px}}
@media print{.filters,.noprint{display:none}.chain{content-visibility:visible;break-inside:avoid}body{padding:0}a{color:inherit;text-decoration:none}}
`;
var SCRIPT = `
(function(){
  var sel=document.querySelectorAll('.filters select');
  var rows=document.querySelectorAll('#findings tbody tr');
  var chains=document.querySelectorAll('section.chain');
  var out=document.getElementById('shown');
  function apply(){
    var want={};sel.forEach(function(s){if(s.value)want[s.name]=s.value;});
    var n=0;
    rows.forEach(function(r){var ok=true;for(var k in want){if(r.dataset[k]!==want[k]){ok=false;break;}}r.classList.toggle('hidden',!ok);if(ok)n++;});
    if(out)out.textContent=n+' of '+rows.length+' shown';
    chains.forEach(function(c){var ok=true;
      if(want.rule&&(' '+c.dataset.rules+' ').indexOf(' '+want.rule+' ')<0)ok=false;
      if(want.account&&c.dataset.account!==want.account)ok=false;
      if(want.region&&c.dataset.region!==want.region)ok=false;
      if(want.file&&c.dataset.file!==want.file)ok=false;
      c.classList.toggle('hidden',!ok);});
  }
  sel.forEach(function(s){s.addEventListener('change',apply);});
  apply();
})();
`;
function plural(n, w) {
  return `${n} ${w}${n === 1 ? "" : "s"}`;
}
function select(name, label, values) {
  const opts = [...new Set(values)].filter(Boolean).sort();
  return `<label>${esc2(label)}<select name="${name}" aria-label="Filter by ${esc2(label.toLowerCase())}"><option value="">all</option>${opts.map((v) => `<option>${esc2(v)}</option>`).join("")}</select></label>`;
}
function matrix(results, chains) {
  const cells = /* @__PURE__ */ new Map();
  const cell = (a, r) => {
    const k = `${a}\0${r}`;
    let c = cells.get(k);
    if (!c)
      cells.set(k, c = { flowLogs: 0, failing: 0, unverifiable: 0, findings: 0 });
    return c;
  };
  for (const c of chains ?? []) {
    if (!c.account)
      continue;
    const x = cell(c.account, c.region ?? "");
    x.flowLogs++;
    if (c.outcome === "fail")
      x.failing++;
    if (c.outcome === "unverifiable")
      x.unverifiable++;
  }
  for (const r of results) {
    const p = placeOf(r);
    if (p.account)
      cell(p.account, p.region).findings++;
  }
  if (cells.size === 0)
    return "";
  const accounts = [...new Set([...cells.keys()].map((k) => k.split("\0")[0]))].sort();
  const regions = [...new Set([...cells.keys()].map((k) => k.split("\0")[1]))].sort();
  const head = `<tr><th>Account</th>${regions.map((r) => `<th>${esc2(r)}</th>`).join("")}</tr>`;
  const body = accounts.map((a) => {
    const tds = regions.map((r) => {
      const c = cells.get(`${a}\0${r}`);
      if (!c)
        return "<td>\u2013</td>";
      const cls = c.failing ? ' class="bad"' : c.unverifiable ? ' class="unk"' : "";
      const found = chains ? `${c.flowLogs} found` : "flow logs: see snapshot";
      return `<td${cls}>${found}<br>${c.failing} failing \xB7 ${c.unverifiable} unverifiable<br><span class="count">${plural(c.findings, "finding")}</span></td>`;
    });
    return `<tr><th>${esc2(a)}</th>${tds.join("")}</tr>`;
  }).join("");
  return `<h2 id="matrix">Accounts \xD7 regions</h2><div class="wrap"><table class="matrix">${head}${body}</table></div>`;
}
function formatHtml(rep, _rules, opts = {}) {
  const docsBase = (opts.docsBase ?? DEFAULT_DOCS_BASE).replace(/\/+$/, "");
  const c = counts(rep.results);
  const active = rep.results.filter((r) => !r.suppressed);
  const infos = active.filter((r) => r.severity === "info").length;
  const unverifiable = active.filter((r) => r.status === "unverifiable").length;
  const chains = opts.graph?.chains;
  const chainCount = (o) => (chains ?? []).filter((x) => x.outcome === o).length;
  const card = (n, label, cls = "") => `<div class="card ${cls}"><b>${n}</b>${esc2(label)}</div>`;
  const cards = [
    card(c.errors, plural(c.errors, "error").replace(/^\d+ /, ""), c.errors ? "fail" : "pass"),
    card(c.warnings, plural(c.warnings, "warning").replace(/^\d+ /, ""), c.warnings ? "unv" : "pass"),
    card(infos, "info"),
    card(unverifiable, "unverifiable", unverifiable ? "unv" : ""),
    card(c.suppressed, "suppressed"),
    card(rep.files, plural(rep.files, "file").replace(/^\d+ /, "")),
    card(rep.resources, plural(rep.resources, "resource").replace(/^\d+ /, "")),
    ...chains ? [card(chains.length, "flow logs"), card(chainCount("fail"), "chains failing", chainCount("fail") ? "fail" : "pass"), card(chainCount("unverifiable"), "chains unverifiable", chainCount("unverifiable") ? "unv" : "")] : []
  ];
  const rows = active.map((r) => {
    const p = placeOf(r);
    const href = `${docsBase}/${r.ruleId.split("/").map(encodeURIComponent).join("/")}.md`;
    return `<tr data-rule="${esc2(r.ruleId)}" data-severity="${r.severity}" data-account="${esc2(p.account)}" data-region="${esc2(p.region)}" data-file="${esc2(r.file ?? "")}"><td class="sev-${r.severity}">${r.severity}${r.status === "unverifiable" ? " (unverifiable)" : ""}</td><td class="rule"><a href="${esc2(href)}"><code>${esc2(r.ruleId)}</code></a></td><td><code>${esc2(p.where)}</code></td><td>${r.resource ? `<code>${esc2(r.resource)}</code>` : ""}</td><td class="msg">${esc2(r.message)}</td></tr>`;
  });
  const filters = `<div class="filters noprint">${select("rule", "Rule", active.map((r) => r.ruleId))}${select("severity", "Severity", active.map((r) => r.severity))}${select("account", "Account", [...active.map((r) => placeOf(r).account), ...(chains ?? []).map((x) => x.account ?? "")])}${select("region", "Region", [...active.map((r) => placeOf(r).region), ...(chains ?? []).map((x) => x.region ?? "")])}${select("file", "File", [...active.map((r) => r.file ?? ""), ...(chains ?? []).map((x) => x.file ?? "")])}<span class="count" id="shown"></span></div>`;
  const table = active.length ? `<div class="wrap"><table id="findings"><thead><tr><th>Severity</th><th>Rule</th><th>Location</th><th>Resource</th><th>Message</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>` : `<p id="findings">No problems found${c.suppressed ? ` (${c.suppressed} suppressed)` : ""}.</p>`;
  let chainHtml = "";
  if (opts.graph) {
    const g = opts.graph;
    const order = { fail: 0, unverifiable: 1, pass: 2 };
    const sorted = [...g.chains].sort((a, b) => order[a.outcome] - order[b.outcome]);
    const sections = sorted.map((ch) => {
      const rules = /* @__PURE__ */ new Set();
      for (const e of ch.edges)
        for (const n of e.notes)
          if (n.includes("/"))
            rules.add(n);
      for (const k of ch.nodes)
        for (const r of g.nodes.get(k)?.rules ?? [])
          rules.add(r);
      return `<section class="chain ${ch.outcome}" data-rules="${esc2([...rules].sort().join(" "))}" data-account="${esc2(ch.account ?? "")}" data-region="${esc2(ch.region ?? "")}" data-file="${esc2(ch.file ?? "")}"><h3>${esc2(ch.name)} <span class="badge ${ch.outcome}">${ch.outcome}</span></h3><div class="where">${esc2(ch.where)}</div>${chainSvg(g, ch)}</section>`;
    });
    chainHtml = `<h2 id="chains">Delivery chains</h2><p class="count">One diagram per flow log. Red, thick, labelled FAIL: a broken link, with the rule IDs. Dashed, labelled UNVERIFIABLE: not provable from the inputs. Dashed grey boxes: resources not in the scan.</p>` + (sections.length ? sections.join("") : "<p>No flow log found.</p>");
  }
  const title = `flowlog-lint report: ${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"><title>${esc2(title)}</title><style>${CSS}</style></head><body>${SVG_DEFS}<h1>${esc2(title)}</h1><p class="count">flowlog-lint ${esc2(rep.toolVersion)}</p><div class="cards">${cards.join("")}</div>` + matrix(active, chains) + `<h2 id="findings-h">Findings</h2>${filters}${table}${chainHtml}<script>${SCRIPT}</script></body></html>
`;
}
export {
  formatHtml
};
