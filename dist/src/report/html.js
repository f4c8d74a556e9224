// `--format html`: one self-contained page for audits and CI artifacts. Everything is inline (styles,
// the small filter script, diagrams drawn here as SVG): it opens offline, loads nothing, uses the
// system fonts, prints (print CSS) and reads on a phone. Sections: summary counts, the account ×
// region matrix of live audits, the findings table with filters, and each flow log's chain.
import { escapeHtml } from './escape.js';
import { SVG_DEFS, chainSvg } from '../graph/svg.js';
import { counts } from './json.js';
import { DEFAULT_DOCS_BASE } from './sarif.js';
const esc = escapeHtml;
function placeOf(r) {
    const m = r.source ? /^aws:([^:]*):(.*)$/.exec(r.source) : null;
    const where = r.file ? (r.line !== undefined ? `${r.file}:${r.line}` : r.file) : (r.source ?? '');
    return { account: m?.[1] ?? '', region: m?.[2] ?? '', where };
}
const CSS = `
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
// Filters rows of the findings table and the chain sections by the chosen values; no library.
const SCRIPT = `
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
    return `${n} ${w}${n === 1 ? '' : 's'}`;
}
function select(name, label, values) {
    const opts = [...new Set(values)].filter(Boolean).sort();
    return `<label>${esc(label)}<select name="${name}" aria-label="Filter by ${esc(label.toLowerCase())}"><option value="">all</option>${opts.map((v) => `<option>${esc(v)}</option>`).join('')}</select></label>`;
}
/** Account × region: flow logs found, chains failing, chains unverifiable, findings. */
function matrix(results, chains) {
    const cells = new Map();
    const cell = (a, r) => {
        const k = `${a}\u0000${r}`;
        let c = cells.get(k);
        if (!c)
            cells.set(k, (c = { flowLogs: 0, failing: 0, unverifiable: 0, findings: 0 }));
        return c;
    };
    for (const c of chains ?? []) {
        if (!c.account)
            continue;
        const x = cell(c.account, c.region ?? '');
        x.flowLogs++;
        if (c.outcome === 'fail')
            x.failing++;
        if (c.outcome === 'unverifiable')
            x.unverifiable++;
    }
    for (const r of results) {
        const p = placeOf(r);
        if (p.account)
            cell(p.account, p.region).findings++;
    }
    if (cells.size === 0)
        return '';
    const accounts = [...new Set([...cells.keys()].map((k) => k.split('\u0000')[0]))].sort();
    const regions = [...new Set([...cells.keys()].map((k) => k.split('\u0000')[1]))].sort();
    const head = `<tr><th>Account</th>${regions.map((r) => `<th>${esc(r)}</th>`).join('')}</tr>`;
    const body = accounts
        .map((a) => {
        const tds = regions.map((r) => {
            const c = cells.get(`${a}\u0000${r}`);
            if (!c)
                return '<td>–</td>';
            const cls = c.failing ? ' class="bad"' : c.unverifiable ? ' class="unk"' : '';
            const found = chains ? `${c.flowLogs} found` : 'flow logs: see snapshot';
            return `<td${cls}>${found}<br>${c.failing} failing · ${c.unverifiable} unverifiable<br><span class="count">${plural(c.findings, 'finding')}</span></td>`;
        });
        return `<tr><th>${esc(a)}</th>${tds.join('')}</tr>`;
    })
        .join('');
    return `<h2 id="matrix">Accounts × regions</h2><div class="wrap"><table class="matrix">${head}${body}</table></div>`;
}
export function formatHtml(rep, _rules, opts = {}) {
    const docsBase = (opts.docsBase ?? DEFAULT_DOCS_BASE).replace(/\/+$/, '');
    const c = counts(rep.results);
    const active = rep.results.filter((r) => !r.suppressed);
    const infos = active.filter((r) => r.severity === 'info').length;
    const unverifiable = active.filter((r) => r.status === 'unverifiable').length;
    const chains = opts.graph?.chains;
    const chainCount = (o) => (chains ?? []).filter((x) => x.outcome === o).length;
    const card = (n, label, cls = '') => `<div class="card ${cls}"><b>${n}</b>${esc(label)}</div>`;
    const cards = [
        card(c.errors, plural(c.errors, 'error').replace(/^\d+ /, ''), c.errors ? 'fail' : 'pass'),
        card(c.warnings, plural(c.warnings, 'warning').replace(/^\d+ /, ''), c.warnings ? 'unv' : 'pass'),
        card(infos, 'info'),
        card(unverifiable, 'unverifiable', unverifiable ? 'unv' : ''),
        card(c.suppressed, 'suppressed'),
        card(rep.files, plural(rep.files, 'file').replace(/^\d+ /, '')),
        card(rep.resources, plural(rep.resources, 'resource').replace(/^\d+ /, '')),
        ...(chains ? [card(chains.length, 'flow logs'), card(chainCount('fail'), 'chains failing', chainCount('fail') ? 'fail' : 'pass'), card(chainCount('unverifiable'), 'chains unverifiable', chainCount('unverifiable') ? 'unv' : '')] : []),
    ];
    const rows = active.map((r) => {
        const p = placeOf(r);
        const href = `${docsBase}/${r.ruleId.split('/').map(encodeURIComponent).join('/')}.md`;
        return (`<tr data-rule="${esc(r.ruleId)}" data-severity="${r.severity}" data-account="${esc(p.account)}" data-region="${esc(p.region)}" data-file="${esc(r.file ?? '')}">` +
            `<td class="sev-${r.severity}">${r.severity}${r.status === 'unverifiable' ? ' (unverifiable)' : ''}</td><td class="rule"><a href="${esc(href)}"><code>${esc(r.ruleId)}</code></a></td>` +
            `<td><code>${esc(p.where)}</code></td><td>${r.resource ? `<code>${esc(r.resource)}</code>` : ''}</td><td class="msg">${esc(r.message)}</td></tr>`);
    });
    const filters = `<div class="filters noprint">${select('rule', 'Rule', active.map((r) => r.ruleId))}${select('severity', 'Severity', active.map((r) => r.severity))}` +
        `${select('account', 'Account', [...active.map((r) => placeOf(r).account), ...(chains ?? []).map((x) => x.account ?? '')])}` +
        `${select('region', 'Region', [...active.map((r) => placeOf(r).region), ...(chains ?? []).map((x) => x.region ?? '')])}` +
        `${select('file', 'File', [...active.map((r) => r.file ?? ''), ...(chains ?? []).map((x) => x.file ?? '')])}<span class="count" id="shown"></span></div>`;
    const table = active.length
        ? `<div class="wrap"><table id="findings"><thead><tr><th>Severity</th><th>Rule</th><th>Location</th><th>Resource</th><th>Message</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
        : `<p id="findings">No problems found${c.suppressed ? ` (${c.suppressed} suppressed)` : ''}.</p>`;
    let chainHtml = '';
    if (opts.graph) {
        const g = opts.graph;
        // Failing chains first, then unverifiable, then passing: what needs a look comes first.
        const order = { fail: 0, unverifiable: 1, pass: 2 };
        const sorted = [...g.chains].sort((a, b) => order[a.outcome] - order[b.outcome]);
        const sections = sorted.map((ch) => {
            const rules = new Set();
            for (const e of ch.edges)
                for (const n of e.notes)
                    if (n.includes('/'))
                        rules.add(n);
            for (const k of ch.nodes)
                for (const r of g.nodes.get(k)?.rules ?? [])
                    rules.add(r);
            return (`<section class="chain ${ch.outcome}" data-rules="${esc([...rules].sort().join(' '))}" data-account="${esc(ch.account ?? '')}" data-region="${esc(ch.region ?? '')}" data-file="${esc(ch.file ?? '')}">` +
                `<h3>${esc(ch.name)} <span class="badge ${ch.outcome}">${ch.outcome}</span></h3><div class="where">${esc(ch.where)}</div>${chainSvg(g, ch)}</section>`);
        });
        chainHtml =
            `<h2 id="chains">Delivery chains</h2><p class="count">One diagram per flow log. Red, thick, labelled FAIL: a broken link, with the rule IDs. Dashed, labelled UNVERIFIABLE: not provable from the inputs. Dashed grey boxes: resources not in the scan.</p>` +
                (sections.length ? sections.join('') : '<p>No flow log found.</p>');
    }
    const title = `flowlog-lint report: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}`;
    return (`<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">` +
        `<title>${esc(title)}</title><style>${CSS}</style></head><body>${SVG_DEFS}` +
        `<h1>${esc(title)}</h1><p class="count">flowlog-lint ${esc(rep.toolVersion)}</p><div class="cards">${cards.join('')}</div>` +
        matrix(active, chains) +
        `<h2 id="findings-h">Findings</h2>${filters}${table}${chainHtml}<script>${SCRIPT}</script></body></html>\n`);
}
