// The delivery chains the rules check, as a graph a reviewer can look at: per flow log its
// destination (bucket + policies + key, log group + key, Firehose stream) and the delivery role,
// each dependency an edge coloured by the results of the checks that guard it. Built from the same
// links the rules use, so the picture never disagrees with the findings.
import { capQuotedValues } from '../engine/cap.js';
import type { Result } from '../engine/types.js';
import { buildLinks, type FlowLogLink, type Links } from '../link/links.js';
import type { Model, Origin } from '../model/model.js';
import { display } from '../model/value.js';
import { lineCol, type Pos } from '../parse/source.js';

export type Outcome = 'pass' | 'fail' | 'unverifiable';
export type NodeKind = 'flow-log' | 'bucket' | 'bucket-policy' | 'kms-key' | 'role' | 'log-group' | 'firehose' | 'unresolved';

export interface GraphNode {
  /** Stable key (kind, name, place): equal resources of separate flow logs share one node. */
  readonly key: string;
  readonly kind: NodeKind;
  readonly name: string;
  /** `file:line`, `ACCOUNT/REGION`, or '' when the resource is not in the scan. */
  readonly where: string;
  readonly inScan: boolean;
  /** Worst result on the resource that no edge carries (e.g. flow-log/traffic-type). */
  outcome: Outcome;
  /** Rule IDs of those results (sorted). */
  rules: string[];
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** What the dependency is: `delivers to`, `policy`, `encrypted by`, `assumes`, `writes to`. */
  readonly relation: string;
  outcome: Outcome;
  /** Failing or unverifiable rule IDs (sorted); `not in scan` when the target was not found. */
  notes: string[];
}

export interface Chain {
  /** Key of the flow-log node. */
  readonly flowLog: string;
  readonly name: string;
  readonly where: string;
  readonly file?: string;
  readonly account?: string;
  readonly region?: string;
  /** Keys of every node of the chain (flow log first). */
  readonly nodes: string[];
  readonly edges: GraphEdge[];
  outcome: Outcome;
}

export interface ChainGraph {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** Sorted by place, then name. */
  readonly chains: Chain[];
}

const RANK: Record<Outcome, number> = { pass: 0, unverifiable: 1, fail: 2 };
export function worst(a: Outcome, b: Outcome): Outcome {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Which results guard an edge: rule-ID prefixes of results on the source and on the target. */
interface Guard {
  readonly source: readonly string[];
  readonly target: readonly string[];
}
const DESTINATION = ['flow-log/destination-arn', 'flow-log/destination-settings', 'flow-log/delivery-status', 'arn/'];
const GUARDS = {
  s3: { source: [...DESTINATION, 'flow-log/reserved-subfolder', 'bucket-policy/'], target: ['bucket-policy/', 'arn/'] },
  // With a policy in the scan its findings belong on the policy edge (a live bucket and its policy
  // share a name, so they would otherwise show twice).
  s3WithPolicy: { source: [...DESTINATION, 'flow-log/reserved-subfolder', 'bucket-policy/'], target: ['arn/'] },
  policy: { source: [], target: ['bucket-policy/', 'policy/'] },
  bucketKey: { source: ['kms/'], target: ['kms/', 'policy/'] },
  assumes: { source: ['delivery-role/', 'creator/pass-role'], target: ['delivery-role/trust', 'delivery-role/overbroad-trust', 'delivery-role/trust-conditions'] },
  roleWrites: { source: ['delivery-role/permissions', 'policy/'], target: [] },
  logGroup: { source: DESTINATION, target: [] },
  groupKey: { source: ['kms/'], target: ['kms/', 'policy/'] },
  firehose: { source: DESTINATION, target: [] },
} satisfies Record<string, Guard>;

function whereOf(origin: Origin, p: Pos | undefined): string {
  if (origin.file) return p && p.src === origin.file ? `${origin.file.path}:${lineCol(p.src, p.start).line}` : origin.file.path;
  const m = origin.source ? /^aws:([^:]*):(.*)$/.exec(origin.source) : null;
  return m ? `${m[1]}/${m[2]}` : (origin.source ?? '');
}

/** The results of a resource: same name, same file (or live source). */
function resultKey(name: string, place: string | undefined): string {
  return `${name}\u0000${place ?? ''}`;
}

export function buildChainGraph(model: Model, accountIds: readonly string[], results: readonly Result[], links?: Links): ChainGraph {
  const l = links ?? buildLinks(model, accountIds);
  const b = new GraphBuilder(resultsByResource(results));
  const chains = l.flowLogs.map((link) => b.chain(link, l));
  b.settleNodes();
  for (const c of chains) {
    c.outcome = c.nodes.reduce<Outcome>((o, k) => worst(o, b.nodes.get(k)?.outcome ?? 'pass'), 'pass');
    c.outcome = c.edges.reduce<Outcome>((o, e) => worst(o, e.outcome), c.outcome);
  }
  chains.sort((x, y) => cmp(x.where, y.where) || cmp(x.name, y.name) || cmp(x.flowLog, y.flowLog));
  return { nodes: b.nodes, chains };
}

/** The unsuppressed results that name a resource, by resource (resultKey). */
function resultsByResource(results: readonly Result[]): Map<string, Result[]> {
  const byResource = new Map<string, Result[]>();
  for (const r of results) {
    if (r.suppressed || !r.resource) continue;
    const k = resultKey(r.resource, r.file ?? r.source);
    byResource.set(k, [...(byResource.get(k) ?? []), r]);
  }
  return byResource;
}

function matches(id: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => id.startsWith(p));
}

/** The graph being built: nodes shared by the chains, each with the results of its resource. */
class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  /** Results shown on some edge (so a node lists only the rest). */
  private readonly shown = new Set<Result>();
  private readonly resultsOf = new Map<string, Result[]>();

  constructor(private readonly byResource: ReadonlyMap<string, Result[]>) {}

  readonly node: NodeFn = (kind, name, r) => {
    const where = r ? whereOf(r.origin, r.pos) : '';
    const key = `${kind}\u0000${name}\u0000${where}`;
    if (!this.nodes.has(key)) {
      // The label may be a value read from a file: capped like values in messages.
      this.nodes.set(key, { key, kind, name: capQuotedValues(name), where, inScan: r !== undefined, outcome: 'pass', rules: [] });
      this.resultsOf.set(key, r ? (this.byResource.get(resultKey(name, r.origin.file?.path ?? r.origin.source)) ?? []) : []);
    }
    return key;
  };

  /** A flow log's chain: its destination and role, each dependency an edge. */
  chain(link: FlowLogLink, l: Links): Chain {
    const fl = link.flowLog;
    const flKey = this.node('flow-log', fl.name, fl);
    const edges: GraphEdge[] = [];
    const members = [flKey];
    const edge: EdgeFn = (from, to, relation, guard, provenBy = false) => {
      edges.push(this.edge(from, to, relation, guard, provenBy));
      if (!members.includes(to)) members.push(to);
    };
    addDestination(link, l, flKey, this.node, edge);
    const src = fl.origin.source ? /^aws:([^:]*):(.*)$/.exec(fl.origin.source) : null;
    return {
      flowLog: flKey,
      name: fl.name,
      where: this.nodes.get(flKey)?.where ?? '',
      ...(fl.origin.file ? { file: fl.origin.file.path } : {}),
      ...(src ? { account: src[1], region: src[2] } : {}),
      nodes: members,
      edges,
      outcome: 'pass',
    };
  }

  /** An edge coloured by the results that guard it, on its source and on its target. */
  private edge(from: string, to: string, relation: string, guard: Guard, provenBy: boolean): GraphEdge {
    const e: GraphEdge = { from, to, relation, outcome: 'pass', notes: [] };
    const notes = new Set<string>();
    const take = (key: string, prefixes: readonly string[]) => {
      for (const r of this.resultsOf.get(key) ?? []) {
        if (!matches(r.ruleId, prefixes)) continue;
        this.shown.add(r);
        e.outcome = worst(e.outcome, r.status);
        notes.add(r.ruleId);
      }
    };
    take(from, guard.source);
    take(to, guard.target);
    const target = this.nodes.get(to);
    // A bucket outside the scan whose policy is in it is still proven through that policy.
    if (target && !target.inScan && !(target.kind === 'bucket' && provenBy)) {
      // Nothing about a resource outside the scan is proven: never draw it as a pass.
      e.outcome = worst(e.outcome, 'unverifiable');
      notes.add(target.kind === 'firehose' ? 'stream not checked' : 'not in scan');
    }
    e.notes = [...notes].sort();
    return e;
  }

  /** Results no edge carries stay on their node. Call after every chain is built. */
  settleNodes(): void {
    for (const [key, rs] of this.resultsOf) {
      const n = this.nodes.get(key) as GraphNode;
      const ids = new Set<string>();
      for (const r of rs) {
        if (this.shown.has(r)) continue;
        n.outcome = worst(n.outcome, r.status);
        ids.add(r.ruleId);
      }
      n.rules = [...ids].sort();
    }
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type NodeFn = (kind: NodeKind, name: string, r?: { origin: Origin; pos?: Pos }) => string;
type EdgeFn = (from: string, to: string, relation: string, guard: Guard, provenBy?: boolean) => void;

function addDestination(link: FlowLogLink, l: Links, flKey: string, node: NodeFn, edge: EdgeFn): void {
  const fl = link.flowLog;
  if (link.type === 's3') {
    if (link.s3Unknown) {
      edge(flKey, node('unresolved', `S3 destination: ${link.s3Unknown.reason}`), 'delivers to', GUARDS.s3);
      return;
    }
    const scope = link.bucketScope;
    if (!scope) {
      edge(flKey, node('unresolved', `S3 destination: ${display(fl.destination)}`), 'delivers to', GUARDS.s3);
      return;
    }
    const b = scope.bucket;
    const bKey = b ? node('bucket', b.name, b) : node('bucket', display(scope.bucketName));
    edge(flKey, bKey, 'delivers to', scope.policies.length ? GUARDS.s3WithPolicy : GUARDS.s3, scope.policies.length > 0);
    for (const p of scope.policies) edge(bKey, node('bucket-policy', p.name, p), 'policy', GUARDS.policy);
    const kl = b ? l.keyOf(b) : undefined;
    if (kl) edge(bKey, kl.key ? node('kms-key', kl.key.name, kl.key) : node('kms-key', display(kl.ref)), 'encrypted by', GUARDS.bucketKey);
    return;
  }
  if (link.type === 'cloud-watch-logs' || link.type === 'kinesis-data-firehose') {
    let from = flKey;
    if (link.roleArn) {
      const rKey = link.role ? node('role', link.role.name, link.role) : node('role', display(link.roleArn));
      edge(flKey, rKey, 'assumes', GUARDS.assumes);
      from = rKey;
    }
    if (link.type === 'cloud-watch-logs') {
      const g = link.logGroup;
      const name = g ? g.name : link.logGroupName ? display(link.logGroupName) : undefined;
      if (!name) {
        edge(from, node('unresolved', `log group: ${display(fl.logGroupName ?? fl.destination)}`), 'writes to', from === flKey ? GUARDS.logGroup : GUARDS.roleWrites);
        return;
      }
      const gKey = g ? node('log-group', g.name, g) : node('log-group', name);
      edge(from, gKey, 'writes to', from === flKey ? GUARDS.logGroup : GUARDS.roleWrites);
      if (from !== flKey) {
        // The destination checks of the flow log itself still guard the write.
        edge(flKey, gKey, 'delivers to', GUARDS.logGroup);
      }
      if (g?.kmsKeyId) {
        const kl = l.keyByRef(g.kmsKeyId);
        edge(gKey, kl.key ? node('kms-key', kl.key.name, kl.key) : node('kms-key', display(kl.ref)), 'encrypted by', GUARDS.groupKey);
      }
      return;
    }
    edge(flKey, node('firehose', display(fl.destination)), 'delivers to', GUARDS.firehose);
    return;
  }
  edge(flKey, node('unresolved', `destination type ${display(fl.destinationType)}`), 'delivers to', GUARDS.firehose);
}
