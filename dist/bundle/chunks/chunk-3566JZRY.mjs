import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  parseTree,
  printParseErrorCode
} from "./chunk-XW2AUBQH.mjs";
import {
  pos
} from "./chunk-RKRRC2OQ.mjs";

// dist/src/parse/errors.js
var InputError = class extends Error {
  pos;
  constructor(message, pos2) {
    super(message);
    this.pos = pos2;
    this.name = "InputError";
  }
};
var MAX_DEPTH = 500;

// dist/src/parse/json.js
function describeError(e) {
  const code = printParseErrorCode(e.error);
  const words = {
    InvalidSymbol: "invalid symbol",
    InvalidNumberFormat: "invalid number",
    PropertyNameExpected: "property name expected",
    ValueExpected: "value expected",
    ColonExpected: "':' expected",
    CommaExpected: "',' expected",
    CloseBraceExpected: "'}' expected",
    CloseBracketExpected: "']' expected",
    EndOfFileExpected: "end of file expected",
    InvalidCommentToken: "comments are not allowed in JSON",
    UnexpectedEndOfComment: "unexpected end of comment",
    UnexpectedEndOfString: "unterminated string",
    UnexpectedEndOfNumber: "unexpected end of number",
    InvalidUnicode: "invalid unicode escape",
    InvalidEscapeCharacter: "invalid escape character",
    InvalidCharacter: "invalid character in string"
  };
  return `JSON syntax error: ${words[code] ?? code}`;
}
function parseJson(src, embedded) {
  const errors = [];
  let tree;
  const text = embedded?.text ?? src.text;
  const map = embedded?.map ?? ((o) => o);
  try {
    tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch (e) {
    if (e instanceof RangeError)
      throw new InputError("JSON nested too deeply", pos(src, 0, 0));
    throw e;
  }
  const first = errors[0];
  if (first)
    throw new InputError(describeError(first), pos(src, map(first.offset), map(first.offset + first.length)));
  if (!tree)
    throw new InputError("empty JSON document", pos(src, map(0), map(0)));
  const issues = [];
  return { root: convert(src, text, map, tree, issues, 0), issues };
}
function parseEmbeddedJson(src, raw) {
  const lit = src.text.slice(raw.start, raw.end);
  let text = "";
  const offsets = [];
  for (let i = 1; i < lit.length - 1; i++) {
    const at = raw.start + i;
    const ch = lit[i] ?? "";
    if (ch !== "\\") {
      text += ch;
      offsets.push(at);
      continue;
    }
    const e = lit[i + 1] ?? "";
    const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
    if (e === "u") {
      text += String.fromCharCode(parseInt(lit.slice(i + 2, i + 6), 16));
      offsets.push(at);
      i += 5;
    } else {
      text += simple[e] ?? e;
      offsets.push(at);
      i += 1;
    }
  }
  offsets.push(raw.end - 1);
  const map = (o) => offsets[Math.min(o, offsets.length - 1)] ?? raw.start;
  return parseJson(src, { text, map });
}
function convert(src, text, map, n, issues, depth) {
  const p = pos(src, map(n.offset), map(n.offset + n.length));
  if (depth > MAX_DEPTH)
    throw new InputError(`JSON nested deeper than ${MAX_DEPTH} levels`, p);
  switch (n.type) {
    case "object": {
      const entries = [];
      const seen = /* @__PURE__ */ new Set();
      for (const prop of n.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v)
          continue;
        const key = String(k.value);
        const keyPos = pos(src, map(k.offset), map(k.offset + k.length));
        if (seen.has(key))
          issues.push({ code: "duplicate-key", message: `duplicate key "${key}"`, pos: keyPos });
        seen.add(key);
        entries.push({ key, keyPos, value: convert(src, text, map, v, issues, depth + 1) });
      }
      return { kind: "object", entries, pos: p };
    }
    case "array":
      return { kind: "array", items: (n.children ?? []).map((c) => convert(src, text, map, c, issues, depth + 1)), pos: p };
    case "string":
    case "number":
    case "boolean":
    case "null":
      return {
        kind: "scalar",
        value: n.value,
        text: text.slice(n.offset, n.offset + n.length),
        pos: p
      };
    default:
      throw new InputError("unexpected JSON node", p);
  }
}

export {
  InputError,
  MAX_DEPTH,
  parseJson,
  parseEmbeddedJson
};
