import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import "./chunk-S3OQVVMT.mjs";

// dist/src/report/registry.js
var FORMATTERS = {
  stylish: async ({ rep, color }) => (await import("./stylish-WO3JXSS6.mjs")).formatStylish(rep, color),
  json: async ({ rep }) => (await import("./json-ZA5TYD7X.mjs")).formatJson(rep),
  sarif: async ({ rep }, rules) => (await import("./sarif-2VP6HVJK.mjs")).formatSarif(rep, rules),
  junit: async ({ rep }, rules) => (await import("./junit-2LJGJG2L.mjs")).formatJunit(rep, rules),
  github: async ({ rep }, rules) => (await import("./github-HAVLSYM7.mjs")).formatGithub(rep, rules),
  markdown: async ({ rep, graph }, rules) => (await import("./markdown-CF5HJNVE.mjs")).formatMarkdown(rep, rules, graph ? { graph: graph() } : {}),
  html: async ({ rep, graph }, rules) => (await import("./html-AHAPT545.mjs")).formatHtml(rep, rules, graph ? { graph: graph() } : {})
};
var FORMATS = Object.keys(FORMATTERS);
function isFormat(name) {
  return Object.hasOwn(FORMATTERS, name);
}
async function ruleMetas() {
  const { RULES, PARSE_ERROR, SUPPRESSION_RESULTS } = await import("./rules-HEUMN6NL.mjs");
  return [...RULES.map((r) => r.meta), PARSE_ERROR, ...SUPPRESSION_RESULTS];
}
async function formatReport(name, input) {
  const f = FORMATTERS[name];
  if (!f)
    throw new Error(`unknown format "${name}"`);
  return f(input, await ruleMetas());
}
export {
  FORMATS,
  formatReport,
  isFormat,
  ruleMetas
};
