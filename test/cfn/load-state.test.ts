// Loading a template keeps no state between templates: KMS aliases wait for their key only within
// one load, and a load that fails leaves nothing behind for the next one.
import { describe, expect, it } from 'vitest';
import { loadCloudFormation } from '../../src/cfn/load.js';
import { emptyModel, type Model } from '../../src/model/model.js';
import { InputError } from '../../src/parse/errors.js';
import { makeSource } from '../../src/parse/source.js';
import { parseYaml } from '../../src/parse/yaml.js';

function load(model: Model, path: string, text: string): void {
  const src = makeSource(path, text);
  loadCloudFormation({ model, src, opts: { debug: () => undefined } }, parseYaml(src).root);
}

const KEY = `  Key:
    Type: AWS::KMS::Key
`;

describe('CloudFormation load state', () => {
  it('links an alias to a key declared after it', () => {
    const m = emptyModel();
    load(m, 'a.yaml', `Resources:\n  Alias:\n    Type: AWS::KMS::Alias\n    Properties:\n      AliasName: alias/logs\n      TargetKeyId: !Ref Key\n${KEY}`);
    expect(m.keys.map((k) => k.aliases)).toEqual([[['alias/logs']]]);
  });

  it('a load that fails leaves no alias behind for the next template', () => {
    const failing = `Resources:\n${KEY}  Alias:\n    Type: AWS::KMS::Alias\n    Properties:\n      AliasName: alias/leak\n      TargetKeyId: !Ref Key\n  Bad:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: b\n      PolicyDocument: '{not json'\n`;
    expect(() => load(emptyModel(), 'x.yaml', failing)).toThrow(InputError);
    const m = emptyModel();
    load(m, 'x.yaml', `Resources:\n${KEY}`);
    expect(m.keys).toHaveLength(1);
    expect(m.keys[0]?.aliases).toEqual([]);
  });
});
