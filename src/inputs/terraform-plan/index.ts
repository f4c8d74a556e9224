// `terraform show -json` output (a plan or a state).
import { loadPlan, looksLikePlan } from '../../terraform/plan.js';
import type { InputKind } from '../types.js';

export const terraformPlan: InputKind = {
  name: 'terraform-plan',
  detect: looksLikePlan,
  load: (t, root) => {
    loadPlan(t, root);
    return true;
  },
};
