import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-U4K2SQRJ.mjs";
import {
  InputError,
  MAX_DEPTH
} from "./chunk-3566JZRY.mjs";
import {
  pos
} from "./chunk-RKRRC2OQ.mjs";
import {
  __toESM
} from "./chunk-S3OQVVMT.mjs";

// dist/src/parse/yaml.js
var import_yaml = __toESM(require_dist(), 1);
var CFN_TAGS = {
  "!Ref": "Ref",
  "!Condition": "Condition",
  "!Sub": "Fn::Sub",
  "!GetAtt": "Fn::GetAtt",
  "!Join": "Fn::Join",
  "!Select": "Fn::Select",
  "!Split": "Fn::Split",
  "!If": "Fn::If",
  "!Equals": "Fn::Equals",
  "!Not": "Fn::Not",
  "!And": "Fn::And",
  "!Or": "Fn::Or",
  "!FindInMap": "Fn::FindInMap",
  "!ImportValue": "Fn::ImportValue",
  "!Base64": "Fn::Base64",
  "!Cidr": "Fn::Cidr",
  "!GetAZs": "Fn::GetAZs",
  "!Transform": "Fn::Transform",
  "!Length": "Fn::Length",
  "!ToJsonString": "Fn::ToJsonString"
};
var customTags = Object.keys(CFN_TAGS).flatMap((tag) => [
  { tag, resolve: (s) => s },
  { tag, collection: "seq", resolve: (v) => v },
  { tag, collection: "map", resolve: (v) => v }
]);
var MAX_ALIAS_EXPANSIONS = 1e3;
function parseYaml(src) {
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(src.text, { customTags, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    if (e instanceof RangeError)
      throw new InputError("YAML nested too deeply", pos(src, 0, 0));
    throw e;
  }
  const issues = [];
  for (const err of doc.errors) {
    const [start, end] = err.pos;
    if (err.code === "DUPLICATE_KEY")
      continue;
    throw new InputError(`YAML syntax error: ${firstLine(err.message)}`, pos(src, start, end));
  }
  if (!doc.contents)
    throw new InputError("empty YAML document", pos(src, 0, 0));
  const state = { aliases: 0, nodes: 0, maxNodes: Math.max(2e5, src.text.length * 4) };
  return { root: convert(src, doc, doc.contents, issues, 0, state), issues };
}
function firstLine(s) {
  const m = /^(.*?)( at line \d+, column \d+)?(:|\n|$)/.exec(s);
  return (m?.[1] ?? s).trim();
}
function convert(src, doc, node, issues, depth, state) {
  const range = node.range ?? [0, 0, 0];
  const p = pos(src, range[0], range[1]);
  if (depth > MAX_DEPTH)
    throw new InputError(`YAML nested deeper than ${MAX_DEPTH} levels`, p);
  if (++state.nodes > state.maxNodes)
    throw new InputError(`YAML aliases expand the document beyond ${state.maxNodes} nodes`, p);
  if ((0, import_yaml.isAlias)(node)) {
    if (++state.aliases > MAX_ALIAS_EXPANSIONS)
      throw new InputError(`more than ${MAX_ALIAS_EXPANSIONS} alias expansions`, p);
    const target = node.resolve(doc);
    if (!target)
      throw new InputError(`unknown alias *${node.source}`, p);
    return convert(src, doc, target, issues, depth + 1, state);
  }
  const longForm = node.tag ? CFN_TAGS[node.tag] : void 0;
  let out;
  if ((0, import_yaml.isScalar)(node)) {
    let value = node.value;
    if (value instanceof Date)
      value = src.text.slice(range[0], range[1]);
    if (typeof value === "bigint")
      value = Number(value);
    if (value !== null && typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      value = String(value);
    }
    const text = typeof node.source === "string" && node.type === "PLAIN" ? node.source : src.text.slice(range[0], range[1]);
    out = { kind: "scalar", value, text, pos: p };
    if (longForm === "Fn::GetAtt" && typeof value === "string") {
      const dot = value.indexOf(".");
      const parts = dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
      out = { kind: "array", items: parts.map((s) => ({ kind: "scalar", value: s, text: s, pos: p })), pos: p };
    }
  } else if ((0, import_yaml.isMap)(node)) {
    const entries = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of node.items) {
      if (!(0, import_yaml.isPair)(item))
        continue;
      const k = item.key;
      const keyText = k && (0, import_yaml.isScalar)(k) ? String(k.value) : k ? String(k) : "";
      const kr = k?.range ?? range;
      if (seen.has(keyText))
        issues.push({ code: "duplicate-key", message: `duplicate key "${keyText}"`, pos: pos(src, kr[0], kr[1]) });
      seen.add(keyText);
      const v = item.value;
      const value = v ? convert(src, doc, v, issues, depth + 1, state) : { kind: "scalar", value: null, text: "", pos: pos(src, kr[1], kr[1]) };
      entries.push({ key: keyText, keyPos: pos(src, kr[0], kr[1]), value });
    }
    out = { kind: "object", entries, pos: p };
  } else if ((0, import_yaml.isSeq)(node)) {
    out = { kind: "array", items: node.items.map((i) => convert(src, doc, i, issues, depth + 1, state)), pos: p };
  } else {
    throw new InputError("unsupported YAML node", p);
  }
  if (longForm) {
    let start = range[0];
    let i = start - 1;
    while (i >= 0 && /[ \t\r\n]/.test(src.text[i] ?? ""))
      i--;
    const tag = node.tag ?? "";
    if (src.text.slice(i - tag.length + 1, i + 1) === tag)
      start = i - tag.length + 1;
    const tagPos = pos(src, start, range[1]);
    return { kind: "object", entries: [{ key: longForm, keyPos: tagPos, value: out }], pos: tagPos, tag: node.tag };
  }
  return out;
}

export {
  CFN_TAGS,
  parseYaml
};
