import { threadsOf } from './options.js';
import { exitCode } from './exit.js';
import { fixStep } from './fix.js';
import { applyOverrides } from './overrides.js';
import { writeReport, writeText } from './report.js';
export async function lintStep(run, io) {
    const { values, settings } = run;
    const { lintAsync } = await import('../lint.js');
    const lintOpts = await lintOptions(run, io);
    let out = await lintAsync(lintOpts);
    if (values.fix || values['fix-dry-run']) {
        const r = await fixStep({ model: out.model, accountIds: settings.accountIds, organization: settings.organization, dryRun: values['fix-dry-run'] === true, roots: run.targets }, io);
        if ('exit' in r)
            return r.exit;
        // Report what remains after the fixes.
        if (r.fixed)
            out = await lintAsync(lintOpts);
    }
    out.results = await applyOverrides(out.results, settings.config);
    const baselined = await baselineStep(values, out.results, io);
    // Writing a baseline accepts the findings: only input errors fail it.
    if (baselined === 'written')
        return exitCode({ results: [], inputErrors: out.inputErrors }, io);
    if (baselined === 'failed')
        return 2;
    if (baselined)
        out.results = baselined;
    const rep = { results: values.quiet ? out.results.filter((r) => r.severity === 'error') : out.results, files: out.files, skipped: out.skipped, empty: out.empty, resources: out.resources, checks: out.checks, toolVersion: run.toolVersion };
    const { buildChainGraph } = await import('../graph/chain.js');
    // Drawn from every result: --quiet hides warnings from the listing, not from the chains.
    const graph = () => buildChainGraph(out.model, settings.accountIds, out.results);
    let written;
    if (run.command === 'graph') {
        const g = await import('../graph/command.js');
        const text = g.graphText(graph(), values['graph-format']);
        io.stderr(g.inputErrors(out.results));
        written = await writeText(text, values.output, io);
    }
    else {
        const tty = values.output ? false : process.stdout.isTTY === true;
        const color = values['no-color'] ? false : values.color ? true : tty && !process.env.NO_COLOR;
        written = await writeReport(settings.format, { rep, color, graph }, values.output, io);
    }
    if (!written)
        return 2;
    // The graph draws the chains, it does not judge them: only input errors fail it.
    if (run.command === 'graph')
        return exitCode({ results: [], inputErrors: out.inputErrors }, io);
    const emptyFails = out.empty && (values['fail-on-empty'] ?? settings.config.failOnEmpty) === true;
    return exitCode({ results: out.results, inputErrors: out.inputErrors, emptyFails, maxWarnings: settings.maxWarnings }, io);
}
async function lintOptions(run, io) {
    const { values, settings } = run;
    const { config } = settings;
    const { pathMatcher } = await import('../config.js');
    const classifiers = Object.entries(config.classify ?? {}).map(([glob, kind]) => ({ match: pathMatcher([glob]), kind }));
    const debug = values.debug ? (m) => io.stderr(`debug: ${m}\n`) : undefined;
    return {
        ...(values['var-file'] ?? config.varFiles ? { varFiles: values['var-file'] ?? config.varFiles ?? [] } : {}),
        ...(config.ignores ? { ignores: config.ignores } : {}),
        ...(classifiers.length ? { classify: (p) => classifiers.find((c) => c.match(p))?.kind } : {}),
        ...(settings.partition ? { partition: settings.partition } : {}),
        ...(values.parameters ?? config.parameters ? { parameterFiles: values.parameters ?? config.parameters ?? [], warn: (m) => io.stderr(`flowlog-lint: warning: ${m}\n`) } : {}),
        paths: run.targets,
        cwd: process.cwd(),
        accountIds: settings.accountIds,
        organization: settings.organization,
        severities: settings.severities,
        ...(settings.maxFileSize ? { maxFileSize: settings.maxFileSize } : {}),
        ...(debug ? { debug } : {}),
        // Parallel linting (src/pipeline/parallel.ts) keeps no model: one thread where the model is used.
        ...(values.fix || values['fix-dry-run'] || run.command === 'graph' || settings.format === 'markdown' || settings.format === 'html' ? { threads: 1 } : values.threads !== undefined ? { threads: threadsOf(values) } : {}),
    };
}
/** --baseline / --update-baseline: the results with the baseline applied (sorted), 'written'
 * after --update-baseline, 'failed' (after saying why) for an unreadable baseline, or undefined
 * when there is no baseline. */
async function baselineStep(values, results, io) {
    const baselineFile = values.baseline ?? (values['update-baseline'] ? '.flowlog-lint-baseline.json' : undefined);
    if (!baselineFile)
        return undefined;
    const { applyBaseline, readBaseline, writeBaseline, BaselineError } = await import('../engine/baseline.js');
    if (values['update-baseline']) {
        try {
            const n = writeBaseline(baselineFile, results);
            io.stderr(`flowlog-lint: wrote ${n} finding(s) to ${baselineFile}\n`);
            return 'written';
        }
        catch (e) {
            if (!(e instanceof BaselineError))
                throw e;
            io.stderr(`flowlog-lint: ${e.message}\n`);
            return 'failed';
        }
    }
    try {
        const { sortResults } = await import('../lint.js');
        return sortResults(applyBaseline(results, readBaseline(baselineFile), baselineFile));
    }
    catch (e) {
        if (e instanceof BaselineError) {
            io.stderr(`flowlog-lint: ${e.message}\n`);
            return 'failed';
        }
        throw e;
    }
}
