// `npm run fake-aws -- --fixture FILE [--port N] [--latency MS]`: runs the local AWS-protocol
// server so anyone can point `flowlog-lint audit --endpoint-url` at it. It listens on 127.0.0.1
// only, prints its URL and every call it serves, and stops on Ctrl-C.
import { parseArgs } from 'node:util';
import { loadFixture, startFakeAws } from './server.js';

const USAGE = `usage: npm run fake-aws -- --fixture FILE [--port N] [--latency MS]

Runs a local AWS-protocol server (127.0.0.1 only) serving the accounts of FILE, for
flowlog-lint audit --endpoint-url. Fixtures: test/fake-aws/fixtures/.
`;
// Bad usage is a message and exit 2, never a stack trace.
let values: { fixture?: string | undefined; port?: string | undefined; latency?: string | undefined; help?: boolean | undefined };
try {
  values = parseArgs({
    options: { fixture: { type: 'string' }, port: { type: 'string' }, latency: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }).values;
} catch (e) {
  process.stderr.write(`fake-aws: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!values.fixture) {
  process.stderr.write(USAGE);
  process.exit(2);
}
let server: Awaited<ReturnType<typeof startFakeAws>>;
try {
  server = await startFakeAws({
    fixture: loadFixture(values.fixture),
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.latency ? { latencyMs: Number(values.latency) } : {}),
  });
} catch (e) {
  process.stderr.write(`fake-aws: ${(e as Error).message}\n`);
  process.exit(2);
}
process.stdout.write(`fake AWS listening on ${server.url}\n`);
process.stdout.write(`try: AWS_ACCESS_KEY_ID=AKIAFAKE AWS_SECRET_ACCESS_KEY=fake flowlog-lint audit --endpoint-url ${server.url} --region us-east-1\n`);
let seen = 0;
const timer = setInterval(() => {
  for (; seen < server.calls.length; seen++) {
    const c = server.calls[seen];
    if (c) process.stdout.write(`${c.account} ${c.region} ${c.action}${c.resource ? ` ${c.resource}` : ''}\n`);
  }
}, 200);
process.on('SIGINT', () => {
  clearInterval(timer);
  void server.close().then(() => process.exit(0));
});
