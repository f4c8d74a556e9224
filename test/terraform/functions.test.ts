// Function behaviour that the differential test cannot show: what stays unknown, and why.
import { describe, expect, it } from 'vitest';
import type { Val } from '../../src/model/value.js';
import { SUPPORTED_FUNCTIONS, callFunction } from '../../src/terraform/functions.js';
import { isError } from '../../src/terraform/values.js';

const s = (x: string): Val => ({ kind: 'str', parts: [x] });
const sym: Val = { kind: 'str', parts: ['arn:aws:s3:::', { sym: 'tf:aws_s3_bucket.b.bucket', label: 'aws_s3_bucket.b.bucket' }] };

describe('functions that are not evaluated', () => {
  it('an unknown function is unknown with a reason naming it', () => {
    const v = callFunction('frobnicate', [s('x')], undefined);
    expect(v).toMatchObject({ kind: 'unknown', reason: 'function frobnicate() is not evaluated statically' });
    expect(isError(v)).toBe(false);
  });
  it('impure functions say why', () => {
    expect(callFunction('timestamp', [], undefined)).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/timestamp\(\) returns the time of the run/) as unknown });
    expect(callFunction('uuid', [], undefined)).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/uuid\(\)/) as unknown });
  });
  it('yamldecode with YAML 1.1 boolean words stays unknown', () => {
    expect(callFunction('yamldecode', [s('a: yes')], undefined)).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/YAML 1.1/) as unknown });
  });
  it('every supported function is documented in docs/terraform.md', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/terraform.md', import.meta.url), 'utf8');
    expect(SUPPORTED_FUNCTIONS.filter((f) => !doc.includes(`\`${f}\``))).toEqual([]);
  });
});

describe('symbols (values known at apply time)', () => {
  it('format and join keep them', () => {
    expect(callFunction('format', [s('%s/AWSLogs/*'), sym], undefined)).toMatchObject({ kind: 'str', parts: ['arn:aws:s3:::', { sym: 'tf:aws_s3_bucket.b.bucket' }, '/AWSLogs/*'] });
    expect(callFunction('join', [s(','), { kind: 'arr', items: [sym, s('x')] }], undefined)).toMatchObject({ kind: 'str' });
  });
  it('functions needing the text give unknown, not an error (try() must not fall back)', () => {
    const v = callFunction('upper', [sym], undefined);
    expect(v.kind).toBe('unknown');
    expect(isError(v)).toBe(false);
  });
  it('contains() decides when the literal parts already differ, else unknown', () => {
    expect(callFunction('contains', [{ kind: 'arr', items: [sym] }, s('arn:aws:logs:x')], undefined)).toMatchObject({ kind: 'bool', value: false });
    expect(callFunction('contains', [{ kind: 'arr', items: [sym] }, s('arn:aws:s3:::bucket')], undefined).kind).toBe('unknown');
  });
  it('an unknown argument is unknown with its reason', () => {
    expect(callFunction('lower', [{ kind: 'unknown', reason: 'variable x has no default' }], undefined)).toMatchObject({ kind: 'unknown', reason: 'variable x has no default' });
  });
});
