// Message IDs (ESLint style): every rule's templates are declared once in meta.messages, every ID a
// rule reports exists there, and a bad ID or a missing value fails closed (internal-error).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { MessageError, renderMessage } from '../../src/engine/messages.js';
import type { Rule } from '../../src/engine/types.js';
import { lint } from '../../src/lint.js';

const root = join(import.meta.dirname, '..', '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('renderMessage', () => {
  const messages = { a: 'Bucket {{bucket}} lacks {{ what }}.', b: 'No placeholders.' };
  it('fills placeholders from the values', () => {
    expect(renderMessage('x/y', messages, 'a', { bucket: 'logs', what: 'a policy' })).toBe('Bucket logs lacks a policy.');
    expect(renderMessage('x/y', messages, 'b', {})).toBe('No placeholders.');
  });
  it('does not expand placeholders inside values', () => {
    expect(renderMessage('x/y', messages, 'a', { bucket: '{{what}}', what: 'w' })).toBe('Bucket {{what}} lacks w.');
  });
  it('throws on an unknown ID or a missing value', () => {
    expect(() => renderMessage('x/y', messages, 'c', {})).toThrow(MessageError);
    expect(() => renderMessage('x/y', messages, 'a', { bucket: 'b' })).toThrow(/\{\{what\}\}/);
    // An inherited property is not a message.
    expect(() => renderMessage('x/y', messages, 'toString', {})).toThrow(MessageError);
  });
});

describe('rule messages', () => {
  it('every rule declares its messages', () => {
    for (const r of RULES) expect(Object.keys(r.meta.messages ?? {}).length, r.meta.id).toBeGreaterThan(0);
  });

  it('every message ID a rule module names is declared by that rule, and every declared one is used', () => {
    const byId = new Map(RULES.map((r) => [r.meta.id, r]));
    let checked = 0;
    for (const file of walk(join(root, 'rules'))) {
      const text = readFileSync(file, 'utf8');
      const id = /\bid: '([a-z-]+\/[a-z-]+)'/.exec(text)?.[1];
      const rule = id ? byId.get(id) : undefined;
      if (!rule) continue;
      const declared = Object.keys(rule.meta.messages ?? {});
      // `messageId: 'x'` in reports; destination-settings collects problems with `add('x', …)`.
      const adds = text.includes('const add = (messageId') ? [...text.matchAll(/\badd\('([A-Za-z]+)'/g)] : [];
      const used = new Set([...text.matchAll(/messageId: '([A-Za-z]+)'/g), ...adds].map((m) => m[1] as string));
      for (const u of used) expect(declared, `${id} reports ${u}`).toContain(u);
      for (const d of declared) expect(text, `${id} never reports ${d}`).toContain(`'${d}'`);
      checked++;
    }
    expect(checked).toBe(RULES.length);
  });

  it('a report with an unknown message ID is an internal-error, not a silent pass', () => {
    const bad: Rule = {
      meta: { id: 'test/bad-message', severity: 'error', description: 'd', source: 's', messages: { ok: 'fine' } },
      check(ctx) {
        ctx.report({ status: 'fail', messageId: 'typo' });
      },
    };
    const out = lint({ paths: ['examples'], cwd: root, accountIds: [], severities: new Map(), rules: [bad] });
    const ie = out.results.filter((r) => r.ruleId === 'internal-error');
    expect(ie).toHaveLength(1);
    expect(ie[0]?.message).toContain('test/bad-message');
    expect(ie[0]?.message).toContain('typo');
    expect(out.inputErrors).toBe(true);
  });
});
