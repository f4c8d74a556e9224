import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  FRESH,
  UNSTATED_ACCOUNT,
  UNSTATED_PARTITION,
  UNSTATED_REGION,
  isInputSym
} from "./chunk-AZMZFJYR.mjs";
import {
  UNSTATED_ORG,
  withStatedPaths
} from "./chunk-SJ5DMC32.mjs";

// dist/src/model/value.js
var lit = (s, p) => ({ kind: "str", parts: s === "" ? [] : [s], ...p ? { pos: p } : {} });
var unknown = (reason, p) => ({ kind: "unknown", reason, ...p ? { pos: p } : {} });
function concatParts(...lists) {
  const out = [];
  for (const list of lists) {
    for (const p of list) {
      const last = out[out.length - 1];
      if (typeof p === "string") {
        if (p === "")
          continue;
        if (typeof last === "string")
          out[out.length - 1] = last + p;
        else
          out.push(p);
      } else
        out.push(p);
    }
  }
  return out;
}
function literal(v) {
  if (!v)
    return void 0;
  if (v.kind === "str") {
    if (v.parts.length === 0)
      return "";
    if (v.parts.length === 1 && typeof v.parts[0] === "string")
      return v.parts[0];
    return void 0;
  }
  if (v.kind === "num")
    return v.text;
  if (v.kind === "bool")
    return String(v.value);
  return void 0;
}
function shapeText(parts2, placeholder = "") {
  return parts2.map((p) => typeof p === "string" ? p : placeholder).join("");
}
function display(v) {
  if (!v)
    return "";
  if (Array.isArray(v))
    return v.map((p) => typeof p === "string" ? p : p.label.startsWith("<") ? p.label : `\${${p.label}}`).join("");
  const val = v;
  switch (val.kind) {
    case "str":
      return display(val.parts);
    case "num":
      return val.text;
    case "bool":
      return String(val.value);
    case "null":
      return "null";
    case "unknown":
      return `<${val.reason}>`;
    case "arr":
      return `[${val.items.map((i) => display(i)).join(", ")}]`;
    case "obj":
      return "{\u2026}";
  }
}
function field(v, key) {
  if (!v || v.kind !== "obj")
    return void 0;
  for (let i = v.entries.length - 1; i >= 0; i--) {
    const e = v.entries[i];
    if (e && e.key === key)
      return e.value;
  }
  return void 0;
}
function fieldCI(v, key) {
  if (!v || v.kind !== "obj")
    return void 0;
  const k = key.toLowerCase();
  for (let i = v.entries.length - 1; i >= 0; i--) {
    const e = v.entries[i];
    if (e && e.key.toLowerCase() === k)
      return e.value;
  }
  return void 0;
}
function fieldEntry(v, key) {
  if (!v || v.kind !== "obj")
    return void 0;
  for (let i = v.entries.length - 1; i >= 0; i--) {
    const e = v.entries[i];
    if (e && e.key === key)
      return e;
  }
  return void 0;
}
function asList(v) {
  if (!v)
    return [];
  if (v.kind === "arr")
    return [...v.items];
  return [v];
}
function fromPNode(n) {
  switch (n.kind) {
    case "scalar":
      if (typeof n.value === "string")
        return lit(n.value, n.pos);
      if (typeof n.value === "number")
        return { kind: "num", value: n.value, text: n.text, pos: n.pos };
      if (typeof n.value === "boolean")
        return { kind: "bool", value: n.value, pos: n.pos };
      return { kind: "null", pos: n.pos };
    case "array":
      return { kind: "arr", items: n.items.map(fromPNode), pos: n.pos };
    case "object":
      return { kind: "obj", entries: n.entries.map((e) => ({ key: e.key, keyPos: e.keyPos, value: fromPNode(e.value) })), pos: n.pos };
  }
}
function toPlainVal(v) {
  switch (v.kind) {
    case "str":
      return display(v.parts);
    case "num":
      return v.value;
    case "bool":
      return v.value;
    case "null":
      return null;
    case "unknown":
      return `<unknown>`;
    case "arr":
      return v.items.map(toPlainVal);
    case "obj": {
      const o = /* @__PURE__ */ Object.create(null);
      for (const e of v.entries)
        o[e.key] = toPlainVal(e.value);
      return o;
    }
  }
}
function plainToVal(x) {
  if (x === null || x === void 0)
    return { kind: "null" };
  if (typeof x === "string")
    return lit(x);
  if (typeof x === "number")
    return { kind: "num", value: x, text: String(x) };
  if (typeof x === "boolean")
    return { kind: "bool", value: x };
  if (Array.isArray(x))
    return { kind: "arr", items: x.map(plainToVal) };
  if (typeof x === "object")
    return { kind: "obj", entries: Object.entries(x).map(([key, v]) => ({ key, value: plainToVal(v) })) };
  return unknown("unsupported value");
}

// dist/src/iam/tri.js
var NO = 0;
var UNKNOWN = 1;
var YES = 2;
var and = (a, b) => a < b ? a : b;
var or = (a, b) => a > b ? a : b;
var not = (a) => 2 - a;

// dist/src/iam/match.js
var LITERAL = "lit:";
var STAR = -1;
var QMARK = -2;
var SYM_BASE = -16;
var FRESH_BASE = -(1 << 28);
var symIds = /* @__PURE__ */ new Map();
function symId(sym) {
  let id = symIds.get(sym);
  if (id === void 0) {
    const n = symIds.size;
    id = sym.startsWith(FRESH) ? FRESH_BASE - n : SYM_BASE - n;
    symIds.set(sym, id);
  }
  return id;
}
function tokenize(parts2, wildcards, ignoreCase) {
  let len = 0;
  for (const p of parts2)
    len += typeof p === "string" ? p.length : 1;
  const out = new Int32Array(len);
  let i = 0;
  for (const p of parts2) {
    if (typeof p === "string") {
      const t = ignoreCase ? p.toLowerCase() : p;
      for (let k = 0; k < t.length; k++) {
        const c = t.charCodeAt(k);
        const tok = wildcards && c === 42 ? STAR : wildcards && c === 63 ? QMARK : c;
        if (tok === STAR && i > 0 && out[i - 1] === STAR)
          continue;
        out[i++] = tok;
      }
    } else if (p.sym.startsWith(LITERAL)) {
      const ch = p.sym.slice(LITERAL.length);
      out[i++] = (ignoreCase ? ch.toLowerCase() : ch).charCodeAt(0);
    } else
      out[i++] = symId(p.sym);
  }
  return out.subarray(0, i);
}
function hasSymbol(parts2) {
  for (const p of parts2)
    if (typeof p !== "string")
      return true;
  return false;
}
function globLiteral(pattern, value) {
  const firstStar = pattern.indexOf("*");
  if (firstStar < 0)
    return pattern.length === value.length && pieceAt(pattern, 0, pattern.length, value, 0);
  const lastStar = pattern.lastIndexOf("*");
  const lastLen = pattern.length - lastStar - 1;
  if (firstStar + lastLen > value.length)
    return false;
  if (!pieceAt(pattern, 0, firstStar, value, 0))
    return false;
  if (!pieceAt(pattern, lastStar + 1, pattern.length, value, value.length - lastLen))
    return false;
  let pos = firstStar;
  const end = value.length - lastLen;
  let s = firstStar + 1;
  while (s <= lastStar) {
    const e = pattern.indexOf("*", s);
    if (e > s) {
      const at = findPiece(pattern, s, e, value, pos, end);
      if (at < 0)
        return false;
      pos = at + (e - s);
    }
    s = e + 1;
  }
  return true;
}
function pieceAt(pattern, ps, pe, value, at) {
  for (let k = ps; k < pe; k++) {
    const c = pattern.charCodeAt(k);
    if (c !== 63 && c !== value.charCodeAt(at + k - ps))
      return false;
  }
  return true;
}
function findPiece(pattern, ps, pe, value, from, end) {
  const len = pe - ps;
  for (let i = from; i + len <= end; i++)
    if (pieceAt(pattern, ps, pe, value, i))
      return i;
  return -1;
}
function literalText(parts2) {
  return parts2.length === 1 && typeof parts2[0] === "string" ? parts2[0] : parts2.join("");
}
function matchParts(pattern, value, opts) {
  const ic = opts.ignoreCase ?? false;
  const flags = (opts.wildcards ? 1 : 0) | (ic ? 2 : 0);
  if (!hasSymbol(pattern) && !hasSymbol(value)) {
    const pt = literalText(pattern);
    const vt = literalText(value);
    if (!opts.wildcards && !ic)
      return pt === vt ? YES : NO;
    const hit2 = cacheGet(flags, pt, vt);
    if (hit2 !== void 0)
      return hit2;
    let r2;
    if (!opts.wildcards)
      r2 = pt.toLowerCase() === vt.toLowerCase() ? YES : NO;
    else
      r2 = (ic ? globLiteral(pt.toLowerCase(), vt.toLowerCase()) : globLiteral(pt, vt)) ? YES : NO;
    cachePut(flags, pt, vt, r2);
    return r2;
  }
  const pk = partsKey(pattern);
  const vk = partsKey(value);
  const sflags = flags | 4;
  const hit = cacheGet(sflags, pk, vk);
  if (hit !== void 0)
    return hit;
  const r = matchTokens(tokenize(pattern, opts.wildcards, ic), tokenize(value, false, ic));
  cachePut(sflags, pk, vk, r);
  return r;
}
var CACHE_MAX = 5e4;
var KEY_MAX = 4096;
var caches = Array.from({ length: 8 }, () => /* @__PURE__ */ new Map());
var cached = 0;
function cacheGet(flags, pk, vk) {
  return caches[flags]?.get(pk)?.get(vk);
}
function cachePut(flags, pk, vk, r) {
  if (pk.length + vk.length > KEY_MAX)
    return;
  const cache = caches[flags];
  if (!cache)
    return;
  if (cached >= CACHE_MAX) {
    for (const c of caches)
      c.clear();
    cached = 0;
  }
  let row = cache.get(pk);
  if (!row)
    cache.set(pk, row = /* @__PURE__ */ new Map());
  if (!row.has(vk))
    cached++;
  row.set(vk, r);
}
function partsKey(parts2) {
  let k = "";
  for (const p of parts2)
    k += typeof p === "string" ? `s${p.length}:${p}` : `y${p.sym.length}:${p.sym}`;
  return k;
}
function matchTokens(Pfull, Vfull) {
  let lo = 0;
  const nf = Pfull.length;
  const mf = Vfull.length;
  while (lo < nf && lo < mf) {
    const t = Pfull[lo];
    const v = Vfull[lo];
    if (v < 0 || t < 0 && t !== QMARK)
      break;
    if (t !== QMARK && t !== v)
      return NO;
    lo++;
  }
  let k = 0;
  while (nf - k - 1 >= lo && mf - k - 1 >= lo) {
    const t = Pfull[nf - k - 1];
    const v = Vfull[mf - k - 1];
    if (v < 0 || t < 0 && t !== QMARK)
      break;
    if (t !== QMARK && t !== v)
      return NO;
    k++;
  }
  return tableMatch(Pfull.subarray(lo, nf - k), Vfull.subarray(lo, mf - k));
}
var MAX_CELLS = 32e6;
function tableMatch(P, V) {
  const n = P.length;
  const m = V.length;
  if ((n + 1) * (m + 1) > MAX_CELLS)
    return UNKNOWN;
  const w = m + 1;
  const dp = new Uint8Array((n + 1) * w);
  dp[n * w + m] = YES;
  for (let i = n - 1; i >= 0; i--) {
    const t = P[i];
    const row = i * w;
    const next = (i + 1) * w;
    for (let j = m; j >= 0; j--) {
      let r = NO;
      if (t === STAR) {
        r = Math.max(dp[next + j], j < m ? dp[row + j + 1] : NO);
      } else if (j < m) {
        const v = V[j];
        const cont = dp[next + j + 1];
        const vSym = v <= SYM_BASE;
        const vFresh = v <= FRESH_BASE;
        if (t === QMARK) {
          r = !vSym ? cont : vFresh ? NO : Math.min(cont, UNKNOWN);
        } else if (t >= 0) {
          if (!vSym)
            r = v === t ? cont : NO;
          else
            r = vFresh ? NO : Math.min(UNKNOWN, rowRest(dp, i + 1, j + 1, w, n));
        } else {
          if (vSym && v === t)
            r = cont;
          else if (t <= FRESH_BASE || vFresh)
            r = NO;
          else if (vSym)
            r = Math.min(UNKNOWN, Math.max(rowRest(dp, i + 1, j + 1, w, n), colRest(dp, i + 1, j + 1, w, m)));
          else
            r = Math.min(UNKNOWN, colRest(dp, i + 1, j + 1, w, m));
        }
      }
      dp[row + j] = r;
    }
  }
  return dp[0] ?? 0;
}
function colRest(dp, i, jFrom, w, m) {
  let best = 0;
  for (let j = jFrom; j <= m && best === 0; j++)
    best = Math.max(best, dp[i * w + j] ?? 0);
  return best;
}
function rowRest(dp, iFrom, j, w, n) {
  let best = 0;
  for (let i = iFrom; i <= n && best === 0; i++)
    best = Math.max(best, dp[i * w + j] ?? 0);
  return best;
}
function matchStr(pattern, value, opts) {
  return matchParts([pattern], [value], opts) === YES;
}

// dist/src/iam/conditions.js
var BASE_OPERATORS = [
  "StringEquals",
  "StringNotEquals",
  "StringEqualsIgnoreCase",
  "StringNotEqualsIgnoreCase",
  "StringLike",
  "StringNotLike",
  "NumericEquals",
  "NumericNotEquals",
  "NumericLessThan",
  "NumericLessThanEquals",
  "NumericGreaterThan",
  "NumericGreaterThanEquals",
  "DateEquals",
  "DateNotEquals",
  "DateLessThan",
  "DateLessThanEquals",
  "DateGreaterThan",
  "DateGreaterThanEquals",
  "Bool",
  "BinaryEquals",
  "IpAddress",
  "NotIpAddress",
  "ArnEquals",
  "ArnLike",
  "ArnNotEquals",
  "ArnNotLike",
  "Null"
];
var NEGATED = {
  StringNotEquals: "StringEquals",
  StringNotEqualsIgnoreCase: "StringEqualsIgnoreCase",
  StringNotLike: "StringLike",
  NumericNotEquals: "NumericEquals",
  DateNotEquals: "DateEquals",
  NotIpAddress: "IpAddress",
  ArnNotEquals: "ArnEquals",
  ArnNotLike: "ArnLike"
};
function parseOperator(op) {
  let rest = op;
  let set;
  const colon = rest.indexOf(":");
  if (colon >= 0) {
    const q = rest.slice(0, colon);
    if (q !== "ForAnyValue" && q !== "ForAllValues")
      return void 0;
    set = q;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.endsWith("IfExists") && rest !== "IfExists") {
    ifExists = true;
    rest = rest.slice(0, -"IfExists".length);
  }
  if (!BASE_OPERATORS.includes(rest))
    return void 0;
  if (rest === "Null" && ifExists)
    return void 0;
  return { base: rest, ifExists, ...set ? { set } : {} };
}
function valueParts(v) {
  switch (v.kind) {
    case "str":
      return v.parts;
    case "num":
      return [v.text];
    case "bool":
      return [String(v.value)];
    default:
      return void 0;
  }
}
function onlyLiteral(p) {
  if (p.length === 0)
    return "";
  if (p.length === 1 && typeof p[0] === "string")
    return p[0];
  return void 0;
}
function compareNumbers(a, b, f) {
  const x = onlyLiteral(a);
  const y = onlyLiteral(b);
  if (x === void 0 || y === void 0)
    return UNKNOWN;
  const nx = Number(x);
  const ny = Number(y);
  if (x.trim() === "" || y.trim() === "" || Number.isNaN(nx) || Number.isNaN(ny))
    return NO;
  return f(nx, ny) ? YES : NO;
}
function parseDate(s) {
  if (/^\d+$/.test(s))
    return Number(s) * 1e3;
  return Date.parse(s);
}
function compareDates(a, b, f) {
  const x = onlyLiteral(a);
  const y = onlyLiteral(b);
  if (x === void 0 || y === void 0)
    return UNKNOWN;
  const dx = parseDate(x);
  const dy = parseDate(y);
  if (Number.isNaN(dx) || Number.isNaN(dy))
    return NO;
  return f(dx, dy) ? YES : NO;
}
function ipv4(s) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m)
    return void 0;
  let v = 0n;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255)
      return void 0;
    v = v << 8n | BigInt(o);
  }
  return v;
}
function ipv6(s) {
  if (!s.includes(":"))
    return void 0;
  const halves = s.split("::");
  if (halves.length > 2)
    return void 0;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 && missing !== 0)
    return void 0;
  if (missing < 0)
    return void 0;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  let v = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g))
      return void 0;
    v = v << 16n | BigInt(parseInt(g, 16));
  }
  return v;
}
function ipInCidr(ip, cidr) {
  const [net, lenText] = cidr.split("/");
  if (net === void 0)
    return false;
  const v4 = ipv4(ip);
  const n4 = ipv4(net);
  if (v4 !== void 0 && n4 !== void 0) {
    const len = lenText === void 0 ? 32 : Number(lenText);
    if (!(len >= 0 && len <= 32))
      return false;
    const mask = len === 0 ? 0n : (1n << 32n) - 1n ^ (1n << BigInt(32 - len)) - 1n;
    return (v4 & mask) === (n4 & mask);
  }
  const v6 = ipv6(ip);
  const n6 = ipv6(net);
  if (v6 !== void 0 && n6 !== void 0) {
    const len = lenText === void 0 ? 128 : Number(lenText);
    if (!(len >= 0 && len <= 128))
      return false;
    const mask = len === 0 ? 0n : (1n << 128n) - 1n ^ (1n << BigInt(128 - len)) - 1n;
    return (v6 & mask) === (n6 & mask);
  }
  return false;
}
function matchArn(pattern, value, wildcards) {
  const p = onlyLiteral(pattern);
  const v = onlyLiteral(value);
  if (p === void 0 || v === void 0)
    return matchParts(pattern, value, { wildcards });
  const ps = splitArn(p);
  const vs = splitArn(v);
  if (!ps || !vs)
    return NO;
  for (let i = 0; i < 6; i++) {
    if (matchParts([ps[i] ?? ""], [vs[i] ?? ""], { wildcards }) !== YES)
      return NO;
  }
  return YES;
}
function splitArn(s) {
  const out = [];
  let rest = s;
  for (let i = 0; i < 5; i++) {
    const c = rest.indexOf(":");
    if (c < 0)
      return void 0;
    out.push(rest.slice(0, c));
    rest = rest.slice(c + 1);
  }
  out.push(rest);
  return out;
}
function comparePositive(base, req, pol) {
  switch (base) {
    case "StringEquals":
    case "BinaryEquals":
      return matchParts(pol, req, { wildcards: false });
    case "StringEqualsIgnoreCase":
      return matchParts(pol, req, { wildcards: false, ignoreCase: true });
    case "StringLike":
      return matchParts(pol, req, { wildcards: true });
    case "NumericEquals":
      return compareNumbers(req, pol, (a, b) => a === b);
    case "NumericLessThan":
      return compareNumbers(req, pol, (a, b) => a < b);
    case "NumericLessThanEquals":
      return compareNumbers(req, pol, (a, b) => a <= b);
    case "NumericGreaterThan":
      return compareNumbers(req, pol, (a, b) => a > b);
    case "NumericGreaterThanEquals":
      return compareNumbers(req, pol, (a, b) => a >= b);
    case "DateEquals":
      return compareDates(req, pol, (a, b) => a === b);
    case "DateLessThan":
      return compareDates(req, pol, (a, b) => a < b);
    case "DateLessThanEquals":
      return compareDates(req, pol, (a, b) => a <= b);
    case "DateGreaterThan":
      return compareDates(req, pol, (a, b) => a > b);
    case "DateGreaterThanEquals":
      return compareDates(req, pol, (a, b) => a >= b);
    case "Bool":
      return matchParts(pol, req, { wildcards: false, ignoreCase: true });
    case "IpAddress": {
      const ip = onlyLiteral(req);
      const cidr = onlyLiteral(pol);
      if (ip === void 0 || cidr === void 0)
        return UNKNOWN;
      return ipInCidr(ip, cidr) ? YES : NO;
    }
    case "ArnEquals":
    case "ArnLike":
      return matchArn(pol, req, true);
    default:
      return NO;
  }
}
function evalOperator(op, block, context, subst) {
  if (block.kind === "unknown")
    return { result: UNKNOWN };
  if (block.kind !== "obj")
    return { result: NO };
  let result = YES;
  let failedKey;
  for (const e of block.entries) {
    const r = e.value.kind === "unknown" ? UNKNOWN : evalKey(op, e.key, asList(e.value), context, subst);
    if (r < result) {
      result = r;
      failedKey = e.key;
    }
    if (result === NO)
      break;
  }
  return { result, ...failedKey !== void 0 ? { failedKey } : {} };
}
function evalKey(op, key, polVals, context, subst) {
  const reqVals = context.get(key.toLowerCase());
  const present = reqVals !== void 0 && reqVals.length > 0;
  const pols = polVals.map((v) => {
    const p = valueParts(v);
    return p === void 0 ? void 0 : subst(p);
  });
  if (op.base === "Null") {
    let r2 = NO;
    for (const p of pols) {
      const t = p === void 0 ? void 0 : onlyLiteral(p)?.toLowerCase();
      if (t === void 0)
        r2 = or(r2, UNKNOWN);
      else if (t === "true")
        r2 = or(r2, present ? NO : YES);
      else if (t === "false")
        r2 = or(r2, present ? YES : NO);
    }
    return r2;
  }
  const positiveBase = NEGATED[op.base];
  const negated = positiveBase !== void 0;
  const base = positiveBase ?? op.base;
  if (!present) {
    if (op.set === "ForAllValues")
      return YES;
    if (op.set === "ForAnyValue")
      return NO;
    if (op.ifExists)
      return YES;
    return negated ? YES : NO;
  }
  const one = (rv) => {
    let any = NO;
    for (const p of pols) {
      any = or(any, p === void 0 ? UNKNOWN : comparePositive(base, rv, p));
      if (any === YES)
        break;
    }
    return negated ? not(any) : any;
  };
  if (op.set === "ForAllValues") {
    let r2 = YES;
    for (const rv of reqVals)
      r2 = and(r2, one(rv));
    return r2;
  }
  if (op.set === "ForAnyValue") {
    let r2 = NO;
    for (const rv of reqVals)
      r2 = or(r2, one(rv));
    return r2;
  }
  let r = negated ? YES : NO;
  for (const rv of reqVals)
    r = negated ? and(r, one(rv)) : or(r, one(rv));
  return r;
}

// dist/src/iam/request.js
function normalizeContext(ctx) {
  const m = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(ctx))
    m.set(k.toLowerCase(), v);
  return m;
}

// dist/src/iam/evaluate.js
function parts(v) {
  return valueParts(v) ?? void 0;
}
function makeSubst(ctx, enabled) {
  return (p) => {
    if (!enabled)
      return p;
    let changed = false;
    const out = [];
    for (const part of p) {
      if (typeof part !== "string" || !part.includes("${")) {
        out.push(part);
        continue;
      }
      const re = /\$\{([^}]*)\}/g;
      let last = 0;
      let m;
      while (m = re.exec(part)) {
        changed = true;
        out.push(part.slice(last, m.index));
        const inner = (m[1] ?? "").trim();
        if (inner === "*" || inner === "?")
          out.push({ sym: `${LITERAL}${inner}`, label: inner });
        else if (inner === "$")
          out.push("$");
        else {
          const [keyRaw, dflt] = inner.split(",", 2);
          const vals = ctx.get((keyRaw ?? "").trim().toLowerCase());
          const first = vals?.[0];
          if (first)
            out.push(...first);
          else if (dflt !== void 0)
            out.push(dflt.trim().replace(/^'(.*)'$/, "$1"));
          else
            return void 0;
        }
        last = m.index + m[0].length;
      }
      out.push(part.slice(last));
    }
    return changed ? out.filter((x) => x !== "") : p;
  };
}
function principalMatches(el, who, inNotPrincipal = false) {
  if (el.kind === "unknown")
    return UNKNOWN;
  if (el.kind === "str") {
    return literal(el) === "*" ? YES : NO;
  }
  if (el.kind !== "obj")
    return NO;
  let r = NO;
  for (const e of el.entries) {
    for (const v of asList(e.value)) {
      if (v.kind === "unknown") {
        r = or(r, UNKNOWN);
        continue;
      }
      const p = parts(v);
      if (!p)
        continue;
      const text = literal(v);
      if (text === "*" && (e.key === "AWS" || e.key === "*")) {
        r = YES;
        continue;
      }
      if (e.key === "Service" && who.kind === "service") {
        r = or(r, matchParts(p, typeof who.service === "string" ? [who.service] : who.service, { wildcards: false, ignoreCase: true }));
      } else if (e.key === "AWS" && who.kind === "aws") {
        r = or(r, inNotPrincipal ? matchParts(accountIdToRoot(p), who.arn, { wildcards: false }) : awsPrincipalMatches(p, who));
      }
      if (r === YES)
        return r;
    }
  }
  return r;
}
function awsPrincipalMatches(p, who) {
  const text = p.length === 1 && typeof p[0] === "string" ? p[0] : void 0;
  if (text !== void 0 && /^\d{12}$/.test(text))
    return matchParts(p, who.account, { wildcards: false });
  const last = p[p.length - 1];
  if (typeof last === "string" && last.endsWith(":root")) {
    const flat = p;
    const accountParts = accountOfRootArn(flat);
    if (accountParts)
      return matchParts(accountParts, who.account, { wildcards: false });
  }
  return matchParts(p, who.arn, { wildcards: false });
}
function accountIdToRoot(p) {
  const text = p.length === 1 && typeof p[0] === "string" ? p[0] : void 0;
  return text !== void 0 && /^\d{12}$/.test(text) ? [`arn:aws:iam::${text}:root`] : p;
}
function accountOfRootArn(p) {
  const out = [];
  let state = "before";
  for (const part of p) {
    if (typeof part !== "string") {
      if (state === "in")
        out.push(part);
      continue;
    }
    let s = part;
    if (state === "before") {
      const i = s.indexOf("iam::");
      if (i < 0)
        continue;
      s = s.slice(i + 5);
      state = "in";
    }
    const j = s.indexOf(":root");
    if (j >= 0) {
      out.push(s.slice(0, j));
      return out.filter((x) => x !== "");
    }
    out.push(s);
  }
  return void 0;
}
function listMatches(el, value, ignoreCase, subst) {
  let r = NO;
  for (const v of asList(el)) {
    if (v.kind === "unknown") {
      r = or(r, UNKNOWN);
      continue;
    }
    const p0 = parts(v);
    if (!p0)
      continue;
    const p = subst(p0);
    r = or(r, p === void 0 ? UNKNOWN : matchParts(p, value, { wildcards: true, ignoreCase }));
    if (r === YES)
      break;
  }
  return r;
}
function evaluateStatement(policy, s, req, ctx = normalizeContext(req.context)) {
  const base = { policy, statement: s };
  if (s.effect === "invalid")
    return { ...base, applies: NO, element: "effect" };
  const subst = makeSubst(ctx, policy.version === "2012-10-17");
  let applies = YES;
  let element;
  let at;
  let conditionKey;
  const step = (r, el, v) => {
    if (r < applies) {
      applies = r;
      element = el;
      at = v;
    }
    return applies === NO;
  };
  if (s.principal) {
    if (step(principalMatches(s.principal, req.principal), "principal", s.principal))
      return done();
  } else if (s.notPrincipal) {
    if (step(not(principalMatches(s.notPrincipal, req.principal, true)), "principal", s.notPrincipal))
      return done();
  }
  if (s.action) {
    if (step(listMatches(s.action, [req.action], true, (p) => p), "action", s.action))
      return done();
  } else if (s.notAction) {
    if (step(not(listMatches(s.notAction, [req.action], true, (p) => p)), "action", s.notAction))
      return done();
  } else if (step(NO, "action", s.node))
    return done();
  if (s.resource) {
    if (step(listMatches(s.resource, req.resource, false, subst), "resource", s.resource))
      return done();
  } else if (s.notResource) {
    if (step(not(listMatches(s.notResource, req.resource, false, subst)), "resource", s.notResource))
      return done();
  }
  if (s.condition && s.condition.kind === "unknown") {
    if (step(UNKNOWN, "condition", s.condition))
      return done();
  } else if (s.condition && s.condition.kind === "obj") {
    for (const e of s.condition.entries) {
      const op = parseOperator(e.key);
      if (!op) {
        if (step(NO, "condition", e.value))
          return done();
        continue;
      }
      const r = evalOperator(op, e.value, ctx, subst);
      if (r.result < applies)
        conditionKey = r.failedKey;
      if (step(r.result, "condition", e.value))
        return done();
    }
  }
  return done();
  function done() {
    return {
      ...base,
      applies,
      ...element ? { element } : {},
      ...at ? { at } : {},
      ...conditionKey !== void 0 && element === "condition" ? { conditionKey } : {}
    };
  }
}
function evaluate(policies, req) {
  const ctx = normalizeContext(req.context);
  const trace = [];
  const allowedBy = [];
  const deniedBy = [];
  const unknown2 = [];
  for (const p of policies) {
    for (const s of p.statements) {
      const r = evaluateStatement(p, s, req, ctx);
      trace.push(r);
      if (r.applies === YES)
        (s.effect === "Deny" ? deniedBy : allowedBy).push(r);
      else if (r.applies === UNKNOWN)
        unknown2.push(r);
    }
  }
  let verdict;
  const denyUnknown = unknown2.some((r) => r.statement.effect === "Deny");
  const allowUnknown = unknown2.some((r) => r.statement.effect === "Allow");
  if (deniedBy.length > 0)
    verdict = "deny";
  else if (allowedBy.length > 0)
    verdict = denyUnknown ? "unknown" : "allow";
  else if (allowUnknown)
    verdict = "unknown";
  else
    verdict = "implicit-deny";
  return { verdict, allowedBy, deniedBy, unknown: unknown2, trace, request: req };
}
function statementPrincipalMatches(s, who) {
  if (s.principal)
    return principalMatches(s.principal, who);
  if (s.notPrincipal)
    return not(principalMatches(s.notPrincipal, who, true));
  return YES;
}
function statementCoversAction(s, action) {
  if (s.action)
    return listMatches(s.action, [action], true, (p) => p);
  if (s.notAction)
    return not(listMatches(s.notAction, [action], true, (p) => p));
  return NO;
}

// dist/src/link/parts.js
function partsEqual(a, b) {
  const x = concatParts(a);
  const y = concatParts(b);
  if (x.length !== y.length)
    return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i];
    const q = y[i];
    if (typeof p === "string" || typeof q === "string") {
      if (p !== q)
        return false;
    } else if (p?.sym !== q?.sym)
      return false;
  }
  return true;
}
function partsOf(v) {
  if (!v)
    return void 0;
  if (v.kind === "str")
    return v.parts;
  if (v.kind === "num")
    return [v.text];
  return void 0;
}
function splitFirst(parts2, sep) {
  const head = [];
  for (let i = 0; i < parts2.length; i++) {
    const p = parts2[i];
    if (typeof p === "string") {
      const k = p.indexOf(sep);
      if (k >= 0) {
        head.push(p.slice(0, k));
        const tail = [p.slice(k + sep.length), ...parts2.slice(i + 1)];
        return [concatParts(head), concatParts(tail)];
      }
    }
    if (p !== void 0)
      head.push(p);
  }
  return void 0;
}
function symbolLabels(parts2) {
  return parts2.filter((p) => typeof p !== "string").map((p) => p.label);
}
function endsWithText(parts2, s) {
  const last = parts2[parts2.length - 1];
  return typeof last === "string" && last.endsWith(s);
}
function trimEnd(parts2, s) {
  if (!endsWithText(parts2, s))
    return [...parts2];
  const out = [...parts2];
  const last = out[out.length - 1];
  out[out.length - 1] = last.slice(0, -s.length);
  return concatParts(out);
}

// dist/src/arn.js
var PARTITIONS = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];
function parseArn(s) {
  if (!s.startsWith("arn:"))
    return void 0;
  const f = s.split(":");
  if (f.length < 6)
    return void 0;
  const [, partition = "", service = "", region = "", account = ""] = f;
  return { partition, service, region, account, resource: f.slice(5).join(":") };
}
var REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d+$/;
var ACCOUNT_RE = /^\d{12}$/;
function arnProblems(parts2, expect) {
  if (isInputSym(parts2[0]))
    return [];
  const SYM = "\0";
  const text = parts2.map((p) => typeof p === "string" ? p : SYM).join("");
  const problems = [];
  if (!text.startsWith("arn:"))
    return ["does not start with `arn:`"];
  const f = text.split(":");
  if (f.length < 6)
    return [`has ${f.length} colon-separated fields; an ARN has at least 6`];
  const [, partition = "", service = "", region = "", account = ""] = f;
  const resource = f.slice(5).join(":");
  const symbolic = (x) => x.includes(SYM);
  if (!symbolic(partition) && !PARTITIONS.includes(partition)) {
    problems.push(`unknown partition \`${partition}\``);
  }
  if (!symbolic(service) && !/^[a-z0-9-]+$/.test(service))
    problems.push(`invalid service \`${service}\``);
  if (expect?.service && !symbolic(service) && service !== expect.service) {
    problems.push(`is a \`${service}\` ARN, expected \`${expect.service}\``);
  }
  const svc = symbolic(service) ? expect?.service : service;
  if (svc === "s3") {
    if (region !== "" || account !== "")
      problems.push("S3 bucket ARNs have empty region and account fields (`arn:aws:s3:::bucket`)");
    const bucket = resource.split("/")[0] ?? "";
    if (!symbolic(bucket)) {
      const b = bucketNameProblem(bucket);
      if (b)
        problems.push(b);
    }
  } else if (svc === "iam") {
    if (region !== "")
      problems.push("IAM ARNs have an empty region field");
    if (!symbolic(account) && account !== "aws" && !ACCOUNT_RE.test(account))
      problems.push(`invalid account ID \`${account}\``);
  } else if (svc !== void 0) {
    if (!symbolic(region) && region !== "" && region !== "*" && !REGION_RE.test(region))
      problems.push(`invalid region \`${region}\``);
    if (!symbolic(account) && account !== "" && account !== "*" && !ACCOUNT_RE.test(account)) {
      problems.push(`invalid account ID \`${account}\``);
    }
    if ((svc === "logs" || svc === "firehose" || svc === "kms") && (region === "" || account === "")) {
      problems.push(`${svc} ARNs need a region and an account ID`);
    }
  }
  if (resource === "")
    problems.push("empty resource field");
  return problems;
}
function bucketNameProblem(b) {
  if (b.length < 3 || b.length > 63)
    return `bucket name \`${b}\` must be 3 to 63 characters long`;
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(b)) {
    return `bucket name \`${b}\` may only contain lowercase letters, digits, dots and hyphens, and must begin and end with a letter or digit`;
  }
  if (b.includes(".."))
    return `bucket name \`${b}\` must not contain two adjacent periods`;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(b))
    return `bucket name \`${b}\` must not be formatted as an IP address`;
  return void 0;
}
function partitionOf(parts2) {
  const first = parts2[0];
  if (typeof first !== "string" || !first.startsWith("arn:"))
    return void 0;
  const rest = first.slice(4);
  const c = rest.indexOf(":");
  if (c < 0)
    return parts2.length === 1 ? void 0 : void 0;
  return rest.slice(0, c);
}
function arnFields(parts2) {
  const fields = [[]];
  for (const p of parts2) {
    if (typeof p !== "string") {
      fields[fields.length - 1].push(p);
      continue;
    }
    let s = p;
    while (fields.length < 6) {
      const c = s.indexOf(":");
      if (c < 0)
        break;
      const head = s.slice(0, c);
      if (head)
        fields[fields.length - 1].push(head);
      fields.push([]);
      s = s.slice(c + 1);
    }
    if (s)
      fields[fields.length - 1].push(s);
  }
  if (fields.length < 6)
    return void 0;
  const first = fields[0];
  if (!first || first.length !== 1 || first[0] !== "arn")
    return void 0;
  return fields;
}

// dist/src/link/destination.js
function inputHead(parts2) {
  const h = parts2?.[0];
  return h && typeof h !== "string" && isInputSym(h) ? h.label : void 0;
}
var givenBy = (label) => `the destination is \`${label}\`, an input its caller gives`;
function destinationType(fl) {
  const t = fl.destinationType ? literal(fl.destinationType) : "cloud-watch-logs";
  if (t === "s3" || t === "cloud-watch-logs" || t === "kinesis-data-firehose")
    return t;
  return void 0;
}
function s3Destination(fl) {
  const d = fl.destination;
  if (!d)
    return void 0;
  if (d.kind === "unknown")
    return { unknown: d.reason, at: d };
  const parts2 = partsOf(d);
  if (!parts2)
    return { unknown: "the destination is not a string", at: d };
  const head = inputHead(parts2);
  if (head)
    return { unknown: givenBy(head), at: d };
  const f = arnFields(parts2);
  if (!f)
    return void 0;
  const resource = concatParts(...f.slice(5).flatMap((x, i) => i === 0 ? [x] : [[":"], x]));
  const split = splitFirst(resource, "/");
  const bucket = split ? split[0] : resource;
  let prefix = split ? split[1] : [];
  prefix = trimEnd(prefix, "/");
  return { partition: f[1] ?? [], bucket, prefix, at: d };
}
function logGroupNameOf(fl) {
  if (fl.logGroupName) {
    if (fl.logGroupName.kind === "unknown")
      return { unknown: fl.logGroupName.reason };
    const p = partsOf(fl.logGroupName);
    return p ? { name: p } : void 0;
  }
  if (fl.destination && destinationType(fl) === "cloud-watch-logs") {
    if (fl.destination.kind === "unknown")
      return { unknown: fl.destination.reason };
    const p = partsOf(fl.destination);
    const head = inputHead(p);
    if (head)
      return { unknown: givenBy(head) };
    const f = p ? arnFields(p) : void 0;
    if (!f)
      return void 0;
    const res = f[5] ?? [];
    const after = splitFirst(res, "log-group:");
    if (!after)
      return void 0;
    const name = trimEnd(after[1], ":*");
    return { name, arnRegion: f[3] ?? [], arnAccount: f[4] ?? [] };
  }
  return void 0;
}

// dist/src/link/links.js
var DELIVERY_SERVICE = "delivery.logs.amazonaws.com";
var FLOW_LOGS_SERVICE = "vpc-flow-logs.amazonaws.com";
function partsKey2(p) {
  return concatParts(p).map((x) => typeof x === "string" ? x : `\0${x.sym}\0`).join("");
}
function grantsDeliveryService(doc) {
  const who = { kind: "service", service: DELIVERY_SERVICE };
  return doc.statements.some((s) => s.effect === "Allow" && (s.principal || s.notPrincipal) && statementPrincipalMatches(s, who) === YES);
}
function prefixesFromPolicy(docs, bucketName) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const doc of docs) {
    for (const s of doc.statements) {
      if (s.effect !== "Allow" || !s.resource)
        continue;
      for (const r of asList(s.resource)) {
        const p = partsOf(r);
        if (!p)
          continue;
        const afterBucket = splitFirst(p, ":::");
        if (!afterBucket)
          continue;
        const rest = afterBucket[1];
        const slash = splitFirst(rest, "/");
        if (!slash || !partsEqual(slash[0], bucketName))
          continue;
        const path = slash[1];
        const logs = splitFirst(path, "AWSLogs/");
        if (!logs)
          continue;
        const prefix = trimEnd(logs[0], "/");
        const hive = typeof logs[1][0] === "string" && logs[1][0].startsWith("aws-account-id=");
        const k = partsKey2(prefix) + (hive ? "#h" : "");
        if (!seen.has(k)) {
          seen.add(k);
          out.push({ prefix, hive });
        }
      }
    }
  }
  return out;
}
function buildLinks(model, accountIds, org = UNSTATED_ORG) {
  const defaultAccounts = accountIds.length ? accountIds.map((a) => [a]) : [[UNSTATED_ACCOUNT]];
  const orgOf = accountOrgs(model, org);
  const scopes = bucketScopes(model, orgOf);
  const rolesByArn = index(model.roles, (r) => [r.arn]);
  const roleByArn = (arn) => rolesByArn.get(partsKey2(arn));
  const logGroupByName = logGroupIndex(model);
  const flowLogs = model.flowLogs.map((fl) => linkFlowLog(fl, { defaultAccounts, scopes, roleByArn, logGroupByName }));
  addPolicyOnlyScopes(model, scopes, defaultAccounts);
  const keyByRef = keyIndex(model);
  return {
    flowLogs,
    buckets: [...scopes.all.values()],
    keyOf(bucket) {
      const ref = bucket.encryption?.kmsKeyId;
      return ref ? keyByRef(ref) : void 0;
    },
    keyByRef,
    roleByArn,
    logGroupByName,
    orgOf
  };
}
function index(items, keysOf) {
  const m = /* @__PURE__ */ new Map();
  for (const it of items)
    for (const k of keysOf(it))
      if (k.length && !m.has(partsKey2(k)))
        m.set(partsKey2(k), it);
  return m;
}
function bucketScopes(model, orgOf) {
  const all = /* @__PURE__ */ new Map();
  const bucketByName = /* @__PURE__ */ new Map();
  for (const b of model.buckets)
    if (b.bucketName.length)
      bucketByName.set(partsKey2(b.bucketName), b);
  const policiesByName = /* @__PURE__ */ new Map();
  for (const bp of model.bucketPolicies) {
    const n = partsOf(bp.bucketName);
    if (!n)
      continue;
    const k = partsKey2(n);
    policiesByName.set(k, [...policiesByName.get(k) ?? [], bp]);
  }
  const scopeFor = (name, partition) => {
    const k = partsKey2(name);
    let s = all.get(k);
    if (!s) {
      const bucket = bucketByName.get(k);
      const policies = [...policiesByName.get(k) ?? []];
      if (bucket?.inlinePolicy) {
        policies.push({ ...bucket, kind: "bucket-policy", doc: bucket.inlinePolicy, bucketName: { kind: "str", parts: bucket.bucketName } });
      }
      s = { key: k, bucketName: name, partition, policies, targets: [], flowLogs: [], orgOf, ...bucket ? { bucket } : {} };
      all.set(k, s);
    }
    return s;
  };
  return { all, scopeFor };
}
function logGroupIndex(model) {
  const groupKey = (name, account, region) => `${partsKey2(name)}|${partsKey2(account ?? [])}|${partsKey2(region)}`;
  const groupsByName = /* @__PURE__ */ new Map();
  const groupsByNameOnly = /* @__PURE__ */ new Map();
  for (const g of model.logGroups) {
    const k = groupKey(g.logGroupName, g.env.account, g.env.region);
    if (!groupsByName.has(k))
      groupsByName.set(k, g);
    const n = partsKey2(g.logGroupName);
    groupsByNameOnly.set(n, [...groupsByNameOnly.get(n) ?? [], g]);
  }
  return (name, account, region) => {
    const exact = region ? groupsByName.get(groupKey(name, account, region)) : void 0;
    if (exact)
      return exact;
    const byName = groupsByNameOnly.get(partsKey2(name)) ?? [];
    return byName.length === 1 ? byName[0] : void 0;
  };
}
function linkFlowLog(fl, x) {
  const type = destinationType(fl);
  const accounts = fl.env.account ? [fl.env.account] : x.defaultAccounts;
  const base = { flowLog: fl, type, accounts, region: fl.env.region, partition: fl.env.partition };
  if (type === "s3") {
    const d = s3Destination(fl);
    if (!d)
      return base;
    if ("unknown" in d)
      return { ...base, s3Unknown: { reason: d.unknown, ...d.at ? { at: d.at } : {} } };
    const partition = d.partition.length ? d.partition : [UNSTATED_PARTITION];
    const scope = x.scopes.scopeFor(d.bucket, partition);
    const hive = literal(fieldCI(fl.destinationOptions, "HiveCompatiblePartitions")) === "true";
    scope.targets.push({ prefix: d.prefix, accounts, region: fl.env.region, hive, flowLog: fl });
    scope.flowLogs.push(fl);
    return { ...base, s3: d, bucketScope: scope, partition };
  }
  if (type === "cloud-watch-logs" || type === "kinesis-data-firehose") {
    const rolePartsV = fl.deliverLogsPermissionArn ? partsOf(fl.deliverLogsPermissionArn) : void 0;
    const role = rolePartsV ? x.roleByArn(rolePartsV) : void 0;
    const lg = type === "cloud-watch-logs" ? logGroupNameOf(fl) : void 0;
    const lgName = lg && "name" in lg ? lg.name : void 0;
    const logGroup = lgName && lg && "name" in lg ? x.logGroupByName(lgName, lg.arnAccount ?? fl.env.account, lg.arnRegion ?? fl.env.region) : void 0;
    return {
      ...base,
      ...role ? { role } : {},
      ...rolePartsV ? { roleArn: rolePartsV } : {},
      ...lgName ? { logGroupName: lgName } : {},
      ...logGroup ? { logGroup } : {}
    };
  }
  return base;
}
function addPolicyOnlyScopes(model, scopes, defaultAccounts) {
  for (const bp of model.bucketPolicies) {
    const n = partsOf(bp.bucketName);
    if (!n || scopes.all.has(partsKey2(n)))
      continue;
    if (!grantsDeliveryService(bp.doc))
      continue;
    const stated = (ps, unstated) => ps.length && !ps.some((x) => x === unstated) ? [...ps] : void 0;
    const partition = stated(bp.env.partition, UNSTATED_PARTITION) ?? partitionOfPolicy(bp.doc) ?? [UNSTATED_PARTITION];
    const region = stated(bp.env.region, UNSTATED_REGION) ?? [UNSTATED_REGION];
    const scope = scopes.scopeFor(n, partition);
    const prefixes = prefixesFromPolicy(scope.policies.map((p) => p.doc), n);
    for (const { prefix, hive } of prefixes.length ? prefixes : [{ prefix: [], hive: false }]) {
      scope.targets.push({ prefix, accounts: defaultAccounts, region, hive });
    }
  }
}
function keyIndex(model) {
  const keysByRef = index(model.keys, (k) => [k.arn, k.keyId, ...k.aliases]);
  const keysByAliasName = index(model.keys, (k) => k.aliases.map((a) => splitFirst(a, "alias/")?.[1] ?? []));
  const keyCache = /* @__PURE__ */ new Map();
  const uncached = (ref) => {
    const p = partsOf(ref);
    if (!p || isInputSym(p[0]))
      return { ref, refKind: "unknown" };
    const text = shapeText(p);
    let refKind = "id";
    if (text.startsWith("arn:"))
      refKind = /:alias\//.test(text) ? "alias" : "arn";
    else if (text.startsWith("alias/"))
      refKind = "alias";
    const aliasName = splitFirst(p, ":alias/")?.[1];
    const key = keysByRef.get(partsKey2(p)) ?? (aliasName ? keysByAliasName.get(partsKey2(aliasName)) : void 0);
    return { ref, refKind, ...key ? { key } : {} };
  };
  return (ref) => {
    const hit = keyCache.get(ref);
    if (hit)
      return hit;
    const r = uncached(ref);
    keyCache.set(ref, r);
    return r;
  };
}
function accountOrgs(model, fallback) {
  const byAccount = /* @__PURE__ */ new Map();
  for (const list of [model.flowLogs, model.buckets, model.roles]) {
    for (const r of list)
      if (r.env.account && r.env.org)
        byAccount.set(partsKey2(r.env.account), r.env.org);
  }
  return (account) => {
    const live = byAccount.get(partsKey2(account));
    return live ? withStatedPaths(live, fallback) : fallback;
  };
}
function partitionOfPolicy(doc) {
  for (const s of doc.statements) {
    for (const r of asList(s.resource)) {
      const t = literal(r);
      const m = t ? /^arn:([^:]+):s3:::/.exec(t) : null;
      if (m?.[1])
        return [m[1]];
    }
  }
  return void 0;
}

export {
  lit,
  unknown,
  concatParts,
  literal,
  shapeText,
  display,
  field,
  fieldCI,
  fieldEntry,
  asList,
  fromPNode,
  toPlainVal,
  plainToVal,
  NO,
  UNKNOWN,
  YES,
  matchStr,
  normalizeContext,
  evaluateStatement,
  evaluate,
  statementPrincipalMatches,
  statementCoversAction,
  PARTITIONS,
  parseArn,
  arnProblems,
  partitionOf,
  arnFields,
  partsEqual,
  partsOf,
  splitFirst,
  symbolLabels,
  inputHead,
  destinationType,
  s3Destination,
  logGroupNameOf,
  DELIVERY_SERVICE,
  FLOW_LOGS_SERVICE,
  partsKey2 as partsKey,
  buildLinks
};
