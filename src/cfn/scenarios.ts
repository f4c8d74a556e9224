// Condition scenarios (RULES.md, "CloudFormation conditions are explored, not assumed"): every
// parameter a Condition reads takes each of its AllowedValues, or — when it has none — each value
// the conditions compare it with, its default and "any other value". Defaults give values; they do
// not rule out scenarios. cfn-lint explores templates the same way.
import { lit, type Val } from '../model/value.js';
import { get, str, type PEntry, type PNode } from '../parse/pnode.js';
import type { TemplateInfo } from './resolve.js';

/** Scenarios per template, at most; beyond, the defaults plus each parameter changed alone. */
export const MAX_SCENARIOS = 64;

/** One parameter's value in a scenario: its default, a literal, or "any other value". */
export type Choice = { readonly kind: 'default'; readonly text: string } | { readonly kind: 'value'; readonly text: string } | { readonly kind: 'other' };

export interface ScenarioPlan {
  /** Parameters explored, in the order of `scenarios[i]`. */
  readonly params: readonly string[];
  /** One choice per parameter per scenario; scenario 0 is the defaults. */
  readonly scenarios: readonly (readonly Choice[])[];
  /** The full product was larger than MAX_SCENARIOS (its size). */
  readonly cappedFrom?: number;
}

/** The values a scenario gives: literal overrides and the names that take "another value". */
export interface ScenarioValues {
  readonly overrides: Map<string, Val>;
  readonly other: Set<string>;
  /** `Param=value` per explored parameter, for `[when …]` labels. */
  readonly labels: Map<string, string>;
}

function scalarText(n: PNode | undefined): string | undefined {
  if (n?.kind !== 'scalar' || n.value === null) return undefined;
  return typeof n.value === 'string' ? n.value : String(n.text);
}

function refName(n: PNode | undefined): string | undefined {
  return n?.kind === 'object' && n.entries.length === 1 && (n.entries[0] as PEntry).key === 'Ref' ? str((n.entries[0] as PEntry).value) : undefined;
}

/** Parameters read by the template's conditions, with the literals each is compared with. */
function conditionParams(info: TemplateInfo): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const visit = (n: PNode): void => {
    if (n.kind === 'array') return n.items.forEach(visit);
    if (n.kind !== 'object') return;
    for (const e of n.entries) {
      if (e.key === 'Ref' && e.value.kind === 'scalar' && info.parameters.has(String(e.value.value))) {
        const name = String(e.value.value);
        if (!out.has(name)) out.set(name, new Set());
      }
      if (e.key === 'Fn::Equals' && e.value.kind === 'array' && e.value.items.length === 2) {
        const [a, b] = e.value.items;
        for (const [r, v] of [
          [a, b],
          [b, a],
        ] as const) {
          const name = refName(r);
          const text = scalarText(v);
          if (name && text !== undefined && info.parameters.has(name)) {
            const set = out.get(name) ?? new Set<string>();
            set.add(text);
            out.set(name, set);
          }
        }
      }
      visit(e.value);
    }
  };
  for (const c of info.conditions.values()) visit(c);
  return out;
}

/** The choices one parameter is explored with; the first is its default (when it has one). */
function domain(info: TemplateInfo, name: string, compared: ReadonlySet<string>): Choice[] {
  const param = info.parameters.get(name);
  const dflt = scalarText(get(param, 'Default'));
  const allowed = get(param, 'AllowedValues');
  if (allowed?.kind === 'array' && allowed.items.length > 0) {
    const values = allowed.items.map(scalarText).filter((x): x is string => x !== undefined);
    const ordered = dflt !== undefined && values.includes(dflt) ? [dflt, ...values.filter((v) => v !== dflt)] : values;
    return ordered.map((text, i) => (i === 0 && text === dflt ? { kind: 'default', text } : { kind: 'value', text }));
  }
  const out: Choice[] = dflt !== undefined ? [{ kind: 'default', text: dflt }] : [];
  for (const text of [...compared].sort()) if (text !== dflt) out.push({ kind: 'value', text });
  out.push({ kind: 'other' });
  return out;
}

/** Plans the scenarios of one template; `fixed` are parameters whose value is given (command
 * line, parent stack), which are not explored. */
export function planScenarios(info: TemplateInfo, fixed: ReadonlySet<string>): ScenarioPlan {
  const read = conditionParams(info);
  const params = [...read.keys()].filter((p) => !fixed.has(p)).sort();
  const domains = params.map((p) => domain(info, p, read.get(p) ?? new Set()));
  return productPlan(params, domains);
}

/** Every combination of the parameters' choices, or — beyond MAX_SCENARIOS — the first choices
 * (defaults) plus each parameter changed alone. Shared with Terraform library modules. */
export function productPlan(params: readonly string[], domains: readonly (readonly Choice[])[]): ScenarioPlan {
  const total = domains.reduce((n, d) => n * d.length, 1);
  const base = domains.map((d) => d[0] as Choice);
  if (total <= MAX_SCENARIOS) {
    let all: Choice[][] = [[]];
    for (const d of domains) all = all.flatMap((prefix) => d.map((c) => [...prefix, c]));
    return { params, scenarios: all };
  }
  // Too many: the defaults, then each parameter changed alone.
  const scenarios: Choice[][] = [base];
  domains.forEach((d, i) => {
    for (const c of d.slice(1)) if (scenarios.length < MAX_SCENARIOS) scenarios.push(base.map((b, j) => (j === i ? c : b)));
  });
  return { params, scenarios, cappedFrom: total };
}

/** The values of scenario `i` of a plan. */
export function scenarioValues(plan: ScenarioPlan, i: number): ScenarioValues {
  const overrides = new Map<string, Val>();
  const other = new Set<string>();
  const labels = new Map<string, string>();
  const choices = plan.scenarios[Math.min(i, plan.scenarios.length - 1)] ?? [];
  plan.params.forEach((p, j) => {
    const c = choices[j];
    if (!c) return;
    if (c.kind === 'other') {
      other.add(p);
      labels.set(p, `${p}=<any other value>`);
    } else {
      // The default resolves through the template as before (numbers, lists keep their type).
      if (c.kind === 'value') overrides.set(p, lit(c.text));
      labels.set(p, `${p}=${JSON.stringify(c.text)}`);
    }
  });
  return { overrides, other, labels };
}
