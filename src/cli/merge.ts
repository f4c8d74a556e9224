// `flowlog-lint merge`: JSON reports are combined; audit snapshots are merged by linting them
// together (with the report of the snapshots folded in when both are given).
import { exitCode, hasParseErrors } from './exit.js';
import type { CliValues, Io } from './options.js';
import { writeReport } from './report.js';

type Run = (argv: string[], io: Io) => Promise<number>;

/** `exit`: the merge is done; `targets`: only snapshots were given, to be linted as paths.
 * `run` is the whole command line's runner, used to lint the snapshots beside reports. */
export async function mergeStep(argv: readonly string[], paths: string[], values: CliValues, toolVersion: string, io: Io, run: Run): Promise<{ exit: number } | { targets: string[] }> {
  const { splitMergeInputs } = await import('../merge.js');
  const { snapshots, reports } = splitMergeInputs(paths);
  if (!reports.length) return { targets: paths };
  let extra: string | undefined;
  if (snapshots.length) {
    const captured: string[] = [];
    const code = await run([...withoutMergeArgs(argv, paths, [values.format, values.output]), '--format', 'json', ...snapshots], { stdout: (t) => captured.push(t), stderr: io.stderr });
    if (code === 2 && !captured.length) return { exit: 2 };
    extra = captured.join('');
  }
  return { exit: await mergeReports(reports, values.format ?? 'json', values.output, toolVersion, io, extra) };
}

/** The options of a `merge` command line, for linting its snapshots: no paths, format, output. */
function withoutMergeArgs(argv: readonly string[], paths: readonly string[], values: readonly (string | undefined)[]): string[] {
  const drop = new Set<string>(['merge', '--format', '-f', '--output', '-o', ...paths, ...values.filter((v): v is string => v !== undefined)]);
  return argv.filter((a) => !drop.has(a) && !/^--(format|output)=/.test(a));
}

async function mergeReports(paths: string[], format: string, output: string | undefined, toolVersion: string, io: Io, snapshotReport?: string): Promise<number> {
  const { mergeReports, MergeError } = await import('../merge.js');
  let merged;
  try {
    merged = mergeReports(paths, snapshotReport);
  } catch (e) {
    if (e instanceof MergeError) {
      io.stderr(`flowlog-lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const rep = { ...merged, toolVersion };
  if (!(await writeReport(format, { rep, color: false }, output, io))) return 2;
  return exitCode({ results: rep.results, inputErrors: hasParseErrors(rep.results) }, io);
}
