import { partsOf } from './parts.js';
import { partsKey } from './links.js';
export function attachPolicies(m) {
    const rolesByName = new Map();
    for (const role of m.roles) {
        if (!role.roleName.length)
            continue;
        const k = partsKey(role.roleName);
        rolesByName.set(k, [...(rolesByName.get(k) ?? []), role]);
    }
    const policiesByArn = new Map();
    for (const ip of m.identityPolicies)
        if (ip.arn?.length)
            policiesByArn.set(partsKey(ip.arn), ip);
    for (const ip of m.identityPolicies) {
        for (const ref of ip.attachedRoles) {
            const p = partsOf(ref);
            if (!p)
                continue;
            for (const role of rolesByName.get(partsKey(p)) ?? []) {
                if (!role.policies.includes(ip.doc))
                    role.policies.push(ip.doc);
            }
        }
    }
    for (const role of m.roles) {
        const remaining = role.managedPolicyArns.filter((arnV) => {
            const p = partsOf(arnV);
            const found = p ? policiesByArn.get(partsKey(p)) : undefined;
            if (found && !role.policies.includes(found.doc))
                role.policies.push(found.doc);
            return !found;
        });
        role.managedPolicyArns.splice(0, role.managedPolicyArns.length, ...remaining);
    }
}
