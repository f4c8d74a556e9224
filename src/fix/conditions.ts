// Source conditions of bucket-policy statements (aws:SourceAccount, aws:SourceArn and the
// organisation keys), as written in the JSON file: which of them a statement has, and the edits
// that make them admit more source accounts. A fix that adds an account's Resource entry but
// leaves aws:SourceAccount naming only the first account would still deny delivery.
export type ConditionBlock = Record<string, Record<string, unknown>>;

const SOURCE_KEYS = new Set(['aws:sourceaccount', 'aws:sourcearn', 'aws:sourceorgid', 'aws:sourceorgpaths']);

const values = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** IAM's `*` / `?` wildcards (the *Like operators). */
function globMatch(pattern: string, text: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(text);
}

/** The statement's source conditions only, by operator (empty when it has none). */
export function sourceConditionsOf(cond: ConditionBlock): ConditionBlock {
  const out: ConditionBlock = {};
  for (const [op, block] of Object.entries(cond)) {
    if (!block || typeof block !== 'object' || /Not/i.test(op)) continue;
    for (const [key, v] of Object.entries(block)) {
      if (SOURCE_KEYS.has(key.toLowerCase())) (out[op] ??= {})[key] = v;
    }
  }
  return out;
}

export interface ConditionEdit {
  op: string;
  key: string;
  value: string | string[];
}

/** Edits (one per operator and key) that make the source conditions admit `accounts`. */
export function sourceConditionEdits(cond: ConditionBlock, accounts: readonly string[]): ConditionEdit[] {
  const edits: ConditionEdit[] = [];
  for (const [op, block] of Object.entries(cond)) {
    if (!block || typeof block !== 'object' || /Not/i.test(op)) continue;
    const like = /Like/i.test(op);
    const admits = (vals: string[], text: string) => vals.some((v) => (like ? globMatch(v, text) : v === text));
    for (const [key, v] of Object.entries(block)) {
      const k = key.toLowerCase();
      const current = values(v);
      const next = [...current];
      for (const acct of accounts) {
        if (k === 'aws:sourceaccount') {
          if (!admits(next, acct)) next.push(acct);
        } else if (k === 'aws:sourcearn') {
          // The first ARN naming an account, with this account in its place.
          const template = current.map((x) => x.split(':')).find((p) => p.length >= 6 && /^\d{12}$/.test(p[4] ?? ''));
          if (!template) continue;
          const arn = [...template.slice(0, 4), acct, ...template.slice(5)].join(':');
          if (!admits(next, arn)) next.push(arn);
        }
      }
      if (next.length !== current.length) edits.push({ op, key, value: next.length === 1 ? (next[0] as string) : next });
    }
  }
  return edits;
}

/** The block with the edits applied; undefined when nothing changes. */
export function extendSourceConditions(cond: ConditionBlock, accounts: readonly string[]): ConditionBlock | undefined {
  const edits = sourceConditionEdits(cond, accounts);
  if (!edits.length) return undefined;
  const out: ConditionBlock = Object.fromEntries(Object.entries(cond).map(([op, b]) => [op, { ...b }]));
  for (const e of edits) (out[e.op] ??= {})[e.key] = e.value;
  return out;
}
