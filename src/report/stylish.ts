// `--format stylish`: grouped by file like ESLint, colour on a TTY unless NO_COLOR / --no-color.
import type { Result } from '../engine/types.js';
import { counts, isEmptyRun, NO_INPUTS, type Report } from './json.js';

export function formatStylish(rep: Report, color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const groups = new Map<string, Result[]>();
  for (const r of rep.results) {
    if (r.suppressed) continue;
    const k = r.file ?? r.source ?? '(live)';
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const lines: string[] = [];
  for (const [file, rs] of groups) {
    lines.push('', paint('4', file));
    const rows = rs.map((r) => {
      const loc = r.line !== undefined ? `${r.line}:${r.column}` : '';
      const sev = r.status === 'unverifiable' ? 'unverifiable' : r.severity;
      const sevText = sev === 'error' ? paint('31', 'error') : sev === 'unverifiable' ? paint('35', 'unverifiable') : paint('33', sev);
      return { loc, sev: sevText, sevLen: sev.length, msg: r.resource && !(r.file ?? '').endsWith(r.resource) ? `${r.message} [${r.resource}]` : r.message, rule: paint('2', r.ruleId) };
    });
    const locW = Math.max(...rows.map((r) => r.loc.length));
    const sevW = Math.max(...rows.map((r) => r.sevLen));
    for (const r of rows) lines.push(`  ${paint('2', r.loc.padEnd(locW))}  ${r.sev}${' '.repeat(sevW - r.sevLen)}  ${r.msg}  ${r.rule}`);
  }
  const c = counts(rep.results);
  const total = c.errors + c.warnings;
  const checked = Object.values(rep.checks).reduce((n, x) => n + x.pass + x.fail + x.unverifiable, 0);
  const skippedNote = rep.skipped ? ` (${rep.skipped} file(s) skipped as not inputs; --debug names them)` : '';
  if (isEmptyRun(rep)) {
    lines.push(`${paint('33', '⚠')} ${NO_INPUTS}${skippedNote}`);
  } else if (total === 0) {
    lines.push(`${paint('32', '✔')} ${rep.files} file(s)${rep.skipped ? ` (${rep.skipped} skipped)` : ''}, ${rep.resources} resource(s), ${checked} check(s): no problems${c.suppressed ? ` (${c.suppressed} suppressed)` : ''}`);
  } else {
    lines.push('', paint(c.errors ? '31;1' : '33;1', `✖ ${total} problem${total === 1 ? '' : 's'} (${c.errors} error${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'})${c.suppressed ? `, ${c.suppressed} suppressed` : ''}`));
  }
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}
