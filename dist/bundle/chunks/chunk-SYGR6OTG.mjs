import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-M3F62DA2.mjs";

// dist/src/cli/report.js
async function checkFormat(format) {
  const { FORMATS, isFormat } = await import("./registry-B7AGDBWX.mjs");
  if (!isFormat(format))
    throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(", ")})`);
}
async function writeReport(format, input, output, io) {
  await checkFormat(format);
  const { formatReport } = await import("./registry-B7AGDBWX.mjs");
  return writeText(await formatReport(format, input), output, io);
}
async function writeText(text, output, io) {
  if (!output) {
    io.stdout(text);
    return true;
  }
  const { writeOutput } = await import("./output-CIB7X3ZQ.mjs");
  const problem = writeOutput(output, text);
  if (problem)
    io.stderr(`flowlog-lint: ${problem}
`);
  return !problem;
}

export {
  checkFormat,
  writeReport,
  writeText
};
