import { destinationType, display, fieldCI, literal, parseArn } from '../../src/engine/rule-api.js';
const TYPES = ['s3', 'cloud-watch-logs', 'kinesis-data-firehose'];
const SERVICE_OF = { s3: 's3', 'cloud-watch-logs': 'logs', 'kinesis-data-firehose': 'firehose' };
export const destinationSettings = {
    meta: {
        id: 'flow-log/destination-settings',
        severity: 'error',
        description: 'Flow-log settings must fit the destination type (delivery role, log group, destination options).',
        source: 'Amazon EC2 API Reference, CreateFlowLogs; AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs" and "Publishing flow logs to Amazon S3".',
        messages: {
            unresolved: 'The destination type cannot be resolved ({{reason}}).',
            unknownType: 'Unknown destination type `{{type}}`; use one of {{types}}.',
            cwlNeedsRole: 'A CloudWatch Logs flow log needs a delivery role (`DeliverLogsPermissionArn`): the flow-logs service assumes it to publish to the log group.',
            cwlNeedsLogGroup: 'A CloudWatch Logs flow log needs a log group (`LogGroupName` or a log-group ARN in `LogDestination`).',
            logGroupAndDestination: 'Give either `LogGroupName` or `LogDestination`, not both.',
            needsDestination: 'A {{type}} flow log needs `LogDestination` (the {{target}} ARN).',
            logGroupNotApplicable: '`LogGroupName` is only for CloudWatch Logs destinations, not {{type}}.',
            roleNotApplicable: '`DeliverLogsPermissionArn` is not applicable for {{type}} delivery (the API rejects it); remove it.',
            optionsNotS3: '`DestinationOptions` applies only to S3 destinations.',
            optionMissing: '`DestinationOptions` needs `{{option}}` (CloudFormation requires all three of FileFormat, HiveCompatiblePartitions, PerHourPartition).',
            fileFormat: '`FileFormat` must be `plain-text` or `parquet`, not `{{value}}`.',
            notBoolean: '`{{option}}` must be a boolean.',
            crossAccountNotFirehose: '`DeliverCrossAccountRole` applies only to Firehose destinations.',
            serviceMismatch: 'The destination type is `{{type}}` but the destination is a `{{service}}` ARN.',
        },
    },
    check(ctx) {
        for (const l of ctx.links.flowLogs) {
            const fl = l.flowLog;
            const problems = [];
            const add = (messageId, pos, data) => problems.push({ messageId, data, pos: pos ?? fl.pos });
            const typeText = fl.destinationType ? literal(fl.destinationType) : 'cloud-watch-logs';
            if (fl.destinationType && fl.destinationType.kind === 'unknown') {
                ctx.report({ status: 'unverifiable', messageId: 'unresolved', detail: { reason: fl.destinationType.reason }, ...(fl.destinationType.pos ? { pos: fl.destinationType.pos } : {}), resource: fl.name, origin: fl.origin });
                continue;
            }
            const type = destinationType(fl);
            if (!type) {
                add('unknownType', fl.destinationType?.pos, { type: typeText ?? display(fl.destinationType), types: TYPES.join(', ') });
            }
            else {
                if (type === 'cloud-watch-logs') {
                    if (!fl.deliverLogsPermissionArn)
                        add('cwlNeedsRole');
                    if (!fl.logGroupName && !fl.destination)
                        add('cwlNeedsLogGroup');
                    if (fl.logGroupName && fl.destination)
                        add('logGroupAndDestination', fl.logGroupName.pos);
                }
                else {
                    if (!fl.destination)
                        add('needsDestination', undefined, { type, target: type === 's3' ? 'bucket' : 'delivery stream' });
                    if (fl.logGroupName)
                        add('logGroupNotApplicable', fl.logGroupName.pos, { type });
                    const crossAccount = type === 'kinesis-data-firehose' && fl.deliverCrossAccountRole;
                    if (fl.deliverLogsPermissionArn && !crossAccount) {
                        add('roleNotApplicable', fl.deliverLogsPermissionArn.pos, { type });
                    }
                }
                if (fl.destinationOptions && type !== 's3')
                    add('optionsNotS3', fl.destinationOptions.pos);
                if (fl.destinationOptions && type === 's3') {
                    const opts = fl.destinationOptions;
                    if (fl.format === 'cloudformation') {
                        for (const k of ['FileFormat', 'HiveCompatiblePartitions', 'PerHourPartition']) {
                            if (!fieldCI(opts, k))
                                add('optionMissing', opts.pos, { option: k });
                        }
                    }
                    const ff = fieldCI(opts, 'FileFormat');
                    const fft = literal(ff);
                    if (ff && fft !== undefined && fft !== 'plain-text' && fft !== 'parquet')
                        add('fileFormat', ff.pos, { value: fft });
                    for (const k of ['HiveCompatiblePartitions', 'PerHourPartition']) {
                        const v = fieldCI(opts, k);
                        if (v && v.kind !== 'bool' && v.kind !== 'unknown' && !['true', 'false'].includes(literal(v) ?? ''))
                            add('notBoolean', v.pos, { option: k });
                    }
                }
                if (fl.deliverCrossAccountRole && type !== 'kinesis-data-firehose') {
                    add('crossAccountNotFirehose', fl.deliverCrossAccountRole.pos);
                }
                const destText = literal(fl.destination);
                const arn = destText ? parseArn(destText) : undefined;
                const want = SERVICE_OF[type];
                if (arn && want && arn.service !== want && /^[a-z0-9-]+$/.test(arn.service)) {
                    add('serviceMismatch', fl.destination?.pos, { type, service: arn.service });
                }
            }
            if (problems.length === 0)
                ctx.pass();
            for (const p of problems)
                ctx.report({ status: 'fail', messageId: p.messageId, ...(p.data ? { data: p.data } : {}), ...(p.pos ? { pos: p.pos } : {}), resource: fl.name, origin: fl.origin });
        }
    },
};
