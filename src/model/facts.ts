// Facts about how a template or Terraform configuration is written, beyond the resources' values:
// which resource waits for which (for flow-log/dependency-order) and where an ARN spells its
// partition literally (for arn/hard-coded-partition). Loaders fill them; rules read them without
// knowing the format. Nodes are keyed by the position of the resource (or Terraform local,
// variable, output, module call) they stand for, so a model resource finds its node from its `pos`.
import type { Model } from './model.js';
import type { Pos } from '../parse/source.js';

export interface OrderNode {
  /** The stack or Terraform configuration: nodes of different units never order each other. */
  readonly unit: string;
  /** Display name (logical ID, Terraform address). */
  readonly name: string;
  /** A resource the model may hold (false for Terraform locals, variables, data sources, outputs). */
  readonly resource: boolean;
  /** Nodes this one waits for: references and explicit dependencies (`DependsOn`, `depends_on`). */
  readonly deps: Set<string>;
  /** Nodes (bucket, role) this resource attaches a policy to, found from its references. */
  readonly grants: Set<string>;
  /** The resource carries its own policy (inline role policies, a Terraform bucket's `policy`). */
  inlineGrant: boolean;
}

export interface ArnLiteral {
  /** The `arn:PARTITION:` text. */
  readonly pos: Pos;
  readonly partition: string;
  /** Where partition derivation is looked for: the template, or the Terraform module. */
  readonly scope: string;
}

export interface Facts {
  readonly nodes: Map<string, OrderNode>;
  /** ARN literals with a literal partition, by the node they are written in. */
  readonly arnLiterals: Map<string, ArnLiteral[]>;
  /** Scopes that derive the partition (`${AWS::Partition}`, `data.aws_partition`, a partition
   * input), with one place that does. */
  readonly derivesPartition: Map<string, Pos | undefined>;
}

/** How a message names a scope: Terraform loaders key their modules `tf:…`, templates are keyed by
 * file. Rules ask this instead of reading the key's format. */
export function scopeName(scope: string): 'Terraform module' | 'template' {
  return scope.startsWith('tf:') ? 'Terraform module' : 'template';
}

export function factsOf(m: Model): Facts {
  m.facts ??= { nodes: new Map(), arnLiterals: new Map(), derivesPartition: new Map() };
  return m.facts;
}

/** The node key of a resource (or other declaration) starting at this position. */
export function siteKey(p: Pos): string {
  return `${p.src.path}@${p.start}`;
}

/** Gets or creates a node. */
export function orderNode(f: Facts, key: string, unit: string, name: string, resource: boolean): OrderNode {
  let n = f.nodes.get(key);
  if (!n) {
    n = { unit, name, resource, deps: new Set(), grants: new Set(), inlineGrant: false };
    f.nodes.set(key, n);
  }
  return n;
}

/** Is `to` reachable from `from` through dependencies? */
export function reaches(f: Facts, from: string, to: ReadonlySet<string>): string | undefined {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const d of f.nodes.get(queue[i] as string)?.deps ?? []) {
      if (to.has(d)) return d;
      if (!seen.has(d)) {
        seen.add(d);
        queue.push(d);
      }
    }
  }
  return undefined;
}

const ARN_PARTITION = /arn:(aws(?:-[a-z]+)*):/g;

/** Literal partitions of ARNs in a piece of text whose first character is at `offset` of `src`'s
 * text; positions cover `arn:PARTITION`. */
export function arnLiteralsIn(text: string, at: (start: number, end: number) => Pos, scope: string): ArnLiteral[] {
  const out: ArnLiteral[] = [];
  for (const m of text.matchAll(ARN_PARTITION)) {
    const i = m.index ?? 0;
    out.push({ pos: at(i, i + m[0].length - 1), partition: m[1] ?? 'aws', scope });
  }
  return out;
}

export function addArnLiterals(f: Facts, key: string, lits: readonly ArnLiteral[]): void {
  if (!lits.length) return;
  // A template loaded once per scenario, or a module called twice, yields the same literals again.
  const have = f.arnLiterals.get(key) ?? [];
  const seen = new Set(have.map((l) => l.pos.start));
  f.arnLiterals.set(key, [...have, ...lits.filter((l) => !seen.has(l.pos.start))]);
}

/** Adds one model's facts to another's (the pipeline loads files into scratch models and merges
 * them). */
export function mergeFacts(into: Model, from: Model): void {
  const src = from.facts;
  if (!src || src === into.facts) return;
  const dst = factsOf(into);
  for (const [k, n] of src.nodes) {
    const d = orderNode(dst, k, n.unit, n.name, n.resource);
    for (const x of n.deps) d.deps.add(x);
    for (const x of n.grants) d.grants.add(x);
    d.inlineGrant ||= n.inlineGrant;
  }
  for (const [k, l] of src.arnLiterals) addArnLiterals(dst, k, l);
  for (const [k, p] of src.derivesPartition) if (!dst.derivesPartition.has(k)) dst.derivesPartition.set(k, p);
}

/** The policy nodes that attach to each bucket or role node (the reverse of `grants`). */
export function grantsByTarget(f: Facts): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, n] of f.nodes) for (const g of n.grants) out.set(g, [...(out.get(g) ?? []), k]);
  return out;
}
