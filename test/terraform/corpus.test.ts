// The real-world Terraform in /work/shared/corpus: every .tf file parses, and since the corpus
// lacks the inputs those configurations are given (variables, registry modules), nothing may fail
// at error severity: the missing links are unverifiable.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { initHcl } from '../../src/terraform/hcl.js';
import { dump } from './_tf.js';

// The project's shared folder sits beside the repository (as in CI).
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const DIRS = ['tfaws-vpc', 'cloudposse-vpc-flow-logs-s3-bucket', 'gsa-terraform-vpc-flow-log'];
const present = existsSync(CORPUS);

function tfFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tfFiles(p) : n.endsWith('.tf') ? [p] : [];
  });
}

beforeAll(async () => {
  await initHcl();
});

describe('Terraform corpus', () => {
  it.skipIf(!present)(`/work/shared/corpus is present (skipped: ${CORPUS} does not exist)`, () => {
    for (const d of DIRS) expect(existsSync(join(CORPUS, d)), d).toBe(true);
  });

  for (const d of DIRS) {
    it.skipIf(!present)(`${d}: no parse-error and no failure at error severity${present ? '' : ` (skipped: ${CORPUS} does not exist)`}`, () => {
      const files = tfFiles(join(CORPUS, d)).map((f) => relative(CORPUS, f));
      expect(files.length).toBeGreaterThan(0);
      const out = lint({ paths: [d], cwd: CORPUS, accountIds: [], severities: new Map() });
      expect(out.results.filter((r) => r.ruleId === 'parse-error'), dump(out.results)).toEqual([]);
      expect(out.results.filter((r) => r.status === 'fail' && r.severity === 'error'), dump(out.results)).toEqual([]);
      // Every .tf file was read as Terraform.
      expect(out.model.sources.map((s) => s.path)).toEqual(expect.arrayContaining(files));
      // The flow logs whose destination comes from missing inputs are unverifiable, not passed.
      const flowLogResults = out.results.filter((r) => r.resource?.includes('aws_flow_log.'));
      for (const r of flowLogResults.filter((x) => x.ruleId === 'flow-log/destination-arn')) expect(r.status).toBe('unverifiable');
    });
  }

  it.skipIf(!present)(`every corpus .tf file parses when linted on its own${present ? '' : ' (skipped: corpus absent)'}`, () => {
    for (const d of DIRS) {
      for (const f of tfFiles(join(CORPUS, d))) {
        const out = lint({ paths: [relative(CORPUS, f)], cwd: CORPUS, accountIds: [], severities: new Map() });
        expect(out.results.filter((r) => r.ruleId === 'parse-error'), f).toEqual([]);
        expect(out.results.filter((r) => r.status === 'fail' && r.severity === 'error'), `${f}: ${dump(out.results)}`).toEqual([]);
      }
    }
  });
});
