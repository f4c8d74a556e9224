// Organisation condition keys in delivery requests (RULES.md "Organisations"): a table of
// conditions on aws:SourceOrgID and the multi-valued aws:SourceOrgPaths, asked with the request
// flowlog-lint really builds, with the organisation known, unknown, different, or absent.
//   [Keys]  IAM User Guide, reference_policies_condition-keys (aws:SourceOrgID, aws:SourceOrgPaths:
//           present for service-principal requests on behalf of a resource in an organisation;
//           aws:SourceOrgPaths is multivalued)
//   [Multi] reference_policies_condition-single-vs-multi-valued-context-keys (ForAnyValue)
import { describe, expect, it } from 'vitest';
import { evaluate, type Verdict } from '../../src/iam/evaluate.js';
import { makePolicy } from '../../src/iam/policy.js';
import type { BucketScope, DeliveryTarget } from '../../src/link/links.js';
import { aclCheckRequest, assumeRoleRequest, putObjectRequest } from '../../src/link/requests.js';
import { orgFromOptions, orgFromSnapshot, withStatedPaths, type OrgContext } from '../../src/model/org.js';
import { plainToVal } from '../../src/model/value.js';
import { unknownReason } from '../../rules/_shared.js';

const A = '111122223333';
const ORG = 'o-a1b2c3d4e5';
const OTHER = 'o-z9y8x7w6v5';
const PROD = `${ORG}/r-ab12/ou-ab12-11111111/`;
const DEV = `${ORG}/r-ab12/ou-ab12-22222222/`;

function org(id: string | undefined, paths: string[] = []): OrgContext {
  const o = orgFromOptions(id, paths);
  if ('error' in o) throw new Error(o.error);
  return o;
}

const known = org(ORG, [PROD]);
const knownDev = org(ORG, [DEV]);
const idOnly = org(ORG);
const unknownOrg = org(undefined);
const different = org(OTHER, [`${OTHER}/r-zz99/ou-zz99-11111111/`]);
const notMember: OrgContext = { member: false };

const bucket = (cond: Record<string, unknown>) =>
  makePolicy(
    'bucket',
    plainToVal({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'delivery.logs.amazonaws.com' },
          Action: ['s3:PutObject', 's3:GetBucketAcl'],
          Resource: ['arn:aws:s3:::org-flow-logs', 'arn:aws:s3:::org-flow-logs/AWSLogs/*'],
          Condition: cond,
        },
      ],
    }),
  );

function scopeWith(o: OrgContext): { scope: BucketScope; target: DeliveryTarget } {
  const target: DeliveryTarget = { prefix: [], accounts: [[A]], region: ['us-east-1'], hive: false };
  const scope: BucketScope = { key: 'org-flow-logs', bucketName: ['org-flow-logs'], partition: ['aws'], policies: [], targets: [target], flowLogs: [], orgOf: () => o };
  return { scope, target };
}

interface Case {
  name: string;
  cond: Record<string, unknown>;
  org: OrgContext;
  verdict: Verdict;
}

const ID_EQ = { StringEquals: { 'aws:SourceOrgID': ORG } };
const PATH_LIKE = { StringLike: { 'aws:SourceOrgPaths': `${PROD}*` } };
const PATH_ANY = { 'ForAnyValue:StringLike': { 'aws:SourceOrgPaths': [`${PROD}*`] } };
const PATH_ANY_EQ = { 'ForAnyValue:StringEquals': { 'aws:SourceOrgPaths': PROD } };
const ORG_WIDE_PATH = { 'ForAnyValue:StringLike': { 'aws:SourceOrgPaths': `${ORG}/*` } };

const cases: Case[] = [
  { name: '[Keys] StringEquals aws:SourceOrgID, organisation known and equal → allow', cond: ID_EQ, org: known, verdict: 'allow' },
  { name: '[Keys] StringEquals aws:SourceOrgID, organisation unknown → unknown', cond: ID_EQ, org: unknownOrg, verdict: 'unknown' },
  { name: '[Keys] StringEquals aws:SourceOrgID, a different organisation → implicit deny', cond: ID_EQ, org: different, verdict: 'implicit-deny' },
  { name: '[Keys] StringEquals aws:SourceOrgID, account in no organisation (key absent) → implicit deny', cond: ID_EQ, org: notMember, verdict: 'implicit-deny' },
  { name: '[Keys] StringNotEquals aws:SourceOrgID (Allow), organisation unknown → unknown', cond: { StringNotEquals: { 'aws:SourceOrgID': ORG } }, org: unknownOrg, verdict: 'unknown' },
  { name: '[Keys] StringLike aws:SourceOrgPaths on an OU, account in that OU → allow', cond: PATH_LIKE, org: known, verdict: 'allow' },
  { name: '[Keys] StringLike aws:SourceOrgPaths on an OU, account in the other OU → implicit deny', cond: PATH_LIKE, org: knownDev, verdict: 'implicit-deny' },
  { name: '[Keys] StringLike aws:SourceOrgPaths on an OU, organisation unknown → unknown', cond: PATH_LIKE, org: unknownOrg, verdict: 'unknown' },
  { name: '[Keys] StringLike aws:SourceOrgPaths on an OU, organisation known but not its path → unknown', cond: PATH_LIKE, org: idOnly, verdict: 'unknown' },
  { name: '[Keys] StringLike aws:SourceOrgPaths on an OU, a different organisation → implicit deny', cond: PATH_LIKE, org: different, verdict: 'implicit-deny' },
  { name: '[Multi] ForAnyValue:StringLike aws:SourceOrgPaths, account in that OU → allow', cond: PATH_ANY, org: known, verdict: 'allow' },
  { name: '[Multi] ForAnyValue:StringLike aws:SourceOrgPaths, account in the other OU → implicit deny', cond: PATH_ANY, org: knownDev, verdict: 'implicit-deny' },
  { name: '[Multi] ForAnyValue:StringLike aws:SourceOrgPaths, organisation unknown → unknown', cond: PATH_ANY, org: unknownOrg, verdict: 'unknown' },
  { name: '[Multi] ForAnyValue:StringLike aws:SourceOrgPaths, a different organisation → implicit deny', cond: PATH_ANY, org: different, verdict: 'implicit-deny' },
  { name: '[Multi] ForAnyValue:StringLike aws:SourceOrgPaths, no organisation (key absent) → implicit deny', cond: PATH_ANY, org: notMember, verdict: 'implicit-deny' },
  { name: '[Multi] ForAnyValue:StringEquals aws:SourceOrgPaths, exact path → allow', cond: PATH_ANY_EQ, org: known, verdict: 'allow' },
  { name: '[Multi] ForAnyValue:StringEquals aws:SourceOrgPaths, organisation known but not its path → unknown', cond: PATH_ANY_EQ, org: idOnly, verdict: 'unknown' },
  { name: '[Keys] organisation-wide path o-…/* holds for any path of a known organisation (path itself not stated)', cond: ORG_WIDE_PATH, org: idOnly, verdict: 'allow' },
  { name: '[Keys] organisation-wide path o-…/*, organisation unknown → unknown', cond: ORG_WIDE_PATH, org: unknownOrg, verdict: 'unknown' },
  { name: '[Keys] several --org-path values are alternatives: a condition on one of two OUs is unknown', cond: PATH_ANY, org: org(undefined, [PROD, DEV]), verdict: 'unknown' },
  { name: '[Keys] several --org-path values: a condition on their shared root holds', cond: { 'ForAnyValue:StringLike': { 'aws:SourceOrgPaths': `${ORG}/r-ab12/*` } }, org: org(undefined, [PROD, DEV]), verdict: 'allow' },
  { name: '[Keys] --org-path alone gives the organisation ID too', cond: ID_EQ, org: org(undefined, [PROD]), verdict: 'allow' },
];

describe('organisation condition keys in delivery requests', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { scope, target } = scopeWith(c.org);
      const doc = bucket(c.cond);
      expect(evaluate([doc], putObjectRequest(scope, target, [A], 'bucket-owner-full-control')).verdict).toBe(c.verdict);
      expect(evaluate([doc], aclCheckRequest(scope, target, [A])).verdict).toBe(c.verdict);
    });
  }

  it('a request without an organisation carries neither key; a scope without orgOf gets the unknown symbols', () => {
    const { scope, target } = scopeWith(notMember);
    expect(Object.keys(putObjectRequest(scope, target, [A], undefined).context)).not.toContain('aws:SourceOrgID');
    const bare: BucketScope = { ...scope };
    delete (bare as { orgOf?: unknown }).orgOf;
    expect(evaluate([bucket(ID_EQ)], putObjectRequest(bare, target, [A], 'bucket-owner-full-control')).verdict).toBe('unknown');
  });

  it('the trust question of vpc-flow-logs carries the keys too', () => {
    const trust = makePolicy(
      'trust',
      plainToVal({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'vpc-flow-logs.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: ID_EQ }],
      }),
    );
    const ask = (o: OrgContext) => evaluate([trust], assumeRoleRequest(['arn:aws:iam::111122223333:role/r'], ['aws'], ['us-east-1'], [A], ['fl-1'], o)).verdict;
    expect([ask(known), ask(unknownOrg), ask(different)]).toEqual(['allow', 'unknown', 'implicit-deny']);
  });

  it('an undecided organisation condition names the key and how to supply it', () => {
    const { scope, target } = scopeWith(unknownOrg);
    const d = evaluate([bucket(ID_EQ)], putObjectRequest(scope, target, [A], 'bucket-owner-full-control'));
    expect(unknownReason(d, [[A]])).toMatch(/aws:SourceOrgID.*--org-id/);
    const p = evaluate([bucket(PATH_LIKE)], putObjectRequest(scopeWith(idOnly).scope, target, [A], 'bucket-owner-full-control'));
    expect(unknownReason(p, [[A]])).toMatch(/aws:SourceOrgPaths.*--org-path/);
  });

  it('malformed or inconsistent --org-id / --org-path values are refused with the option named', () => {
    expect(orgFromOptions('org-1', [])).toEqual({ error: expect.stringMatching(/^--org-id must be/) as unknown });
    expect(orgFromOptions(undefined, ['o-a1b2c3d4e5/ou-x'])).toEqual({ error: expect.stringMatching(/^--org-path must be/) as unknown });
    expect(orgFromOptions(OTHER, [PROD])).toEqual({ error: expect.stringMatching(/is not in organisation/) as unknown });
    expect(orgFromOptions(undefined, [PROD, `${OTHER}/r-zz99/`])).toEqual({ error: expect.stringMatching(/different organisations/) as unknown });
  });

  it('a snapshot records the organisation read (object), no organisation (null) or nothing (unknown)', () => {
    expect(orgFromSnapshot({ Id: ORG, Paths: [PROD] })).toEqual(known);
    expect(orgFromSnapshot(null)).toEqual(notMember);
    expect(orgFromSnapshot(undefined)).toBeUndefined();
    expect(orgFromSnapshot({ Id: 'not-an-org' })).toBeUndefined();
  });

  it('a live read without the path takes --org-path of the same organisation, never of another', () => {
    expect(withStatedPaths(idOnly, org(undefined, [PROD]))).toEqual(known);
    expect(withStatedPaths(idOnly, different)).toEqual(idOnly);
    expect(withStatedPaths(known, org(undefined, [DEV]))).toEqual(known);
    expect(withStatedPaths(notMember, known)).toEqual(notMember);
  });
});
