// Output safety shared by every reporter. Reports quote input data (Sids, file names, resource
// names, values) that whoever wrote the checked-in files chose. Printed raw, a newline followed by
// `::add-mask::…` or `::error file=…::…` becomes a workflow command that the GitHub Actions runner
// executes, and ESC sequences rewrite the terminal or the log view. So: control characters in data
// are shown as visible escapes, and no output line may start with a workflow command.

// C0 controls, DEL, C1 controls (U+009B is a one-character CSI on some terminals), the Unicode
// line and paragraph separators, and the bidirectional overrides/isolates ("Trojan Source").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Control characters as visible escapes (`\n`, `\r`, `\t`, `\u001b`, …); `keep` lists the ones a
 * format encodes itself (e.g. "\n" where it has its own line-break form). */
export function escapeControls(s: string, keep = ''): string {
  return s.replace(CONTROL, (c) => (keep.includes(c) ? c : visible(c)));
}

/** For JSON text: the same characters as `\uXXXX` escapes (valid JSON, the same parsed value).
 * JSON.stringify already escapes C0; this adds DEL, C1, separators and bidi controls. */
export function jsonSafe(text: string): string {
  return text.replace(/[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// White space the runner trims before looking for `::` (.NET's TrimStart: JS white space, plus
// NEL, which JS does not count as white space).
const LEADING = /^[\s\u0085]*/;

/** Does this line start (after leading white space, which the runner trims) a workflow command:
 * `::name …::` (current syntax) or `##[name]` (the old one)? */
export function isCommandLine(line: string): boolean {
  const t = line.slice(LEADING.exec(line)?.[0].length ?? 0);
  return t.startsWith('::') || t.startsWith('##[');
}

/** Rewrites every line of `text` that would start a workflow command: its first character after
 * the leading white space goes through `encode` (each format has its own harmless form of `:` or
 * `#`, e.g. `\:` in Markdown, `&#58;` in XML), so the line no longer starts with `::` or `##[`.
 * Lines end at LF, CR or CRLF, as the runner reads them. */
export function guardCommandLines(text: string, encode: (c: string) => string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text
    .split(/(\r\n|\r|\n)/)
    .map((line, k) => {
      if (k % 2 === 1 || !isCommandLine(line)) return line;
      const i = LEADING.exec(line)?.[0].length ?? 0;
      return `${line.slice(0, i)}${encode(line.charAt(i))}${line.slice(i + 1)}`;
    })
    .join('');
}

/** Text for HTML and SVG (text and attribute values): control characters made visible first (they
 * never reach the page raw), then the markup characters as entities. */
export function escapeHtml(s: string): string {
  return escapeControls(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
