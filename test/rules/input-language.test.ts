// No rule branches on the input format (issue #10, point 5): rules phrase findings with the input's
// own spelling (`spell`, `spellings`, `inputFacts` in the rule API) and read input-kind facts from
// the model, never `fl.format` or a loader's key prefix. A grep over rules/**, like the layering test.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFacts, spell, spellings } from '../../src/model/spelling.js';
import type { FlowLog } from '../../src/model/model.js';

const root = resolve(import.meta.dirname, '..', '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Ways a rule could ask which format its input was. */
const FORMAT_QUESTIONS: readonly [string, RegExp][] = [
  ['reads `.format`', /\.format\b|\[\s*['"`]format['"`]\s*\]/],
  ['compares with a format name', /['"`](cloudformation|terraform|describe|live|request)['"`]/],
  ["reads a loader's `tf:` key prefix", /['"`]tf:/],
];

describe('rules do not branch on the input format', () => {
  const files = walk(join(root, 'rules'));

  it('finds the rule modules (the scan works)', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('no rule module asks which format its input was', () => {
    const bad: string[] = [];
    for (const f of files) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) return; // comments may talk about formats
        for (const [what, re] of FORMAT_QUESTIONS) if (re.test(line)) bad.push(`${relative(root, f)}:${i + 1} ${what}: ${line.trim()}`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('the check would catch the branch it replaced', () => {
    expect(FORMAT_QUESTIONS.some(([, re]) => re.test("if (fl.format === 'cloudformation') {"))).toBe(true);
    expect(FORMAT_QUESTIONS.some(([, re]) => re.test("lit.scope.startsWith('tf:')"))).toBe(true);
  });
});

describe('spelling tables', () => {
  const flowLog = (format: FlowLog['format']): FlowLog => ({ uid: format, kind: 'flow-log', format, name: format, origin: {}, env: { partition: [], region: [] }, resourceIds: [] });

  it('name the delivery role as each input writes it', () => {
    expect(spell(flowLog('cloudformation'), 'deliverLogsPermissionArn')).toBe('DeliverLogsPermissionArn');
    expect(spell(flowLog('terraform'), 'deliverLogsPermissionArn')).toBe('iam_role_arn');
    // Snapshots and describe-flow-logs output carry the API's names (src/loaders/snapshot.ts, raw.ts).
    expect(spell(flowLog('live'), 'deliverLogsPermissionArn')).toBe('DeliverLogsPermissionArn');
    expect(spell(flowLog('describe'), 'deliverLogsPermissionArn')).toBe('DeliverLogsPermissionArn');
    expect(spell(flowLog('request'), 'deliverLogsPermissionArn')).toBe('DeliverLogsPermissionArn');
  });

  it('name the ordering mechanism of each input', () => {
    expect(spellings(flowLog('terraform')).dependsOn).toBe('depends_on');
    expect(spellings(flowLog('cloudformation')).dependsOn).toMatch(/^DependsOn\b/);
  });

  it('record the input-kind facts rules used to read from the format', () => {
    expect(inputFacts(flowLog('cloudformation')).requiredDestinationOptions).toEqual(['fileFormat', 'hiveCompatiblePartitions', 'perHourPartition']);
    for (const k of ['terraform', 'request', 'describe', 'live'] as const) expect(inputFacts(flowLog(k)).requiredDestinationOptions).toEqual([]);
    expect((['cloudformation', 'terraform', 'request', 'describe', 'live'] as const).filter((k) => inputFacts(flowLog(k)).reportsDeliveryStatus)).toEqual(['describe', 'live']);
  });
});
