// Terraform's IP-network functions (cidrhost, cidrnetmask, cidrsubnet, cidrsubnets) on IPv4 and
// IPv6 prefixes, with addresses as bigints. Results are printed the way Go's net package prints
// them (IPv6 with the longest run of zero groups compressed). Undefined means Terraform errors.
const bits = (v6) => (v6 ? 128 : 32);
function parseV4(s) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
    if (!m)
        return undefined;
    let x = 0n;
    for (const o of m.slice(1)) {
        // Go rejects octets with leading zeros (ambiguous octal).
        if ((o.length > 1 && o.startsWith('0')) || Number(o) > 255)
            return undefined;
        x = (x << 8n) | BigInt(o);
    }
    return x;
}
function parseV6(s) {
    let tail4;
    let t = s;
    const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(t);
    if (v4) {
        tail4 = parseV4(v4[1]);
        if (tail4 === undefined)
            return undefined;
        t = `${t.slice(0, -v4[1].length)}0:0`;
    }
    const halves = t.split('::');
    if (halves.length > 2)
        return undefined;
    const groups = (h) => (h === '' ? [] : h.split(':'));
    const a = groups(halves[0]);
    const b = halves.length === 2 ? groups(halves[1]) : [];
    const fill = 8 - a.length - b.length;
    if ((halves.length === 1 && fill !== 0) || fill < (halves.length === 2 ? 1 : 0))
        return undefined;
    const all = [...a, ...Array(halves.length === 2 ? fill : 0).fill('0'), ...b];
    let x = 0n;
    for (const g of all) {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g))
            return undefined;
        x = (x << 16n) | BigInt(parseInt(g, 16));
    }
    if (tail4 !== undefined)
        x = (x & ~0xffffffffn) | tail4;
    return x;
}
function parsePrefix(s) {
    const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
    if (!m)
        return undefined;
    const v6 = m[1].includes(':');
    const addr = v6 ? parseV6(m[1]) : parseV4(m[1]);
    const len = Number(m[2]);
    if (addr === undefined || len > bits(v6))
        return undefined;
    // Terraform keeps IPv4-mapped IPv6 prefixes as IPv6 only when written that way; masks the host part.
    const host = bits(v6) - len;
    return { v6, addr: (addr >> BigInt(host)) << BigInt(host), len };
}
function fmtV4(x) {
    return [24n, 16n, 8n, 0n].map((s) => String((x >> s) & 255n)).join('.');
}
function fmtV6(x) {
    // An IPv4-mapped address prints as IPv4, as Go does.
    if (x >> 32n === 0xffffn)
        return fmtV4(x & 0xffffffffn);
    const g = Array.from({ length: 8 }, (_, i) => Number((x >> BigInt(112 - 16 * i)) & 0xffffn));
    let best = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
        if (g[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && g[j] === 0)
            j++;
        if (j - i > bestLen) {
            best = i;
            bestLen = j - i;
        }
        i = j;
    }
    const hex = g.map((n) => n.toString(16));
    if (best < 0)
        return hex.join(':');
    return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}
const fmt = (v6, x) => (v6 ? fmtV6(x) : fmtV4(x));
export function cidrsubnet(prefix, newbits, netnum) {
    const p = parsePrefix(prefix);
    if (!p || newbits < 0 || netnum < 0)
        return undefined;
    const len = p.len + newbits;
    if (len > bits(p.v6) || BigInt(netnum) >= 1n << BigInt(newbits))
        return undefined;
    const addr = p.addr | (BigInt(netnum) << BigInt(bits(p.v6) - len));
    return `${fmt(p.v6, addr)}/${len}`;
}
export function cidrhost(prefix, hostnum) {
    const p = parsePrefix(prefix);
    if (!p)
        return undefined;
    const size = 1n << BigInt(bits(p.v6) - p.len);
    let h = BigInt(hostnum);
    if (h < 0n)
        h += size;
    if (h < 0n || h >= size)
        return undefined;
    return fmt(p.v6, p.addr | h);
}
export function cidrnetmask(prefix) {
    const p = parsePrefix(prefix);
    if (!p || p.v6)
        return undefined;
    const mask = ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - p.len)) - 1n);
    return fmtV4(mask);
}
/** Consecutive subnets of the given sizes, each aligned after the previous one (Terraform's rule). */
export function cidrsubnets(prefix, newbits) {
    const p = parsePrefix(prefix);
    if (!p)
        return undefined;
    const total = bits(p.v6);
    const out = [];
    let next = p.addr;
    const end = p.addr + (1n << BigInt(total - p.len));
    for (const nb of newbits) {
        const len = p.len + nb;
        if (nb < 1 || len > total)
            return undefined;
        const size = 1n << BigInt(total - len);
        const start = ((next + size - 1n) / size) * size;
        if (start + size > end)
            return undefined;
        out.push(`${fmt(p.v6, start)}/${len}`);
        next = start + size;
    }
    return out;
}
