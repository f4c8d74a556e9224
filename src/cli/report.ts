// Writing a report, for `lint`, `audit`, `graph` and `merge` alike: one format check, one
// dispatch (the formatter registry), one place that writes to --output or standard output.
import type { FormatInput } from '../report/registry.js';
import { UsageError, type Io } from './options.js';

export async function checkFormat(format: string): Promise<void> {
  const { FORMATS, isFormat } = await import('../report/registry.js');
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
}

/** Formats the report and writes it; false (after saying why) when it could not be written. */
export async function writeReport(format: string, input: FormatInput, output: string | undefined, io: Io): Promise<boolean> {
  await checkFormat(format);
  const { formatReport } = await import('../report/registry.js');
  return writeText(await formatReport(format, input), output, io);
}

/** Writes to FILE (--output) or standard output; false (after saying why) when FILE failed. */
export async function writeText(text: string, output: string | undefined, io: Io): Promise<boolean> {
  if (!output) {
    io.stdout(text);
    return true;
  }
  const { writeOutput } = await import('../output.js');
  const problem = writeOutput(output, text);
  if (problem) io.stderr(`flowlog-lint: ${problem}\n`);
  return !problem;
}
