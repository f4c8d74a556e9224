// A guard for paginated list calls. A service (or a proxy, or a fake) that hands back a token it
// already gave, or never stops handing out new ones, would loop forever and grow memory; the audit
// stops instead and records the listing as failed, so what it would have listed is unknown rather
// than silently partial.
/** Pages of one listing followed at most: 2,000 pages is 40,000 accounts at Organizations' 20 per
 * page and millions of flow logs at EC2's 1,000. FLOWLOG_LINT_MAX_PAGES lowers it (tests). */
export const MAX_PAGES = Number(process.env.FLOWLOG_LINT_MAX_PAGES) > 0 ? Number(process.env.FLOWLOG_LINT_MAX_PAGES) : 2_000;
export class PageGuard {
    max;
    seen = new Set();
    pages = 0;
    constructor(max = MAX_PAGES) {
        this.max = max;
    }
    /** Called with each page's next token: undefined when it may be followed (or is absent), else
     * why not — a token seen before in this listing, or too many pages. */
    check(token) {
        this.pages++;
        if (token === undefined || token === '')
            return undefined;
        if (this.seen.has(token))
            return 'PaginationLoop';
        if (this.pages >= this.max)
            return 'PaginationLimit';
        this.seen.add(token);
        return undefined;
    }
}
