import { arnFields, arnProblems } from '../../src/arn.js';
import type { Rule } from '../../src/engine/types.js';
import { partsOf, splitFirst } from '../../src/link/parts.js';
import { display } from '../../src/model/value.js';
import { inputHead } from '../../src/link/destination.js';

const SHAPES: Record<string, string> = {
  s3: 'an S3 bucket ARN (`arn:aws:s3:::BUCKET`, optionally followed by `/PREFIX`)',
  'cloud-watch-logs': 'a log-group ARN (`arn:aws:logs:REGION:ACCOUNT:log-group:NAME`)',
  'kinesis-data-firehose': 'a delivery-stream ARN (`arn:aws:firehose:REGION:ACCOUNT:deliverystream/NAME`)',
};

export const destinationArn: Rule = {
  meta: {
    id: 'flow-log/destination-arn',
    severity: 'error',
    description: 'The destination must be a well-formed ARN of the kind its destination type needs.',
    source: 'Amazon EC2 API Reference, CreateFlowLogs (LogDestination); AWS VPC User Guide, "Publishing flow logs to Amazon S3".',
  },
  check(ctx) {
    for (const l of ctx.links.flowLogs) {
      const fl = l.flowLog;
      const d = fl.destination;
      if (!d) continue;
      const base = { resource: fl.name, origin: fl.origin, ...(d.pos ? { pos: d.pos } : {}) };
      if (d.kind === 'unknown') {
        ctx.report({
          ...base,
          status: 'unverifiable',
          message: `The destination cannot be resolved statically (${d.reason}), so the delivery chain (bucket policy, key, role) cannot be checked.`,
        });
        continue;
      }
      const parts = partsOf(d);
      if (!parts) {
        ctx.report({ ...base, status: 'fail', message: 'The destination must be an ARN string.' });
        continue;
      }
      // An ARN that an input gives from its start: valid or not depending on what the caller passes.
      const head = inputHead(parts);
      if (head && l.type && SHAPES[l.type]) {
        ctx.report({
          ...base,
          status: 'unverifiable',
          message: `The destination \`${display(d)}\` is valid only if \`${head}\` is ${SHAPES[l.type]}; its value comes from the caller, so the delivery chain behind it cannot be checked here.`,
        });
        continue;
      }
      const problems: string[] = [];
      if (l.type === 's3') {
        problems.push(...arnProblems(parts, { service: 's3' }));
        const f = arnFields(parts);
        const res = f?.[5];
        if (res && problems.length === 0) {
          const split = splitFirst(res, '/');
          const prefix = split?.[1] ?? [];
          const text = prefix.map((p) => (typeof p === 'string' ? p : 'x')).join('');
          if (text.includes('//')) problems.push('the prefix contains an empty folder name (`//`)');
          if (text.startsWith('/')) problems.push('the prefix must not start with `/`');
        }
      } else if (l.type === 'cloud-watch-logs') {
        problems.push(...arnProblems(parts, { service: 'logs' }));
        if (problems.length === 0 && !splitFirst(parts, ':log-group:')) problems.push('a CloudWatch Logs destination must be a log-group ARN (`arn:aws:logs:REGION:ACCOUNT:log-group:NAME`)');
      } else if (l.type === 'kinesis-data-firehose') {
        problems.push(...arnProblems(parts, { service: 'firehose' }));
        if (problems.length === 0 && !splitFirst(parts, ':deliverystream/')) problems.push('a Firehose destination must be a delivery-stream ARN (`arn:aws:firehose:REGION:ACCOUNT:deliverystream/NAME`)');
      } else continue;
      if (problems.length) {
        ctx.report({ ...base, status: 'fail', message: `The destination \`${display(d)}\` is not a valid ${l.type} destination ARN: ${problems.join('; ')}.` });
      } else ctx.pass();
    }
  },
};
