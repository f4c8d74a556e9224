// HCL parsing with tree-sitter (web-tree-sitter + the Apache-2.0 tree-sitter-hcl grammar's
// terraform wasm). Chosen over @cdktf/hcl2json (no positions; CDKTF was archived in 2025) because
// every node keeps exact positions and syntax errors come back as ERROR/MISSING nodes with
// places; turning expressions into values is done in eval.ts. The wasm is loaded once, lazily,
// and only when a run contains .tf files.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { interpolationTooDeep, MAX_INTERPOLATION_DEPTH } from './budgets.js';
import type { Language as LanguageT, Node as TsNode, Parser as ParserT } from 'web-tree-sitter';
import { InputError } from '../parse/errors.js';
import { pos, type Pos, type SourceFile } from '../parse/source.js';

export type { TsNode };

let parser: ParserT | undefined;

export function hclReady(): boolean {
  return parser !== undefined;
}

export async function initHcl(): Promise<void> {
  if (parser) return;
  const { Parser, Language } = (await import('web-tree-sitter')) as unknown as {
    Parser: { init(): Promise<void>; new (): ParserT };
    Language: { load(path: string): Promise<LanguageT> };
  };
  await Parser.init();
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json'));
  const lang = await Language.load(join(pkg, 'tree-sitter-terraform.wasm'));
  const p = new Parser();
  p.setLanguage(lang);
  parser = p;
}

export interface HclAttribute {
  readonly name: string;
  readonly namePos: Pos;
  readonly expr: TsNode;
  readonly pos: Pos;
}

export interface HclBlock {
  readonly type: string;
  readonly labels: string[];
  readonly body: HclBody;
  readonly pos: Pos;
  readonly typePos: Pos;
}

export interface HclBody {
  readonly attributes: Map<string, HclAttribute>;
  readonly blocks: HclBlock[];
}

export interface HclFile {
  readonly src: SourceFile;
  readonly body: HclBody;
  /** Frees the syntax tree (wasm memory); the file must not be evaluated afterwards. */
  dispose(): void;
}

export function nodePos(src: SourceFile, n: TsNode): Pos {
  return pos(src, n.startIndex, n.endIndex);
}

/** Parses a .tf file; syntax errors become an InputError at the first error's position. */
export function parseHcl(src: SourceFile): HclFile {
  if (!parser) throw new Error('HCL parser not initialised (call initHcl first)');
  // Checked before parsing: the parser itself is superlinear in this nesting.
  const deep = interpolationTooDeep(src.text);
  if (deep >= 0) throw new InputError(`HCL: "\${…}" sequences nested deeper than the interpolation depth budget (${MAX_INTERPOLATION_DEPTH}); the file is not evaluated`, pos(src, deep, deep + 2));
  const tree = parser.parse(src.text);
  if (!tree) throw new InputError('HCL could not be parsed', pos(src, 0, 0));
  const root = tree.rootNode;
  // Quoted strings cannot span lines (Terraform: "Invalid multi-line string"); an unterminated
  // string shows up the same way, so report it where it starts rather than at end of file.
  // Rows and a sorted list of CR offsets, not `q.text`: nested "${"${…}"}" strings would make
  // reading each string's text quadratic (100k levels took minutes).
  const crs: number[] = [];
  for (let i = src.text.indexOf('\r'); i >= 0; i = src.text.indexOf('\r', i + 1)) crs.push(i);
  const multiLine = (q: TsNode) => q.startPosition.row !== q.endPosition.row || hasOffsetIn(crs, q.startIndex, q.endIndex);
  for (const q of root.descendantsOfType(['quoted_template', 'string_lit'])) {
    if (!q) continue;
    const end = q.children.find((c) => c?.type === 'quoted_template_end');
    const unclosed = !end || end.isMissing;
    if (multiLine(q) || (unclosed && q.children.some((c) => c?.type === 'quoted_template_start'))) {
      const at = nodePos(src, q);
      tree.delete();
      throw new InputError('HCL syntax error: quoted string is not closed on its line (invalid multi-line string)', at);
    }
  }
  if (root.hasError) {
    const bad = firstError(root);
    const at = bad ? nodePos(src, bad) : pos(src, 0, 0);
    const what = bad?.isMissing ? `missing ${bad.type}` : `unexpected ${JSON.stringify((bad?.text ?? '').slice(0, 20))}`;
    tree.delete();
    throw new InputError(`HCL syntax error: ${what}`, at);
  }
  const bodyNode = root.namedChildren.find((c) => c?.type === 'body');
  return { src, body: bodyNode ? readBody(src, bodyNode) : { attributes: new Map(), blocks: [] }, dispose: () => tree.delete() };
}

/** Whether a sorted list of offsets has one in [start, end). */
function hasOffsetIn(sorted: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as number) < end;
}

function firstError(n: TsNode): TsNode | undefined {
  if (n.type === 'ERROR' || n.isMissing) {
    // Prefer the deepest, earliest error child for a precise position.
    for (const c of n.children) {
      if (c && (c.type === 'ERROR' || c.isMissing || c.hasError)) {
        const d = firstError(c);
        if (d) return d;
      }
    }
    return n;
  }
  for (const c of n.children) {
    if (c && (c.hasError || c.isMissing || c.type === 'ERROR')) {
      const d = firstError(c);
      if (d) return d;
    }
  }
  return undefined;
}

function readBody(src: SourceFile, body: TsNode): HclBody {
  const attributes = new Map<string, HclAttribute>();
  const blocks: HclBlock[] = [];
  for (const c of body.namedChildren) {
    if (!c) continue;
    if (c.type === 'attribute') {
      const id = c.namedChildren.find((x) => x?.type === 'identifier');
      const expr = c.namedChildren.find((x) => x?.type === 'expression');
      if (id && expr) attributes.set(id.text, { name: id.text, namePos: nodePos(src, id), expr, pos: nodePos(src, c) });
    } else if (c.type === 'block') {
      const kids = c.namedChildren.filter((x): x is TsNode => !!x);
      const typeNode = kids[0];
      const labels: string[] = [];
      let inner: HclBody = { attributes: new Map(), blocks: [] };
      for (const k of kids.slice(1)) {
        if (k.type === 'string_lit') labels.push(k.namedChildren.filter((x) => x?.type === 'template_literal').map((x) => x?.text ?? '').join(''));
        else if (k.type === 'identifier') labels.push(k.text);
        else if (k.type === 'body') inner = readBody(src, k);
      }
      if (typeNode) blocks.push({ type: typeNode.text, labels, body: inner, pos: nodePos(src, c), typePos: nodePos(src, typeNode) });
    }
  }
  return { attributes, blocks };
}
