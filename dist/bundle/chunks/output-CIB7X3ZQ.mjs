import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  LinkRefused,
  writeFileNoFollow
} from "./chunk-3MAMLASU.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/output.js
import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
function writeOutput(path, text) {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
      return `--output ${path}: is a folder; give a file name, e.g. ${path.replace(/\/+$/, "")}/flowlog-lint.txt`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileNoFollow(path, text);
    return void 0;
  } catch (e) {
    if (e instanceof LinkRefused)
      return `--output ${e.message}`;
    const err = e;
    return `--output ${path}: cannot write (${err.code ?? err.message})`;
  }
}
export {
  writeOutput
};
