#!/usr/bin/env node
// The parse floor flowlog-lint is paired with: read every input file under a folder and parse it,
// nothing else, in its own process (Node.js start-up included, as for the CLI).
//   node scripts/bench/floor.mjs DIR
// YAML goes through js-yaml's `load`, the parser flowlog-lint builds its tree with
// (src/parse/yaml-fast.ts), with the CloudFormation short-form tags accepted so templates parse;
// JSON through JSON.parse. A floor that used a slower parser would flatter the ratio.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';

const TAGS = ['!Ref', '!Condition', '!Sub', '!GetAtt', '!Join', '!Select', '!Split', '!If', '!Equals', '!Not', '!And', '!Or', '!FindInMap', '!ImportValue', '!Base64', '!Cidr', '!GetAZs', '!Transform', '!Length', '!ToJsonString'];
const SCHEMA = jsyaml.CORE_SCHEMA.extend(
  TAGS.flatMap((tag) => ['scalar', 'sequence', 'mapping'].map((kind) => new jsyaml.Type(tag, { kind, construct: (data) => ({ [tag]: data }) }))),
);

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: floor.mjs DIR\n');
  process.exit(2);
}
let files = 0;
let nodes = 0;
for (const rel of readdirSync(dir, { recursive: true })) {
  const name = String(rel);
  const isYaml = /\.ya?ml$/.test(name);
  if (!isYaml && !name.endsWith('.json')) continue;
  const text = readFileSync(join(dir, name), 'utf8');
  const doc = isYaml ? jsyaml.load(text, { schema: SCHEMA }) : JSON.parse(text);
  // Touch the result so the parse cannot be skipped as dead code.
  if (doc && typeof doc === 'object') nodes += Object.keys(doc).length;
  files++;
}
if (process.argv.includes('--verbose')) process.stdout.write(`${files} files, ${nodes} top-level keys\n`);
