// The delivery-chain graph: which nodes and edges each kind of chain gives, the outcome of each
// edge, Mermaid and DOT golden files (UPDATE_GOLDEN=1 rewrites them), stable output, DOT parsed by
// Graphviz where installed. Mermaid syntax is checked by mermaid itself in the browser test
// (test/report/html-browser.test.ts): its parser needs a DOM.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChainGraph, type ChainGraph } from '../../src/graph/chain.js';
import { toDot, toMermaid } from '../../src/graph/render.js';
import { lintAsync } from '../../src/lint.js';

const DIR = join(import.meta.dirname, 'fixtures');
const GOLDEN = join(import.meta.dirname, 'golden');
const ACCOUNT = ['111122223333'];

export const GRAPH_CASES: Record<string, string[]> = {
  s3: ['s3.yaml'],
  cwl: ['cwl.yaml'],
  firehose: ['firehose.yaml'],
  shared: ['shared'],
  unverifiable: ['unverifiable.yaml'],
  live: ['live-snapshot.json'],
};

export async function graphOf(paths: string[]): Promise<ChainGraph> {
  const out = await lintAsync({ paths, cwd: DIR, accountIds: ACCOUNT, severities: new Map() });
  return buildChainGraph(out.model, ACCOUNT, out.results);
}

function edge(g: ChainGraph, from: string, to: string) {
  const name = (k: string) => g.nodes.get(k)?.name;
  return g.chains.flatMap((c) => c.edges).find((e) => name(e.from) === from && name(e.to) === to);
}

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('chain graph', () => {
  it('S3: flow log → bucket → policy; the missing ACL-check statement fails the policy edge', async () => {
    const g = await graphOf(GRAPH_CASES.s3 as string[]);
    expect(g.chains).toHaveLength(1);
    expect(edge(g, 'FlowLog', 'LogBucket')).toMatchObject({ outcome: 'pass', relation: 'delivers to' });
    expect(edge(g, 'LogBucket', 'LogBucketPolicy')).toMatchObject({ outcome: 'fail', notes: ['bucket-policy/acl-check'] });
    expect(g.chains[0]?.outcome).toBe('fail');
    expect(g.nodes.get(g.chains[0]?.flowLog as string)?.where).toBe('s3.yaml:29');
  });

  it('CloudWatch Logs: role and key; the key policy failure is on the log group → key edge', async () => {
    const g = await graphOf(GRAPH_CASES.cwl as string[]);
    expect(edge(g, 'FlowLog', 'FlowLogRole')).toMatchObject({ outcome: 'pass', relation: 'assumes' });
    expect(edge(g, 'FlowLogRole', 'FlowLogGroup')).toMatchObject({ outcome: 'pass', relation: 'writes to' });
    expect(edge(g, 'FlowLogGroup', 'GroupKey')).toMatchObject({ outcome: 'fail', notes: ['kms/log-group-key-access'] });
  });

  it('Firehose: the stream is outside what the linter checks, so its edge is unverifiable, never a pass', async () => {
    const g = await graphOf(GRAPH_CASES.firehose as string[]);
    const e = g.chains[0]?.edges[0];
    expect(g.nodes.get(e?.to as string)).toMatchObject({ kind: 'firehose', inScan: false });
    expect(e).toMatchObject({ outcome: 'unverifiable', notes: ['stream not checked'] });
  });

  it('a shared central bucket is one node used by both chains, drawn once', async () => {
    const g = await graphOf(GRAPH_CASES.shared as string[]);
    expect(g.chains).toHaveLength(2);
    const buckets = [...g.nodes.values()].filter((n) => n.kind === 'bucket');
    expect(buckets).toHaveLength(1);
    for (const c of g.chains) expect(c.nodes).toContain(buckets[0]?.key);
    const mm = toMermaid(g);
    expect(mm.match(/\["S3 bucket<br\/>central-flow-logs/g)).toHaveLength(1);
    // Its policy is in the scan, so the bucket itself being elsewhere does not make the edge unprovable.
    expect(edge(g, 'FlowLog', 'central-flow-logs')?.outcome).toBe('pass');
  });

  it('unresolved destinations and resources outside the scan are unverifiable with the reason', async () => {
    const g = await graphOf(GRAPH_CASES.unverifiable as string[]);
    const param = g.chains.find((c) => c.name === 'ParameterFlowLog');
    expect(param?.edges[0]).toMatchObject({ outcome: 'unverifiable', notes: ['flow-log/destination-arn', 'not in scan'] });
    expect(g.nodes.get(param?.edges[0]?.to as string)?.name).toContain('parameter DestinationArn is given at deploy time');
    const role = g.chains.find((c) => c.name === 'ExternalRoleFlowLog');
    expect(role?.edges.every((e) => e.outcome === 'unverifiable')).toBe(true);
    expect(role?.outcome).toBe('unverifiable');
  });

  it('live snapshot: places are account/region; one bucket for both regions', async () => {
    const g = await graphOf(GRAPH_CASES.live as string[]);
    expect(g.chains.map((c) => [c.account, c.region])).toEqual([
      ['111122223333', 'eu-west-1'],
      ['111122223333', 'us-east-1'],
    ]);
    expect(g.nodes.get(g.chains[0]?.flowLog as string)?.where).toBe('111122223333/eu-west-1');
    expect([...g.nodes.values()].filter((n) => n.kind === 'bucket')).toHaveLength(1);
    expect(edge(g, 'arn:aws:s3:::org-flow-logs', 'arn:aws:s3:::org-flow-logs')).toMatchObject({ outcome: 'fail', relation: 'policy' });
  });

  for (const [name, paths] of Object.entries(GRAPH_CASES)) {
    it(`golden Mermaid and DOT: ${name}`, async () => {
      const g = await graphOf(paths);
      golden(`${name}.mmd`, toMermaid(g));
      golden(`${name}.dot`, toDot(g));
    });
  }

  it('the README shows the S3 chain exactly as the tool prints it', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`mermaid\n${readFileSync(join(GOLDEN, 's3.mmd'), 'utf8')}\`\`\``);
  });

  it('output is byte-identical whatever the order of the inputs', async () => {
    const a = await graphOf(['shared/app-flow-logs.yaml', 'shared/central-bucket.json', 'shared/data-flow-logs.yaml', 's3.yaml']);
    const b = await graphOf(['s3.yaml', 'shared/data-flow-logs.yaml', 'shared/central-bucket.json', 'shared/app-flow-logs.yaml']);
    expect(toMermaid(b)).toBe(toMermaid(a));
    expect(toDot(b)).toBe(toDot(a));
  });

  it('names cannot break out of a Mermaid or DOT label', async () => {
    const g = await graphOf(GRAPH_CASES.s3 as string[]);
    const node = g.nodes.get(g.chains[0]?.flowLog as string) as { name: string };
    Object.assign(node, { name: 'x"]\n click n1 "javascript:alert(1)" <b>\\' });
    const mm = toMermaid(g);
    expect(mm).not.toContain('javascript:alert(1)"');
    expect(mm).toContain('x#34;#93;#10; click n1 #34;javascript:alert(1)#34; #60;b#62;#92;');
    expect(toDot(g)).toContain('x\\"]  click n1 \\"javascript:alert(1)\\" <b>\\\\');
  });
});

const CASES = join(import.meta.dirname, '..', '..', '..', 'shared', 'cases');
describe.skipIf(!existsSync(CASES))('the graph never loses a finding (acceptance cases)', () => {
  it('every failing or unverifiable result on a drawn resource is on one of its edges or on the node', async () => {
    let checked = 0;
    for (const name of readdirSync(CASES).sort()) {
      const dir = join(CASES, name);
      if (!existsSync(join(dir, 'expect.json'))) continue;
      const args = (JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as { args?: string[] }).args ?? [];
      const accounts = args.flatMap((a, i) => (a === '--account-id' && args[i + 1] ? [args[i + 1] as string] : []));
      const out = await lintAsync({ paths: ['.'], cwd: dir, accountIds: accounts, severities: new Map(), ignores: ['expect.json'] });
      const g = buildChainGraph(out.model, accounts, out.results);
      for (const r of out.results) {
        if (r.suppressed || !r.resource) continue;
        const place = r.file ?? r.source ?? '';
        const nodes = [...g.nodes.values()].filter((n) => n.name === r.resource && n.inScan && (n.where === place || n.where.startsWith(`${place}:`) || place.startsWith('aws:')));
        if (!nodes.length) continue;
        const keys = new Set(nodes.map((n) => n.key));
        const shown = g.chains.flatMap((c) => c.edges).some((e) => (keys.has(e.from) || keys.has(e.to)) && e.notes.includes(r.ruleId) && e.outcome !== 'pass') || nodes.some((n) => n.rules.includes(r.ruleId));
        expect(shown, `${name}: ${r.ruleId} on ${r.resource}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  }, 60_000);
});

const HAVE_DOT = spawnSync('dot', ['-V']).status === 0;
describe.skipIf(!HAVE_DOT)('DOT parses with Graphviz', () => {
  for (const name of Object.keys(GRAPH_CASES)) {
    it(name, () => {
      const svg = execFileSync('dot', ['-Tsvg'], { input: readFileSync(join(GOLDEN, `${name}.dot`)) }).toString();
      expect(svg).toContain('<svg');
    });
  }
});
if (!HAVE_DOT) console.warn('graph.test: Graphviz `dot` not installed; the DOT syntax check is skipped (apt-get install graphviz)');
