import { factsOf, grantsByTarget, reaches, releasedSpellings, siteKey, spellings } from '../../src/engine/rule-api.js';
/** The node of a model resource, when the loader recorded one. */
function nodeKey(f, p) {
    if (!p)
        return undefined;
    const k = siteKey(p);
    return f.nodes.has(k) ? k : undefined;
}
/** Resources a node reads directly or through non-resource nodes (locals, variables). */
function readResources(f, from) {
    const out = new Set();
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length) {
        for (const d of f.nodes.get(queue.shift())?.deps ?? []) {
            if (seen.has(d))
                continue;
            seen.add(d);
            if (f.nodes.get(d)?.resource)
                out.add(d);
            else
                queue.push(d);
        }
    }
    return out;
}
export const dependencyOrder = {
    meta: {
        id: 'flow-log/dependency-order',
        severity: 'warning',
        description: 'The flow log must wait for the bucket policy or role policy that lets delivery work (DependsOn / a reference or depends_on path).',
        source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3" (AWS attaches its own bucket policy when none is sufficient) and "Publishing flow logs to CloudWatch Logs" (IAM role for publishing).',
        messages: {
            noOrder: 'The flow log does not wait for the {{what}} {{names}}: nothing (a dependency or a reference, directly or through other resources) orders it after that policy. {{why}} Add {{dependsOn}} on {{names}}.',
        },
    },
    check(ctx) {
        const f = factsOf(ctx.model);
        const byTarget = grantsByTarget(f);
        const grantedTo = (k) => (byTarget.get(k)?.length ?? 0) > 0 || f.nodes.get(k)?.inlineGrant === true;
        for (const l of ctx.links.flowLogs) {
            const fl = l.flowLog;
            const from = nodeKey(f, fl.pos);
            const unit = from ? f.nodes.get(from)?.unit : undefined;
            if (!from || !unit)
                continue;
            // What delivery needs a policy on: the destination bucket, or the delivery role. When
            // linking could not name it (a conditional destination), the bucket or role the flow log
            // reads directly or through locals and variables stands in.
            const target = l.bucketScope?.bucket ?? l.role;
            const targetKey = target ? nodeKey(f, target.pos) : undefined;
            const targets = new Set(targetKey ? [targetKey] : [...readResources(f, from)].filter(grantedTo));
            const grants = new Map();
            for (const t of targets) {
                for (const k of byTarget.get(t) ?? []) {
                    const n = f.nodes.get(k);
                    if (n?.unit === unit)
                        grants.set(k, n.name);
                }
            }
            // A bucket policy linked by the bucket's name rather than by a reference.
            for (const p of l.bucketScope?.policies ?? []) {
                const k = nodeKey(f, p.pos);
                const n = k ? f.nodes.get(k) : undefined;
                if (k && n?.unit === unit)
                    grants.set(k, n.name);
            }
            // The role's (or bucket's) own policy is created with it; a separate policy may then be an
            // unrelated extra, so only a resource without its own policy is held to the ordering.
            const inline = [...targets].some((t) => f.nodes.get(t)?.inlineGrant === true);
            if (grants.size === 0) {
                if (inline)
                    ctx.pass();
                continue;
            }
            if (inline || reaches(f, from, new Set(grants.keys()))) {
                ctx.pass();
                continue;
            }
            const names = [...grants.values()].map((n) => `\`${n}\``).join(', ');
            const toBucket = l.bucketScope?.bucket !== undefined || l.type === 's3';
            const what = toBucket ? 'bucket policy' : 'role policy';
            const why = toBucket
                ? 'If the flow log is created first, AWS finds no sufficient bucket policy and writes its own, which the stack then overwrites (or races), and IaC drifts.'
                : 'If the flow log is created before the role may write to CloudWatch Logs, it starts in an error state and delivers nothing until fixed.';
            ctx.report({
                status: 'fail',
                messageId: 'noOrder',
                data: { what, names },
                // The ordering advice in the input's own terms (`depends_on` for Terraform).
                detail: { why, dependsOn: spellings(fl).dependsOn },
                released: { dependsOn: releasedSpellings().dependsOn },
                ...(fl.pos ? { pos: fl.pos } : {}),
                resource: fl.name,
                origin: fl.origin,
            });
        }
    },
};
