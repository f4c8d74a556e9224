// Property tests over hostile and malformed inputs: whatever the files contain, lint() returns
// (never throws, never hangs), every result is well-formed, every parse-error has a file and a
// positive line and column inside that file, no rule crashes internally, and the CLI always exits
// 0/1/2 with JSON on stdout and no stack trace.
//
// Fixed seed and bounded runs by default. A long run:
//   FUZZ_RUNS=3000 npx vitest run test/fuzz
// (FUZZ_SEED=<n> explores other inputs; FUZZ_CLI_RUNS sets the CLI property's runs.)
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyFileSet, cfnRefGraph, hclish, interpolationDepth, jsonSplice, moduleFanOut, mutatedSeed, wrappedJson, yamlish } from './generators.js';
import {
  assertDistBuilt,
  checkCli,
  checkRun,
  describeSet,
  FUZZ_CLI_RUNS,
  FUZZ_RUNS,
  FUZZ_SEED,
  InvariantError,
  PER_RUN_MS,
  lintInProcess,
  needsHcl,
  runCli,
  writeFileSet,
  type FileSet,
  type InProcessRun,
} from './support.js';

let root = '';
beforeAll(() => {
  assertDistBuilt();
  root = mkdtempSync(join(tmpdir(), 'flowlog-fuzz-'));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const params = (numRuns: number): fc.Parameters<[FileSet]> => ({ seed: FUZZ_SEED, numRuns, verbose: 1 });
/** Generous: the per-run bound (PER_RUN_MS) is what catches slow inputs. */
const timeoutFor = (runs: number, perRunMs: number) => 60_000 + runs * perRunMs;

const resultKey = (run: InProcessRun) => JSON.stringify(run.out.results);

/** Writes a file set, lints it in-process and checks every invariant; optionally lints twice. */
async function lintSet(set: FileSet, opts: { twice?: boolean } = {}): Promise<void> {
  const dir = mkdtempSync(join(root, 'run-'));
  try {
    const files = writeFileSet(dir, set);
    const hcl = needsHcl(files.keys());
    let run: InProcessRun;
    try {
      run = await lintInProcess(dir, hcl);
    } catch (e) {
      throw new InvariantError(`lint threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n[${set.label}]\n${describeSet(set)}`);
    }
    try {
      checkRun(run, files);
      if (opts.twice) {
        const again = await lintInProcess(dir, hcl);
        if (resultKey(again) !== resultKey(run)) throw new InvariantError(`a second lint of the same files gave other results:\n${resultKey(run)}\n${resultKey(again)}`);
      }
    } catch (e) {
      if (e instanceof InvariantError) throw new InvariantError(`${e.message}\n[${set.label}]\n${describeSet(set)}`);
      throw e;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Failures the properties found (shrunk by hand), kept as fixed cases: each its own test, so a
 * known failure does not stop a property from exploring further. */
const FOUND: readonly FileSet[] = [
  {
    label: 'CloudFormation: a bucket whose BucketName is a Ref to itself',
    files: { 'template.json': JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'B' } } } } }, null, 2) },
  },
  {
    label: 'CloudFormation: two parameters whose defaults Ref each other',
    files: {
      'template.json': JSON.stringify(
        {
          Parameters: { P0: { Type: 'String', Default: { Ref: 'P1' } }, P1: { Type: 'String', Default: { Ref: 'P0' } } },
          Resources: { F: { Type: 'AWS::EC2::FlowLog', Properties: { ResourceId: 'vpc-1', ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: { Ref: 'P0' } } } },
        },
        null,
        2,
      ),
    },
  },
  {
    label: 'Terraform: local modules that include each other (./sub → ./ of sub)',
    files: { 'main.tf': 'module "m" {\n  source = "./sub"\n}\n', 'sub/main.tf': 'module "m" {\n  source = "./"\n}\n' },
  },
  { label: 'get-bucket-policy output whose Policy string is not JSON', files: { 'input.json': '{"Policy":"*"}' } },
  {
    label: 'YAML duplicate key after a key with an empty value (CRLF)',
    files: { 'input.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\r\nResources:\r\nAWSTemplateFormatVersion: "2010-09-09"\r\nResources:\r\n' },
  },
];

describe('fuzzed inputs through lint() in-process', () => {
  it('mutated case and corpus files (byte flips, truncation, line edits, unicode); same results twice', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSeed, (set) => lintSet(set, { twice: true })),
      params(FUZZ_RUNS),
    );
  }, timeoutFor(FUZZ_RUNS, 500));

  it('random JSON values spliced into real JSON documents', async () => {
    await fc.assert(
      fc.asyncProperty(jsonSplice, (set) => lintSet(set)),
      params(FUZZ_RUNS),
    );
  }, timeoutFor(FUZZ_RUNS, 500));

  it('random JSON values (fc.jsonValue) in the shapes the loaders recognise', async () => {
    await fc.assert(
      fc.asyncProperty(wrappedJson, (set) => lintSet(set)),
      params(FUZZ_RUNS),
    );
  }, timeoutFor(FUZZ_RUNS, 500));

  it('random YAML-ish text (CloudFormation tags, anchors, aliases, line soup)', async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, (set) => lintSet(set)),
      params(FUZZ_RUNS),
    );
  }, timeoutFor(FUZZ_RUNS, 500));

  it('random HCL-ish text (.tf, terraform.tfvars, local modules, file())', async () => {
    await fc.assert(
      fc.asyncProperty(hclish, (set) => lintSet(set)),
      params(FUZZ_RUNS),
    );
  }, timeoutFor(FUZZ_RUNS, 500));

  // Budget generators (issue 16): fewer runs, each may be a few hundred ms of real work.
  it('Terraform module fan-out (count / for_each up to 1000 per level, calls back to itself or the root)', async () => {
    await fc.assert(
      fc.asyncProperty(moduleFanOut, (set) => lintSet(set)),
      params(Math.max(5, Math.ceil(FUZZ_RUNS / 4))),
    );
  }, timeoutFor(Math.max(5, Math.ceil(FUZZ_RUNS / 4)), PER_RUN_MS));

  it('Terraform interpolation depth (nested "${…}", calls, conditionals, unclosed)', async () => {
    await fc.assert(
      fc.asyncProperty(interpolationDepth, (set) => lintSet(set)),
      params(Math.max(5, Math.ceil(FUZZ_RUNS / 4))),
    );
  }, timeoutFor(Math.max(5, Math.ceil(FUZZ_RUNS / 4)), PER_RUN_MS));

  it('CloudFormation templates whose resources, parameters and conditions reference each other', async () => {
    await fc.assert(
      fc.asyncProperty(cfnRefGraph, (set) => lintSet(set)),
      params(FUZZ_RUNS),
    );
  }, timeoutFor(FUZZ_RUNS, 500));
});

describe('inputs found by the properties, as fixed cases', () => {
  for (const set of FOUND) {
    it(set.label, async () => {
      await lintSet(set);
    });
    it(`${set.label} (CLI)`, () => {
      const dir = mkdtempSync(join(root, 'found-'));
      try {
        writeFileSet(dir, set);
        checkCli(runCli(['--format', 'json', '.'], dir), set.label);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('positions the invariants cannot see', () => {
  // Same cause as the CRLF case above: with LF the end stays inside the file, but the place is
  // the end of the line before the duplicate key.
  it('a YAML duplicate key that follows a key with an empty value is reported at the duplicate', async () => {
    const dir = mkdtempSync(join(root, 'dup-'));
    try {
      writeFileSet(dir, { label: 'dup', files: { 'flow-log.yaml': 'ResourceIds: [vpc-1]\nTrafficType:\nTrafficType: ALL\n' } });
      const { out } = await lintInProcess(dir, false);
      const dup = out.results.filter((r) => r.ruleId === 'input/duplicate-key').map((r) => ({ line: r.line, column: r.column }));
      expect(dup).toEqual([{ line: 3, column: 1 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('fuzzed inputs through the real CLI', () => {
  const FLAG_SETS: readonly (readonly string[])[] = [[], ['--account-id', '111122223333'], ['--quiet'], ['--partition', 'aws-cn'], ['--max-file-size', '2000'], ['--rule', 'flow-log/accept-only:off']];

  it('exit code 0/1/2, JSON on stdout, no stack trace on stderr', async () => {
    await fc.assert(
      fc.asyncProperty(anyFileSet, fc.nat(FLAG_SETS.length - 1), (set, flags) => {
        const dir = mkdtempSync(join(root, 'cli-'));
        try {
          writeFileSet(dir, set);
          const res = runCli(['--format', 'json', ...(FLAG_SETS[flags] ?? []), '.'], dir, { timeout: 20_000 });
          try {
            checkCli(res, `flowlog-lint --format json ${(FLAG_SETS[flags] ?? []).join(' ')} .`);
          } catch (e) {
            if (e instanceof InvariantError) throw new InvariantError(`${e.message}\n[${set.label}]\n${describeSet(set)}`);
            throw e;
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
        return Promise.resolve();
      }),
      // Shrinking would start a process per step: report the first failing input as generated.
      { seed: FUZZ_SEED, numRuns: FUZZ_CLI_RUNS, endOnFailure: true },
    );
  }, timeoutFor(FUZZ_CLI_RUNS, 21_000));
});
