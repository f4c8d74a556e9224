// Terraform expressions → values. References (var., local., resources, data sources, modules)
// are answered by the module scope; this module knows the expression language only: templates,
// operators, conditionals, for-expressions, splats and the functions policy code uses.
import { concatParts, display, lit, literal, unknown, type Part, type Val } from '../model/value.js';
import type { Pos, SourceFile } from '../parse/source.js';
import { evalBudgetReason, evalSteps, MAX_EVAL_STEPS, overBudget, quoteValue } from './budgets.js';
import { callFunction } from './functions.js';
import { nodePos, type TsNode } from './hcl.js';
import { entriesOf, equal, errorV, firstUnknown, isError, numText, unifyPrimitives } from './values.js';

export type Accessor = { kind: 'attr'; name: string } | { kind: 'index'; value: Val } | { kind: 'splat'; rest: Accessor[] };

export interface Scope {
  readonly src: SourceFile;
  /** Resolves a reference `root.a.b[0]…`; returns the value and how many accessors it used. */
  ref(root: string, accessors: Accessor[], at: Pos): Val;
  /** For-expression variables. */
  readonly vars?: ReadonlyMap<string, Val>;
  /** Reads a file relative to the module (for file() / templatefile()). */
  readFile?(path: string): { text: string; src: SourceFile } | string | undefined;
}

// Comments (`#`, `//`, `/* */`) are nodes of the tree wherever they are written: never operands.
const named = (n: TsNode): TsNode[] => n.namedChildren.filter((c): c is TsNode => !!c && c.type !== 'comment');
const operator = (n: TsNode): string | undefined => n.children.find((c) => c && !c.isNamed && c.type !== '(' && c.type !== ')')?.text;

const ACCESSORS = new Set(['get_attr', 'index', 'splat', 'attr_splat', 'full_splat', 'legacy_index', 'new_index']);
const SPLATS = new Set(['splat', 'attr_splat', 'full_splat']);

export function evalExpr(n: TsNode, scope: Scope, depth = 0): Val {
  const p = nodePos(scope.src, n);
  if (depth > 200) return unknown('expression nested too deeply', p);
  if (++evalSteps.used > MAX_EVAL_STEPS) return unknown(evalBudgetReason, p);
  switch (n.type) {
    case 'expression':
    case 'expr_term': {
      const kids = named(n);
      const first = kids[0];
      if (!first) return unknown('empty expression', p);
      if (first.type === 'variable_expr') return reference(first, kids.slice(1), scope, depth, p);
      let v = evalExpr(first, scope, depth + 1);
      for (const acc of kids.slice(1)) v = applyAccessor(v, accessorOf(acc, scope, depth), p);
      return kids.length > 1 ? withPos(v, p) : v;
    }
    case 'literal_value':
      return evalExpr(named(n)[0] as TsNode, scope, depth + 1);
    case 'numeric_lit':
      return { kind: 'num', value: Number(n.text), text: numText(Number(n.text)), pos: p };
    case 'bool_lit':
      return { kind: 'bool', value: n.text === 'true', pos: p };
    case 'null_lit':
      return { kind: 'null', pos: p };
    case 'string_lit':
    case 'template_expr':
    case 'quoted_template':
    case 'heredoc_template':
      return template(n, scope, depth, p);
    case 'variable_expr':
      return reference(n, [], scope, depth, p);
    case 'collection_value':
      return evalExpr(named(n)[0] as TsNode, scope, depth + 1);
    case 'tuple':
      return { kind: 'arr', items: named(n).filter((c) => c.type === 'expression').map((c) => evalExpr(c, scope, depth + 1)), pos: p };
    case 'object': {
      const entries: { key: string; keyPos: Pos; value: Val }[] = [];
      for (const el of named(n).filter((c) => c.type === 'object_elem')) {
        const [k, v] = named(el).filter((c) => c.type === 'expression');
        if (!k || !v) continue;
        const key = objectKey(k, scope, depth);
        if (key === undefined) return unknown('an object key cannot be resolved', p);
        entries.push({ key, keyPos: nodePos(scope.src, k), value: evalExpr(v, scope, depth + 1) });
      }
      return { kind: 'obj', entries, pos: p };
    }
    case 'function_call':
      return call(n, scope, depth, p);
    case 'conditional': {
      const [c, a, b] = named(n).filter((x) => x.type === 'expression');
      if (!c || !a || !b) return unknown('malformed conditional', p);
      const cond = evalExpr(c, scope, depth + 1);
      const flag = cond.kind === 'bool' ? cond.value : cond.kind === 'str' && (literal(cond) === 'true' || literal(cond) === 'false') ? literal(cond) === 'true' : undefined;
      if (flag === undefined) {
        if (cond.kind === 'unknown') return unknown(cond.reason.startsWith('Terraform would fail') ? cond.reason : `the condition \`${c.text}\` cannot be decided statically (${cond.reason})`, p);
        return cond.kind === 'null' ? errorV('the condition is null', p) : errorV('the condition is not a bool', p);
      }
      const chosen = evalExpr(flag ? a : b, scope, depth + 1);
      if (chosen.kind !== 'num' && chosen.kind !== 'bool') return chosen;
      // Both results get one type: a number or bool against a string becomes a string.
      const other = evalExpr(flag ? b : a, scope, depth + 1);
      return other.kind === 'str' ? ((unifyPrimitives([chosen, other], p) ?? [chosen])[0] as Val) : chosen;
    }
    case 'operation':
      return evalExpr(named(n)[0] as TsNode, scope, depth + 1);
    case 'unary_operation':
      return unary(n, scope, depth, p);
    case 'binary_operation':
      return binary(n, scope, depth, p);
    case 'for_expr':
      return forExpr(named(n)[0] as TsNode, scope, depth, p);
    case 'parenthesized_expression':
      return evalExpr(named(n).find((c) => c.type === 'expression') as TsNode, scope, depth + 1);
    default: {
      const inner = named(n).find((c) => c.type === 'expression');
      if (inner) return evalExpr(inner, scope, depth + 1);
      return unknown(`\`${n.type}\` expressions are not evaluated`, p);
    }
  }
}

function withPos(v: Val, p: Pos): Val {
  return { ...v, pos: p };
}

function objectKey(k: TsNode, scope: Scope, depth: number): string | undefined {
  // A bare identifier key (`Version = …`) is the key itself, not a reference.
  const kids = named(k);
  if (kids.length === 1 && kids[0]?.type === 'variable_expr') return kids[0].text;
  return literal(evalExpr(k, scope, depth + 1));
}

function accessorOf(acc: TsNode, scope: Scope, depth: number): Accessor {
  if (acc.type === 'get_attr') return { kind: 'attr', name: named(acc)[0]?.text ?? '' };
  if (acc.type === 'index') {
    const inner = named(acc)[0];
    const e = inner ? named(inner).find((c) => c.type === 'expression') : undefined;
    if (inner?.type === 'legacy_index') return { kind: 'index', value: lit(inner.text.replace(/^\./, '')) };
    return { kind: 'index', value: e ? evalExpr(e, scope, depth + 1) : unknown('bad index') };
  }
  // `[*].arn` / `.*.arn`: the accessors inside the splat apply to every element.
  const inner = (n: TsNode): TsNode[] => named(n).flatMap((c) => (SPLATS.has(c.type) ? inner(c) : ACCESSORS.has(c.type) ? [c] : []));
  return { kind: 'splat', rest: inner(acc).map((c) => accessorOf(c, scope, depth)) };
}

function reference(v: TsNode, rest: TsNode[], scope: Scope, depth: number, p: Pos): Val {
  const name = v.text;
  const accessors = rest.map((a) => accessorOf(a, scope, depth));
  const bound = scope.vars?.get(name);
  if (bound) {
    let out = bound;
    for (const a of accessors) out = applyAccessor(out, a, p);
    return out;
  }
  return scope.ref(name, accessors, p);
}

export function applyAccessor(v: Val, a: Accessor, p: Pos): Val {
  if (v.kind === 'unknown') return v;
  if (a.kind === 'splat') {
    // A splat on null is an empty list; on a single value it wraps it (Terraform's rule).
    const items = v.kind === 'arr' ? v.items : v.kind === 'null' ? [] : [v];
    return { kind: 'arr', items: items.map((x) => a.rest.reduce((y, r) => applyAccessor(y, r, p), x)), pos: p };
  }
  if (v.kind === 'null') return errorV(a.kind === 'attr' ? `attempt to get attribute ${a.name} from a null value` : 'attempt to index a null value', p);
  if (a.kind === 'attr') {
    if (v.kind === 'obj') {
      const e = [...v.entries].reverse().find((x) => x.key === a.name);
      return e ? e.value : errorV(`no attribute ${a.name}`, p);
    }
    if (v.kind === 'arr') return { kind: 'arr', items: v.items.map((i) => applyAccessor(i, a, p)), pos: p };
    // A string with symbols is often a resource attribute whose structure is not modelled.
    if (v.kind === 'str' && v.parts.some((x) => typeof x !== 'string')) return unknown(`cannot read .${a.name} of ${display(v)}`, p);
    return errorV(`cannot read .${a.name} of a ${v.kind}`, p);
  }
  if (a.value.kind === 'unknown') return unknown(a.value.reason, p);
  const key = literal(a.value);
  if (key === undefined) return unknown('the index cannot be resolved', p);
  if (v.kind === 'arr') {
    const i = Number(key);
    if (!Number.isInteger(i)) return errorV(`index ${key} is not a whole number`, p);
    return v.items[i] ?? errorV(`index ${key} is out of range`, p);
  }
  if (v.kind === 'obj') return [...v.entries].reverse().find((x) => x.key === key)?.value ?? errorV(`no key ${key}`, p);
  if (v.kind === 'str' && v.parts.some((x) => typeof x !== 'string')) return unknown(`cannot index ${display(v)}`, p);
  return errorV(`cannot index a ${v.kind}`, p);
}

function decodeEscapes(s: string): string {
  return s
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
      if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
      return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[e] ?? `\\${e}`;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

function template(n: TsNode, scope: Scope, depth: number, p: Pos): Val {
  const quoted = n.type !== 'heredoc_template' && n.descendantsOfType('heredoc_start').length === 0;
  // "${x}" alone is x itself, whatever its type (Terraform's rule), and keeps x's position.
  const only = named(n).flatMap((c) => (c.type === 'quoted_template' ? named(c) : [c])).filter((c) => c.type !== 'quoted_template_start' && c.type !== 'quoted_template_end');
  if (only.length === 1 && only[0]?.type === 'template_interpolation') {
    const e = named(only[0]).find((x) => x.type === 'expression');
    if (e) return evalExpr(e, scope, depth + 1);
  }
  const pieces: Part[] = [];
  let unknownReason: string | undefined;
  const walk = (node: TsNode) => {
    for (const c of named(node)) {
      if (unknownReason) return;
      switch (c.type) {
        case 'template_literal':
          pieces.push(quoted ? decodeEscapes(c.text) : c.text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{'));
          break;
        case 'template_interpolation': {
          const e = named(c).find((x) => x.type === 'expression');
          const v = e ? evalExpr(e, scope, depth + 1) : unknown('empty interpolation');
          if (v.kind === 'str') pieces.push(...v.parts);
          else if (v.kind === 'num') pieces.push(v.text);
          else if (v.kind === 'bool') pieces.push(String(v.value));
          else unknownReason = v.kind === 'unknown' ? v.reason : `\${${e?.text ?? ''}} is not a string`;
          break;
        }
        case 'template_directive':
          unknownReason = 'template directives (%{if}/%{for}) are not evaluated';
          break;
        case 'quoted_template':
        case 'heredoc_template':
        case 'template_expr':
        case 'string_lit':
          walk(c);
          break;
        default:
          break;
      }
    }
  };
  walk(n);
  if (unknownReason) return unknown(unknownReason, p);
  const big = overBudget({ kind: 'str', parts: pieces });
  if (big) return unknown(big, p);
  let parts = concatParts(pieces);
  const start = n.descendantsOfType('heredoc_start')[0];
  if (start?.text.startsWith('<<-')) parts = dedent(parts);
  const literalOnly = n.descendantsOfType(['template_interpolation', 'template_directive']).length === 0;
  return { kind: 'str', parts, pos: literalOnly ? contentPos(n, scope.src, p) : p };
}

/** For heredocs and quoted strings, the value's position is its content (so JSON inside can be
 * mapped back character by character when the content is literal). */
function contentPos(n: TsNode, src: SourceFile, p: Pos): Pos {
  const lits = n.descendantsOfType('template_literal').filter((x): x is TsNode => !!x);
  const first = lits[0];
  const last = lits[lits.length - 1];
  if (first && last) return { src, start: first.startIndex, end: last.endIndex };
  return p;
}

function dedent(parts: Part[]): Part[] {
  const text = parts.map((x) => (typeof x === 'string' ? x : '\u0000')).join('');
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const indent = Math.min(...lines.map((l) => l.length - l.trimStart().length));
  if (!Number.isFinite(indent) || indent === 0) return parts;
  const re = new RegExp(`(^|\\n)[ \\t]{${indent}}`, 'g');
  return parts.map((x) => (typeof x === 'string' ? x.replace(re, '$1') : x));
}

function num(v: Val): number | undefined {
  if (v.kind === 'num') return v.value;
  const t = literal(v);
  return t !== undefined && t.trim() !== '' && !Number.isNaN(Number(t)) ? Number(t) : undefined;
}


/** Operands of an operation: in this grammar a term and its accessors (`var` `.name` `[0]`) are
 * siblings, so group each term with the accessors that follow it. */
function operands(n: TsNode): TsNode[][] {
  const groups: TsNode[][] = [];
  for (const c of named(n)) {
    if (ACCESSORS.has(c.type) && groups.length) (groups[groups.length - 1] as TsNode[]).push(c);
    else groups.push([c]);
  }
  return groups;
}

function evalOperand(g: TsNode[] | undefined, scope: Scope, depth: number, p: Pos): Val {
  const [first, ...rest] = g ?? [];
  if (!first) return unknown('missing operand', p);
  if (first.type === 'variable_expr') return reference(first, rest, scope, depth, p);
  let v = evalExpr(first, scope, depth + 1);
  for (const acc of rest) v = applyAccessor(v, accessorOf(acc, scope, depth), p);
  return v;
}

function unary(n: TsNode, scope: Scope, depth: number, p: Pos): Val {
  const op = operator(n);
  const v = evalOperand(operands(n)[0], scope, depth, p);
  if (v.kind === 'unknown') return v;
  if (op === '!' && v.kind === 'bool') return { kind: 'bool', value: !v.value, pos: p };
  const x = num(v);
  if (op === '-' && x !== undefined) return { kind: 'num', value: -x, text: String(-x), pos: p };
  return unknown(`cannot apply ${op ?? '?'}`, p);
}

function binary(n: TsNode, scope: Scope, depth: number, p: Pos): Val {
  const groups = operands(n);
  const op = operator(n) ?? '';
  const a = evalOperand(groups[0], scope, depth, p);
  if (op === '&&' && a.kind === 'bool' && !a.value) return { kind: 'bool', value: false, pos: p };
  if (op === '||' && a.kind === 'bool' && a.value) return { kind: 'bool', value: true, pos: p };
  const b = evalOperand(groups[1], scope, depth, p);
  if (op === '==' || op === '!=') {
    const eq = equal(a, b);
    if (eq === undefined) return unknown(`\`${n.text}\` cannot be decided statically`, p);
    return { kind: 'bool', value: op === '==' ? eq : !eq, pos: p };
  }
  if (a.kind === 'unknown') return a;
  if (b.kind === 'unknown') return b;
  if (op === '&&' || op === '||') {
    if (a.kind !== 'bool' || b.kind !== 'bool') return unknown('logical operator on non-booleans', p);
    return { kind: 'bool', value: op === '&&' ? a.value && b.value : a.value || b.value, pos: p };
  }
  const x = num(a);
  const y = num(b);
  if (x === undefined || y === undefined) return unknown(`\`${n.text}\` needs numbers`, p);
  const nv = (z: number): Val => (Number.isFinite(z) ? { kind: 'num', value: z, text: numText(z), pos: p } : errorV(`\`${n.text}\`: division by zero`, p));
  const res: Record<string, () => Val> = {
    '+': () => nv(x + y),
    '-': () => nv(x - y),
    '*': () => nv(x * y),
    '/': () => nv(x / y),
    '%': () => nv(x % y),
    '<': () => ({ kind: 'bool', value: x < y, pos: p }),
    '<=': () => ({ kind: 'bool', value: x <= y, pos: p }),
    '>': () => ({ kind: 'bool', value: x > y, pos: p }),
    '>=': () => ({ kind: 'bool', value: x >= y, pos: p }),
  };
  return res[op]?.() ?? unknown(`operator ${op} is not evaluated`, p);
}

function forExpr(n: TsNode, scope: Scope, depth: number, p: Pos): Val {
  const kids = named(n);
  const intro = kids.find((c) => c.type === 'for_intro');
  if (!intro) return unknown('malformed for expression', p);
  const ids = named(intro).filter((c) => c.type === 'identifier').map((c) => c.text);
  const collExpr = named(intro).find((c) => c.type === 'expression');
  const coll = collExpr ? evalExpr(collExpr, scope, depth + 1) : unknown('no collection');
  if (coll.kind !== 'arr' && coll.kind !== 'obj') {
    if (coll.kind === 'unknown') return unknown(coll.reason, p);
    return errorV(coll.kind === 'null' ? 'a for expression over a null value' : `a for expression over a ${coll.kind}`, p);
  }
  const bodies = kids.filter((c) => c.type === 'expression');
  const cond = kids.find((c) => c.type === 'for_cond');
  const condExpr = cond ? named(cond).find((c) => c.type === 'expression') : undefined;
  // Maps and objects are iterated in key order, as Terraform does.
  const pairs: [Val, Val][] = coll.kind === 'arr' ? coll.items.map((v, i) => [{ kind: 'num', value: i, text: String(i) }, v]) : entriesOf(coll).map((e) => [lit(e.key), e.value]);
  const isObject = n.type === 'for_object_expr';
  const grouping = isObject && n.children.some((c) => c?.type === 'ellipsis' || c?.text === '...');
  const items: Val[] = [];
  const entries: { key: string; value: Val }[] = [];
  const groups = new Map<string, Val[]>();
  for (const [k, v] of pairs) {
    const vars = new Map(scope.vars ?? []);
    if (ids.length === 2) {
      vars.set(ids[0] as string, k);
      vars.set(ids[1] as string, v);
    } else vars.set(ids[0] as string, v);
    const inner: Scope = { ...scope, vars };
    if (condExpr) {
      const c = evalExpr(condExpr, inner, depth + 1);
      if (c.kind === 'unknown') return unknown(`a for-expression filter cannot be decided statically (${c.reason})`, p);
      if (c.kind !== 'bool') return errorV('a for-expression filter is not a bool', p);
      if (!c.value) continue;
    }
    if (isObject) {
      const kv = evalExpr(bodies[0] as TsNode, inner, depth + 1);
      const key = kv.kind === 'num' ? numText(kv.value) : literal(kv);
      if (key === undefined) return kv.kind === 'unknown' ? unknown(kv.reason, p) : unknown('a for-expression key cannot be resolved', p);
      const value = evalExpr(bodies[1] as TsNode, inner, depth + 1);
      if (grouping) groups.set(key, [...(groups.get(key) ?? []), value]);
      else if (entries.some((e) => e.key === key)) return errorV(`duplicate object key ${JSON.stringify(key)} (use ... to group)`, p);
      else entries.push({ key, value });
    } else items.push(evalExpr(bodies[0] as TsNode, inner, depth + 1));
  }
  if (grouping) return { kind: 'obj', entries: [...groups].map(([key, vs]) => ({ key, value: { kind: 'arr', items: vs, pos: p } })), pos: p };
  return isObject ? { kind: 'obj', entries, pos: p } : { kind: 'arr', items, pos: p };
}

function strParts(v: Val): readonly Part[] | undefined {
  if (v.kind === 'str') return v.parts;
  if (v.kind === 'num') return [v.text];
  if (v.kind === 'bool') return [String(v.value)];
  return undefined;
}

function call(n: TsNode, scope: Scope, depth: number, p: Pos): Val {
  const kids = named(n);
  const name = kids[0]?.text ?? '';
  const argsNode = kids.find((c) => c.type === 'function_arguments');
  const argNodes = argsNode ? named(argsNode).filter((c) => c.type === 'expression') : [];
  const expand = argsNode ? argsNode.children.some((c) => c?.type === 'expand_args' || c?.text === '...') : false;
  if (name === 'try' || name === 'can') {
    // Errors Terraform raises fall through to the next argument; a value known only later makes
    // the whole call unknown (Terraform waits for it too), so a fallback never stands in for it.
    for (const a of argNodes) {
      const v = evalExpr(a, scope, depth + 1);
      const u = firstUnknown(v);
      if (u && isError(u)) continue;
      if (name === 'can') return u ? unknown((u as { reason: string }).reason, p) : { kind: 'bool', value: true, pos: p };
      return u && v.kind === 'unknown' ? unknown(v.reason, p) : v;
    }
    return name === 'can' ? { kind: 'bool', value: false, pos: p } : errorV('try(): no argument could be evaluated without an error', p);
  }
  let args = argNodes.map((a) => evalExpr(a, scope, depth + 1));
  if (expand && args.length) {
    const last = args[args.length - 1] as Val;
    if (last.kind !== 'arr') return last.kind === 'unknown' ? unknown(last.reason, p) : errorV(`${name}(): expanded argument is not a list`, p);
    args = [...args.slice(0, -1), ...last.items];
  }
  const a0 = args[0];
  switch (name) {
    case 'jsonencode':
      // Kept as the structure (with positions) so policy checks read it; a string function
      // applied to it does not see JSON text.
      return a0 ? withPos(a0, p) : unknown('missing argument', p);
    case 'file':
    case 'templatefile': {
      const path = a0 ? literal(a0) : undefined;
      const f = path !== undefined ? scope.readFile?.(path) : undefined;
      if (typeof f === 'string') return unknown(`${name}(): ${f}`, p);
      if (!f) return unknown(`${name}(${quoteValue(path ?? '…')}) cannot be read`, p);
      const big = overBudget(lit(f.text));
      if (big) return unknown(`${name}(${quoteValue(path ?? '')}): ${big}`, p);
      if (name === 'file') return { kind: 'str', parts: [f.text], pos: { src: f.src, start: 0, end: f.text.length } };
      const vars = args[1];
      if (vars && vars.kind !== 'obj') return unknown('templatefile variables cannot be resolved', p);
      const out: Part[] = [];
      let last = 0;
      const re = /\$\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(f.text))) {
        out.push(f.text.slice(last, m.index));
        last = m.index + m[0].length;
        const v = vars?.kind === 'obj' ? [...vars.entries].reverse().find((e) => e.key === m?.[1])?.value : undefined;
        const sp = v ? strParts(v) : undefined;
        if (!sp) return unknown(`templatefile: \${${m[1]}} cannot be resolved`, p);
        out.push(...sp);
      }
      out.push(f.text.slice(last));
      if (/%\{/.test(f.text)) return unknown('templatefile directives are not evaluated', p);
      return { kind: 'str', parts: concatParts(out), pos: p };
    }
    default: {
      const v = callFunction(name, args, p);
      const big = overBudget(v);
      return big ? unknown(`${name}(): ${big}`, p) : v;
    }
  }
}

export function fromPlain(x: unknown, p?: Pos): Val {
  const at = p ? { pos: p } : {};
  if (x === null) return { kind: 'null', ...at };
  if (typeof x === 'string') return lit(x, p);
  if (typeof x === 'number') return { kind: 'num', value: x, text: String(x), ...at };
  if (typeof x === 'boolean') return { kind: 'bool', value: x, ...at };
  if (Array.isArray(x)) return { kind: 'arr', items: x.map((i) => fromPlain(i, p)), ...at };
  if (typeof x === 'object') return { kind: 'obj', entries: Object.entries(x as Record<string, unknown>).map(([key, v]) => ({ key, value: fromPlain(v, p) })), ...at };
  return unknown('unsupported value', p);
}
