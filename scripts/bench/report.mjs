// Statistics, target verdicts and the two renderings (text for the terminal, markdown to paste
// into docs/benchmarks.md) of a benchmark result.

/** min / median / max of a sample (median of an even count: mean of the middle two). */
export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { min: s[0], median, max: s[s.length - 1], n: s.length };
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtX = (x) => `${x.toFixed(2)}×`;
const fmtMb = (mb) => `${fmtN(Math.round(mb))} MB`;
const fmtN = (n) => n.toLocaleString('en-US');
const optX = (x) => (x === null || x === undefined ? 'not run' : fmtX(x));
const optMb = (x) => (x ? fmtMb(x) : '–');
const triple = (s, f = fmtMs) => (s ? `${f(s.min)} / ${f(s.median)} / ${f(s.max)}` : '–');

/** "holds" or "misses by X (+P %)" for value ≤ limit (or ≥ when `atLeast`). */
function verdict(value, limit, fmt, atLeast = false) {
  const ok = atLeast ? value >= limit : value <= limit;
  if (ok) return 'holds';
  const gap = Math.abs(value - limit);
  return `misses by ${fmt(gap)} (${atLeast ? '−' : '+'}${Math.round((gap / limit) * 100)} %)`;
}

/**
 * The issue's targets, judged only on paired medians from this run. Where both flowlog-lint runs
 * (without and with --account-id) exist, the worse one decides.
 */
export function judgeTargets(out) {
  const set = (kind, size) => out.sets.find((s) => s.kind === kind && s.size === size);
  const rows = [];
  const notRun = (target, why) => rows.push({ target, result: '–', verdict: `not measured (${why})` });
  const both = (target, get, limit, fmt, why) => {
    const have = (x) => x !== undefined && x !== null && !Number.isNaN(x);
    const p = get('plain');
    const a = get('accountId');
    if (!have(p) && !have(a)) return notRun(target, why);
    const result = [have(p) ? fmt(p) : undefined, have(a) ? `--account-id ${fmt(a)}` : undefined].filter(Boolean).join(' · ');
    rows.push({ target, result, verdict: verdict(Math.max(...[p, a].filter(have)), limit, fmt) });
  };
  const c1 = set('cloudformation', 1000);
  const c10 = set('cloudformation', 10000);
  const t1 = set('terraform', 1000);
  both('1,000 stacks ≤ 1.0 s (median)', (v) => c1?.ms[v]?.median, 1000, fmtMs, 'run --sizes 1000');
  both('1,000 stacks ≤ 3 × js-yaml parse floor (same run)', (v) => c1?.ratio?.[v], 3, fmtX, 'run --sizes 1000');
  both('10,000 stacks ≤ 8 s (median)', (v) => c10?.ms[v]?.median, 8000, fmtMs, 'run --sizes 10000');
  both('growth 1,000 → 10,000 stacks no worse than linear (≤ 10×)', (v) => (c1?.ms[v] && c10?.ms[v] ? c10.ms[v].median / c1.ms[v].median : undefined), 10, fmtX, 'needs sizes 1000 and 10000');
  both('peak RSS ≤ 400 MB at 10,000 stacks', (v) => c10?.peakRssMb[v] || undefined, 400, fmtMb, 'run --sizes 10000 with RSS');
  // "Flat in the number of independent stacks": read here as 10× the stacks costing at most 1.5×
  // the memory (start-up and the output's own size grow a little with the input).
  both('peak RSS flat: 10,000 stacks ≤ 1.5 × 1,000 stacks', (v) => (c1?.peakRssMb[v] && c10?.peakRssMb[v] ? c10.peakRssMb[v] / c1.peakRssMb[v] : undefined), 1.5, fmtX, 'needs sizes 1000 and 10000');
  both('Terraform 1,000 modules ≤ 1.5 s (median)', (v) => t1?.ms[v]?.median, 1500, fmtMs, 'run --kinds terraform --sizes 1000');
  if (t1 && !t1.ratio) notRun('Terraform 1,000 modules ≤ 2 × terraform fmt -check -recursive', t1.floorSkipped);
  else both('Terraform 1,000 modules ≤ 2 × terraform fmt -check -recursive', (v) => t1?.ratio?.[v], 2, fmtX, 'run --kinds terraform --sizes 1000');
  const st = out.startup;
  if (st) {
    rows.push({ target: '--version ≤ 80 ms (median)', result: fmtMs(st.versionMs.median), verdict: verdict(st.versionMs.median, 80, fmtMs) });
    rows.push({ target: 'one-file lint ≤ 150 ms (median)', result: fmtMs(st.oneFileLintMs.median), verdict: verdict(st.oneFileLintMs.median, 150, fmtMs) });
  }
  const q = out.evaluator?.queriesPerSecond;
  if (q) rows.push({ target: 'evaluator ≥ 50,000 queries/s', result: fmtN(q), verdict: verdict(q, 50000, (x) => fmtN(Math.round(x)), true) });
  else notRun('evaluator ≥ 50,000 queries/s', out.evaluator?.error ?? 'not run');
  return rows;
}

const roundsText = (out) => `paired rounds per size: ${out.options.sizes.map((n, i) => `${fmtN(n)} → ${out.options.runs[i]}`).join(', ')}`;

function machineLine(out) {
  const m = out.machine;
  return `${m.cpus} × ${m.model}, ${m.memGb} GiB, ${m.platform}, Node.js ${m.node}; load average (1/5/15 min) ${m.loadStart.join(' ')} at start, ${m.loadEnd.join(' ')} at end`;
}

function ratioLines(out) {
  return out.sets.map((s) => {
    const head = `ratio ${s.kind} ${s.size}:`;
    if (!s.ratio) return `${head} n/a (${s.floorSkipped ?? 'no floor'})`;
    const cpu = s.cpuRatio ? `; CPU time ${optX(s.cpuRatio.plain)} and ${optX(s.cpuRatio.accountId)}` : '';
    const n = (s.ms.plain ?? s.ms.accountId).n;
    return `${head} flowlog-lint ${optX(s.ratio.plain)} ${s.floor}, with --account-id ${optX(s.ratio.accountId)} (medians of ${n} paired, alternating runs, wall time${cpu})`;
  });
}

const findings = (s) => `${count(s.sanity.plain)} · ${count(s.sanity.accountId)}`;

const optMs = (x) => (x?.median ? fmtMs(x.median) : '–');
const cpuCell = (s) => (s.cpuMs ? `${optMs(s.cpuMs.floor)} · ${optMs(s.cpuMs.plain)} · ${optMs(s.cpuMs.accountId)}` : '–');
const count = (c) => (c ? `${c.fail} fail, ${c.unverifiable} unverifiable` : 'not run');

function setsTable(out) {
  const lines = [
    '| set | size | files | KB | floor: min / median / max | flowlog-lint: min / median / max | ratio | --account-id: min / median / max | ratio | CPU median: floor · lint · --account-id | peak RSS | results (plain · --account-id) |',
    '|---|---:|---:|---:|---|---|---:|---|---:|---|---:|---|',
  ];
  for (const s of out.sets) {
    lines.push(
      `| ${s.kind} | ${fmtN(s.size)} | ${fmtN(s.files)} | ${fmtN(s.kb)} | ${s.ms.floor ? `${s.floor}: ${triple(s.ms.floor)}` : 'n/a'} | ${triple(s.ms.plain)} | ${s.ratio ? optX(s.ratio.plain) : '–'} | ${triple(s.ms.accountId)} | ${s.ratio ? optX(s.ratio.accountId) : '–'} | ${cpuCell(s)} | ${optMb(s.peakRssMb.plain)} · ${optMb(s.peakRssMb.accountId)} | ${findings(s)} |`,
    );
  }
  return lines;
}

function targetsTable(out) {
  return ['| target | result (median) | verdict |', '|---|---|---|', ...out.targets.map((t) => `| ${t.target} | ${t.result} | ${t.verdict} |`)];
}

function profileTable(out) {
  const p = out.profile;
  if (!p) return [];
  return [
    `Profile split (${p.kind}, ${fmtN(p.size)}, one run, ${p.threads} thread profile(s), ${fmtMs(p.totalMs)} sampled; self time, built-ins counted for their caller; the profiler samples wall-clock intervals, so on a loaded machine the total exceeds the CPU time):`,
    '',
    '| part | ms | share |',
    '|---|---:|---:|',
    ...p.parts.filter((x) => x.ms > 0).map((x) => `| ${x.name} | ${fmtN(x.ms)} | ${x.pct} % |`),
  ];
}

function startupLine(out) {
  const st = out.startup;
  const node = st.nodeMs ? `node -e 0 (the floor) ${triple(st.nodeMs)}; ` : '';
  return `start-up (min / median / max): ${node}--version ${triple(st.versionMs)}; one-file lint ${triple(st.oneFileLintMs)}`;
}

function evaluatorLine(out) {
  return out.evaluator?.queriesPerSecond ? `evaluator: ${fmtN(out.evaluator.queriesPerSecond)} queries/s` : `evaluator: not measured (${out.evaluator?.error})`;
}

export function renderText(out) {
  return [
    `machine: ${machineLine(out)}`,
    `seed ${out.options.seed}, ${roundsText(out)}`,
    startupLine(out),
    '',
    ...setsTable(out),
    '',
    ...ratioLines(out),
    evaluatorLine(out),
    '',
    ...targetsTable(out),
    ...(out.profile ? ['', ...profileTable(out)] : []),
  ].join('\n');
}

/** A block to paste into docs/benchmarks.md under "Results". */
export function renderMarkdown(out) {
  return [
    `Measured ${out.date.slice(0, 16).replace('T', ' ')} UTC on ${machineLine(out)}. Seed ${out.options.seed}; ${roundsText(out)} (alternating); times are wall time with Node.js start-up.`,
    '',
    ...setsTable(out),
    '',
    ...ratioLines(out).map((l) => `- ${l}`),
    `- ${startupLine(out)}`,
    `- ${evaluatorLine(out)}`,
    '',
    ...targetsTable(out),
    ...(out.profile ? ['', ...profileTable(out)] : []),
  ].join('\n');
}
