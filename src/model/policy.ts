// IAM policy documents as the model stores them: statements whose elements keep their values (and
// so their positions). Parsing them is iam/policy.ts; evaluating them is iam/evaluate.ts.
import type { Val } from './value.js';
import type { Pos } from '../parse/source.js';

/** `resource`: a resource-based policy of another service (SNS, SQS…), checked for syntax only. */
export type PolicyKind = 'identity' | 'trust' | 'bucket' | 'key' | 'resource';

export interface Statement {
  readonly index: number;
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny' | 'invalid';
  readonly principal?: Val;
  readonly notPrincipal?: Val;
  readonly action?: Val;
  readonly notAction?: Val;
  readonly resource?: Val;
  readonly notResource?: Val;
  readonly condition?: Val;
  readonly node: Val;
}

export interface PolicyDoc {
  readonly kind: PolicyKind;
  readonly node: Val;
  readonly version?: string;
  readonly statements: readonly Statement[];
  /** Where the document starts (for findings about something missing). */
  readonly pos?: Pos;
}
