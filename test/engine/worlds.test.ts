// Issue 16: later scenario worlds re-run the rules only over the files they touch. The output must
// be the same as running every world over the whole model: compared here on mixed folders where
// the reloaded template is alone, linked to an untouched file only in another world, or several.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { worldSplitting } from '../../src/engine/worlds.js';
import { lint } from '../../src/lint.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'cloudformation', 's3-kms-flow-logs.yaml');
const SCENARIOS = join(ROOT, 'fixtures', 'cfn', 'scenarios');
const CROSS = join(ROOT, 'fixtures', 'cfn', 'scenarios-cross');

let made: string[] = [];
afterEach(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
  made = [];
  worldSplitting.enabled = true;
});

/** A folder with `copies` copies of the S3+KMS example and the files of the given folders. */
function folder(copies: number, ...dirs: string[]): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-worlds-'));
  made.push(d);
  for (let i = 0; i < copies; i++) copyFileSync(EXAMPLE, join(d, `copy${i}.yaml`));
  for (const src of dirs) for (const f of readdirSync(src)) copyFileSync(join(src, f), join(d, f));
  return d;
}

function run(dir: string, split: boolean) {
  worldSplitting.enabled = split;
  const debug: string[] = [];
  const out = lint({ paths: ['.'], cwd: dir, accountIds: [], severities: new Map(), debug: (m) => debug.push(m) });
  return { text: JSON.stringify({ results: out.results, checks: out.checks, files: out.files, resources: out.resources, inputErrors: out.inputErrors }), debug };
}

describe('scenario worlds cost only what they touch', () => {
  it('reloaded templates among copies: later worlds re-evaluate them alone (no-default.yaml has no condition); output unchanged', () => {
    const dir = folder(12, join(SCENARIOS));
    const split = run(dir, true);
    expect(split.debug).toContain('later worlds re-evaluate 2 of 15 file(s)');
    expect(split.text).toBe(run(dir, false).text);
  });

  it('an untouched file linked to the reloaded one only in another world joins the re-evaluated part', () => {
    // flowlog.yaml has no flow log by default; with EnableFlowLog=true it writes to bucket.yaml's bucket.
    const dir = folder(5, CROSS);
    const split = run(dir, true);
    expect(split.debug).toContain('later worlds re-evaluate 2 of 7 file(s)');
    expect(split.text).toBe(run(dir, false).text);
    expect(split.text).toContain('[when ');
  });

  it('all scenario fixtures together with copies: identical results, checks and counts', () => {
    const dir = folder(4, SCENARIOS, CROSS);
    expect(run(dir, true).text).toBe(run(dir, false).text);
  });

  it('a flow log whose VPC is unknown couples only with VPCs no unchanging flow log covers', () => {
    // The widdix shape: the VPC comes from another stack (Fn::ImportValue), the flow log exists in
    // some scenarios only. The copies' VPCs are covered by their own flow logs; lone.yaml's is not,
    // so its finding (which lists the unknown flow log) must be re-evaluated per world.
    const dir = folder(6);
    writeFileSync(
      join(dir, 'imported.yaml'),
      [
        "AWSTemplateFormatVersion: '2010-09-09'",
        'Parameters:',
        '  Enabled:',
        '    Type: String',
        "    AllowedValues: ['yes', 'no']",
        "    Default: 'yes'",
        'Conditions:',
        "  On: !Equals [!Ref Enabled, 'yes']",
        'Resources:',
        '  FlowLog:',
        '    Type: AWS::EC2::FlowLog',
        '    Condition: On',
        '    Properties:',
        "      ResourceId: !ImportValue 'vpc-stack-VPC'",
        '      ResourceType: VPC',
        '      TrafficType: ALL',
        '      LogDestinationType: s3',
        "      LogDestination: 'arn:aws:s3:::central-flow-logs'",
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'lone.yaml'), "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.9.0.0/16\n");
    const split = run(dir, true);
    expect(split.debug).toContain('later worlds re-evaluate 2 of 8 file(s)');
    expect(split.text).toBe(run(dir, false).text);
    expect(split.text).toContain('(Fn::ImportValue vpc-stack-VPC comes from another stack). [when imported.yaml: On=true]');
  });
});
