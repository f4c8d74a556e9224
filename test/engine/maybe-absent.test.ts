// A record an input marks as maybe absent (model/instances.ts) turns its failures into
// unverifiable results; the engine reads the mark, not the spelling of the resource's name.
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import type { Rule } from '../../src/engine/types.js';
import { buildLinks } from '../../src/link/links.js';
import { markMaybeAbsent } from '../../src/model/instances.js';
import { emptyModel, type Model, type Vpc } from '../../src/model/model.js';

const vpc = (name: string): Vpc => ({ uid: name, name, kind: 'vpc', origin: {}, env: { partition: ['aws'], region: ['us-east-1'] }, vpcId: ['vpc-1'] });

const failsEveryVpc: Rule = {
  meta: { id: 'test/fails', severity: 'error', description: 'fails', source: 'test', messages: { bad: 'VPC {{name}} is bad' } },
  check(ctx) {
    for (const v of ctx.model.vpcs) ctx.report({ status: 'fail', messageId: 'bad', data: { name: v.name }, resource: v.name });
  },
};

function run(m: Model) {
  return runRules([failsEveryVpc], m, buildLinks(m, []), { accountIds: [], severities: new Map() }).results;
}

describe('maybe-absent records', () => {
  it('a marked record: its failure is unverifiable (a warning), saying what is counted', () => {
    const m = emptyModel();
    const v = vpc('module.m.aws_vpc.v[?]');
    markMaybeAbsent(v, 'module.m.aws_vpc.v');
    m.vpcs.push(v);
    const [r] = run(m);
    expect(r?.status).toBe('unverifiable');
    expect(r?.severity).toBe('warning');
    expect(r?.message).toContain('whether and how often module.m.aws_vpc.v is created');
  });

  it('an unmarked record fails, whatever its name looks like', () => {
    const m = emptyModel();
    m.vpcs.push(vpc('weird[?]name'));
    const [r] = run(m);
    expect(r?.status).toBe('fail');
    expect(r?.severity).toBe('error');
  });
});
