// Linking what an input declares in resources of their own (Terraform) to the resources they
// belong to, by name or ARN. Runs right after each load (pipeline/), before policies are attached.
import { takeDeclaredApart } from '../model/declared-apart.js';
import { partsKey } from './links.js';
/** Joins what a loader declared apart (model/declared-apart.ts) to its resources: bucket
 * encryption, ACL and ownership, key policies and aliases, policy attachments by role name. A
 * model with nothing recorded is left as it is; what is recorded is joined once. */
export function linkDeclaredApart(model) {
    const p = takeDeclaredApart(model);
    if (!p)
        return;
    const bucketIndex = new Map();
    model.buckets.forEach((b, i) => {
        if (b.bucketName.length && !bucketIndex.has(partsKey(b.bucketName)))
            bucketIndex.set(partsKey(b.bucketName), i);
    });
    const rolesByName = new Map();
    for (const r of model.roles)
        if (r.roleName.length && !rolesByName.has(partsKey(r.roleName)))
            rolesByName.set(partsKey(r.roleName), r);
    const keysByRef = new Map();
    for (const k of model.keys)
        for (const ref of [k.keyId, k.arn])
            if (ref.length && !keysByRef.has(partsKey(ref)))
                keysByRef.set(partsKey(ref), k);
    for (const s of p.sse) {
        const name = s.bucket.kind === 'str' ? s.bucket.parts : undefined;
        if (!name)
            continue;
        const i = bucketIndex.get(partsKey(name)) ?? -1;
        const b = model.buckets[i];
        if (b)
            model.buckets[i] = { ...b, encryption: s.encryption };
    }
    for (const st of p.bucketSettings) {
        const i = st.bucket.kind === 'str' ? (bucketIndex.get(partsKey(st.bucket.parts)) ?? -1) : -1;
        const b = model.buckets[i];
        if (b)
            model.buckets[i] = { ...b, ...(st.acl ? { acl: st.acl } : {}), ...(st.objectOwnership ? { objectOwnership: st.objectOwnership } : {}) };
    }
    for (const kp of p.keyPolicies) {
        const ref = kp.key.kind === 'str' ? kp.key.parts : undefined;
        const key = ref ? keysByRef.get(partsKey(ref)) : undefined;
        const i = key ? model.keys.indexOf(key) : -1;
        if (key && i >= 0) {
            const linked = { ...key, policy: kp.doc };
            model.keys[i] = linked;
            for (const r of [key.keyId, key.arn])
                if (r.length)
                    keysByRef.set(partsKey(r), linked);
        }
    }
    for (const pa of p.principalAttachments) {
        const arn = pa.policyArn.kind === 'str' ? partsKey(pa.policyArn.parts) : undefined;
        const i = arn === undefined ? -1 : model.identityPolicies.findIndex((ip) => ip.arn && partsKey(ip.arn) === arn && (ip.principalKey === ip.uid || ip.principalKey === undefined));
        const j = i >= 0 ? i : arn === undefined ? -1 : model.identityPolicies.findIndex((ip) => ip.arn && partsKey(ip.arn) === arn);
        const ip = model.identityPolicies[j];
        if (!ip)
            continue;
        // The first attachment claims the policy; further ones get a copy under their principal.
        if (i >= 0)
            model.identityPolicies[i] = { ...ip, principalKey: pa.principalKey };
        else
            model.identityPolicies.push({ ...ip, uid: `${ip.uid}@${pa.principalKey}`, principalKey: pa.principalKey });
    }
    for (const a of p.aliases) {
        const target = a.target.kind === 'str' ? a.target.parts : undefined;
        const name = a.name.kind === 'str' ? a.name.parts : undefined;
        if (!target || !name)
            continue;
        const key = keysByRef.get(partsKey(target));
        const i = key ? model.keys.indexOf(key) : -1;
        if (key && i >= 0) {
            // A new key object, as for key policies above (a key's aliases are read-only); the refs that
            // led to the old object now lead to the new one.
            const linked = { ...key, aliases: [...key.aliases, name] };
            model.keys[i] = linked;
            for (const r of [key.keyId, key.arn])
                if (keysByRef.get(partsKey(r)) === key)
                    keysByRef.set(partsKey(r), linked);
        }
    }
    // A role policy that cannot be read makes the role's permissions unverifiable.
    for (const u of p.unresolvedRolePolicies) {
        const rn = u.role.kind === 'str' ? u.role.parts : undefined;
        const role = rn ? rolesByName.get(partsKey(rn)) : undefined;
        if (role)
            role.managedPolicyArns.push(u.reason);
    }
    for (const att of p.attachments) {
        for (const r of att.roles) {
            const rn = r.kind === 'str' ? r.parts : undefined;
            const role = rn ? rolesByName.get(partsKey(rn)) : undefined;
            if (role)
                role.managedPolicyArns.push(att.policyArn);
        }
    }
}
