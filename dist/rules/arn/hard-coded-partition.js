import { factsOf, grantsByTarget, scopeName, siteKey } from '../../src/engine/rule-api.js';
import { where } from '../_shared.js';
/** Node keys of the delivery chain's resources, plus the non-resource declarations they read
 * (Terraform locals, data sources such as policy documents) and the policy attachments that
 * target them. */
function chainSites(f, byTarget, resources) {
    const sites = new Set();
    for (const r of resources)
        if (r?.pos && f.nodes.has(siteKey(r.pos)))
            sites.add(siteKey(r.pos));
    for (const s of [...sites])
        for (const k of byTarget.get(s) ?? [])
            sites.add(k);
    const queue = [...sites];
    while (queue.length) {
        const k = queue.shift();
        for (const d of f.nodes.get(k)?.deps ?? []) {
            const n = f.nodes.get(d);
            if (n && !n.resource && !sites.has(d)) {
                sites.add(d);
                queue.push(d);
            }
        }
    }
    return sites;
}
export const hardCodedPartition = {
    meta: {
        id: 'arn/hard-coded-partition',
        severity: 'warning',
        description: 'A template or configuration that derives the partition must not also write a literal partition in an ARN of the delivery chain.',
        source: 'AWS General Reference, "Amazon Resource Names (ARNs)" (partitions aws, aws-cn, aws-us-gov); AWS CloudFormation User Guide, pseudo parameter AWS::Partition; Terraform AWS provider, data source aws_partition.',
        messages: {
            literalPartition: 'This ARN writes the partition `{{partition}}` literally, while the same {{container}} derives the partition elsewhere{{where}}. In any other partition (aws-us-gov, aws-cn) this ARN names nothing: a policy resource or a trust condition such as aws:SourceArn never matches, and delivery silently stops. Build it from the derived partition (`${AWS::Partition}`, `data.aws_partition.current.partition`).',
        },
    },
    check(ctx) {
        const f = factsOf(ctx.model);
        const reported = new Set();
        const byTarget = grantsByTarget(f);
        // Identity policies by document, with their place in the model (the order they are visited
        // in): looked up per role instead of filtering every policy for every flow log, which was
        // quadratic in the number of stacks.
        const policyIndex = new Map();
        ctx.model.identityPolicies.forEach((p, i) => {
            const at = policyIndex.get(p.doc);
            if (at)
                at.push(i);
            else
                policyIndex.set(p.doc, [i]);
        });
        const policiesOf = (docs) => {
            const at = new Set();
            for (const d of docs)
                for (const i of policyIndex.get(d) ?? [])
                    at.add(i);
            return [...at].sort((a, b) => a - b).map((i) => ctx.model.identityPolicies[i]).filter((p) => p !== undefined);
        };
        for (const l of ctx.links.flowLogs) {
            const bucket = l.bucketScope?.bucket;
            const key = bucket ? ctx.links.keyOf(bucket)?.key : undefined;
            const rolePolicies = l.role ? policiesOf(l.role.policies) : [];
            const sites = chainSites(f, byTarget, [l.flowLog, bucket, ...(l.bucketScope?.policies ?? []), key, l.role, ...rolePolicies, l.logGroup]);
            const literals = [];
            for (const s of sites)
                for (const lit of f.arnLiterals.get(s) ?? [])
                    if (f.derivesPartition.has(lit.scope))
                        literals.push(lit);
            if (literals.length === 0) {
                // Checked: every ARN of the chain derives its partition, or the input never does.
                if (sites.size)
                    ctx.pass();
                continue;
            }
            for (const lit of literals) {
                const k = `${lit.pos.src.path}@${lit.pos.start}`;
                if (reported.has(k))
                    continue;
                reported.add(k);
                const derived = f.derivesPartition.get(lit.scope);
                ctx.report({
                    status: 'fail',
                    messageId: 'literalPartition',
                    data: { partition: lit.partition, container: scopeName(lit.scope) },
                    detail: { where: where(derived) },
                    pos: lit.pos,
                    resource: l.flowLog.name,
                    origin: { file: lit.pos.src },
                });
            }
        }
    },
};
