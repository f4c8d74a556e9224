// --fix for S3 bucket policies in JSON files: adds the missing AWSLogDeliveryAclCheck statement,
// missing per-account Resource entries, and the bucket-owner-full-control condition. Edits are
// made with jsonc-parser's modify/applyEdits, which keep the file's formatting and key order.
import { applyEdits, modify, parseTree, findNodeAtLocation, getNodeValue, type FormattingOptions, type Node } from 'jsonc-parser';
import { extendSourceConditions, sourceConditionEdits, sourceConditionsOf, type ConditionBlock } from './conditions.js';
import { evaluate, type Decision } from '../iam/evaluate.js';
import { CANNED_ACLS } from '../iam/closed-sets.js';
import type { PolicyDoc, Statement } from '../iam/policy.js';
import { buildLinks, type BucketScope } from '../link/links.js';
import { aclCheckRequest, putObjectRequest } from '../link/requests.js';
import type { Model } from '../model/model.js';
import type { OrgContext } from '../model/org.js';
import { display, literal, type Part } from '../model/value.js';

export interface FileFix {
  /** Display path of the file. */
  path: string;
  before: string;
  after: string;
  /** What was changed, for the report. */
  changes: string[];
}

interface Op {
  path: (string | number)[];
  value: unknown;
  insert?: boolean;
}

function literalParts(p: readonly Part[]): string | undefined {
  return p.every((x) => typeof x === 'string') ? p.join('') : undefined;
}

function formatting(text: string): FormattingOptions {
  const m = /\n([ \t]+)"/.exec(text);
  const indent = m?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** Path of a statement in the file's Statement array (statements keep document order; a lone
 * statement object is never edited). */
function stmtPath(s: Statement): (string | number)[] {
  return ['Statement', s.index];
}

function stmtName(s: Statement): string {
  return s.sid ? `statement ${s.sid}` : `statement #${s.index + 1}`;
}

/** The statement's Condition block as written in the file. */
function rawCondition(tree: Node, s: Statement): ConditionBlock | undefined {
  const n = findNodeAtLocation(tree, ['Statement', s.index, 'Condition']);
  const v: unknown = n ? getNodeValue(n) : undefined;
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as ConditionBlock) : undefined;
}

/** Does the statement's Principal name a log-delivery service? */
function deliveryPrincipal(tree: Node, s: Statement): boolean {
  const n = findNodeAtLocation(tree, ['Statement', s.index, 'Principal']);
  return n !== undefined && /delivery\.logs\.amazonaws\.com/.test(JSON.stringify(getNodeValue(n)));
}

/** An Allow statement that lets a delivery service write objects (a sibling of the ACL check). */
function isDeliveryWrite(s: Statement): boolean {
  const actions = s.action ? (s.action.kind === 'arr' ? s.action.items : [s.action]).map((x) => display(x).toLowerCase()) : [];
  return s.effect === 'Allow' && actions.some((a) => a === 's3:putobject' || a === 's3:*' || a === '*');
}

/** One bucket's policy file being fixed: what the steps below read, and where they record. */
interface Plan {
  readonly scope: BucketScope;
  readonly doc: PolicyDoc;
  readonly docs: PolicyDoc[];
  /** The file, parsed with positions (edits are made on its text). */
  readonly tree: Node;
  readonly bucket: string;
  readonly partition: string;
  readonly entry: { ops: Op[]; changes: string[] };
  /** Source accounts each statement's conditions must also admit (written once per statement). */
  readonly conditionFor: Map<Statement, Set<string>>;
}

interface FileEntry {
  text: string;
  ops: Op[];
  changes: string[];
  fmt: FormattingOptions;
}

/** `org`: the organisation of the source accounts (--org-id / --org-path), so that statements
 * conditioned on aws:SourceOrgID / aws:SourceOrgPaths are judged as the lint judges them. */
export function planBucketPolicyFixes(model: Model, accountIds: readonly string[], org?: OrgContext): FileFix[] {
  const links = buildLinks(model, accountIds, org);
  const byFile = new Map<string, FileEntry>();
  for (const scope of links.buckets) {
    const file = editableFile(scope);
    if (!file) continue;
    const { src, doc, tree, bucket, partition } = file;
    const entry = byFile.get(src.path) ?? { text: src.text, ops: [], changes: [], fmt: formatting(src.text) };
    byFile.set(src.path, entry);
    planFile({ scope, doc, docs: scope.policies.map((p) => p.doc), tree, bucket, partition, entry, conditionFor: new Map() });
  }
  return applyPlans(byFile);
}

/** The bucket's policy when it can be edited: a standalone JSON policy document (the whole file
 * is the policy) with a Statement array, the bucket and partition known. */
function editableFile(scope: BucketScope): { src: { path: string; text: string }; doc: PolicyDoc; tree: Node; bucket: string; partition: string } | undefined {
  const bp = scope.policies[0];
  const src = bp?.origin.file;
  if (!bp || scope.policies.length !== 1 || !src || !src.path.endsWith('.json') || bp.doc.pos?.start !== 0 && src.text.trimStart() !== src.text.slice(bp.doc.pos?.start ?? 0)) return undefined;
  const tree = parseTree(src.text);
  if (!tree || !findNodeAtLocation(tree, ['Statement'])) return undefined;
  // A lone statement object: leave it to a person.
  if (findNodeAtLocation(tree, ['Statement'])?.type === 'object') return undefined;
  const bucket = literalParts(scope.bucketName);
  const partition = literalParts(scope.partition);
  if (!bucket || !partition) return undefined;
  return { src, doc: bp.doc, tree, bucket, partition };
}

function planFile(p: Plan): void {
  const accounts = p.scope.targets.flatMap((t) => t.accounts.map((a) => literalParts(a))).filter((a): a is string => !!a);
  const added = addResourceEntries(p);
  addOwnerFullControl(p, added);
  const aclDenied = admitToAclCheck(p);
  addSourceConditions(p, [...new Set(accounts)]);
  if (aclDenied && !p.doc.statements.some((s) => s.sid === 'AWSLogDeliveryAclCheck')) addAclCheck(p, [...new Set(accounts)]);
}

function admit(p: Plan, st: Statement, acct: string): void {
  p.conditionFor.set(st, (p.conditionFor.get(st) ?? new Set()).add(acct));
}

/** 1. Missing per-account Resource entries on the statement that grants delivery elsewhere
 * (collected per statement, written as one new Resource list); the statement's source
 * conditions (aws:SourceAccount / aws:SourceArn) are extended to the same accounts. Returns the
 * statements given entries. */
function addResourceEntries(p: Plan): Map<Statement, string[]> {
  const added = new Map<Statement, string[]>();
  for (const t of p.scope.targets) {
    for (const a of t.accounts) {
      const acct = literalParts(a);
      if (!acct) continue;
      const d = evaluate(p.docs, putObjectRequest(p.scope, t, a, 'bucket-owner-full-control'));
      if (d.verdict !== 'implicit-deny') continue;
      const byCondition = d.trace.find((r) => r.statement.effect === 'Allow' && r.element === 'condition');
      if (byCondition) {
        admit(p, byCondition.statement, acct);
        continue;
      }
      const near = d.trace.find((r) => r.statement.effect === 'Allow' && r.element === 'resource');
      if (!near || !near.statement.resource) continue;
      admit(p, near.statement, acct);
      const prefix = t.prefix.length ? `${literalParts(t.prefix) ?? ''}/` : '';
      const resource = `arn:${p.partition}:s3:::${p.bucket}/${prefix}AWSLogs/${t.hive ? 'aws-account-id=' : ''}${acct}/*`;
      const list = added.get(near.statement) ?? [];
      if (!list.includes(resource)) list.push(resource);
      added.set(near.statement, list);
      p.entry.changes.push(`added Resource ${resource} for source account ${acct}`);
    }
  }
  for (const [st, news] of added) {
    const current = st.resource ? (st.resource.kind === 'arr' ? st.resource.items.map((x) => display(x)) : [display(st.resource)]) : [];
    p.entry.ops.push({ path: [...stmtPath(st), 'Resource'], value: [...current, ...news] });
  }
  return added;
}

/** 2. The bucket-owner-full-control condition on statements that let delivery write without it
 * (including those step 1 opened to more accounts). */
function addOwnerFullControl(p: Plan, added: ReadonlyMap<Statement, string[]>): void {
  const fixedAcl = new Set<Statement>();
  const fix = (st: Statement) => {
    fixedAcl.add(st);
    p.entry.ops.push({ path: [...stmtPath(st), 'Condition', 'StringEquals', 's3:x-amz-acl'], value: 'bucket-owner-full-control' });
    p.entry.changes.push(`added the s3:x-amz-acl = bucket-owner-full-control condition to ${stmtName(st)}`);
  };
  for (const st of added.keys()) {
    const cond = rawCondition(p.tree, st) ?? {};
    if (Object.values(cond).some((b) => b && typeof b === 'object' && Object.keys(b).some((k) => k.toLowerCase() === 's3:x-amz-acl'))) continue;
    fix(st);
  }
  for (const t of p.scope.targets) {
    for (const a of t.accounts) {
      for (const acl of [undefined, ...CANNED_ACLS.filter((x) => x !== 'bucket-owner-full-control')]) {
        const d: Decision = evaluate(p.docs, putObjectRequest(p.scope, t, a, acl));
        for (const r of d.allowedBy) if (!fixedAcl.has(r.statement)) fix(r.statement);
      }
    }
  }
}

/** 3. The ACL check: an existing AWSLogDeliveryAclCheck whose conditions leave out an account
 * admits it; true when a check is denied otherwise (the statement is missing). */
function admitToAclCheck(p: Plan): boolean {
  let aclDenied = false;
  for (const t of p.scope.targets) {
    for (const a of t.accounts) {
      const d = evaluate(p.docs, aclCheckRequest(p.scope, t, a));
      if (d.verdict !== 'implicit-deny') continue;
      const acct = literalParts(a);
      const byCondition = d.trace.find((r) => r.statement.effect === 'Allow' && r.element === 'condition');
      if (byCondition && acct) admit(p, byCondition.statement, acct);
      else aclDenied = true;
    }
  }
  return aclDenied;
}

/** The source conditions of the statements admitted to more accounts, one edit per operator and
 * key, so edits made above to the same Condition (the bucket-owner-full-control key) are kept. */
function addSourceConditions(p: Plan, allAccounts: readonly string[]): void {
  // A statement admitted to more accounts that has no source condition at all would, once it
  // grants delivery, be open to any account's deliveries (bucket-policy/source-conditions):
  // it and its delivery siblings without one get aws:SourceAccount for the given accounts.
  const unconditioned = (st: Statement) => Object.keys(sourceConditionsOf(rawCondition(p.tree, st) ?? {})).length === 0;
  if (allAccounts.length && [...p.conditionFor.keys()].some(unconditioned)) {
    for (const st of p.doc.statements) {
      if (st.effect !== 'Allow' || !unconditioned(st) || !deliveryPrincipal(p.tree, st)) continue;
      p.conditionFor.delete(st);
      p.entry.ops.push({ path: [...stmtPath(st), 'Condition', 'StringEquals', 'aws:SourceAccount'], value: allAccounts.length === 1 ? allAccounts[0] : allAccounts });
      p.entry.changes.push(`added aws:SourceAccount = ${allAccounts.join(', ')} to ${stmtName(st)}`);
    }
  }
  for (const [st, accts] of p.conditionFor) {
    const edits = sourceConditionEdits(rawCondition(p.tree, st) ?? {}, [...accts]);
    for (const e of edits) p.entry.ops.push({ path: [...stmtPath(st), 'Condition', e.op, e.key], value: e.value });
    if (edits.length) p.entry.changes.push(`extended ${edits.map((e) => e.key).join(' and ')} of ${stmtName(st)} to source account(s) ${[...accts].join(', ')}`);
  }
}

/** The missing AWSLogDeliveryAclCheck statement, with the same source conditions as the delivery
 * statements beside it (organisation conditions included) admitting every source account; or
 * aws:SourceAccount alone. */
function addAclCheck(p: Plan, accounts: readonly string[]): void {
  const statement: Record<string, unknown> = {
    Sid: 'AWSLogDeliveryAclCheck',
    Effect: 'Allow',
    Principal: { Service: 'delivery.logs.amazonaws.com' },
    Action: 's3:GetBucketAcl',
    Resource: `arn:${p.partition}:s3:::${p.bucket}`,
  };
  const statements = p.doc.statements;
  const sibling = statements.map((st) => sourceConditionsOf(rawCondition(p.tree, st) ?? {})).find((c, i) => Object.keys(c).length > 0 && isDeliveryWrite(statements[i] as Statement));
  const inherited = sibling ? (extendSourceConditions(sibling, accounts) ?? sibling) : undefined;
  if (inherited) statement.Condition = inherited;
  else if (accounts.length) statement.Condition = { StringEquals: { 'aws:SourceAccount': accounts.length === 1 ? accounts[0] : accounts } };
  p.entry.ops.push({ path: ['Statement', statements.length], value: statement, insert: true });
  p.entry.changes.push('added the AWSLogDeliveryAclCheck statement');
}

/** Each file's operations applied in order, each on the text as the previous ones left it. */
function applyPlans(byFile: ReadonlyMap<string, FileEntry>): FileFix[] {
  const out: FileFix[] = [];
  for (const [path, e] of byFile) {
    if (!e.ops.length) continue;
    let text = e.text;
    for (const op of e.ops) text = applyEdits(text, modify(text, op.path, op.value, { formattingOptions: e.fmt, ...(op.insert ? { isArrayInsertion: true } : {}) }));
    out.push({ path, before: e.text, after: text, changes: e.changes });
  }
  return out;
}

export { literal };
