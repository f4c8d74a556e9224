const FORMATTERS = {
    stylish: async ({ rep, color }) => (await import('./stylish.js')).formatStylish(rep, color),
    json: async ({ rep }) => (await import('./json.js')).formatJson(rep),
    sarif: async ({ rep }, rules) => (await import('./sarif.js')).formatSarif(rep, rules),
    junit: async ({ rep }, rules) => (await import('./junit.js')).formatJunit(rep, rules),
    github: async ({ rep }, rules) => (await import('./github.js')).formatGithub(rep, rules),
    markdown: async ({ rep, graph }, rules) => (await import('./markdown.js')).formatMarkdown(rep, rules, graph ? { graph: graph() } : {}),
    html: async ({ rep, graph }, rules) => (await import('./html.js')).formatHtml(rep, rules, graph ? { graph: graph() } : {}),
};
export const FORMATS = Object.keys(FORMATTERS);
export function isFormat(name) {
    return Object.hasOwn(FORMATTERS, name);
}
/** Every result descriptor: the rules, then the results that are not rules (parse errors,
 * suppression problems). */
export async function ruleMetas() {
    const { RULES, PARSE_ERROR, SUPPRESSION_RESULTS } = await import('../../rules/index.js');
    return [...RULES.map((r) => r.meta), PARSE_ERROR, ...SUPPRESSION_RESULTS];
}
export async function formatReport(name, input) {
    const f = FORMATTERS[name];
    if (!f)
        throw new Error(`unknown format "${name}"`);
    return f(input, await ruleMetas());
}
