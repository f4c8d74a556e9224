import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/report/escape.js
var CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function visible(c) {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function escapeControls(s, keep = "") {
  return s.replace(CONTROL, (c) => keep.includes(c) ? c : visible(c));
}
function jsonSafe(text) {
  return text.replace(/[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var LEADING = /^[\s\u0085]*/;
function isCommandLine(line) {
  const t = line.slice(LEADING.exec(line)?.[0].length ?? 0);
  return t.startsWith("::") || t.startsWith("##[");
}
function guardCommandLines(text, encode) {
  if (!text.includes("::") && !text.includes("##["))
    return text;
  return text.split(/(\r\n|\r|\n)/).map((line, k) => {
    if (k % 2 === 1 || !isCommandLine(line))
      return line;
    const i = LEADING.exec(line)?.[0].length ?? 0;
    return `${line.slice(0, i)}${encode(line.charAt(i))}${line.slice(i + 1)}`;
  }).join("");
}
function escapeHtml(s) {
  return escapeControls(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export {
  escapeControls,
  jsonSafe,
  guardCommandLines,
  escapeHtml
};
