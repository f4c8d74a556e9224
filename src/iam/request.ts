// The request the evaluator is asked about: who, what action, on which resource, with which
// request context. Values are symbolic strings so IaC symbols (the stack's account) can flow in.
import type { Part } from '../model/value.js';

export type RequestPrincipal =
  | { readonly kind: 'service'; readonly service: string | readonly Part[] }
  /** An IAM principal: a role/user ARN and its account. */
  | { readonly kind: 'aws'; readonly arn: readonly Part[]; readonly account: readonly Part[] }
  /** Anyone at all, unauthenticated. */
  | { readonly kind: 'anonymous' };

export interface Request {
  readonly principal: RequestPrincipal;
  readonly action: string;
  readonly resource: readonly Part[];
  /** Condition keys (any case) to their values; a key absent here is absent from the request. */
  readonly context: Readonly<Record<string, readonly (readonly Part[])[]>>;
}

export function normalizeContext(ctx: Request['context']): Map<string, readonly (readonly Part[])[]> {
  const m = new Map<string, readonly (readonly Part[])[]>();
  for (const [k, v] of Object.entries(ctx)) m.set(k.toLowerCase(), v);
  return m;
}
