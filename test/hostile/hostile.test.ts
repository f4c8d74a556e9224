// Hostile inputs, one test each: alias bombs, absurd nesting, huge files, binary and invalid UTF-8
// files, BOM/CRLF position stability, prototype-pollution keys, symlink loops, unreadable folders
// and folders of many irrelevant files. Anything that could hang runs through the CLI with a
// timeout, so a regression fails the test instead of stalling the suite.
import { chmodSync, closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/lint.js';
import { assertDistBuilt, checkCli, checkRun, lintInProcess, loadSeeds, runCli, type InProcessRun } from '../fuzz/support.js';

let made: string[] = [];
let locked: string[] = [];

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-hostile-'));
  made.push(d);
  return d;
}

afterEach(() => {
  for (const p of locked) {
    try {
      chmodSync(p, 0o755);
    } catch {
      // already gone
    }
  }
  for (const d of made) rmSync(d, { recursive: true, force: true });
  made = [];
  locked = [];
});

beforeAll(() => assertDistBuilt());

function write(dir: string, files: Record<string, string | Uint8Array>): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const [rel, c] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    const b = typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c);
    writeFileSync(p, b);
    out.set(rel, b);
  }
  return out;
}

const parseErrors = (rs: readonly Result[], file?: string) => rs.filter((r) => r.ruleId === 'parse-error' && (file === undefined || r.file === file));

/** Lints files in-process, checks the general invariants, returns the run. */
/** `named`: the files are named on the command line (held to parse) instead of walked. */
async function lintFiles(files: Record<string, string | Uint8Array>, opts: { check?: boolean; named?: boolean } = {}): Promise<InProcessRun & { dir: string; written: Map<string, Buffer> }> {
  const dir = tmp();
  const written = write(dir, files);
  const run = await lintInProcess(dir, Object.keys(files).some((f) => f.endsWith('.tf')), opts.named ? { paths: Object.keys(files) } : {});
  if (opts.check ?? true) checkRun(run, written);
  return { ...run, dir, written };
}

/** Deterministic pseudo-random bytes (mulberry32). */
function randomBytes(n: number, seed: number): Buffer {
  let a = seed >>> 0;
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    b[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return b;
}

// ---------------------------------------------------------------------------------------------

describe('YAML alias bombs', () => {
  const billionLaughs = (() => {
    const lines = ['lol0: &l0 "lol"'];
    for (let i = 1; i <= 9; i++) lines.push(`lol${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
    lines.push('ResourceIds: *l9', 'TrafficType: ALL', 'LogDestinationType: s3', 'LogDestination: arn:aws:s3:::b/');
    return `${lines.join('\n')}\n`;
  })();

  it('billion laughs (10 levels of 10 aliases) is refused quickly with a parse-error', async () => {
    // Through the CLI first: bounded even if the cap ever regresses.
    const dir = tmp();
    write(dir, { 'bomb.yaml': billionLaughs });
    const t0 = Date.now();
    const res = runCli(['--format', 'json', '.'], dir, { timeout: 20_000 });
    const { results } = checkCli(res, 'billion laughs');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(res.status).toBe(2);
    expect(parseErrors(results, 'bomb.yaml')[0]?.message).toMatch(/alias/);
    // In-process: a parse-error with a position, in well under a second.
    const run = await lintFiles({ 'bomb.yaml': billionLaughs });
    const [e] = parseErrors(run.out.results, 'bomb.yaml');
    expect(e?.message).toMatch(/alias/);
    expect(e?.line).toBeGreaterThan(0);
    expect(e?.column).toBeGreaterThan(0);
    expect(run.ms).toBeLessThan(2_000);
  }, 30_000);

  it('alias amplification under the alias cap (a 20,000-item anchor used 999 times, 150 KB) is refused quickly with a parse-error', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `x${i}`).join(', ');
    const text = `a: &a [${items}]\nb: [${Array(999).fill('*a').join(', ')}]\nResourceIds: [vpc-1]\nTrafficType: ALL\n`;
    const dir = tmp();
    write(dir, { 'wide.yaml': text });
    // 20 million nodes from a 150 KB file: a bounded heap and a timeout keep this test bounded.
    const t0 = Date.now();
    const res = runCli(['--format', 'json', '.'], dir, { timeout: 30_000, nodeArgs: ['--max-old-space-size=256'] });
    const elapsed = Date.now() - t0;
    const { results } = checkCli(res, 'wide alias amplification (node --max-old-space-size=256)');
    expect(res.status).toBe(2);
    expect(parseErrors(results, 'wide.yaml')[0]?.message).toMatch(/alias|too large|expan/i);
    expect(elapsed).toBeLessThan(10_000);
  }, 60_000);
});

describe('absurd nesting', () => {
  const N = 100_000;
  const cases: Record<string, string> = {
    'arrays.json': `${'['.repeat(N)}${']'.repeat(N)}`,
    'objects.json': `${'{"a":'.repeat(N)}1${'}'.repeat(N)}`,
    'flow-seq.yaml': `${'['.repeat(N)}${']'.repeat(N)}\n`,
    'flow-map.yaml': `${'{a: '.repeat(N)}1${'}'.repeat(N)}\n`,
    'block-seq.yaml': `${'- '.repeat(N)}x\n`,
    'template.template': `${'['.repeat(N)}${']'.repeat(N)}`,
  };

  it('JSON and YAML nested 100,000 levels deep give a parse-error, no crash, in a few seconds each', async () => {
    for (const [name, text] of Object.entries(cases)) {
      // Named: a walk would skip these (no input markers), which tests nothing about the parsers.
      const run = await lintFiles({ [name]: text }, { named: true });
      const errs = parseErrors(run.out.results, name);
      expect(errs.length, `${name}: ${JSON.stringify(run.out.results)}`).toBe(1);
      expect(errs[0]?.line, name).toBeGreaterThan(0);
      expect(errs[0]?.column, name).toBeGreaterThan(0);
      expect(run.ms, `${name} took ${Math.round(run.ms)} ms`).toBeLessThan(5_000);
    }
  }, 60_000);
});

describe('huge files', () => {
  it('a 200 MB file is refused by the size limit with a clear message; the limit is configurable (lint maxFileSize, CLI --max-file-size)', async () => {
    const dir = tmp();
    const big = join(dir, 'big.json');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no 200 MB written to disk
    closeSync(fd);
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/AWSLogs/111122223333/*' }] }, null, 2);
    write(dir, { 'small.json': policy });
    const size = Buffer.byteLength(policy);

    // Default limit, in-process.
    let run = await lintInProcess(dir, false);
    let e = parseErrors(run.out.results, 'big.json')[0];
    expect(e?.message).toMatch(new RegExp(`${200 * 1024 * 1024} bytes.*${DEFAULT_MAX_FILE_SIZE}-byte limit`));
    expect(e?.message).toMatch(/--max-file-size/);
    expect([e?.line, e?.column]).toEqual([1, 1]);
    expect(parseErrors(run.out.results, 'small.json')).toEqual([]);
    expect(run.ms).toBeLessThan(2_000);

    // maxFileSize below and above the small file.
    run = await lintInProcess(dir, false, { maxFileSize: size - 1, paths: ['small.json'] });
    e = parseErrors(run.out.results, 'small.json')[0];
    expect(e?.message).toMatch(new RegExp(`${size} bytes, over the ${size - 1}-byte limit`));
    run = await lintInProcess(dir, false, { maxFileSize: size, paths: ['small.json'] });
    expect(parseErrors(run.out.results)).toEqual([]);

    // The CLI: default limit, --max-file-size, and a bad value.
    let res = runCli(['--format', 'json', 'big.json'], dir);
    let out = checkCli(res, 'CLI 200 MB');
    expect(res.status).toBe(2);
    expect(parseErrors(out.results, 'big.json')[0]?.message).toMatch(/over the 10485760-byte limit/);
    res = runCli(['--format', 'json', '--max-file-size', String(size - 1), 'small.json'], dir);
    out = checkCli(res, 'CLI --max-file-size below');
    expect(res.status).toBe(2);
    expect(parseErrors(out.results, 'small.json')[0]?.message).toMatch(new RegExp(`over the ${size - 1}-byte limit`));
    res = runCli(['--format', 'json', '--max-file-size', String(size), 'small.json'], dir);
    out = checkCli(res, 'CLI --max-file-size at size');
    expect(parseErrors(out.results)).toEqual([]);
    res = runCli(['--format', 'json', '--max-file-size', 'lots', 'small.json'], dir);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/--max-file-size/);
    expect(res.stderr).not.toMatch(/^\s{4}at /m);
  }, 60_000);
});

describe('binary and badly encoded files', () => {
  const EXTS = ['.json', '.yaml', '.yml', '.template', '.tf'];

  it('a binary file (random bytes with NULs) gives a parse-error with a position', async () => {
    for (const [i, ext] of EXTS.entries()) {
      const bytes = randomBytes(4096, 1234 + i);
      bytes[0] = ext === '.template' ? 0x7b : bytes[0] as number; // `.template`: pick the JSON reader sometimes
      bytes[100] = 0;
      bytes[2000] = 0;
      const name = `blob${ext}`;
      const run = await lintFiles({ [name]: bytes });
      const errs = parseErrors(run.out.results, name);
      expect(errs.length, `${name}: ${JSON.stringify(run.out.results)}`).toBe(1);
    }
  }, 30_000);

  it('valid UTF-8 with a NUL byte gives a parse-error at the NUL', async () => {
    const files: Record<string, { text: string; line: number; column: number; tokenStart?: number }> = {
      'nul.json': { text: '{\n  "Version": "2012-10-17",\n  "Sid": "a\u0000b"\n}\n', line: 3, column: 12 },
      'nul.yaml': { text: 'Version: "2012-10-17"\nSid: a\u0000b\n', line: 2, column: 7 },
      // HCL reports the token that holds the NUL: the string literal starting at column 16.
      'nul.tf': { text: 'resource "aws_vpc" "a" {\n  cidr_block = "10.0.\u00000.0/16"\n}\n', line: 2, column: 22, tokenStart: 16 },
    };
    for (const [name, c] of Object.entries(files)) {
      const run = await lintFiles({ [name]: c.text });
      const errs = parseErrors(run.out.results, name);
      expect(errs.length, `${name}: ${JSON.stringify(run.out.results)}`).toBe(1);
      expect(errs[0]?.line, name).toBe(c.line);
      expect(errs[0]?.column, name).toBeGreaterThanOrEqual(c.tokenStart ?? c.column);
      expect(errs[0]?.column, name).toBeLessThanOrEqual(c.column);
    }
  }, 30_000);

  // Every kind of invalid sequence, placed at offset 9 (line 2, column 5) of each file type.
  const BAD: Record<string, number[]> = {
    'lone continuation byte': [0x80],
    'byte 0xFF': [0xff],
    'lead byte without continuation': [0xc3, 0x28],
    'overlong 2-byte (C0 AF)': [0xc0, 0xaf],
    'overlong 3-byte (E0 80 AF)': [0xe0, 0x80, 0xaf],
    'UTF-16 surrogate (ED A0 80)': [0xed, 0xa0, 0x80],
    'beyond U+10FFFF (F4 90 80 80)': [0xf4, 0x90, 0x80, 0x80],
    'lead byte F5': [0xf5, 0x80, 0x80, 0x80],
  };
  const PREFIX = { '.json': '{"a"\n:"bc', '.yaml': 'a: 1\nb: c', '.tf': '# a1\n# cd' } as const;

  it('an invalid UTF-8 file gives a parse-error at the first invalid byte', async () => {
    const failures: string[] = [];
    for (const [what, bytes] of Object.entries(BAD)) {
      for (const [ext, prefix] of Object.entries(PREFIX)) {
        const pre = Buffer.from(prefix, 'utf8');
        expect(pre.length).toBe(9);
        const name = `bad${ext}`;
        const run = await lintFiles({ [name]: Buffer.concat([pre, Buffer.from(bytes), Buffer.from('x\n')]) });
        const e = parseErrors(run.out.results, name)[0];
        const got = { message: e?.message, line: e?.line, column: e?.column };
        const ok = /not valid UTF-8/.test(got.message ?? '') && /offset 9\b/.test(got.message ?? '') && got.line === 2 && got.column === 5;
        if (!ok) failures.push(`${what} in ${name}: ${JSON.stringify(got)} (expected line 2, column 5, offset 9)`);
      }
    }
    // A sequence cut off by the end of the file.
    const run = await lintFiles({ 'cut.yaml': Buffer.concat([Buffer.from('a: 1\nb: c', 'utf8'), Buffer.from([0xe2, 0x82])]) });
    const e = parseErrors(run.out.results, 'cut.yaml')[0];
    if (!(e?.line === 2 && e.column === 5 && /offset 9\b/.test(e.message))) failures.push(`truncated E2 82 at end of file: ${JSON.stringify(e)}`);
    expect(failures).toEqual([]);
  }, 30_000);
});

describe('BOM and CRLF', () => {
  type Variant = (text: string) => string;
  const VARIANTS: Record<string, Variant> = {
    bom: (t) => `\uFEFF${t}`,
    crlf: (t) => t.replace(/\n/g, '\r\n'),
    'bom+crlf': (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`,
  };
  const project = (rs: readonly Result[]) => rs.map((r) => [r.ruleId, r.file, r.line, r.column, r.endLine, r.endColumn, r.message].join(' | ')).sort();
  const normalise = (b: Buffer) => b.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  // These seeds live in the shared acceptance cases and corpus (../shared): a clone without them
  // skips the tests that need them, saying so, instead of failing.
  const JSON_SEEDS = ['cases/accept-only', 'cases/public-write', 'cases/parse-error', 'cases/cfn-json-valid', 'cases/describe-delivery-failed'];
  const YAML_SEEDS = ['cases/cfn-trust-ec2', 'cases/log-format-typo', 'cases/cfn-role-missing-permission', 'corpus/widdix-aws-cf-templates'];
  const HCL_SEEDS = ['cases/terraform-reserved-subfolder', 'cases/terraform-valid', 'corpus/gsa-terraform-vpc-flow-log'];
  const missingSeeds = (groups: readonly string[]) => groups.filter((g) => !loadSeeds().some((s) => s.name === g));
  const needs = (groups: readonly string[]) => {
    const missing = missingSeeds(groups);
    return { skip: missing.length > 0, note: missing.length ? ` (skipped: seed groups ${missing.join(', ')} not found; the shared cases live in ../shared or FLOWLOG_SHARED)` : '' };
  };

  function seedFiles(groups: readonly string[]): Record<string, string> {
    const seeds = loadSeeds();
    const out: Record<string, string> = {};
    for (const g of groups) {
      const grp = seeds.find((s) => s.name === g);
      if (!grp) throw new Error(`seed group ${g} not found`);
      for (const f of grp.files) out[`${g.replace(/\//g, '_')}/${f.rel}`] = normalise(f.data);
    }
    return out;
  }

  async function comparePositions(base: Record<string, string>) {
    const baseline = await lintFiles(base);
    const positioned = baseline.out.results.filter((r) => r.line !== undefined);
    expect(positioned.length, 'the baseline must have findings with positions').toBeGreaterThan(0);
    const want = project(baseline.out.results);
    for (const [name, v] of Object.entries(VARIANTS)) {
      const files = Object.fromEntries(Object.entries(base).map(([k, t]) => [k, v(t)]));
      const run = await lintFiles(files);
      expect(project(run.out.results), `variant ${name}`).toEqual(want);
    }
  }

  it.skipIf(needs(JSON_SEEDS).skip)(`JSON: positions of findings and parse errors are the same with a BOM and CRLF line endings${needs(JSON_SEEDS).note}`, async () => {
    await comparePositions({
      ...seedFiles(JSON_SEEDS),
      'broken/late.json': '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}\n',
    });
  }, 30_000);

  it.skipIf(needs(YAML_SEEDS).skip)(`YAML: positions of findings and parse errors are the same with a BOM, CRLF line endings and non-ASCII text${needs(YAML_SEEDS).note}`, async () => {
    const files = {
      ...seedFiles(YAML_SEEDS),
      'broken/indent.yaml': 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n   Properties: {}\n',
    };
    await comparePositions(files);
    // A multi-byte comment before the findings must not move them.
    const ascii = await lintFiles(Object.fromEntries(Object.entries(files).map(([k, t]) => [k, `# aaaa bb c\n${t}`])));
    const fancy = await lintFiles(Object.fromEntries(Object.entries(files).map(([k, t]) => [k, `# éééé ✓✓ \u{1F600}\n${t}`])));
    expect(project(fancy.out.results)).toEqual(project(ascii.out.results));
  }, 30_000);

  it.skipIf(needs(HCL_SEEDS).skip)(`HCL: positions of findings and parse errors are the same with a BOM, CRLF line endings and non-ASCII text${needs(HCL_SEEDS).note}`, async () => {
    const files = {
      ...seedFiles(HCL_SEEDS),
      'broken/main.tf': 'resource "aws_flow_log" "f" {\n  traffic_type = "ALL"\n  log_destination = [\n}\n',
    };
    await comparePositions(files);
    // A multi-byte comment before the findings must not move them (offsets in UTF-16, not bytes).
    const ascii = await lintFiles(Object.fromEntries(Object.entries(files).map(([k, t]) => [k, `# aaaa bb c\n${t}`])));
    const fancy = await lintFiles(Object.fromEntries(Object.entries(files).map(([k, t]) => [k, `# éééé ✓✓ \u{1F600}\n${t}`])));
    expect(project(fancy.out.results)).toEqual(project(ascii.out.results));
  }, 30_000);
});

describe('prototype pollution', () => {
  const POLLUTERS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

  /** JSON text with "__proto__" as an own key (JSON.stringify of a literal would drop it). */
  const policyJson = `{
  "Version": "2012-10-17",
  "__proto__": {"polluted": "yes"},
  "constructor": {"prototype": {"polluted": "yes"}},
  "Statement": [
    {
      "__proto__": {"polluted": "yes"},
      "Sid": "__proto__",
      "Effect": "Allow",
      "Principal": {"__proto__": "x", "constructor": "y", "Service": "delivery.logs.amazonaws.com"},
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::b/AWSLogs/111122223333/*",
      "Condition": {
        "__proto__": {"aws:SourceAccount": "1"},
        "StringEquals": {"__proto__": "1", "constructor": "2", "aws:SourceAccount": "111122223333"},
        "constructor": {"prototype": "x"}
      }
    }
  ]
}
`;
  const flowLogJson = `{
  "ResourceIds": ["vpc-1"],
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::b/",
  "__proto__": {"polluted": "yes"},
  "DestinationOptions": {"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "FileFormat": "plain-text"}
}
`;
  const templateJson = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Parameters": {"__proto__": {"Type": "String", "Default": "x"}, "constructor": {"Type": "String"}},
  "Mappings": {"__proto__": {"polluted": {"k": "v"}}, "constructor": {"prototype": {"polluted": "v"}}},
  "Conditions": {"__proto__": {"Fn::Equals": ["a", "a"]}, "constructor": {"Condition": "__proto__"}},
  "Resources": {
    "__proto__": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "__proto__"}},
    "constructor": {
      "Type": "AWS::EC2::FlowLog",
      "Condition": "constructor",
      "Properties": {
        "ResourceId": {"Ref": "prototype"},
        "ResourceType": "VPC",
        "TrafficType": {"Fn::FindInMap": ["__proto__", "polluted", "k"]},
        "LogDestinationType": "s3",
        "LogDestination": {"Fn::GetAtt": ["__proto__", "Arn"]},
        "LogFormat": {"Fn::FindInMap": ["constructor", "prototype", "polluted"]}
      }
    },
    "hasOwnProperty": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "__proto__"}, "Action": "sts:AssumeRole"}]}}}
  },
  "Outputs": {"__proto__": {"Value": {"Ref": "__proto__"}}}
}
`;
  const templateYaml = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  __proto__: {Type: String, Default: x}
Mappings:
  constructor:
    prototype:
      polluted: v
Resources:
  toString:
    Type: AWS::S3::Bucket
  __proto__:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref constructor
      ResourceType: VPC
      TrafficType: !FindInMap [constructor, prototype, polluted]
      LogDestinationType: s3
      LogDestination: !Sub "arn:aws:s3:::\${toString}/\${__proto__}"
      LogFormat: !If [constructor, a, b]
`;
  const tf = `variable "__proto__" {
  default = "x"
}
variable "constructor" {}
locals {
  __proto__   = { polluted = "yes" }
  constructor = "c"
  toString    = "t"
}
resource "aws_s3_bucket" "__proto__" {
  bucket = var.__proto__
}
resource "aws_flow_log" "constructor" {
  log_destination      = aws_s3_bucket.__proto__.arn
  log_destination_type = "s3"
  traffic_type         = local.constructor
  vpc_id               = local.__proto__.polluted
}
data "aws_iam_policy_document" "hasOwnProperty" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.__proto__.arn}/*"]
    principals {
      type        = "__proto__"
      identifiers = ["constructor"]
    }
    condition {
      test     = "StringEquals"
      variable = "__proto__"
      values   = [jsonencode({ __proto__ = { polluted = "yes" } })]
    }
  }
}
resource "aws_s3_bucket_policy" "toString" {
  bucket = aws_s3_bucket.__proto__.id
  policy = data.aws_iam_policy_document.hasOwnProperty.json
}
`;
  const tfvars = '__proto__ = { polluted = "yes" }\nconstructor = "x"\n';
  const plan = `{
  "format_version": "1.2",
  "variables": {"__proto__": {"value": {"polluted": "yes"}}},
  "planned_values": {"root_module": {"resources": [
    {"address": "aws_flow_log.__proto__", "mode": "managed", "type": "aws_flow_log", "name": "__proto__",
     "values": {"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "traffic_type": "ALL", "log_destination_type": "s3", "log_destination": "arn:aws:s3:::b"}}
  ]}},
  "configuration": {"__proto__": {"polluted": "yes"}}
}
`;

  function snapshotPrototypes() {
    const snap = (o: object) => Object.getOwnPropertyNames(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)?.value as unknown]);
    return { obj: snap(Object.prototype), arr: snap(Array.prototype), fn: snap(Function.prototype), str: snap(String.prototype) };
  }
  const polluted = () => [({} as Record<string, unknown>).polluted, ([] as unknown as Record<string, unknown>).polluted, (Object.create(Object.prototype) as Record<string, unknown>).polluted];

  it('__proto__ and constructor keys in policies, templates, Terraform and plans: no pollution, no crash, read like any other name', async () => {
    const before = snapshotPrototypes();
    const run = await lintFiles(
      {
      'policy.json': policyJson,
      'flow-log.json': flowLogJson,
      'template.json': templateJson,
      'yaml/template.yaml': templateYaml,
      'tf/main.tf': tf,
      'tf/terraform.tfvars': tfvars,
      'plan/plan.json': plan,
      },
      { check: false },
    );
    expect(polluted()).toEqual([undefined, undefined, undefined]);
    expect(snapshotPrototypes()).toEqual(before);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(parseErrors(run.out.results)).toEqual([]);
    // No crash anywhere, rules included (a rule that throws is only a debug message).
    checkRun(run, run.written);

    // A Ref to a name that happens to be an Object.prototype member behaves like a Ref to any
    // other undefined name (not like Object.prototype.constructor).
    const flowLog = (name: string) => `{
  "Resources": {
    "FlowLog": {
      "Type": "AWS::EC2::FlowLog",
      "Properties": {
        "ResourceId": "vpc-0a1b2c3d4e5f67890",
        "ResourceType": "VPC",
        "TrafficType": "ALL",
        "LogDestinationType": "s3",
        "LogDestination":
          {"Ref": "${name}"},
        "LogFormat":
          {"Fn::Sub": "\${${name}} \${version}"}
      }
    }
  }
}
`;
    const shape = (rs: readonly Result[]) => rs.map((r) => `${r.ruleId} ${r.status} ${r.line}:${r.column}`).sort();
    const reference = shape((await lintFiles({ 'template.json': flowLog('NoSuchName') })).out.results);
    const differ: string[] = [];
    for (const name of POLLUTERS) {
      const r = await lintFiles({ 'template.json': flowLog(name) }, { check: false });
      const crashed = r.debug.filter((m) => /^rule .* failed/.test(m));
      const got = shape(r.out.results);
      if (crashed.length || JSON.stringify(got) !== JSON.stringify(reference)) differ.push(`Ref: ${name} → ${JSON.stringify(got)}${crashed.length ? ` and ${crashed.join('; ')}` : ''}`);
    }
    expect(differ, `reference (Ref: NoSuchName) → ${JSON.stringify(reference)}`).toEqual([]);
    expect(polluted()).toEqual([undefined, undefined, undefined]);
    expect(snapshotPrototypes()).toEqual(before);
  }, 30_000);
});

describe('the folder walk', () => {
  const goodFlowLog = JSON.stringify({ ResourceIds: ['vpc-1'], TrafficType: 'ACCEPT', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::b-bucket/' }, null, 2);

  it('a symlink loop inside a walked folder: the run completes', async () => {
    const dir = tmp();
    write(dir, { 'good.json': goodFlowLog, 'deep/a/b/keep.json': goodFlowLog });
    symlinkSync('.', join(dir, 'loop')); // dir/loop → dir
    symlinkSync('..', join(dir, 'deep', 'up')); // dir/deep/up → dir
    symlinkSync('../../..', join(dir, 'deep', 'a', 'b', 'top'));
    symlinkSync('b-link', join(dir, 'a-link')); // a-link → b-link → a-link
    symlinkSync('a-link', join(dir, 'b-link'));
    symlinkSync('self', join(dir, 'self')); // self → self
    symlinkSync('good.json', join(dir, 'alias.json'));
    symlinkSync('/nonexistent/flowlog/target', join(dir, 'dangling.json'));
    for (const paths of [['.'], ['loop'], ['deep/up'], ['.', 'loop', 'deep']]) {
      const run = await lintInProcess(dir, false, { paths });
      expect(run.ms, `paths ${paths.join(' ')}`).toBeLessThan(5_000);
      expect(run.out.results.some((r) => r.ruleId === 'flow-log/accept-only'), `paths ${paths.join(' ')}: ${JSON.stringify(run.out.results)}`).toBe(true);
      expect(run.debug.filter((m) => /^rule .* failed/.test(m))).toEqual([]);
    }
    const res = runCli(['--format', 'json', '.'], dir, { timeout: 20_000 });
    checkCli(res, 'symlink loops');
  }, 60_000);

  it('an unreadable folder (chmod 000) inside a walked folder: the run completes and reports it', async (ctx) => {
    const dir = tmp();
    write(dir, { 'good.json': goodFlowLog, 'locked/inner.json': goodFlowLog, 'locked-file.json': goodFlowLog });
    chmodSync(dir, 0o755);
    const lockedDir = join(dir, 'locked');
    chmodSync(lockedDir, 0o000);
    chmodSync(join(dir, 'locked-file.json'), 0o000);
    locked.push(lockedDir, join(dir, 'locked-file.json'));

    // In-process: completes whatever the privileges.
    const run = await lintInProcess(dir, false);
    expect(run.out.results.some((r) => r.file === 'good.json' && r.ruleId === 'flow-log/accept-only')).toBe(true);

    let readable = true;
    try {
      readdirSync(lockedDir);
    } catch {
      readable = false;
    }
    const expectReported = (results: readonly Result[]) => {
      const folder = parseErrors(results, 'locked');
      expect(folder.length, JSON.stringify(results)).toBe(1);
      expect(folder[0]?.message).toMatch(/Cannot read folder/);
      expect(folder[0]?.line).toBeGreaterThan(0);
      expect(parseErrors(results, 'locked-file.json')[0]?.message).toMatch(/Cannot read file/);
      expect(results.some((r) => r.file === 'good.json' && r.ruleId === 'flow-log/accept-only')).toBe(true);
    };
    if (!readable) {
      expectReported(run.out.results);
      return;
    }
    // Running as root: chmod 000 does not stop us. Run the CLI as an unprivileged user instead,
    // when this process may switch users; otherwise skip.
    if (process.getuid?.() !== 0) return ctx.skip();
    const res = runCli(['--format', 'json', '.'], dir, { uid: 65534, gid: 65534, timeout: 20_000 });
    if (res.error && /EPERM|EACCES/.test(res.error.message)) return ctx.skip();
    const { results } = checkCli(res, 'unreadable folder (as uid 65534)');
    expect(res.status).toBe(2);
    expectReported(results);
  }, 60_000);

  it('a folder of 50,000 non-matching files completes quickly with no results', async () => {
    const dir = tmp();
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 50_000; i++) writeFileSync(join(many, `file-${i}.txt`), '{"not": "scanned"}');
    const t0 = performance.now();
    const run = await lintInProcess(dir, false);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(20_000);
    expect(run.out.results).toEqual([]);
    expect(run.out.files).toBe(0);
  }, 120_000);
});

describe('more hostile inputs', () => {
  it('Terraform file() of a device that never ends (/dev/zero) does not hang the run', () => {
    const dir = tmp();
    write(dir, { 'main.tf': 'resource "aws_s3_bucket_policy" "p" {\n  bucket = "b"\n  policy = file("/dev/zero")\n}\n' });
    const t0 = Date.now();
    const res = runCli(['--format', 'json', '.'], dir, { timeout: 8_000 });
    checkCli(res, 'file("/dev/zero")');
    expect(Date.now() - t0).toBeLessThan(8_000);
  }, 30_000);
});
