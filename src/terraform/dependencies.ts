// Terraform ordering and partition facts (see model/facts.ts), read from the syntax: every
// reference (`aws_s3_bucket_policy.p.id`, `local.x`, `var.x`, `module.m.out`, `data.t.n`) and
// `depends_on` entry is an edge, locals, variables, outputs and module calls are nodes of their
// own, so a path through them orders as Terraform's graph does. References are taken from the
// expressions' text with comments blanked out; an extra edge (a reference-like word inside a
// string) can only hide a finding, never invent one.
import type { Model } from '../model/model.js';
import { addArnLiterals, arnLiteralsIn, factsOf, orderNode, siteKey, type ArnLiteral, type Facts } from '../model/facts.js';
import { pos, type Pos, type SourceFile } from '../parse/source.js';
import type { HclBlock, TsNode } from './hcl.js';
import type { Decl, ModuleInstance } from './module.js';

/** Which argument of a policy resource names the bucket or role it attaches to. */
const GRANT_ARGS: Readonly<Record<string, string>> = {
  aws_s3_bucket_policy: 'bucket',
  aws_iam_role_policy: 'role',
  aws_iam_role_policy_attachment: 'role',
  aws_iam_policy_attachment: 'roles',
};

const REF = /(?<![\w.$-])(data\.[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*|module\.[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)?|[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)/g;

/** One module instance's walk: where its facts go and what it has found so far. */
interface FactsWalk {
  readonly f: Facts;
  readonly mi: ModuleInstance;
  /** The order unit: the root module of the instance (edges do not cross roots). */
  readonly unit: string;
  /** The module folder: ARN literals and the partition fact are per folder. */
  readonly scope: string;
  /** The first place the module derives its partition (data.aws_partition, a partition variable). */
  derived: Pos | undefined;
}

export function terraformFacts(m: Model, mi: ModuleInstance): void {
  const def = mi.def;
  const w: FactsWalk = { f: factsOf(m), mi, unit: `tf:${[...mi.ancestors][0] ?? def.absDir}`, scope: `tf:${def.absDir}`, derived: undefined };
  for (const d of [...def.resources.values(), ...def.data.values()]) addDeclNode(w, d);
  addLocalNodes(w);
  for (const [name, o] of def.outputs) addRefs(w, orderNode(w.f, siteKey(o.block.pos), w.unit, `${mi.prefix}output.${name}`, false), o.file.src, exprsOf(o.block));
  addVariableNodes(w);
  addModuleCallNodes(w);
  if (w.derived && !w.f.derivesPartition.has(w.scope)) w.f.derivesPartition.set(w.scope, w.derived);
}

/** A resource or data source: its references, the bucket or role it grants on, its ARN literals. */
function addDeclNode(w: FactsWalk, d: Decl): void {
  // A resource whose count or for_each is decidably empty does not exist, nor do its edges.
  if (d.mode === 'managed' && w.mi.instances(d).length === 0) return;
  const key = siteKey(d.block.pos);
  const name = `${w.mi.prefix}${d.mode === 'data' ? 'data.' : ''}${d.type}.${d.name}`;
  const node = orderNode(w.f, key, w.unit, name, d.mode === 'managed');
  addRefs(w, node, d.file.src, exprsOf(d.block));
  const grantArg = d.mode === 'managed' ? GRANT_ARGS[d.type] : undefined;
  const g = grantArg ? d.block.body.attributes.get(grantArg) : undefined;
  if (g) {
    for (const r of refsIn(g.expr)) {
      // Only a direct reference to the bucket or role resource names the target for sure.
      const res = /^data\.|^module\.|^local\.|^var\./.test(r.text) ? undefined : resolveRef(w, r.text);
      if (res) node.grants.add(res);
    }
  }
  if (d.mode === 'managed' && d.type === 'aws_s3_bucket' && d.block.body.attributes.has('policy')) node.inlineGrant = true;
  if (d.mode === 'managed' && d.type === 'aws_iam_role' && d.block.body.blocks.some((b) => b.type === 'inline_policy')) node.inlineGrant = true;
  addArnLiterals(w.f, key, literalsOf(d.block, d.file.src, w.scope));
}

function addLocalNodes(w: FactsWalk): void {
  for (const [name, l] of w.mi.def.locals) {
    const attr = l.block.body.attributes.get(name);
    if (!attr) continue;
    const key = siteKey(attr.pos);
    addRefs(w, orderNode(w.f, key, w.unit, `${w.mi.prefix}local.${name}`, false), l.file.src, [attr.expr]);
    addArnLiterals(w.f, key, literalsIn(attr.expr, l.file.src, w.scope));
  }
}

function addVariableNodes(w: FactsWalk): void {
  for (const [name, v] of w.mi.def.variables) {
    orderNode(w.f, siteKey(v.pos), w.unit, `${w.mi.prefix}var.${name}`, false);
    if (!w.derived && /partition/i.test(name)) w.derived = v.pos;
  }
}

function addModuleCallNodes(w: FactsWalk): void {
  for (const [name, c] of w.mi.def.modules) {
    const key = siteKey(c.block.pos);
    addRefs(w, orderNode(w.f, key, w.unit, `${w.mi.prefix}module.${name}`, false), c.file.src, exprsOf(c.block));
    // A child's inputs come from the call's arguments.
    for (const child of w.mi.childInstances(name)) {
      for (const [vn, v] of child.def.variables) orderNode(w.f, siteKey(v.pos), w.unit, `${child.prefix}var.${vn}`, false).deps.add(key);
    }
  }
}

/** Adds an edge from `node` to everything the expressions reference (and notes a derived partition). */
function addRefs(w: FactsWalk, node: { deps: Set<string> }, src: SourceFile, exprs: readonly TsNode[]): void {
  for (const e of exprs) {
    for (const r of refsIn(e)) {
      if (!w.derived && (/^data\.aws_partition\./.test(r.text) || /^var\.[\w-]*partition/i.test(r.text))) w.derived = pos(src, r.start, r.end);
      const k = resolveRef(w, r.text);
      if (k) node.deps.add(k);
    }
  }
}

/** The order-node key a reference (`aws_s3_bucket.b`, `local.x`, `module.m.out`…) stands for. */
function resolveRef(w: FactsWalk, r: string): string | undefined {
  const def = w.mi.def;
  const [a, b, c] = r.split('.');
  if (!a || !b) return undefined;
  if (a === 'data') {
    const d = c ? def.data.get(`${b}.${c}`) : undefined;
    return d ? siteKey(d.block.pos) : undefined;
  }
  if (a === 'local') {
    const l = def.locals.get(b);
    const attr = l?.block.body.attributes.get(b);
    return attr ? siteKey(attr.pos) : undefined;
  }
  if (a === 'var') {
    const v = def.variables.get(b);
    return v ? siteKey(v.pos) : undefined;
  }
  if (a === 'module') return moduleOutputRef(w, b, c);
  const res = def.resources.get(`${a}.${b}`);
  return res ? siteKey(res.block.pos) : undefined;
}

/** `module.m.out` (or `module.m`): a node of its own that depends on the call and on the child's
 * output (or, for the whole module, on all its resources and outputs). */
function moduleOutputRef(w: FactsWalk, name: string, output: string | undefined): string | undefined {
  const call = w.mi.def.modules.get(name);
  if (!call) return undefined;
  const k = siteKey(call.block.pos);
  const key = `${k}#${output ?? '*'}`;
  const node = orderNode(w.f, key, w.unit, `module.${name}${output ? `.${output}` : ''}`, false);
  node.deps.add(k);
  for (const child of w.mi.childInstances(name)) {
    if (output) {
      const out = child.def.outputs.get(output);
      if (out) node.deps.add(siteKey(out.block.pos));
    } else {
      for (const d of child.def.resources.values()) node.deps.add(siteKey(d.block.pos));
      for (const o of child.def.outputs.values()) node.deps.add(siteKey(o.block.pos));
    }
  }
  return key;
}

/** Every expression of a block, nested blocks included. */
function exprsOf(b: HclBlock): TsNode[] {
  return [...[...b.body.attributes.values()].map((a) => a.expr), ...b.body.blocks.flatMap(exprsOf)];
}

/** References in an expression, with source offsets; comments are skipped. */
function refsIn(expr: TsNode): { text: string; start: number; end: number }[] {
  let text = expr.text;
  for (const c of expr.descendantsOfType('comment')) {
    if (!c) continue;
    const s = c.startIndex - expr.startIndex;
    const e = c.endIndex - expr.startIndex;
    text = text.slice(0, s) + ' '.repeat(Math.max(0, e - s)) + text.slice(e);
  }
  const out: { text: string; start: number; end: number }[] = [];
  for (const mm of text.matchAll(REF)) {
    const start = expr.startIndex + (mm.index ?? 0);
    out.push({ text: mm[0], start, end: start + mm[0].length });
  }
  return out;
}

function literalsIn(expr: TsNode, src: SourceFile, scope: string): ArnLiteral[] {
  const out: ArnLiteral[] = [];
  for (const t of expr.descendantsOfType('template_literal')) {
    if (!t) continue;
    const base = t.startIndex;
    out.push(...arnLiteralsIn(t.text, (s, e) => pos(src, base + s, base + e), scope));
  }
  return out;
}

function literalsOf(b: HclBlock, src: SourceFile, scope: string): ArnLiteral[] {
  return exprsOf(b).flatMap((e) => literalsIn(e, src, scope));
}
