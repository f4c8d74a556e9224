import { inputFacts, literal } from '../../src/engine/rule-api.js';
export const deliveryStatus = {
    meta: {
        id: 'flow-log/delivery-status',
        severity: 'error',
        description: 'A flow log whose delivery status is FAILED (or that carries a delivery error) is not delivering.',
        source: 'AWS VPC User Guide, "Working with flow logs" and "Troubleshoot VPC Flow Logs" (DeliverLogsStatus, DeliverLogsErrorMessage).',
        messages: {
            failed: 'Delivery status is {{status}}{{error}}: flow log records are not being delivered.{{hint}}',
        },
    },
    check(ctx) {
        for (const fl of ctx.model.flowLogs) {
            // Only inputs that report a live status (describe-flow-logs output, an audit) are judged.
            if (!inputFacts(fl).reportsDeliveryStatus)
                continue;
            const status = literal(fl.deliveryStatus);
            const err = literal(fl.deliveryError);
            if (status === 'FAILED' || (err !== undefined && err !== '')) {
                const hint = err && /access/i.test(err)
                    ? ' An access error usually means the delivery role (CloudWatch Logs) or the bucket policy / key policy (S3) does not let the service deliver.'
                    : err && /rate/i.test(err)
                        ? ' A rate-limit error means CloudWatch Logs throttled delivery.'
                        : '';
                ctx.report({
                    status: 'fail',
                    messageId: 'failed',
                    data: { status: status ?? 'unknown', error: err ? ` with error "${err}"` : '' },
                    detail: { hint },
                    ...((fl.deliveryError ?? fl.deliveryStatus)?.pos ? { pos: (fl.deliveryError ?? fl.deliveryStatus)?.pos } : {}),
                    resource: fl.name,
                    origin: fl.origin,
                });
            }
            else if (status !== undefined)
                ctx.pass();
        }
    },
};
