import { UsageError } from './options.js';
export async function checkFormat(format) {
    const { FORMATS, isFormat } = await import('../report/registry.js');
    if (!isFormat(format))
        throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
}
/** Formats the report and writes it; false (after saying why) when it could not be written. */
export async function writeReport(format, input, output, io) {
    await checkFormat(format);
    const { formatReport } = await import('../report/registry.js');
    return writeText(await formatReport(format, input), output, io);
}
/** Writes to FILE (--output) or standard output; false (after saying why) when FILE failed. */
export async function writeText(text, output, io) {
    if (!output) {
        io.stdout(text);
        return true;
    }
    const { writeOutput } = await import('../output.js');
    const problem = writeOutput(output, text);
    if (problem)
        io.stderr(`flowlog-lint: ${problem}\n`);
    return !problem;
}
