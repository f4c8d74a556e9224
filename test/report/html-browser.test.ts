// The HTML report in a real browser: Debian's chromium driven by puppeteer-core (no browser
// download), the page opened from a file:// URL with every request intercepted — any request that
// is not the page itself fails the test. Checks the findings table and every chain diagram render,
// no console errors, the rule filter works, Mermaid output is valid (mermaid's own parser and
// renderer, loaded from node_modules into the page), and a 3,000-flow-log org audit stays under
// 10 MB and opens in under 5 s. Screenshots go to test-output/ (CI artifacts). Skips with a message
// where chromium is absent.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChainGraph } from '../../src/graph/chain.js';
import { lintAsync } from '../../src/lint.js';
import { formatHtml } from '../../src/report/html.js';
import type { Report } from '../../src/report/json.js';
import { orgSnapshot } from '../helpers/org-snapshot.js';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
const OUT = join(import.meta.dirname, '..', '..', 'test-output');
const FIXTURES = join(import.meta.dirname, '..', 'graph', 'fixtures');
const GOLDEN = join(import.meta.dirname, '..', 'graph', 'golden');
if (!CHROMIUM) console.warn('html-browser.test: chromium not found (apt-get install chromium, or set CHROMIUM_PATH); the browser tests are skipped');

async function htmlOf(paths: string[], cwd: string, accountIds: string[]): Promise<{ html: string; rep: Report; chains: number }> {
  const out = await lintAsync({ paths, cwd, accountIds, severities: new Map() });
  const rep = { results: out.results, files: out.files, resources: out.resources, checks: out.checks, toolVersion: '0.1.0' };
  const graph = buildChainGraph(out.model, accountIds, out.results);
  return { html: formatHtml(rep, [], { graph }), rep, chains: graph.chains.length };
}

describe.skipIf(!CHROMIUM)('HTML report in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    const { launch } = await import('puppeteer-core');
    browser = await launch({ executablePath: CHROMIUM as string, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a file with the network cut off: records every request but the file itself. */
  async function open(file: string, width = 1200): Promise<{ page: Page; leaked: string[]; errors: string[]; ms: number }> {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    const url = pathToFileURL(file).href;
    const leaked: string[] = [];
    const errors: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url() === url) void req.continue();
      else {
        leaked.push(req.url());
        void req.abort();
      }
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // Layout and first paint of the whole page, not just the parse.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return { page, leaked, errors, ms: performance.now() - t0 };
  }

  it('renders the findings table and every chain diagram, filters by rule, loads nothing', async () => {
    const { html, rep, chains } = await htmlOf(['.'], FIXTURES, ['111122223333']);
    const file = join(OUT, 'report.html');
    writeFileSync(file, html);
    const { page, leaked, errors } = await open(file);
    const active = rep.results.filter((r) => !r.suppressed);
    expect(await page.$$eval('#findings tbody tr', (rs) => rs.length)).toBe(active.length);
    const diagrams = await page.$$eval('section.chain svg.chain-svg', (svgs) =>
      svgs.map((s) => ({ w: s.getBoundingClientRect().width, nodes: s.querySelectorAll('g.n rect').length, edges: s.querySelectorAll('g.e path').length })),
    );
    expect(diagrams).toHaveLength(chains);
    for (const d of diagrams) {
      expect(d.w).toBeGreaterThan(100);
      expect(d.nodes).toBeGreaterThanOrEqual(2);
      expect(d.edges).toBeGreaterThanOrEqual(1);
    }
    // Failing links are drawn as such and say so in words.
    expect(await page.$$eval('g.e.f text', (ts) => ts.map((t) => t.textContent))).toContain('FAILkms/log-group-key-access');
    await page.screenshot({ path: join(OUT, 'report.png'), fullPage: true });

    const rule = 'bucket-policy/acl-check';
    await page.select('select[name=rule]', rule);
    const visible = await page.$$eval('#findings tbody tr:not(.hidden)', (rs) => rs.map((r) => (r as HTMLElement).dataset.rule));
    expect(visible.length).toBe(active.filter((r) => r.ruleId === rule).length);
    expect(new Set(visible)).toEqual(new Set([rule]));
    const shownChains = await page.$$eval('section.chain:not(.hidden)', (cs) => cs.map((c) => (c).dataset.rules));
    expect(shownChains.length).toBeGreaterThan(0);
    for (const r of shownChains) expect(r?.split(' ')).toContain(rule);
    expect(await page.$eval('#shown', (e) => e.textContent)).toBe(`${visible.length} of ${active.length} shown`);
    await page.screenshot({ path: join(OUT, 'report-filtered.png') });

    // Print: no filter controls, every chain drawn in full (not left to content-visibility).
    await page.emulateMediaType('print');
    expect(await page.$eval('.filters', (e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.$$eval('section.chain', (cs) => cs.every((c) => getComputedStyle(c).contentVisibility === 'visible'))).toBe(true);
    await page.emulateMediaType('screen');

    // Phone width: nothing wider than the screen but the scrollable table and the scaled diagrams.
    await page.setViewport({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(400);
    await page.screenshot({ path: join(OUT, 'report-phone.png') });
    expect(leaked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('positive control: a page that loads something is caught', async () => {
    const file = join(OUT, 'leaky.html');
    writeFileSync(file, '<!DOCTYPE html><html><body><img src="https://example.invalid/x.png" alt=""><script>console.error("boom")</script></body></html>');
    const { page, leaked, errors } = await open(file);
    expect(leaked).toEqual(['https://example.invalid/x.png']);
    expect(errors.length).toBeGreaterThan(0);
    await page.close();
  }, 30_000);

  it('Mermaid output is valid: every golden file parses and renders with mermaid; a broken one does not', async () => {
    const page = await browser.newPage();
    const leaked: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url() === 'about:blank') void req.continue();
      else {
        leaked.push(req.url());
        void req.abort();
      }
    });
    await page.goto('about:blank');
    const mermaidJs = join(createRequire(import.meta.url).resolve('mermaid').replace(/dist[\\/].*$/, 'dist'), 'mermaid.min.js');
    await page.addScriptTag({ content: readFileSync(mermaidJs, 'utf8') });
    const files = readdirSync(GOLDEN).filter((f) => f.endsWith('.mmd')).sort();
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const text = readFileSync(join(GOLDEN, f), 'utf8');
      const res = await page.evaluate(async (t: string) => {
        const m = (window as unknown as { mermaid: { initialize(o: object): void; parse(t: string): Promise<unknown>; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
        m.initialize({ startOnLoad: false, securityLevel: 'strict' });
        try {
          await m.parse(t);
          const { svg } = await m.render(`g${Math.random().toString(36).slice(2)}`, t);
          return { ok: true, svg };
        } catch (e) {
          return { ok: false, error: String(e) };
        }
      }, text);
      expect(res, f).toMatchObject({ ok: true });
      expect((res as { svg: string }).svg, f).toContain('flowchart');
    }
    const broken = await page.evaluate(async () => {
      try {
        await (window as unknown as { mermaid: { parse(t: string): Promise<unknown> } }).mermaid.parse('flowchart LR\n  n1["x" --> n2');
        return 'accepted';
      } catch {
        return 'rejected';
      }
    });
    expect(broken).toBe('rejected');
    expect(leaked).toEqual([]);
    await page.close();
  }, 60_000);

  it('an org audit of 3,000 flow logs: HTML under 10 MB, opens in under 5 s', async () => {
    mkdirSync(OUT, { recursive: true });
    const snap = join(OUT, 'org-3000.snapshot.json');
    writeFileSync(snap, JSON.stringify(orgSnapshot(3000)));
    const t0 = performance.now();
    const { html, chains } = await htmlOf([snap], OUT, []);
    const buildMs = performance.now() - t0;
    expect(chains).toBe(3000);
    const file = join(OUT, 'org-3000.html');
    writeFileSync(file, html);
    const bytes = statSync(file).size;
    const { page, leaked, errors, ms } = await open(file);
    const sections = await page.$$eval('section.chain', (s) => s.length);
    console.log(`org audit of 3,000 flow logs: HTML ${(bytes / 1e6).toFixed(2)} MB, lint + report ${Math.round(buildMs)} ms, opened in chromium in ${Math.round(ms)} ms`);
    expect(sections).toBe(3000);
    expect(bytes).toBeLessThan(10_000_000);
    expect(ms).toBeLessThan(5_000);
    expect(leaked).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(OUT, 'org-3000.png') });
    await page.close();
  }, 120_000);
});
