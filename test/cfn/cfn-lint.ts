// Proves hand-written CloudFormation fixtures valid with cfn-lint, where it is installed.
import { spawnSync } from 'node:child_process';

/** True when `cfn-lint` runs on this machine. */
export const haveCfnLint: boolean = (() => {
  const r = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  return r.status === 0;
})();

/** cfn-lint's output for the files (empty when they are valid); errors only (-c E). */
export function cfnLint(files: readonly string[]): { status: number | null; output: string } {
  // W-level findings (unused parameters, hard-coded partitions) are style; fixtures must be valid.
  const r = spawnSync('cfn-lint', ['--format', 'parseable', '--ignore-checks', 'W', 'I', '--', ...files], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
