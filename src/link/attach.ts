// Attaches identity policies to the roles they name (AWS::IAM::Policy Roles, ManagedPolicyArns,
// get-role-policy outputs), across files. Runs once after every input is loaded.
import type { Model } from '../model/model.js';
import { partsEqual, partsOf } from './parts.js';

export function attachPolicies(m: Model): void {
  for (const ip of m.identityPolicies) {
    for (const ref of ip.attachedRoles) {
      const p = partsOf(ref);
      if (!p) continue;
      for (const role of m.roles) {
        if (role.roleName.length && partsEqual(role.roleName, p) && !role.policies.includes(ip.doc)) role.policies.push(ip.doc);
      }
    }
  }
  for (const role of m.roles) {
    const remaining = role.managedPolicyArns.filter((arnV) => {
      const p = partsOf(arnV);
      const found = p ? m.identityPolicies.find((ip) => ip.arn && partsEqual(ip.arn, p)) : undefined;
      if (found && !role.policies.includes(found.doc)) role.policies.push(found.doc);
      return !found;
    });
    role.managedPolicyArns.splice(0, role.managedPolicyArns.length, ...remaining);
  }
}
