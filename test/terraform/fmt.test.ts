// The Terraform fixtures are written in canonical `terraform fmt` style; checked when terraform
// is installed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const probe = spawnSync('terraform', ['version'], { encoding: 'utf8' });
const hasTerraform = !probe.error && probe.status === 0;

describe('terraform fmt', () => {
  it.skipIf(!hasTerraform)(`fixtures/terraform is formatted${hasTerraform ? '' : ' (skipped: terraform is not on PATH)'}`, () => {
    const r = spawnSync('terraform', ['fmt', '-check', '-recursive', '-diff', join(root, 'fixtures', 'terraform')], { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  });
});
