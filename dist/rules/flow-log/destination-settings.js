import { DESTINATION_OPTIONS, destinationType, display, fieldCI, inputFacts, literal, parseArn, releasedSpell, releasedSpellings, spell, spellings } from '../../src/engine/rule-api.js';
const TYPES = ['s3', 'cloud-watch-logs', 'kinesis-data-firehose'];
const SERVICE_OF = { s3: 's3', 'cloud-watch-logs': 'logs', 'kinesis-data-firehose': 'firehose' };
const COUNT = ['no', 'one', 'two', 'three', 'four'];
export const destinationSettings = {
    meta: {
        id: 'flow-log/destination-settings',
        severity: 'error',
        description: 'Flow-log settings must fit the destination type (delivery role, log group, destination options).',
        source: 'Amazon EC2 API Reference, CreateFlowLogs; AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs" and "Publishing flow logs to Amazon S3".',
        // Setting names are placeholders filled with the input's own spelling (`spellings`):
        // `DeliverLogsPermissionArn` in CloudFormation and API inputs, `iam_role_arn` in Terraform.
        messages: {
            unresolved: 'The destination type cannot be resolved ({{reason}}).',
            unknownType: 'Unknown destination type `{{type}}`; use one of {{types}}.',
            cwlNeedsRole: 'A CloudWatch Logs flow log needs a delivery role (`{{deliverLogsPermissionArn}}`): the flow-logs service assumes it to publish to the log group.',
            cwlNeedsLogGroup: 'A CloudWatch Logs flow log needs a log group (`{{logGroupName}}` or a log-group ARN in `{{destination}}`).',
            logGroupAndDestination: 'Give either `{{logGroupName}}` or `{{destination}}`, not both.',
            needsDestination: 'A {{type}} flow log needs `{{destination}}` (the {{target}} ARN).',
            logGroupNotApplicable: '`{{logGroupName}}` is only for CloudWatch Logs destinations, not {{type}}.',
            roleNotApplicable: '`{{deliverLogsPermissionArn}}` is not applicable for {{type}} delivery (the API rejects it); remove it.',
            optionsNotS3: '`{{destinationOptions}}` applies only to S3 destinations.',
            optionMissing: '`{{destinationOptions}}` needs `{{optionName}}` ({{inputName}} requires all {{requiredCount}} of {{requiredOptions}}).',
            fileFormat: '`{{fileFormat}}` must be `plain-text` or `parquet`, not `{{value}}`.',
            notBoolean: '`{{optionName}}` must be a boolean.',
            crossAccountNotFirehose: '`{{deliverCrossAccountRole}}` applies only to Firehose destinations.',
            serviceMismatch: 'The destination type is `{{type}}` but the destination is a `{{service}}` ARN.',
        },
    },
    check(ctx) {
        for (const l of ctx.links.flowLogs) {
            const fl = l.flowLog;
            const problems = [];
            const add = (messageId, pos, data, named) => problems.push({ messageId, data, named, pos: pos ?? fl.pos });
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
                    // Options the input kind requires all of (CloudFormation's schema), by the model's key;
                    // `option` (the model key) is the finding's identity, `optionName` its spelling.
                    const required = inputFacts(fl).requiredDestinationOptions;
                    for (const o of DESTINATION_OPTIONS) {
                        if (!required.includes(o.field) || fieldCI(opts, o.modelKey))
                            continue;
                        add('optionMissing', opts.pos, { option: o.modelKey }, (say) => ({
                            optionName: say(o.field),
                            inputName: inputFacts(fl).inputName,
                            requiredCount: COUNT[required.length] ?? String(required.length),
                            requiredOptions: required.map(say).join(', '),
                        }));
                    }
                    const ff = fieldCI(opts, 'FileFormat');
                    const fft = literal(ff);
                    if (ff && fft !== undefined && fft !== 'plain-text' && fft !== 'parquet')
                        add('fileFormat', ff.pos, { value: fft });
                    for (const o of DESTINATION_OPTIONS.filter((x) => x.field !== 'fileFormat')) {
                        const v = fieldCI(opts, o.modelKey);
                        if (v && v.kind !== 'bool' && v.kind !== 'unknown' && !['true', 'false'].includes(literal(v) ?? ''))
                            add('notBoolean', v.pos, { option: o.modelKey }, (say) => ({ optionName: say(o.field) }));
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
            // The settings' spellings go into `detail`: they phrase the finding, they do not identify it.
            const own = (f) => spell(fl, f);
            for (const p of problems) {
                const detail = { ...spellings(fl), ...p.named?.(own) };
                const released = { ...releasedSpellings(), ...p.named?.(releasedSpell) };
                ctx.report({ status: 'fail', messageId: p.messageId, ...(p.data ? { data: p.data } : {}), detail, released, ...(p.pos ? { pos: p.pos } : {}), resource: fl.name, origin: fl.origin });
            }
        }
    },
};
