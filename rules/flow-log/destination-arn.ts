import type { Rule } from '../../src/engine/rule-api.js';
import { arnFields, arnProblems, display, inputHead, partsOf, splitFirst } from '../../src/engine/rule-api.js';

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
    messages: {
      unresolved: 'The destination cannot be resolved statically ({{reason}}), so the delivery chain (bucket policy, key, role) cannot be checked.',
      notString: 'The destination must be an ARN string.',
      fromInput: 'The destination `{{destination}}` is valid only if `{{input}}` is {{shape}}; its value comes from the caller, so the delivery chain behind it cannot be checked here.',
      invalid: 'The destination `{{destination}}` is not a valid {{type}} destination ARN: {{problems}}.',
    },
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
          messageId: 'unresolved',
          detail: { reason: d.reason },
        });
        continue;
      }
      const parts = partsOf(d);
      if (!parts) {
        ctx.report({ ...base, status: 'fail', messageId: 'notString' });
        continue;
      }
      // An ARN that an input gives from its start: valid or not depending on what the caller passes.
      const head = inputHead(parts);
      const shape = l.type ? SHAPES[l.type] : undefined;
      if (head && shape) {
        ctx.report({ ...base, status: 'unverifiable', messageId: 'fromInput', data: { destination: display(d), input: head }, detail: { shape } });
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
        ctx.report({ ...base, status: 'fail', messageId: 'invalid', data: { destination: display(d), type: l.type }, detail: { problems: problems.join('; ') } });
      } else ctx.pass();
    }
  },
};
