import { display } from '../../src/engine/rule-api.js';
export const reservedSubfolder = {
    meta: {
        id: 'flow-log/reserved-subfolder',
        severity: 'error',
        description: 'An S3 destination must not use `AWSLogs` as a subfolder name (a reserved term).',
        source: 'AWS VPC User Guide, "Publishing flow logs to Amazon S3": "You cannot use AWSLogs as a subfolder name. This is a reserved term."',
        messages: {
            reserved: 'The S3 destination `{{destination}}` uses `AWSLogs` as a subfolder name; it is reserved (flow logs are written under PREFIX/AWSLogs/ACCOUNT/…). Choose another prefix.',
        },
    },
    check(ctx) {
        for (const l of ctx.links.flowLogs) {
            if (l.type !== 's3' || !l.s3)
                continue;
            const segments = [];
            let cur = '';
            for (const p of l.s3.prefix) {
                if (typeof p !== 'string') {
                    cur += '\u0000';
                    continue;
                }
                const bits = p.split('/');
                cur += bits[0] ?? '';
                for (const b of bits.slice(1)) {
                    segments.push(cur);
                    cur = b;
                }
            }
            segments.push(cur);
            if (segments.includes('AWSLogs')) {
                ctx.report({
                    status: 'fail',
                    messageId: 'reserved',
                    data: { destination: display(l.s3.at) },
                    ...(l.s3.at.pos ? { pos: l.s3.at.pos } : {}),
                    resource: l.flowLog.name,
                    origin: l.flowLog.origin,
                });
            }
            else
                ctx.pass();
        }
    },
};
