import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { CHECKS_SUITE, formatJunit, xmlEscape } from '../../src/report/junit.js';
import { HAVE_CASES, META, caseNames, lintCase, report, sampleReport } from './_report.js';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

/** A strict little XML reader for what the formatter writes: the declaration, elements with quoted
 * attributes, text. Throws on unbalanced or crossed tags, a raw `<` or `&` that is no entity, a
 * duplicate attribute, text outside the root or characters XML 1.0 forbids. */
function parseXml(xml: string): El {
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')) throw new Error('missing XML declaration');
  // eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 forbids
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) throw new Error('character not allowed in XML 1.0');
  const body = xml.slice(xml.indexOf('?>') + 2);
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  const re = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let pos = 0;
  let m: RegExpExecArray | null;
  while (pos < body.length) {
    re.lastIndex = pos;
    m = re.exec(body);
    if (!m) throw new Error(`malformed XML at ${pos}: ${body.slice(pos, pos + 40)}`);
    pos = re.lastIndex;
    const top = stack[stack.length - 1] as El;
    if (m[5] !== undefined) {
      if (/&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(m[5])) throw new Error(`bare & in text: ${m[5]}`);
      if (m[5].includes('>')) throw new Error(`raw > in text: ${m[5]}`);
      if (stack.length === 1 && m[5].trim() !== '') throw new Error('text outside the root');
      top.text += decode(m[5]);
      continue;
    }
    const [, close, name, attrText, selfClose] = m as unknown as [string, string, string, string, string];
    if (close) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
      const [, k, v] = a as unknown as [string, string, string];
      if (k in attrs) throw new Error(`duplicate attribute ${k}`);
      if (/&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(v)) throw new Error(`bare & in attribute ${k}`);
      if (v.includes("'")) throw new Error(`unescaped ' in attribute ${k}`);
      attrs[k] = decode(v);
    }
    const el: El = { name, attrs, children: [], text: '' };
    top.children.push(el);
    if (!selfClose) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  const elems = root.children;
  if (elems.length !== 1) throw new Error('not exactly one root element');
  return elems[0] as El;
}

/** Checks the JUnit structure and counts; returns the root. */
function checkJunit(xml: string): El {
  expect(xml.endsWith('</testsuites>\n')).toBe(true);
  const root = parseXml(xml);
  expect(root.name).toBe('testsuites');
  expect(root.attrs.name).toBe('flowlog-lint');
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const s of root.children) {
    expect(s.name).toBe('testsuite');
    expect(s.attrs.name).toBeTruthy();
    const cases = s.children;
    for (const c of cases) {
      expect(c.name).toBe('testcase');
      expect(c.attrs.classname).toBe(s.attrs.name);
      expect(c.attrs.name).toBeTruthy();
      for (const x of c.children) expect(['failure', 'skipped', 'system-out']).toContain(x.name);
      const f = c.children.filter((x) => x.name === 'failure');
      expect(f.length).toBeLessThanOrEqual(1);
      for (const x of f) {
        expect(x.attrs.message).toBeTruthy();
        expect(['error', 'warning']).toContain(x.attrs.type);
      }
    }
    const sf = cases.filter((c) => c.children.some((x) => x.name === 'failure')).length;
    const ss = cases.filter((c) => c.children.some((x) => x.name === 'skipped')).length;
    expect(s.attrs).toMatchObject({ tests: String(cases.length), failures: String(sf), errors: '0', skipped: String(ss) });
    tests += cases.length;
    failures += sf;
    skipped += ss;
  }
  expect(root.attrs).toMatchObject({ tests: String(tests), failures: String(failures), errors: '0', skipped: String(skipped) });
  const last = root.children[root.children.length - 1];
  expect(last?.attrs.name).toBe(CHECKS_SUITE);
  return root;
}

describe('junit', () => {
  const xml = formatJunit(sampleReport(), META);
  const root = checkJunit(xml);
  const suite = (n: string) => root.children.find((s) => s.attrs.name === n) as El;
  const testcase = (s: string, n: string) => suite(s).children.find((c) => c.attrs.name === n) as El;

  it('has one suite per file, live results under their source, then the checks suite', () => {
    expect(root.children.map((s) => s.attrs.name)).toEqual(['infra/log-bucket.yaml', 'dir with space/flow,log:1.json', 'aws:111122223333:eu-west-1', CHECKS_SUITE]);
    expect(root.attrs).toMatchObject({ tests: '7', failures: '3', skipped: '1' });
  });

  it('a failing rule lists its results as line:col message, typed by severity', () => {
    const owner = testcase('infra/log-bucket.yaml', 'bucket-policy/owner-full-control');
    const f = owner.children[0] as El;
    expect(f.name).toBe('failure');
    expect(f.attrs.type).toBe('error');
    expect(f.attrs.message).toBe('42:11 PutObject is allowed without s3:x-amz-acl = bucket-owner-full-control (policy.json:12) [FlowLogBucketPolicy]');
    expect(f.text).toBe(f.attrs.message);
    const acl = testcase('infra/log-bucket.yaml', 'bucket-policy/acl-check').children[0] as El;
    expect(acl.attrs.type).toBe('warning');
    // Escaped special characters and the line break survive the round trip.
    expect(acl.attrs.message).toBe('50:3 [unverifiable] Cannot tell if <bucket> & "key" allow it, a|b, 100%\nsecond line: x,y [FlowLogBucketPolicy]');
    expect(xml).toContain('&lt;bucket&gt; &amp; &quot;key&quot;');
  });

  it('several results of one rule in one file make one test case', () => {
    const r: Result = { ruleId: 'kms/key-arn', severity: 'warning', status: 'fail', message: 'm', file: 'a.yaml', line: 1, column: 2 };
    const x = checkJunit(formatJunit(report([r, { ...r, line: 5, severity: 'error' }]), META));
    const c = x.children[0]?.children[0] as El;
    expect(c.children[0]?.attrs).toEqual({ message: '2 problems', type: 'error' });
    expect(c.children[0]?.text).toBe('1:2 m\n5:2 m');
  });

  it('suppressed results are skipped, with the justification', () => {
    const s = testcase('infra/log-bucket.yaml', 'kms/key-arn');
    expect(s.children[0]?.name).toBe('skipped');
    expect(s.children[0]?.attrs.message).toBe('suppressed: accepted <risk> & "reviewed"');
  });

  it('info results do not fail', () => {
    const t = testcase('dir with space/flow,log:1.json', 'flow-log/traffic-type');
    expect(t.attrs.classname).toBe('dir with space/flow,log:1.json');
    expect(t.children.map((c) => c.name)).toEqual(['system-out']);
    expect(t.children[0]?.text).toBe("info: 3:5 TrafficType is REJECT; it's *not* ALL");
    expect(xml).toContain('it&apos;s');
  });

  it('rules that only passed are passing test cases with their counts', () => {
    const checks = suite(CHECKS_SUITE);
    expect(checks.children.map((c) => c.attrs.name)).toEqual(['arn/syntax', 'delivery-role/trust']);
    expect(checks.children[0]?.children[0]?.text).toBe('7 passed, 0 failed, 0 unverifiable');
    expect(checks.attrs.failures).toBe('0');
  });

  it('an empty report is well-formed', () => {
    const x = checkJunit(formatJunit(report([]), META));
    expect(x.attrs.tests).toBe('0');
  });

  it('escapes all five special characters and neutralises forbidden ones', () => {
    expect(xmlEscape(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(xmlEscape('x\u0000y\u001bz\uD800')).toBe('x\uFFFDy\uFFFDz\uFFFD');
    expect(xmlEscape('tab\there\r\n')).toBe('tab&#9;here&#13;&#10;');
    expect(xmlEscape('😀')).toBe('😀');
    const nasty: Result = { ruleId: 'x/<y>', severity: 'error', status: 'fail', message: ']]></failure><evil a="1"/>\u0007', file: 'a&b.json', line: 1, column: 1 };
    const x = checkJunit(formatJunit(report([nasty]), META));
    expect(x.children[0]?.attrs.name).toBe('a&b.json');
    expect(x.children[0]?.children[0]?.children[0]?.text).toBe('1:1 ]]></failure><evil a="1"/>\uFFFD');
  });

  it('is deterministic', () => {
    expect(formatJunit(sampleReport(), META)).toBe(xml);
  });
});

describe.skipIf(!HAVE_CASES)('junit: acceptance cases', () => {
  it.each(caseNames())('%s: well-formed, every checked rule a test case', async (name) => {
    const { report: rep } = await lintCase(name);
    const root = checkJunit(formatJunit(rep, META));
    const names = new Set(root.children.flatMap((s) => s.children.map((c) => c.attrs.name)));
    for (const id of Object.keys(rep.checks)) expect(names).toContain(id);
    const active = rep.results.filter((r) => !r.suppressed && r.severity !== 'info');
    expect(Number(root.attrs.failures) > 0).toBe(active.length > 0);
  });
});
