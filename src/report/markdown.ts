// `--format markdown`: a summary fit for a pull-request comment (GitHub-flavoured Markdown):
// totals, the checks per rule, then the findings.
import type { CheckCounts, Result, RuleMeta } from '../engine/types.js';
import { escapeControls, guardCommandLines } from './escape.js';
import { counts, isEmptyRun, NO_INPUTS, type Report } from './json.js';
import { DEFAULT_DOCS_BASE } from './sarif.js';
import type { ChainGraph } from '../graph/chain.js';
import { failingChainsSection } from '../graph/markdown-section.js';

export interface MarkdownOptions {
  /** Base of the rule docs; rule names link to `${docsBase}/${id}.md`. */
  docsBase?: string;
  /** Show at most this many findings (a GitHub comment holds 65,536 characters); the rest are
   * counted in a line below the table. Default: all. */
  maxFindings?: number;
  /** The delivery chains: those with a failure are drawn (Mermaid) under the findings. */
  graph?: ChainGraph;
}

/** Escapes plain text for a table cell: the punctuation that is inline Markdown is backslash-escaped
 * (so `*` in an ARN is not emphasis, `<x>` is not HTML, `$…$` is not math, `|` does not end the
 * cell), `&` becomes `&amp;`, and line breaks become `<br>`. */
export function mdText(s: string): string {
  return escapeControls(s, '\r\n')
    .replace(/[\\`*_[\]<>|~$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A code span for a table cell: a fence longer than any backtick run inside, `|` escaped (GFM
 * splits table cells on `|` before parsing code spans), line breaks as spaces. */
export function mdCode(s: string): string {
  const t = escapeControls(s.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|'));
  if (t === '') return '';
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A message for a table cell: its `quoted` parts (rule messages quote values in backticks) stay
 * code spans, the rest is escaped text. */
export function mdMessage(s: string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(/`([^`\r\n]+)`/g)) {
    out += mdText(s.slice(last, m.index)) + mdCode(m[1] as string);
    last = m.index + m[0].length;
  }
  return out + mdText(s.slice(last));
}

const SEVERITY = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' } as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function location(r: Result): string {
  if (r.file) return mdCode(r.line !== undefined ? `${r.file}:${r.line}` : r.file);
  return r.source ? mdCode(r.source) : '';
}

export function formatMarkdown(rep: Report, _rules: readonly RuleMeta[], opts: MarkdownOptions = {}): string {
  const docsBase = (opts.docsBase ?? DEFAULT_DOCS_BASE).replace(/\/+$/, '');
  const ruleLink = (id: string) => `[${mdCode(id)}](${docsBase}/${id.split('/').map(encodeURIComponent).join('/')}.md)`;
  const c = counts(rep.results);
  const active = rep.results.filter((r) => !r.suppressed);
  const infos = active.filter((r) => r.severity === 'info').length;
  const total = c.errors + c.warnings;
  const checkIds = Object.keys(rep.checks).sort();
  const checked = checkIds.reduce((n, k) => {
    const x = rep.checks[k] as CheckCounts;
    return n + x.pass + x.fail + x.unverifiable;
  }, 0);

  const lines: string[] = [];
  const totals = [plural(c.errors, 'error'), plural(c.warnings, 'warning'), ...(infos ? [`${infos} info`] : [])].join(', ');
  if (isEmptyRun(rep)) lines.push(`## ⚠️ flowlog-lint: ${NO_INPUTS}`);
  else if (total === 0 && infos === 0) lines.push('## ✅ flowlog-lint: no problems');
  else lines.push(`## ${c.errors ? '❌' : '⚠️'} flowlog-lint: ${plural(total + infos, 'problem')} (${totals})`);
  lines.push('');
  lines.push(
    `${plural(rep.files, 'file')}, ${plural(rep.resources, 'resource')}, ${plural(checked, 'check')}` +
      ` · ${c.suppressed} suppressed · flowlog-lint ${mdText(rep.toolVersion)}`,
  );

  lines.push('', '### Checks', '');
  if (checkIds.length === 0) lines.push('No rule applied to these inputs.');
  else {
    lines.push('| Rule | Pass | Fail | Unverifiable |', '| --- | ---: | ---: | ---: |');
    for (const id of checkIds) {
      const x = rep.checks[id] as CheckCounts;
      lines.push(`| ${ruleLink(id)} | ${x.pass} | ${x.fail} | ${x.unverifiable} |`);
    }
  }

  lines.push('', '### Findings', '');
  if (active.length === 0) lines.push(c.suppressed ? `No problems found (${c.suppressed} suppressed).` : 'No problems found.');
  else {
    const shown = opts.maxFindings !== undefined && opts.maxFindings >= 0 ? active.slice(0, opts.maxFindings) : active;
    lines.push('| Severity | Rule | Location | Resource | Message |', '| --- | --- | --- | --- | --- |');
    for (const r of shown) {
      const sev = r.status === 'unverifiable' ? `${SEVERITY[r.severity]} (unverifiable)` : SEVERITY[r.severity];
      lines.push(`| ${sev} | ${ruleLink(r.ruleId)} | ${location(r)} | ${r.resource ? mdCode(r.resource) : ''} | ${mdMessage(r.message)} |`);
    }
    if (shown.length < active.length) lines.push('', `…and ${plural(active.length - shown.length, 'more finding')} not shown.`);
    if (c.suppressed) lines.push('', `${c.suppressed} suppressed finding${c.suppressed === 1 ? '' : 's'} not shown.`);
  }
  if (opts.graph) lines.push(...failingChainsSection(opts.graph, lines.join('\n').length + 1));
  // `\:` and `\#` are Markdown escapes: they render as `:` and `#`, and no line starts a workflow command.
  return guardCommandLines(`${lines.join('\n')}\n`, (c) => `\\${c}`);
}
