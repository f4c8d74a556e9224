import { display, partitionOf, partsOf } from '../../src/engine/rule-api.js';
export const partitionMismatch = {
    meta: {
        id: 'arn/partition-mismatch',
        severity: 'error',
        description: 'ARNs in one delivery chain (flow log, bucket, key, role, log group) must name the same partition.',
        source: 'AWS General Reference, "Amazon Resource Names (ARNs)" (partitions); resources cannot be shared across partitions.',
        messages: {
            mismatch: 'The {{what}} `{{arn}}` is in partition `{{partition}}` but the {{firstWhat}} `{{firstArn}}` is in `{{firstPartition}}`: resources in different partitions cannot be used together.',
        },
    },
    check(ctx) {
        for (const l of ctx.links.flowLogs) {
            const fl = l.flowLog;
            const named = [];
            const add = (what, v) => {
                const p = partsOf(v);
                const part = p ? partitionOf(p) : undefined;
                if (v && part)
                    named.push({ what, v, partition: part });
            };
            add('destination', fl.destination);
            add('delivery role', fl.deliverLogsPermissionArn);
            add('cross-account role', fl.deliverCrossAccountRole);
            const key = l.bucketScope?.bucket ? ctx.links.keyOf(l.bucketScope.bucket) : undefined;
            if (key?.refKind === 'arn')
                add('bucket encryption key', key.ref);
            if (l.logGroup?.kmsKeyId)
                add('log group key', l.logGroup.kmsKeyId);
            const first = named[0];
            if (!first)
                continue;
            const odd = named.filter((n) => n.partition !== first.partition);
            if (odd.length === 0) {
                if (named.length > 1)
                    ctx.pass();
                continue;
            }
            for (const o of odd) {
                ctx.report({
                    status: 'fail',
                    messageId: 'mismatch',
                    data: { what: o.what, arn: display(o.v), partition: o.partition, firstWhat: first.what, firstArn: display(first.v), firstPartition: first.partition },
                    ...(o.v.pos ? { pos: o.v.pos } : {}),
                    resource: fl.name,
                    origin: fl.origin,
                });
            }
        }
    },
};
