import type { Pos, Rule } from '../../src/engine/rule-api.js';
import { destinationType, display, fieldCI, literal, parseArn } from '../../src/engine/rule-api.js';

const TYPES = ['s3', 'cloud-watch-logs', 'kinesis-data-firehose'];
const SERVICE_OF: Record<string, string> = { s3: 's3', 'cloud-watch-logs': 'logs', 'kinesis-data-firehose': 'firehose' };

export const destinationSettings: Rule = {
  meta: {
    id: 'flow-log/destination-settings',
    severity: 'error',
    description: 'Flow-log settings must fit the destination type (delivery role, log group, destination options).',
    source: 'Amazon EC2 API Reference, CreateFlowLogs; AWS VPC User Guide, "Publishing flow logs to CloudWatch Logs" and "Publishing flow logs to Amazon S3".',
  },
  check(ctx) {
    for (const l of ctx.links.flowLogs) {
      const fl = l.flowLog;
      const problems: { msg: string; pos?: Pos | undefined }[] = [];
      const add = (msg: string, pos?: Pos) => problems.push({ msg, pos: pos ?? fl.pos });
      const typeText = fl.destinationType ? literal(fl.destinationType) : 'cloud-watch-logs';
      if (fl.destinationType && fl.destinationType.kind === 'unknown') {
        ctx.report({ status: 'unverifiable', message: `The destination type cannot be resolved (${fl.destinationType.reason}).`, ...(fl.destinationType.pos ? { pos: fl.destinationType.pos } : {}), resource: fl.name, origin: fl.origin });
        continue;
      }
      const type = destinationType(fl);
      if (!type) {
        add(`Unknown destination type \`${typeText ?? display(fl.destinationType)}\`; use one of ${TYPES.join(', ')}.`, fl.destinationType?.pos);
      } else {
        if (type === 'cloud-watch-logs') {
          if (!fl.deliverLogsPermissionArn) add('A CloudWatch Logs flow log needs a delivery role (`DeliverLogsPermissionArn`): the flow-logs service assumes it to publish to the log group.');
          if (!fl.logGroupName && !fl.destination) add('A CloudWatch Logs flow log needs a log group (`LogGroupName` or a log-group ARN in `LogDestination`).');
          if (fl.logGroupName && fl.destination) add('Give either `LogGroupName` or `LogDestination`, not both.', fl.logGroupName.pos);
        } else {
          if (!fl.destination) add(`A ${type} flow log needs \`LogDestination\` (the ${type === 's3' ? 'bucket' : 'delivery stream'} ARN).`);
          if (fl.logGroupName) add(`\`LogGroupName\` is only for CloudWatch Logs destinations, not ${type}.`, fl.logGroupName.pos);
          const crossAccount = type === 'kinesis-data-firehose' && fl.deliverCrossAccountRole;
          if (fl.deliverLogsPermissionArn && !crossAccount) {
            add(`\`DeliverLogsPermissionArn\` is not applicable for ${type} delivery (the API rejects it); remove it.`, fl.deliverLogsPermissionArn.pos);
          }
        }
        if (fl.destinationOptions && type !== 's3') add('`DestinationOptions` applies only to S3 destinations.', fl.destinationOptions.pos);
        if (fl.destinationOptions && type === 's3') {
          const opts = fl.destinationOptions;
          if (fl.format === 'cloudformation') {
            for (const k of ['FileFormat', 'HiveCompatiblePartitions', 'PerHourPartition']) {
              if (!fieldCI(opts, k)) add(`\`DestinationOptions\` needs \`${k}\` (CloudFormation requires all three of FileFormat, HiveCompatiblePartitions, PerHourPartition).`, opts.pos);
            }
          }
          const ff = fieldCI(opts, 'FileFormat');
          const fft = literal(ff);
          if (ff && fft !== undefined && fft !== 'plain-text' && fft !== 'parquet') add(`\`FileFormat\` must be \`plain-text\` or \`parquet\`, not \`${fft}\`.`, ff.pos);
          for (const k of ['HiveCompatiblePartitions', 'PerHourPartition']) {
            const v = fieldCI(opts, k);
            if (v && v.kind !== 'bool' && v.kind !== 'unknown' && !['true', 'false'].includes(literal(v) ?? '')) add(`\`${k}\` must be a boolean.`, v.pos);
          }
        }
        if (fl.deliverCrossAccountRole && type !== 'kinesis-data-firehose') {
          add('`DeliverCrossAccountRole` applies only to Firehose destinations.', fl.deliverCrossAccountRole.pos);
        }
        const destText = literal(fl.destination);
        const arn = destText ? parseArn(destText) : undefined;
        const want = SERVICE_OF[type];
        if (arn && want && arn.service !== want && /^[a-z0-9-]+$/.test(arn.service)) {
          add(`The destination type is \`${type}\` but the destination is a \`${arn.service}\` ARN.`, fl.destination?.pos);
        }
      }
      if (problems.length === 0) ctx.pass();
      for (const p of problems) ctx.report({ status: 'fail', message: p.msg, ...(p.pos ? { pos: p.pos } : {}), resource: fl.name, origin: fl.origin });
    }
  },
};
