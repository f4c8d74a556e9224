// Hostile behaviours for the fake AWS server (kept apart from the protocol code in server.ts):
// calls that are accepted and never answered, and list calls whose page tokens never end.
// Audits must survive both: a timeout, and a pagination guard (src/audit/paginate.ts).

export interface HostileOptions {
  /** Calls (IAM-style action names, `*` for every call) that are read and never answered. */
  silent?: readonly string[];
  /** List calls whose every page carries a next token: `repeat` the same one (a loop), or a new
   * one each time (`endless`). Pages keep their real content. Supported: EC2 (XML) and the JSON
   * protocols (Organizations, CloudWatch Logs). */
  tokenLoop?: readonly { action: string; mode: 'repeat' | 'endless' }[];
}

interface Out {
  status?: number;
  contentType: string;
  body: string;
}

/** Should this call get no answer at all? */
export function isSilent(h: HostileOptions | undefined, action: string): boolean {
  return h?.silent?.some((a) => a === '*' || a === action) ?? false;
}

let endless = 0;
const OURS = /^(loop-token|endless-\d+)$/;

/** Tokens this module handed out are not the server's own: take them out of the request (query
 * and JSON body) so the call is answered as a first page again. Returns the body to use. */
export function dropHostileTokens(h: HostileOptions | undefined, query: URLSearchParams, body: string): string {
  if (!h?.tokenLoop?.length) return body;
  for (const k of ['NextToken', 'nextToken']) if (OURS.test(query.get(k) ?? '')) query.delete(k);
  if (!body.startsWith('{')) return body;
  try {
    const o = JSON.parse(body) as Record<string, unknown>;
    let changed = false;
    for (const k of ['NextToken', 'nextToken']) {
      if (typeof o[k] === 'string' && OURS.test(o[k])) {
        delete o[k];
        changed = true;
      }
    }
    return changed ? JSON.stringify(o) : body;
  } catch {
    return body;
  }
}

/** The response, with a never-ending next token when the call is a looping list. */
export function rewritePage(h: HostileOptions | undefined, action: string, out: Out): Out {
  const loop = h?.tokenLoop?.find((l) => l.action === action);
  if (!loop || (out.status ?? 200) !== 200) return out;
  const token = loop.mode === 'repeat' ? 'loop-token' : `endless-${++endless}`;
  if (out.contentType.includes('xml')) {
    const body = out.body.replace(/<nextToken>[^<]*<\/nextToken>/, '').replace(/(<\/[A-Za-z]+Response>)\s*$/, `<nextToken>${token}</nextToken>$1`);
    return { ...out, body };
  }
  const o = JSON.parse(out.body) as Record<string, unknown>;
  // Organizations says NextToken, CloudWatch Logs nextToken.
  o[action.startsWith('logs:') ? 'nextToken' : 'NextToken'] = token;
  return { ...out, body: JSON.stringify(o) };
}
