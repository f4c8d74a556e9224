// `npm run fake-aws -- --fixture FILE [--port N] [--latency MS]`: runs the local AWS-protocol
// server so anyone can point `flowlog-lint audit --endpoint-url` at it. It listens on 127.0.0.1
// only, prints its URL and every call it serves, and stops on Ctrl-C.
import { parseArgs } from 'node:util';
import { loadFixture, startFakeAws } from './server.js';

const { values } = parseArgs({
  options: { fixture: { type: 'string' }, port: { type: 'string' }, latency: { type: 'string' } },
});
if (!values.fixture) {
  process.stderr.write('usage: npm run fake-aws -- --fixture FILE [--port N] [--latency MS]\n');
  process.exit(2);
}
const server = await startFakeAws({
  fixture: loadFixture(values.fixture),
  ...(values.port ? { port: Number(values.port) } : {}),
  ...(values.latency ? { latencyMs: Number(values.latency) } : {}),
});
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
