// Terraform settings written as resources of their own are linked after mapping, without
// mutating what the model already holds: an alias gives its key a new key object.
import { describe, expect, it } from 'vitest';
import { mapResource, type ResourceView } from '../../src/terraform/load.js';
import { linkDeclaredApart as postLinkTerraform } from '../../src/link/apart.js';
import { emptyModel, type Model } from '../../src/model/model.js';
import { lit, unknown, type Val } from '../../src/model/value.js';
import { makeSource, pos } from '../../src/parse/source.js';

const src = makeSource('main.tf', '');
const at = pos(src, 0, 0);

/** A resource as plan/state JSON would give it: arguments and attributes already known. */
function view(type: string, name: string, args: Record<string, string>): ResourceView {
  const val = (n: string): Val | undefined => (Object.hasOwn(args, n) ? lit(args[n] ?? '', at) : undefined);
  return { type, address: `${type}.${name}`, src, pos: at, arg: val, blocks: () => [], attribute: (n) => val(n) ?? unknown(`${type}.${name}.${n} is known only after apply`, at) };
}

function map(model: Model, ...views: ResourceView[]): void {
  for (const v of views) mapResource(model, v, new Map());
}

describe('Terraform post-mapping links', () => {
  it('links aliases to their key by key ID and by ARN, on a new key object', () => {
    const m = emptyModel();
    const arn = 'arn:aws:kms:us-east-1:111122223333:key/k-1';
    map(m, view('aws_kms_alias', 'by_id', { name: 'alias/one', target_key_id: 'k-1' }), view('aws_kms_key', 'logs', { key_id: 'k-1', arn }), view('aws_kms_alias', 'by_arn', { name: 'alias/two', target_key_id: arn }));
    const before = m.keys[0];
    postLinkTerraform(m);
    expect(m.keys).toHaveLength(1);
    expect(m.keys[0]?.aliases).toEqual([['alias/one'], ['alias/two']]);
    // The key object mapped first is left as it was (its aliases are read-only).
    expect(before?.aliases).toEqual([]);
  });

  it('hands the pending links over once: linking again adds nothing', () => {
    const m = emptyModel();
    map(m, view('aws_kms_key', 'logs', { key_id: 'k-1', arn: 'a' }), view('aws_kms_alias', 'a', { name: 'alias/one', target_key_id: 'k-1' }));
    postLinkTerraform(m);
    postLinkTerraform(m);
    expect(m.keys[0]?.aliases).toEqual([['alias/one']]);
  });
});
