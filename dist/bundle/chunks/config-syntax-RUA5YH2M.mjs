import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-FFEINJQE.mjs";
import "./chunk-U4K2SQRJ.mjs";
import {
  InputError,
  parseJson
} from "./chunk-3566JZRY.mjs";
import "./chunk-XW2AUBQH.mjs";
import {
  lineCol,
  makeSource
} from "./chunk-RKRRC2OQ.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/config-syntax.js
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
function configSyntaxMessage(cwd, fallbackName, err) {
  const m = /^(JSON|YAML) Error in (.+?):\s*$/m.exec(err.message);
  const filepath = m?.[2];
  const display = filepath ? relative(cwd, filepath).split(sep).join("/") : fallbackName;
  if (filepath) {
    try {
      const src = makeSource(display, readFileSync(filepath, "utf8"));
      if (err.message.startsWith("JSON"))
        parseJson(src);
      else
        parseYaml(src);
    } catch (e) {
      if (e instanceof InputError && e.pos) {
        const lc = lineCol(e.pos.src, e.pos.start);
        return `${display}:${lc.line}:${lc.column}: ${e.message}`;
      }
    }
  }
  const text = err.message.split("\n").filter((l) => !/^\s*>?\s*\d*\s*\|/.test(l) && !/^\s*-*\^\s*$/.test(l)).map((l) => l.trim()).filter((l) => l && !(filepath && l.startsWith(`${m?.[1]} Error in ${filepath}`))).join(" ");
  return `${display}: ${text}`;
}
export {
  configSyntaxMessage
};
