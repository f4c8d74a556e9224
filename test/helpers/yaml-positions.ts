// Position comparison between the offset path of the fast YAML parser and its lazy path-lookup
// reference (the positioned parser's ranges), shared by the parse and fuzz tests.
import type { PNode } from '../../src/parse/pnode.js';
import type { SourceFile } from '../../src/parse/source.js';
import { parseYamlFast, parseYamlLazy } from '../../src/parse/yaml-fast.js';

/** Differences between the positions of two trees of the same data, as readable lines. */
export function diffPositions(a: PNode, b: PNode, path = '', out: string[] = []): string[] {
  const p = (n: { start: number; end: number }) => `${n.start}-${n.end}`;
  if (p(a.pos) !== p(b.pos)) out.push(`${path || '/'}: ${p(a.pos)}, want ${p(b.pos)}`);
  if (a.kind === 'object' && b.kind === 'object') {
    a.entries.forEach((e, i) => {
      const f = b.entries[i];
      if (!f || f.key !== e.key) out.push(`${path}/${e.key}: entry differs`);
      else {
        if (p(e.keyPos) !== p(f.keyPos)) out.push(`${path}/${e.key} (key): ${p(e.keyPos)}, want ${p(f.keyPos)}`);
        diffPositions(e.value, f.value, `${path}/${e.key}`, out);
      }
    });
  } else if (a.kind === 'array' && b.kind === 'array') {
    if (a.items.length !== b.items.length) out.push(`${path}: length differs`);
    a.items.forEach((it, i) => {
      const j = b.items[i];
      if (j) diffPositions(it, j, `${path}/${i}`, out);
    });
  } else if (a.kind !== b.kind) out.push(`${path}: ${a.kind}, want ${b.kind}`);
  return out;
}

/** Position differences between the fast parser's tree and the reference, for one file. */
export function compare(src: SourceFile): string[] {
  return diffPositions(parseYamlFast(src).root, parseYamlLazy(src).root);
}
