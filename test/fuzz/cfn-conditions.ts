// Generator of nested CloudFormation conditions (issue 16): a chain of named conditions where each
// combines earlier ones (often the same one twice, the shape that was exponential), compares a
// parameter or the region with a literal, or — in the cyclic variant — names a later condition.
// Resources are guarded by the conditions and read them through Fn::If.
import fc from 'fast-check';

export type CondExpr =
  | { readonly op: 'eqParam'; readonly param: number; readonly value: 'a' | 'b' }
  | { readonly op: 'eqRegion' }
  | { readonly op: 'not'; readonly ref: number }
  | { readonly op: 'and' | 'or'; readonly refs: readonly number[] };

export interface CondGraph {
  /** Default of parameter P0..P2. */
  readonly defaults: readonly ('a' | 'b')[];
  /** Condition C(i); refs are indexes into this list. */
  readonly conds: readonly CondExpr[];
  readonly cyclic: boolean;
}

const expr = (i: number, n: number, cyclic: boolean): fc.Arbitrary<CondExpr> => {
  // Acyclic: only earlier conditions (C0 is always a comparison); cyclic: any condition.
  const ref = cyclic ? fc.nat(n - 1) : fc.nat(Math.max(0, i - 1));
  const leaf = fc.oneof(fc.record({ op: fc.constant('eqParam' as const), param: fc.nat(2), value: fc.constantFrom('a' as const, 'b' as const) }), fc.constant({ op: 'eqRegion' as const }));
  if (i === 0 && !cyclic) return leaf;
  return fc.oneof(
    { weight: 1, arbitrary: leaf },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('not' as const), ref }) },
    // Twice the same condition, as often as not: the doubling shape.
    { weight: 4, arbitrary: fc.record({ op: fc.constantFrom('and' as const, 'or' as const), refs: fc.oneof(ref.map((r) => [r, r]), fc.array(ref, { minLength: 2, maxLength: 3 })) }) },
  );
};

export const condGraph = (maxConds: number, cyclic = false): fc.Arbitrary<CondGraph> =>
  fc
    .record({ n: fc.integer({ min: 1, max: maxConds }), defaults: fc.array(fc.constantFrom('a' as const, 'b' as const), { minLength: 3, maxLength: 3 }) })
    .chain(({ n, defaults }) => fc.tuple(...Array.from({ length: n }, (_, i) => expr(i, n, cyclic))).map((conds) => ({ defaults, conds, cyclic })));

export function condJson(e: CondExpr): unknown {
  switch (e.op) {
    case 'eqParam':
      return { 'Fn::Equals': [{ Ref: `P${e.param}` }, e.value] };
    case 'eqRegion':
      return { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] };
    case 'not':
      return { 'Fn::Not': [{ Condition: `C${e.ref}` }] };
    default:
      return { [e.op === 'and' ? 'Fn::And' : 'Fn::Or']: e.refs.map((r) => ({ Condition: `C${r}` })) };
  }
}

/** A template: the conditions, a VPC, and a flow log guarded by the last condition whose
 * destination is chosen with Fn::If on the first. */
export function condTemplate(g: CondGraph): Record<string, unknown> {
  const last = g.conds.length - 1;
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: Object.fromEntries(g.defaults.map((d, i) => [`P${i}`, { Type: 'String', AllowedValues: ['a', 'b'], Default: d }])),
    Conditions: Object.fromEntries(g.conds.map((c, i) => [`C${i}`, condJson(c)])),
    Resources: {
      Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
      FlowLog: {
        Type: 'AWS::EC2::FlowLog',
        Condition: `C${last}`,
        Properties: {
          ResourceId: { Ref: 'Vpc' },
          ResourceType: 'VPC',
          TrafficType: 'ALL',
          LogDestinationType: 's3',
          LogDestination: { 'Fn::If': ['C0', 'arn:aws:s3:::flow-logs-a', 'arn:aws:s3:::flow-logs-b'] },
        },
      },
    },
  };
}
