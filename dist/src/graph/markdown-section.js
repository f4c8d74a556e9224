import { toMermaid } from './render.js';
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Above this many characters the diagram is collapsed in `<details>`. */
const COLLAPSE_OVER = 1_500;
/** Lines to add after a comment of `used` characters (none when no chain fails). */
export function failingChainsSection(graph, used, limit = GITHUB_COMMENT_LIMIT) {
    const failing = graph.chains.filter((c) => c.outcome === 'fail');
    if (failing.length === 0)
        return [];
    // Room for the heading, fences, <details> and the "left out" line (at most ~600 characters).
    const budget = limit - used - 900;
    let shown = [];
    let size = 0;
    for (const c of failing) {
        const s = toMermaid(graph, [c]).length;
        if (size + s > budget)
            break;
        shown.push(c);
        size += s;
    }
    let text = shown.length ? toMermaid(graph, shown) : '';
    // Shared nodes make the joint diagram smaller than the sum, class lines can make it larger.
    while (shown.length && text.length > budget) {
        shown = shown.slice(0, -1);
        text = shown.length ? toMermaid(graph, shown) : '';
    }
    const lines = ['', '### Delivery chains with failures', ''];
    const block = ['```mermaid', ...text.trimEnd().split('\n'), '```'];
    if (shown.length) {
        if (text.length > COLLAPSE_OVER)
            lines.push('<details>', `<summary>${shown.length} chain${shown.length === 1 ? '' : 's'} (red, labelled FAIL: broken link; dashed, UNVERIFIABLE: not provable from the inputs)</summary>`, '', ...block, '', '</details>');
        else
            lines.push(...block);
    }
    const left = failing.length - shown.length;
    if (left > 0) {
        const names = failing.slice(shown.length, shown.length + 10).map((c) => c.name.replace(/[\\`*_[\]<>|~$&]/g, (ch) => `\\${ch}`).slice(0, 40));
        lines.push('', `${left} more chain${left === 1 ? '' : 's'} with failures left out to stay under GitHub's ${limit.toLocaleString('en-US')}-character comment limit (${names.join(', ')}${left > names.length ? ', …' : ''}); run \`flowlog-lint graph\` to see them all.`);
    }
    return lines;
}
