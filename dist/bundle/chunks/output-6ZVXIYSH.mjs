import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import "./chunk-S3OQVVMT.mjs";

// dist/src/output.js
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
function writeOutput(path, text) {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
      return `--output ${path}: is a folder; give a file name, e.g. ${path.replace(/\/+$/, "")}/flowlog-lint.txt`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return void 0;
  } catch (e) {
    const err = e;
    return `--output ${path}: cannot write (${err.code ?? err.message})`;
  }
}
export {
  writeOutput
};
