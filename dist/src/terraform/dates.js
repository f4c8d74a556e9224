// Terraform's pure date functions on RFC 3339 timestamps: formatdate, timeadd, timecmp. The
// timestamp's own UTC offset is kept, as Terraform does. Undefined means Terraform errors.
function parse(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(s);
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi, se, frac = '', z = 'Z'] = m;
    const offset = z.toUpperCase() === 'Z' ? 0 : (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(4, 6)));
    const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
    const check = new Date(local);
    if (check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(se) > 59)
        return undefined;
    return { ms: local - offset * 60000 + Number(`0${frac || '.0'}`) * 1000, offset, nanos: frac };
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const p2 = (n) => String(n).padStart(2, '0');
function offsetText(min, colon) {
    const s = min < 0 ? '-' : '+';
    const a = Math.abs(min);
    return `${s}${p2(Math.floor(a / 60))}${colon ? ':' : ''}${p2(a % 60)}`;
}
export function formatdate(spec, ts) {
    const t = parse(ts);
    if (!t)
        return undefined;
    const d = new Date(Math.floor(t.ms) + t.offset * 60000);
    const Y = d.getUTCFullYear();
    const M = d.getUTCMonth();
    const D = d.getUTCDate();
    const h = d.getUTCHours();
    const mi = d.getUTCMinutes();
    const s = d.getUTCSeconds();
    const h12 = h % 12 === 0 ? 12 : h % 12;
    const tokens = {
        YYYY: () => String(Y).padStart(4, '0'),
        YY: () => p2(Y % 100),
        MMMM: () => MONTHS[M],
        MMM: () => MONTHS[M].slice(0, 3),
        MM: () => p2(M + 1),
        M: () => String(M + 1),
        DD: () => p2(D),
        D: () => String(D),
        EEEE: () => DAYS[d.getUTCDay()],
        EEE: () => DAYS[d.getUTCDay()].slice(0, 3),
        hh: () => p2(h),
        h: () => String(h),
        HH: () => p2(h12),
        H: () => String(h12),
        AA: () => (h < 12 ? 'AM' : 'PM'),
        aa: () => (h < 12 ? 'am' : 'pm'),
        mm: () => p2(mi),
        m: () => String(mi),
        ss: () => p2(s),
        s: () => String(s),
        ZZZZZ: () => offsetText(t.offset, true),
        ZZZZ: () => offsetText(t.offset, false),
        ZZZ: () => (t.offset === 0 ? 'UTC' : offsetText(t.offset, false)),
        Z: () => (t.offset === 0 ? 'Z' : offsetText(t.offset, true)),
    };
    let out = '';
    let i = 0;
    while (i < spec.length) {
        const c = spec[i];
        if (c === "'") {
            const j = spec.indexOf("'", i + 1);
            if (j < 0)
                return undefined;
            out += j === i + 1 ? "'" : spec.slice(i + 1, j);
            i = j + 1;
            continue;
        }
        if (/[A-Za-z]/.test(c)) {
            let j = i;
            while (spec[j] === c)
                j++;
            const tok = spec.slice(i, j);
            const f = tokens[tok];
            if (!f)
                return undefined;
            out += f();
            i = j;
            continue;
        }
        out += c;
        i++;
    }
    return out;
}
const UNITS = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
function duration(s) {
    if (s === '0')
        return 0;
    const m = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(s);
    if (!m)
        return undefined;
    let total = 0;
    for (const x of s.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g))
        total += Number(x[1]) * UNITS[x[2]];
    return m[1] === '-' ? -total : total;
}
function print(ms, offset, nanos) {
    const d = new Date(ms + offset * 60000);
    const base = `${String(d.getUTCFullYear()).padStart(4, '0')}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
    const frac = nanos.replace(/0+$/, '');
    return `${base}${frac === '.' ? '' : frac}${offset === 0 ? 'Z' : offsetText(offset, true)}`;
}
export function timeadd(ts, dur) {
    const t = parse(ts);
    const d = duration(dur);
    if (!t || d === undefined)
        return undefined;
    // Whole milliseconds only: sub-millisecond durations are not carried (rare in configurations).
    const whole = Math.floor(t.ms / 1000) * 1000;
    const ms = whole + d;
    const fracMs = t.ms - whole;
    return print(ms, t.offset, fracMs ? t.nanos : '');
}
export function timecmp(a, b) {
    const x = parse(a);
    const y = parse(b);
    if (!x || !y)
        return undefined;
    return x.ms < y.ms ? -1 : x.ms > y.ms ? 1 : 0;
}
