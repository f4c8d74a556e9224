// The input kinds, in one list. A parsed JSON/YAML document belongs to the first kind whose
// `detect` accepts it (raw, which takes anything, is last); files a kind reads itself are claimed
// by its session. A new input kind is a folder under src/inputs/ added here (CONTRIBUTING.md).
import type { PNode } from '../parse/pnode.js';
import { cdk } from './cdk/index.js';
import { cloudFormation } from './cloudformation/index.js';
import { raw } from './raw/index.js';
import { snapshot } from './snapshot/index.js';
import { terraform } from './terraform/index.js';
import { terraformPlan } from './terraform-plan/index.js';
import type { InputKind } from './types.js';

export const INPUTS: readonly InputKind[] = [cdk, cloudFormation, snapshot, terraformPlan, terraform, raw];

/** The kind of a parsed document (raw when no other claims it). */
export function detectKind(root: PNode): InputKind {
  return INPUTS.find((k) => k.detect?.(root)) ?? raw;
}
