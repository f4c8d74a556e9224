// `terraform show -json` output (a plan or a state).
import { loadPlan, looksLikePlan } from '../../terraform/plan.js';
export const terraformPlan = {
    name: 'terraform-plan',
    detect: looksLikePlan,
    load: (t, root) => {
        loadPlan(t, root);
        return true;
    },
};
