import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  exitCode,
  hasParseErrors
} from "./chunk-QYVM5TTX.mjs";
import {
  writeReport
} from "./chunk-SYGR6OTG.mjs";
import "./chunk-M3F62DA2.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/cli/merge.js
async function mergeStep(argv, paths, values, toolVersion, io, run) {
  const { splitMergeInputs } = await import("./merge-DJ6O6ZEK.mjs");
  const { snapshots, reports } = splitMergeInputs(paths);
  if (!reports.length)
    return { targets: paths };
  let extra;
  if (snapshots.length) {
    const captured = [];
    const code = await run([...withoutMergeArgs(argv, paths, [values.format, values.output]), "--format", "json", ...snapshots], { stdout: (t) => captured.push(t), stderr: io.stderr });
    if (code === 2 && !captured.length)
      return { exit: 2 };
    extra = captured.join("");
  }
  return { exit: await mergeReports(reports, values.format ?? "json", values.output, toolVersion, io, extra) };
}
function withoutMergeArgs(argv, paths, values) {
  const drop = /* @__PURE__ */ new Set(["merge", "--format", "-f", "--output", "-o", ...paths, ...values.filter((v) => v !== void 0)]);
  return argv.filter((a) => !drop.has(a) && !/^--(format|output)=/.test(a));
}
async function mergeReports(paths, format, output, toolVersion, io, snapshotReport) {
  const { mergeReports: mergeReports2, MergeError } = await import("./merge-DJ6O6ZEK.mjs");
  let merged;
  try {
    merged = mergeReports2(paths, snapshotReport);
  } catch (e) {
    if (e instanceof MergeError) {
      io.stderr(`flowlog-lint: ${e.message}
`);
      return 2;
    }
    throw e;
  }
  const rep = { ...merged, toolVersion };
  if (!await writeReport(format, { rep, color: false }, output, io))
    return 2;
  return exitCode({ results: rep.results, inputErrors: hasParseErrors(rep.results) }, io);
}
export {
  mergeStep
};
