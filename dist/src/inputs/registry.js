import { cdk } from './cdk/index.js';
import { cloudFormation } from './cloudformation/index.js';
import { raw } from './raw/index.js';
import { snapshot } from './snapshot/index.js';
import { terraform } from './terraform/index.js';
import { terraformPlan } from './terraform-plan/index.js';
export const INPUTS = [cdk, cloudFormation, snapshot, terraformPlan, terraform, raw];
/** The kind of a parsed document (raw when no other claims it). */
export function detectKind(root) {
    return INPUTS.find((k) => k.detect?.(root)) ?? raw;
}
